package org.troopwatch.tag.claim;

/**
 * What a figure counts: the personnel phrase (token span; -1 when the figure refers back to a group
 * named in an earlier sentence), and the deployer named inside the noun phrase.
 *
 * @param start first token of the personnel phrase, or -1
 * @param end token after it, or -1
 * @param deployer the country named in the noun phrase ("North Korean troops"), or null
 * @param direct whether the noun follows the figure itself ("3,000 troops")
 * @param people whether the noun names people of a country, not troops ("384 Libyans")
 */
record Head(int start, int end, String deployer, boolean direct, boolean people) {

  Head(int start, int end, String deployer, boolean direct) {
    this(start, end, deployer, direct, false);
  }

  /** A figure that refers to the group the article speaks of ("1,000 of them"). */
  static Head referring(boolean people) {
    return new Head(-1, -1, null, false, people);
  }

  /** Where the words after the figure's group start. */
  int after(int figureLast) {
    return direct ? end : figureLast + 1;
  }
}
