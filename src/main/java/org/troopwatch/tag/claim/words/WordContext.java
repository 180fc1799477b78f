package org.troopwatch.tag.claim.words;

/**
 * What the sentences of one article tell the figures after them: the deployer the article is about,
 * the last host named, the last source and how many sentences ago, the last metric.
 */
final class WordContext {
  String articleDeployer;
  String lastHost;
  String lastLocation;
  String lastSource;

  /** The first source that speaks in the article: the leading sentences before it report it. */
  String firstSource;

  /** Whether a source has spoken yet (the lead before it takes the first source). */
  boolean spoken;

  int sourceAge = 99;
  String lastMetric;

  /** Per sentence: the source a following "об этом" / "про це" sentence names, or null. */
  java.util.Map<Integer, String> sourceAfter = new java.util.HashMap<>();
}
