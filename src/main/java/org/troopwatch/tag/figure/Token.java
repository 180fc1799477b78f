package org.troopwatch.tag.figure;

/**
 * One token of a sentence for the figure and time scanners: a word, a number written in digits, or
 * one sign, with its character offsets in the input.
 *
 * @param kind what the token is
 * @param start offset of its first character
 * @param end offset after its last character
 * @param text the characters as written
 * @param lower {@code text} in lower case, for dictionary look-ups
 * @param glued true when no white space separates it from the token before ("12k", "2,000+")
 * @param value for a number, its value (a decimal when written with a point), NaN when it has too
 *     many digits to hold; 0 for other tokens
 * @param thousandGroups for a number, how many groups of three digits follow a thousands separator
 *     ("12,000" has 1); 0 otherwise
 * @param plainDigits for a number, true when written as bare digits (no separator, point or colon)
 * @param clock for a number, true when written as a clock time ("10:30")
 */
public record Token(
    Kind kind,
    int start,
    int end,
    String text,
    String lower,
    boolean glued,
    double value,
    int thousandGroups,
    boolean plainDigits,
    boolean clock) {

  /** What a token is. */
  public enum Kind {
    WORD,
    NUMBER,
    SIGN
  }

  /** True for a word token whose lower-case text is {@code word}. */
  public boolean isWord(String word) {
    return kind == Kind.WORD && lower.equals(word);
  }

  /** True for a number written as a whole number in digits. */
  public boolean isWholeNumber() {
    return kind == Kind.NUMBER && !clock && value == Math.rint(value);
  }
}
