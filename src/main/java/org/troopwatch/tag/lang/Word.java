package org.troopwatch.tag.lang;

import java.io.Serializable;

/**
 * One word of a sentence as its language's analyzer reads it.
 *
 * @param text the word as written, {@code sentence.substring(begin, end)}
 * @param begin offset of its first character in the analysed text
 * @param end offset after its last character
 * @param lemma the form the language's data files are written in: the lower-cased word in English,
 *     the dictionary form (or stem) in Russian and Ukrainian, the morpheme's base form in Korean
 * @param tag the analyzer's part of speech when it gives one (Nori's "NNG", "VV" ...), else null
 */
public record Word(String text, int begin, int end, String lemma, String tag)
    implements Serializable {}
