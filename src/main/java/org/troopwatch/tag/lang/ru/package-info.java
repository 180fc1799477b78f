/**
 * Russian for the tagger: words (Snowball's Russian stemmer), and the number and time readers that
 * Russian and Ukrainian share (data folders {@code org/troopwatch/tag/lang/ru/} and {@code uk/}).
 */
package org.troopwatch.tag.lang.ru;
