package org.troopwatch.tag.figure;

import java.util.Set;

/**
 * One number expression found in a text, with the bounds it gives (spec claims.md: exact and approx
 * have low = high; at_least has no high; at_most has no low; range has both).
 *
 * @param low lower bound, or null
 * @param high upper bound, or null
 * @param qualifier how the figure bounds the number
 * @param start offset of the expression's first character in the input (qualifier words included)
 * @param end offset after its last character
 * @param text the expression as written, {@code input.substring(start, end)}
 * @param flags marks of numbers that are not counts of people; empty for a plain count
 */
public record Figure(
    Long low, Long high, Qualifier qualifier, int start, int end, String text, Set<Flag> flags) {

  public Figure {
    flags = Set.copyOf(flags);
  }

  /**
   * True when nothing marks the figure as something other than a count (money, year, vague ...).
   */
  public boolean isCount() {
    return flags.isEmpty();
  }
}
