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

  /** The canonical names of the known sources named so far, the last named last. */
  final java.util.List<String> namedSources = new java.util.ArrayList<>();

  /** The countries named so far (ISO alpha-3), for a description of a source ("the monitors"). */
  final java.util.Set<String> namedCountries = new java.util.HashSet<>();

  /** The outlet the lead makes the author of a count, while no other source speaks; or null. */
  Speaker studyAuthor;

  /** The people named as sources so far, the last named last ("he said", "the general said"). */
  final java.util.List<Speaker> persons = new java.util.ArrayList<>();

  /** The current sentence's "according to" sources by cue, and its source without them. */
  java.util.List<Attribution.Cited> citedInClause = java.util.List.of();

  Speaker withoutCited;

  /** The parties of an agreement the current sentence cites ("under the agreement"), or null. */
  Speaker accordSource;

  /** The two countries of the last agreement an earlier sentence introduced, or null. */
  java.util.List<String> accordParties;

  /** The sentences after the current one, for a speaker named only after his words. */
  java.util.List<SentenceView> upcoming = java.util.List.of();

  /** The current sentence's word of hearsay ("reportedly") and its source, when none is named. */
  Attribution.Cited hearsay;

  /** The sentence read before the current one, and the source it was attributed to (or null). */
  SentenceView previousView;

  Speaker previousSource;

  /** The current sentence's source carried over from the sentence before, and what it governs. */
  NeighbourSources.Carried carried;

  /**
   * The source an "according to X" opening a paragraph frames it with, and where that paragraph
   * starts: its later sentences that name no source are X's ({@link ParagraphSources}).
   */
  Speaker frame;

  int frameParagraph = -1;

  /** Whether a later sentence is being read ahead of its turn, on a copy of this context. */
  boolean peeking;

  String lastDeployer;
  String lastHost;
  String lastLocation;
  HostPlace lastPlace;

  /** The number of the sentence that named {@link #lastPlace} (-1 for the headline). */
  int lastPlaceSentence = -1;

  /**
   * Whether that sentence also spoke of troops ("forces have left Syria"), not of a place aside.
   */
  boolean lastPlaceHadTroops;

  String lastCountry;
  String articleDeployer;

  /** The country of the war the article last named ("the war in Ukraine"), or null. */
  String theatreOfWar;

  /**
   * The country the article last named as the invader in its war ("Moscow's invasion"), or null.
   */
  String invader;

  /** The place the headline puts the article in ("... killed in Libya"), or null. */
  HostPlace headlinePlace;

  /** The metric a figureless sentence just before spoke of ("any drawdown ..."), or null. */
  String carriedMetric;

  /** The toll the sentence before spoke of ("... were killed"), or null: "Twelve of them ...". */
  String previousToll;

  /** Whether the last group named was not a state's forces ("Liberian militias"); null: none. */
  Boolean lastGroupNonState;

  /** The claims of captured troops so far: later mentions of the same captives ("the two ..."). */
  final java.util.List<Candidate> captives = new java.util.ArrayList<>();

  /** A copy to read a later sentence ahead of its turn without changing what this one holds. */
  ArticleContext copy() {
    ArticleContext c = new ArticleContext();
    c.lastSource = lastSource;
    c.persons.addAll(persons);
    c.namedSources.addAll(namedSources);
    c.namedCountries.addAll(namedCountries);
    c.studyAuthor = studyAuthor;
    c.sourcesSoFar.addAll(sourcesSoFar);
    c.citedInClause = citedInClause;
    c.withoutCited = withoutCited;
    c.accordSource = accordSource;
    c.accordParties = accordParties;
    c.upcoming = upcoming;
    c.hearsay = hearsay;
    c.previousView = previousView;
    c.previousSource = previousSource;
    c.carried = carried;
    c.frame = frame;
    c.frameParagraph = frameParagraph;
    c.peeking = true;
    c.lastDeployer = lastDeployer;
    c.lastHost = lastHost;
    c.lastLocation = lastLocation;
    c.lastPlace = lastPlace;
    c.lastPlaceSentence = lastPlaceSentence;
    c.lastCountry = lastCountry;
    c.articleDeployer = articleDeployer;
    c.theatreOfWar = theatreOfWar;
    c.invader = invader;
    c.headlinePlace = headlinePlace;
    c.carriedMetric = carriedMetric;
    c.previousToll = previousToll;
    c.lastGroupNonState = lastGroupNonState;
    c.lastPlaceHadTroops = lastPlaceHadTroops;
    c.lastRegion = lastRegion;
    c.lastRegionSentence = lastRegionSentence;
    c.lastHostSentence = lastHostSentence;
    c.captives.addAll(captives);
    placeNamings.forEach((k, seen) -> c.placeNamings.put(k, seen.clone()));
    return c;
  }

  /** Per country: how often the article has named it as a place, and the last sentence that did. */
  private final java.util.Map<String, int[]> placeNamings = new java.util.HashMap<>();

  /** Counts a country the sentence {@code sentence} names as a place (-1: the headline). */
  void namedPlace(String iso3, int sentence) {
    int[] seen = placeNamings.computeIfAbsent(iso3, k -> new int[] {0, sentence});
    seen[0]++;
    seen[1] = sentence;
  }

  /**
   * The country the article names most often as a place, the latest among equals, other than the
   * deployer: what "there" and a figure without a place most likely mean when the last place named
   * was an aside ("... since the attacks on the United States").
   */
  String salientPlace(String deployer) {
    String best = null;
    int[] top = null;
    for (var e : placeNamings.entrySet()) {
      int[] seen = e.getValue();
      boolean better = top == null || seen[0] > top[0] || seen[0] == top[0] && seen[1] > top[1];
      if (!e.getKey().equals(deployer) && better) {
        best = e.getKey();
        top = seen;
      }
    }
    return best;
  }

  /** The last region larger than a country named as where troops are ("In the Sahel, ..."). */
  HostPlace lastRegion;

  /** The sentence that named {@link #lastRegion}, and the one of the last claim with a country. */
  int lastRegionSentence = -2;

  int lastHostSentence = -2;

  /** Records a region larger than a country that a sentence speaking of troops names. */
  void namedRegion(HostPlace region, int sentence) {
    lastRegion = region;
    lastRegionSentence = sentence;
  }

  /**
   * The region the article has moved to since its last claim in one country, for a figure whose
   * sentence names no place: "Five soldiers died in Mali. In the Sahel, French troops hunt
   * jihadists. Today, 5,100 soldiers are deployed" -> the Sahel, not Mali. A country named after
   * the region wins over it; for a toll, only one named in the sentence right before.
   */
  HostPlace regionTheatre(boolean toll, int sentence) {
    if (lastRegion == null || lastRegionSentence <= lastHostSentence) {
      return null;
    }
    boolean countryAfter =
        lastPlace != null
            && lastPlace.country() != null
            && lastPlaceSentence > lastRegionSentence
            && (!toll || lastPlaceSentence == sentence - 1);
    return countryAfter ? null : new HostPlace(null, lastRegion.location(), "region");
  }

  /** Remembers what an accepted claim establishes for the figures after it. */
  void remember(Candidate accepted) {
    lastDeployer = accepted.deployer;
    if ("captured".equals(accepted.metric)) {
      captives.add(accepted);
    }
    if (accepted.host != null && accepted.host.country() != null) {
      lastHost = accepted.host.country();
      lastLocation = accepted.host.location();
      lastHostSentence = accepted.v.index;
    } else if (accepted.host != null && accepted.host.spansCountries()) {
      if (accepted.host.location() != null) {
        namedRegion(accepted.host, accepted.v.index);
      }
      // "5,000 soldiers across the Sahel ... 5,100 are now mobilised": the article has moved to a
      // place larger than one country, and the figures after it stand there too.
      lastHost = null;
      lastLocation = null;
      lastPlace = accepted.host;
      lastPlaceSentence = accepted.v.index;
    }
  }
}
