/**
 * English behind the language seam: thin readers over the tagger's English tokenizer, figure parser
 * and time resolver, so that English is one more {@link org.troopwatch.tag.lang.Language} bundle.
 */
package org.troopwatch.tag.lang.en;
