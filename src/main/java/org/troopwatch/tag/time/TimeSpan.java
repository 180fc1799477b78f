package org.troopwatch.tag.time;

import java.time.LocalDate;

/**
 * A time expression found in a text and the dates it stands for; either bound may be null ("by
 * December" has only an end, "since October" only a start).
 *
 * @param start first day of the period, or null
 * @param end last day of the period, or null
 * @param charStart offset of the expression's first character in the input (prefix words included)
 * @param charEnd offset after its last character
 * @param text the expression as written
 */
public record TimeSpan(LocalDate start, LocalDate end, int charStart, int charEnd, String text) {}
