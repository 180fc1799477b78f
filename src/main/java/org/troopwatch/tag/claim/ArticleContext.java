package org.troopwatch.tag.claim;

/**
 * What an article has established so far, for the figures that lean on it: the last source named
 * ("the agency said"), the deployer and host of the last claim ("3,000 troops made the trip"), the
 * last place and country named, and the deployer the whole article is about.
 */
final class ArticleContext {
  Speaker lastSource;

  /** The sources the sentences so far were attributed to, the last last ("the ministry said"). */
  final java.util.List<Speaker> sourcesSoFar = new java.util.ArrayList<>();

  /** The people named as sources so far, the last named last ("he said", "the general said"). */
  final java.util.List<Speaker> persons = new java.util.ArrayList<>();

  /** The current sentence's "according to" sources by cue, and its source without them. */
  java.util.List<Attribution.Cited> citedInClause = java.util.List.of();

  Speaker withoutCited;

  /** The sentences after the current one, for a speaker named only after his words. */
  java.util.List<SentenceView> upcoming = java.util.List.of();

  /** The current sentence's word of hearsay ("reportedly") and its source, when none is named. */
  Attribution.Cited hearsay;

  /** The sentence read before the current one, and the source it was attributed to (or null). */
  SentenceView previousView;

  Speaker previousSource;

  /** The current sentence's source carried over from the sentence before, and what it governs. */
  NeighbourSources.Carried carried;

  /** Whether a later sentence is being read ahead of its turn, on a copy of this context. */
  boolean peeking;

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

  /** A copy to read a later sentence ahead of its turn without changing what this one holds. */
  ArticleContext copy() {
    ArticleContext c = new ArticleContext();
    c.lastSource = lastSource;
    c.persons.addAll(persons);
    c.sourcesSoFar.addAll(sourcesSoFar);
    c.citedInClause = citedInClause;
    c.withoutCited = withoutCited;
    c.upcoming = upcoming;
    c.hearsay = hearsay;
    c.previousView = previousView;
    c.previousSource = previousSource;
    c.carried = carried;
    c.peeking = true;
    c.lastDeployer = lastDeployer;
    c.lastHost = lastHost;
    c.lastLocation = lastLocation;
    c.lastPlace = lastPlace;
    c.lastPlaceSentence = lastPlaceSentence;
    c.lastCountry = lastCountry;
    c.articleDeployer = articleDeployer;
    c.theatreOfWar = theatreOfWar;
    c.headlinePlace = headlinePlace;
    c.carriedMetric = carriedMetric;
    c.previousToll = previousToll;
    c.lastGroupNonState = lastGroupNonState;
    return c;
  }

  /** Remembers what an accepted claim establishes for the figures after it. */
  void remember(Candidate accepted) {
    lastDeployer = accepted.deployer;
    if (accepted.host != null && accepted.host.country() != null) {
      lastHost = accepted.host.country();
      lastLocation = accepted.host.location();
    }
  }
}
