package org.troopwatch.tag.claim;

/**
 * What an article has established so far, for the figures that lean on it: the last source named
 * ("the agency said"), the deployer and host of the last claim ("3,000 troops made the trip"), the
 * last place and country named, and the deployer the whole article is about.
 */
final class ArticleContext {
  Speaker lastSource;

  /** The people named as sources so far, the last named last ("he said", "the general said"). */
  final java.util.List<Speaker> persons = new java.util.ArrayList<>();

  /** The current sentence's "according to" sources by cue, and its source without them. */
  java.util.List<Attribution.Cited> citedInClause = java.util.List.of();

  Speaker withoutCited;

  /** The sentences after the current one, for a speaker named only after his words. */
  java.util.List<SentenceView> upcoming = java.util.List.of();

  /** The current sentence's word of hearsay ("reportedly") and its source, when none is named. */
  Attribution.Cited hearsay;

  String lastDeployer;
  String lastHost;
  String lastLocation;
  HostPlace lastPlace;

  /** The number of the sentence that named {@link #lastPlace} (-1 for the headline). */
  int lastPlaceSentence = -1;

  String lastCountry;
  String articleDeployer;

  /** The country of the war the article last named ("the war in Ukraine"), or null. */
  String theatreOfWar;

  /** The place the headline puts the article in ("... killed in Libya"), or null. */
  HostPlace headlinePlace;

  /** The metric a figureless sentence just before spoke of ("any drawdown ..."), or null. */
  String carriedMetric;

  /** The toll the sentence before spoke of ("... were killed"), or null: "Twelve of them ...". */
  String previousToll;

  /** Whether the last group named was not a state's forces ("Liberian militias"); null: none. */
  Boolean lastGroupNonState;

  /** Remembers what an accepted claim establishes for the figures after it. */
  void remember(Candidate accepted) {
    lastDeployer = accepted.deployer;
    if (accepted.host != null && accepted.host.country() != null) {
      lastHost = accepted.host.country();
      lastLocation = accepted.host.location();
    } else if (accepted.host != null && accepted.host.spansCountries()) {
      // "5,000 soldiers across the Sahel ... 5,100 are now mobilised": the article has moved to a
      // place larger than one country, and the figures after it stand there too.
      lastHost = null;
      lastLocation = null;
      lastPlace = accepted.host;
      lastPlaceSentence = accepted.v.index;
    }
  }
}
