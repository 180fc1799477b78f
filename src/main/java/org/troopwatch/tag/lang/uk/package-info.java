/**
 * Ukrainian for the tagger: words (the morfologik Ukrainian dictionary), numbers and time through
 * the readers shared with Russian, over the data folder {@code org/troopwatch/tag/lang/uk/}.
 */
package org.troopwatch.tag.lang.uk;
