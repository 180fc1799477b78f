/**
 * The language seam of the tagger: what one language must provide (words with lemmas, numbers, time
 * expressions) beside its data folder {@code org/troopwatch/tag/lang/<code>/} in the resources.
 */
package org.troopwatch.tag.lang;
