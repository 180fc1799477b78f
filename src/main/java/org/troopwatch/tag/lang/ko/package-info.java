/**
 * Korean for the tagger: words (Lucene's Nori), numbers ("1만 2000명", "3000여명") and time expressions
 * ("지난달", "1~3월"), with the data folder {@code org/troopwatch/tag/lang/ko/}.
 */
package org.troopwatch.tag.lang.ko;
