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
  int sourceAge = 99;
  String lastMetric;
}
