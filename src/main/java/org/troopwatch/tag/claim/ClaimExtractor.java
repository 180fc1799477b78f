package org.troopwatch.tag.claim;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.ArticleText;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.ArticleText.Sentence;
import org.troopwatch.tag.EarlierFigures;
import org.troopwatch.tag.Gazetteer;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Headline;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.figure.FigureParser;
import org.troopwatch.tag.time.TimeResolver;
import org.troopwatch.tag.time.TimeSpan;

/**
 * The claim rules: from an annotated article to its claims (spec/claims.md), one candidate figure
 * at a time through an ordered list of named steps (figure, head, metric, deployer, victims,
 * direction, host, captives, crews, presence, scope, time, confidence), each filling its fields
 * with evidence or rejecting the figure with a {@link Rejection}; a figure held back (a group of
 * troops that is no claim) still serves the figures after it as context. Pure Java, one article at
 * a time, so the same code runs inside the Spark job and in plain unit tests.
 *
 * <p>Context carries across the sentences of one article ({@link ArticleContext}): the last source
 * named (for "the agency said"), and the deployer and host of the last claim (for "3,000 troops
 * made the trip").
 */
public final class ClaimExtractor implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Lexicon lexicon;
  private final FigureParser figures;
  private final TimeResolver times;
  private final Grammar g;
  private final Places places;
  private final Attribution attribution;
  private final ScopeStep scope;
  private final WordTolls wordTolls;
  private final List<Step> steps;
  private final String language;

  ClaimExtractor(String language, Lexicon lexicon, FigureParser figures, TimeResolver times) {
    this.language = language;
    this.lexicon = lexicon;
    this.figures = figures;
    this.times = times;
    this.g = new Grammar(lexicon);
    this.places = new Places(g);
    this.attribution = new Attribution(g, times);
    this.scope = new ScopeStep(g, figures);
    this.wordTolls = new WordTolls(lexicon, figures);
    FigureStep figure = new FigureStep(g, places, times);
    this.steps =
        List.of(
            figure,
            new HeadStep(g, places, figure),
            new MetricStep(g, places, wordTolls),
            new DeployerStep(g, places),
            new VictimStep(g, places),
            new DirectionStep(g, places),
            new HostStep(g, places),
            new CaptiveStep(),
            new CrewStep(g),
            new PresenceStep(g, places),
            scope,
            new TimeStep(g, times),
            new EarlierStep(EarlierFigures.defaults()),
            new ConfidenceStep());
  }

  /** The extractor over the lexicon and parsers shipped in the jar. */
  public static ClaimExtractor defaults() {
    return new ClaimExtractor(
        "en", Lexicon.defaults(), FigureParser.defaults(), TimeResolver.defaults());
  }

  /** What became of one candidate figure: its claim, or the step that rejected it and why. */
  public record Outcome(
      int sentenceIndex,
      Figure figure,
      Claim claim,
      String rejectedBy,
      Rejection rejection,
      java.util.Map<String, String> evidence) {}

  /** The claims of one article, in text order. */
  public List<Claim> extract(ArticleText article) {
    List<Claim> claims = new ArrayList<>();
    for (Outcome o : read(article)) {
      if (o.claim() != null) {
        claims.add(o.claim());
      }
    }
    return claims;
  }

  /** Every candidate figure of one article, in text order, with its claim or its rejection. */
  public List<Outcome> read(ArticleText article) {
    List<Sentence> sentences = article.sentences();
    ArticleContext context = new ArticleContext();
    SentenceView headline = headline(article);
    String headlineDeployer = headline == null ? null : deployerNamed(headline);
    context.articleDeployer =
        headlineDeployer != null ? headlineDeployer : articleDeployer(article, sentences);
    if (headline != null) {
      // The headline is read as a line before the text: the place and country it names are the
      // article's until the text names others.
      context.headlinePlace = governedPlace(headline, context, -1);
      context.lastPlace = context.headlinePlace;
      context.lastCountry = lastCountryNamed(headline);
      context.theatreOfWar = places.theatreOfWar(headline);
      rememberInvasion(headline, context.theatreOfWar, context);
    }
    List<Outcome> outcomes = new ArrayList<>();
    // Claims come only from sentences with a figure that counts people. Past the last of them the
    // rules would only update context that no claim reads any more, so reading (and POS tagging)
    // stops there.
    List<SentenceView> views = new ArrayList<>(sentences.size());
    List<List<Figure>> countsBySentence = new ArrayList<>(sentences.size());
    int lastWithCounts = -1;
    for (int i = 0; i < sentences.size(); i++) {
      SentenceView view = new SentenceView(article, sentences.get(i), sentences.get(i).index());
      views.add(view);
      countsBySentence.add(countFigures(view.text(), article.published()));
      if (!countsBySentence.get(i).isEmpty()) {
        lastWithCounts = i;
      }
    }
    for (int i = 0; i <= lastWithCounts; i++) {
      SentenceView view = views.get(i);
      Speaker source = attribution.attribution(view, views.subList(i + 1, views.size()), context);
      String war = places.theatreOfWar(view);
      context.theatreOfWar = war != null ? war : context.theatreOfWar;
      rememberInvasion(view, war, context);
      List<Figure> counts = countsBySentence.get(i);
      String carried = context.carriedMetric;
      context.carriedMetric = null;
      if (counts.isEmpty()) {
        rememberFigureless(view, context);
        rememberToll(view, context);
        continue;
      }
      Integer nextWave =
          i + 1 < sentences.size() && views.get(i + 1).index == view.index + 1
              ? waveBackReference(views.get(i + 1))
              : null;
      List<Candidate> accepted = new ArrayList<>();
      for (Figure figure : counts) {
        outcomes.add(readFigure(view, figure, accepted, context, source, nextWave, carried));
      }
      rememberGroup(view, context);
      rememberToll(view, context);
      governedPlace(view, context, view.index); // counted for the article's salient place
    }
    return outcomes;
  }

  /**
   * Records the invader a sentence names, and the country it invaded as the theatre of the war when
   * the sentence names no other ("since Moscow's invasion": the other side's soil).
   */
  private void rememberInvasion(SentenceView view, String war, ArticleContext context) {
    Places.Invasion invasion = places.invasion(view);
    if (invasion == null) {
      return;
    }
    context.invader = invasion.invader();
    if (war == null && invasion.invaded() != null) {
      context.theatreOfWar = invasion.invaded();
    }
  }

  /** Records the toll a sentence speaks of, for a part of its group in the next one. */
  private void rememberToll(SentenceView view, ArticleContext context) {
    Lexicon.Trigger toll = g.firstToll(view, 0, view.size());
    context.previousToll = toll == null ? null : toll.metric();
  }

  private Outcome readFigure(
      SentenceView v,
      Figure figure,
      List<Candidate> accepted,
      ArticleContext context,
      Speaker source,
      Integer nextWave,
      String carried) {
    int base = v.sentence.begin();
    int first = v.tokenAtOrAfter(base + figure.start());
    int last = v.tokenEndingBy(base + figure.end());
    if (first >= v.size() || last < first) {
      return new Outcome(
          v.index, figure, null, "figure", Rejection.DATE_OR_CODE, java.util.Map.of());
    }
    source = attribution.forFigure(v, first, source, context);
    Candidate c =
        new Candidate(
            v,
            figure,
            first,
            last,
            List.copyOf(accepted),
            context,
            source,
            nextWave,
            carried,
            language);
    for (Step step : steps) {
      Optional<Rejection> rejection = step.apply(c);
      if (rejection.isPresent()) {
        return new Outcome(v.index, figure, null, step.name(), rejection.get(), c.evidence());
      }
    }
    if (source != null && !c.planned && source.equals(context.accordSource)) {
      // "Under the agreement, ... the 900 troops stationed there": an agreement speaks for what its
      // parties commit to, not for a level that already stands; that is the outlet's own voice
      c.speaker = null;
      source = null;
    }
    if (source != null) {
      c.note("source", "'" + source.name() + "'");
    }
    accepted.add(c);
    context.remember(c);
    if (c.held != null) {
      return new Outcome(v.index, figure, null, c.heldBy, c.held, c.evidence());
    }
    return new Outcome(v.index, figure, c.toClaim(), null, null, c.evidence());
  }

  /** What a sentence without figures tells the figures after it. */
  private void rememberFigureless(SentenceView view, ArticleContext context) {
    Lexicon.Trigger spoken = g.strongest(view, 0, view.size());
    context.carriedMetric = spoken == null ? null : spoken.metric();
    rememberGroup(view, context);
    HostPlace place = governedPlace(view, context, view.index);
    if (place != null) {
      context.lastPlace = place;
      context.lastPlaceSentence = view.index;
      context.lastPlaceHadTroops = g.personnelWithin(view, 0, view.size());
    }
    String country = lastCountryNamed(view);
    if (country != null) {
      context.lastCountry = country;
    }
  }

  /**
   * The figures of a sentence that count people (not dates, sums or shares): the only figures a
   * claim can carry, so a sentence without one can give no claim. The list cannot be changed.
   */
  public List<Figure> countFigures(String sentence, LocalDate published) {
    return CountMemo.counts(lexicon, figures, times, sentence, published, this::countFiguresAfresh);
  }

  private List<Figure> countFiguresAfresh(String sentence, LocalDate published) {
    List<Figure> counts = new ArrayList<>();
    List<TimeSpan> spans = null;
    List<Figure> parsed = figures.find(sentence);
    List<Figure> found = new ArrayList<>(parsed);
    found.addAll(wordTolls.find(sentence, parsed)); // "a French soldier was killed": 1
    found.sort(java.util.Comparator.comparingInt(Figure::start));
    for (Figure f : found) {
      if (f.isCount() && (f.low() != null || f.high() != null)) {
        if (spans == null) {
          spans = times.find(sentence, published, false);
        }
        if (spans.stream().noneMatch(t -> t.charStart() < f.end() && f.start() < t.charEnd())) {
          counts.add(f); // a number inside a date ("between October 8 and 13") counts no one
        }
      }
    }
    return counts;
  }

  /**
   * "This marks the second wave of such deployments." after a figure numbers that figure's batch.
   */
  private Integer waveBackReference(SentenceView next) {
    if (next.size() == 0 || !g.is("back_reference", next.lower(0))) {
      return null;
    }
    return countFigures(next.text(), next.article.published()).isEmpty()
        ? scope.ordinalWave(next)
        : null;
  }

  /**
   * The deployer the article is about, for figures that name none: the first country named right
   * before a personnel noun ("North Korean troops"), in the title or the text.
   */
  private String articleDeployer(ArticleText article, List<Sentence> sentences) {
    for (int s = 0; s < sentences.size(); s++) {
      String d =
          deployerNamed(new SentenceView(article, sentences.get(s), sentences.get(s).index()));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The first country a sentence names right before a personnel noun, or null. */
  private String deployerNamed(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (v.mention(i) == null && lexicon.phraseAt(v.lower, i, "personnel") > 0) {
        String d = modifierDeployerNoPos(v, i);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** The article's headline as the rules read it, for context only; null when it has none. */
  private static SentenceView headline(ArticleText article) {
    ArticleText title = Headline.of(article, Gazetteer.defaults());
    return title == null ? null : new SentenceView(title, title.sentences().get(0), -1);
  }

  private String modifierDeployerNoPos(SentenceView v, int noun) {
    for (int i = noun - 1; i >= Math.max(0, noun - 3); i--) {
      Mention m = v.mention(i);
      if (m != null && !m.is(Kind.PLACE) && !m.is(Kind.SOURCE) && places.countryTie(m) != null) {
        return places.countryTie(m).iso3();
      }
    }
    return null;
  }

  /** The last country a sentence names (not as a source): what "the country" refers to next. */
  private String lastCountryNamed(SentenceView v) {
    String last = null;
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.COUNTRY) && !m.is(Kind.SOURCE)) {
        last = m.first(Kind.COUNTRY).iso3();
      }
    }
    return last;
  }

  /** Places governed by a preposition anywhere in a sentence: the article's current theatre. */
  private HostPlace governedPlace(SentenceView v, ArticleContext context, int sentence) {
    HostPlace last = null;
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null
          && places.governed(v, v.mentionStart(i))
          && !m.is(Kind.SOURCE)
          && !m.is(Kind.DEMONYM)
          && !locatesSource(v, v.mentionStart(i))) {
        HostPlace place = places.placeOf(v, i, "");
        if (place != null && place.country() != null) {
          last = place;
          context.namedPlace(place.country(), sentence);
        } else if (place != null && place.spansCountries() && speaksOfTroops(v, context)) {
          context.namedRegion(place, sentence); // "In the Sahel, French troops hunt jihadists"
        }
      }
    }
    return last;
  }

  /** Whether a sentence names personnel or the country the article is about ("the French"). */
  private boolean speaksOfTroops(SentenceView v, ArticleContext context) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      Entry tie = m == null || m.is(Kind.SOURCE) ? null : Places.countryTie(m);
      if (tie != null && tie.iso3().equals(context.articleDeployer)) {
        return true;
      }
    }
    return g.personnelWithin(v, 0, v.size());
  }

  /** "monitored by the BBC in London": a place right after a source's name locates the source. */
  private static boolean locatesSource(SentenceView v, int start) {
    Mention before = v.mention(start - 2);
    return before != null && before.is(Kind.SOURCE);
  }

  /** Records whether the last group the sentence names is a state's forces or not. */
  private void rememberGroup(SentenceView v, ArticleContext context) {
    Boolean last = g.lastGroupNonState(v, 0, v.size());
    if (last != null) {
      context.lastGroupNonState = last;
    }
  }
}
