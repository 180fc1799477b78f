package org.troopwatch.tag;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.ArticleText.Sentence;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.figure.FigureParser;
import org.troopwatch.tag.knowledge.Knowledge;
import org.troopwatch.tag.time.TimeResolver;
import org.troopwatch.tag.time.TimeSpan;

/**
 * The claim rules: from an annotated article to its claims (spec/claims.md). Pure Java, one article
 * at a time, so the same code runs inside the Spark transformer and in plain unit tests.
 *
 * <p>For each figure that counts people, the rules find what it counts (a personnel noun after it,
 * or one it refers back to), whose forces they are, where, what happened to them, who says so and
 * when. Context carries across the sentences of one article: the last source named (for "the agency
 * said"), and the deployer and host of the last claim (for "3,000 troops made the trip").
 *
 * <p>Confidence is the share of the claim's fields that came from explicit evidence in its own
 * sentence rather than from defaults or context: 0.35 for a figure counting personnel, plus 0.25
 * when the personnel noun follows the figure directly, 0.15 when the deployer is named in the noun
 * phrase, 0.1 when the host is named in the sentence, 0.1 when a trigger word names the metric,
 * minus 0.1 when the figure is vague about its own bounds (an open interval).
 */
public final class ClaimExtractor implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Set<String> ACTING_SOURCES = Set.of("government", "military", "ministry");
  private static final Set<String> AUXILIARIES =
      Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had");
  private static final Set<String> CASUALTY_METRICS =
      Set.of("killed", "wounded", "casualties", "captured");

  private final Lexicon lexicon;
  private final FigureParser figures;
  private final TimeResolver times;

  ClaimExtractor(Lexicon lexicon, FigureParser figures, TimeResolver times) {
    this.lexicon = lexicon;
    this.figures = figures;
    this.times = times;
  }

  /** The extractor over the lexicon and parsers shipped in the jar. */
  public static ClaimExtractor defaults() {
    return new ClaimExtractor(Lexicon.defaults(), FigureParser.defaults(), TimeResolver.defaults());
  }

  /** What a figure counts: the personnel phrase, and the deployer named inside the noun phrase. */
  private record Head(int start, int end, String deployer, boolean direct, boolean people) {
    Head(int start, int end, String deployer, boolean direct) {
      this(start, end, deployer, direct, false);
    }
  }

  /** A source: its canonical name, and whether it is a news outlet (a messenger). */
  private record Source(String name, boolean outlet) {}

  /** What the article has established so far. */
  private static final class Context {
    Source lastSource;
    String lastDeployer;
    String lastHost;
    String lastLocation;
    String[] lastPlace;
    String lastCountry;
    String articleDeployer;

    /** The metric a figureless sentence just before spoke of ("any drawdown ..."), or null. */
    String carriedMetric;

    /** Whether the last group named was not a state's forces ("Liberian militias"); null: none. */
    Boolean lastGroupNonState;
  }

  /** One figure's claim while the sentence is being read. */
  private record Found(Figure figure, Head head, Claim claim, int firstToken, int lastToken) {}

  /** The claims of one article, in text order. */
  public List<Claim> extract(ArticleText article) {
    List<Sentence> sentences = article.sentences();
    Context context = new Context();
    context.articleDeployer = articleDeployer(article, sentences);
    List<Claim> claims = new ArrayList<>();
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
      Source source = attribution(view, context);
      List<Figure> counts = countsBySentence.get(i);
      String carried = context.carriedMetric;
      context.carriedMetric = null;
      if (counts.isEmpty()) {
        Lexicon.Trigger spoken = strongest(view, 0, view.size());
        context.carriedMetric = spoken == null ? null : spoken.metric();
        rememberGroup(view, context);
        String[] place = governedPlace(view);
        if (place != null) {
          context.lastPlace = place;
        }
        String country = lastCountryNamed(view);
        if (country != null) {
          context.lastCountry = country;
        }
        continue;
      }
      Integer nextWave =
          i + 1 < sentences.size() && views.get(i + 1).index == view.index + 1
              ? waveBackReference(views.get(i + 1))
              : null;
      List<Found> found = new ArrayList<>();
      for (Figure figure : counts) {
        Found f = claimFor(view, figure, found, context, source, nextWave, carried);
        if (f != null) {
          found.add(f);
          claims.add(f.claim());
          context.lastDeployer = f.claim().deployingCountry();
          if (f.claim().hostCountry() != null) {
            context.lastHost = f.claim().hostCountry();
            context.lastLocation = f.claim().location();
          }
        }
      }
      rememberGroup(view, context);
    }
    return claims;
  }

  /** Records whether the last group the sentence names is a state's forces or not. */
  private void rememberGroup(SentenceView v, Context context) {
    Boolean last = lastGroupNonState(v, 0, v.size());
    if (last != null) {
      context.lastGroupNonState = last;
    }
  }

  /**
   * Whether the last group noun in [from, to) is one that is not a state's forces ("militias",
   * "rebels": true) or personnel ("troops": false); null when the span names no group.
   */
  private Boolean lastGroupNonState(SentenceView v, int from, int to) {
    Boolean last = null;
    for (int i = from; i < to; i++) {
      if (lexiconIs("non_state", v.lower(i))) {
        last = Boolean.TRUE;
      } else if (personnelAt(v, i) > 0 || v.mention(i) != null && v.mention(i).is(Kind.FORCE)) {
        last = Boolean.FALSE;
      }
    }
    return last;
  }

  private boolean lexiconIs(String role, String word) {
    return lexicon.is(role, word);
  }

  // ---------------------------------------------------------------- figures

  /**
   * The figures of a sentence that count people (not dates, sums or shares): the only figures a
   * claim can carry, so a sentence without one can give no claim.
   */
  List<Figure> countFigures(String sentence, LocalDate published) {
    List<Figure> counts = new ArrayList<>();
    List<TimeSpan> spans = null;
    for (Figure f : figures.find(sentence)) {
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

  /** Whether a disclaimer ("not to say", "does not mean") comes before token {@code first}. */
  private boolean disclaimed(SentenceView v, int first) {
    for (int i = 0; i < first; i++) {
      if (lexicon.phraseAt(v.lower, i, "disclaimer") > 0) {
        return true;
      }
    }
    return false;
  }

  private Found claimFor(
      SentenceView v,
      Figure figure,
      List<Found> before,
      Context context,
      Source source,
      Integer nextWave,
      String carried) {
    int base = v.sentence.begin();
    int first = v.tokenAtOrAfter(base + figure.start());
    int last = v.tokenEndingBy(base + figure.end());
    if (first >= v.size() || last < first) {
      return null;
    }
    if (isModifierOrLabel(v, figure, first)) {
      return null;
    }
    if (disclaimed(v, first)) {
      return null; // "that is not to say we will keep 40,000 troops"
    }
    if (governedByOtherNoun(v, first) || partOfOtherGroup(v, last)) {
      return null;
    }
    Head head = directHead(v, last + 1);
    if (head == null && figure.text().matches("(19|20)[0-9][0-9]")) {
      return null; // "after 2014": a year
    }
    if (head == null && countsSomethingElse(v, last + 1)) {
      return null;
    }
    if (head == null
        && before.isEmpty()
        && Character.isLetter(figure.text().charAt(0))
        && figure.low() != null
        && figure.low() < 10) {
      return null; // "no one could stay": a small number in words needs its own noun
    }
    if (head == null && Character.isLetter(figure.text().charAt(0)) && pronounUse(v, first)) {
      return null; // "higher than the one Seoul gave", "one was wounded, the other unhurt"
    }
    if (head == null) {
      head = referredHead(v, first, last, before);
    }
    if (head == null) {
      return null;
    }
    if (head.start() < 0 && !head.people() && refersToNonState(v, first, last, context)) {
      return null; // "as many as 1,000 of them" after "Liberian militias": not a state's forces
    }
    String metric = metric(v, first, last, head, before, carried);
    if (head.direct()
        && "rank"
            .equals(
                lexicon.personnelKind(String.join(" ", v.lower.subList(head.start(), head.end()))))
        && !CASUALTY_METRICS.contains(metric)) {
      return null;
    }
    if (head.start() < 0 && !"deployed".equals(metric) && context.lastDeployer == null) {
      return null;
    }
    if (head.people() && !(CASUALTY_METRICS.contains(metric) && militarySentence(v))) {
      return null; // "five Brazilians", "16 people died": people, not troops
    }
    if (head.start() >= 0
        && head.deployer() == null
        && context.lastDeployer == null
        && weakHead(v, head)
        && !militaryContext(v)) {
      return null; // "two other men", "two former guards": men, not troops
    }
    String deployer = deployer(v, first, head, before, context, metric);
    if (deployer == null || multinational(v, first, head, before) || capacity(v, first)) {
      return null;
    }
    if ("deployed".equals(metric)
        && headingHome(v, head.direct() ? head.end() : last + 1, deployer)) {
      metric = "withdrawn"; // relocated to the deployer's own soil: withdrawn from the host
    }
    String[] host = host(v, first, last, head, deployer, metric, before, context);
    if (host == null || deployer.equals(host[0])) {
      return null;
    }
    if (cutToOwnForce(v, first, last, head, before, metric)) {
      return null;
    }
    boolean planned = planned(v, first, last, before);
    String scope = scope(v, first, last, head, metric, before);
    Integer wave = wave(v, nextWave);
    if (wave != null && scope == null && wave > 1) {
      scope = "increment";
    }
    TimeSpan period = period(v, first, last, planned);
    Sentence s = v.sentence;
    double confidence = confidence(head, deployerNamed(v, head), host[2] != null, metric, figure);
    Claim claim =
        new Claim(
            v.article.docId(),
            v.text(),
            deployer,
            host[0],
            host[1],
            metric,
            figure.low(),
            figure.high(),
            figure.qualifier().code(),
            scope,
            wave,
            planned,
            source == null ? null : source.name(),
            period == null ? null : period.start(),
            period == null ? null : period.end(),
            v.index,
            s.begin(),
            s.end(),
            confidence);
    return new Found(figure, head, claim, first, last);
  }

  /**
   * Numbers that are part of a word or a name: "four-star", "30-day", "Panzerbrigade 45",
   * "Resolution 1701".
   */
  private boolean isModifierOrLabel(SentenceView v, Figure figure, int first) {
    String text = v.text();
    int end = figure.end();
    int start = figure.start();
    if (digitJoined(text, end, 1) || digitJoined(text, start - 1, -1)) {
      return true; // "2024-07-08", "04:05", "1/2"
    }
    String digits = figure.text();
    if (digits.matches("[0-9]+\\.[0-9]+")) {
      return true; // "0.9581": a rate or a price, never a head count
    }
    if (end + 1 < text.length()
        && text.charAt(end) == '.'
        && Character.isUpperCase(text.charAt(end + 1))) {
      return true; // "2603.TW": a ticker
    }
    if (first >= 2
        && v.lower(first - 1).equals(",")
        && v.pos(first - 2).equals("PROPN")
        && v.lower(v.tokenEndingBy(v.sentence.begin() + end) + 1).equals(",")) {
      return true; // "Lawrence Summers, 53, was": an age
    }
    if (end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isLetter(text.charAt(end + 1))
        && !text.startsWith("-strong", end)) {
      return true;
    }
    if (first > 0 && figure.qualifier() == org.troopwatch.tag.figure.Qualifier.EXACT) {
      String previous = v.tokens.get(first - 1).text();
      return Character.isUpperCase(previous.charAt(0))
          && v.mention(first - 1) == null
          && Character.isLetter(previous.charAt(previous.length() - 1))
          && first - 1 > 0
          && !lexicon.isAbbreviation(previous + ".")
          && times.find(previous, v.article.published()).isEmpty();
    }
    return false;
  }

  /**
   * "the identities of more than 40 Marines": a figure after "of" belongs to the noun before it;
   * unless that noun can govern a count of troops ("a force of", "a total of", "the deployment
   * of"), the sentence is about something of theirs, not about where they are or what befell them.
   */
  private boolean governedByOtherNoun(SentenceView v, int first) {
    int of = first - 1;
    if (of > 0 && v.pos(of).equals("DET") && v.lower(of - 1).equals("of")) {
      // "pictures of the two soldiers": the article does not change who governs them, unless
      // what befell them follows ("the families of the 30 soldiers killed in the attack").
      Lexicon.Trigger after = strongest(v, first, Math.min(v.size(), first + 6));
      if (after == null || !CASUALTY_METRICS.contains(after.metric())) {
        of--;
      }
    }
    if (of < 1 || !v.lower(of).equals("of") || !v.pos(of - 1).equals("NOUN")) {
      return false;
    }
    int noun = of - 1;
    String w = v.lower(noun);
    String determiner = noun > 0 ? v.pos(noun - 1) : "";
    if (!Set.of("DET", "ADJ", "PRON").contains(determiner)) {
      return false; // "will consist of 20 soldiers": the tagger took a verb for a noun
    }
    return v.mention(noun) == null
        && !lexiconIs("of_head", w)
        && !lexiconIs("partitive", w)
        && !lexiconIs("increment", w)
        && lexicon.phraseAt(v.lower, noun, "trigger") == 0
        && triggerEndingAt(v, of) == null
        && lexicon.phraseAt(v.lower, noun, "total") == 0
        && personnelAt(v, noun) == 0;
  }

  /**
   * A number word used as a pronoun, not as a count: after a determiner ("the one they gave", "each
   * one") or set against "the other" later in the sentence ("one with a bandaged hand, the other
   * with a bandaged jaw").
   */
  private boolean pronounUse(SentenceView v, int first) {
    if (first > 0 && v.pos(first - 1).equals("DET")) {
      return true;
    }
    for (int i = first + 1; i + 1 < v.size(); i++) {
      if (v.lower(i).equals("the") && v.lower(i + 1).equals("other")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "10 of the dead were security forces": a figure that takes a part of a group that is not troops
   * counts that group, whatever the sentence says about them afterwards.
   */
  private boolean partOfOtherGroup(SentenceView v, int last) {
    if (!v.lower(last + 1).equals("of")
        || !Set.of("the", "these", "those").contains(v.lower(last + 2))) {
      return false;
    }
    // The group's head may be tagged as anything ("the dead", "the wounded"); its modifiers are
    // not.
    for (int i = last + 3; i < Math.min(v.size(), last + 7); i++) {
      if (personnelAt(v, i) > 0 || v.mention(i) != null) {
        return false;
      }
      String tag = v.pos(i);
      boolean verb =
          AUXILIARIES.contains(v.lower(i)); // the tagger reads "were" as ADJ now and then
      if (verb || !(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("NUM"))) {
        return i > last + 3 || !isQuote(v.lower(i)) && !v.lower(i).equals(",");
      }
    }
    return true;
  }

  /** Whether a pronoun figure ("1,000 of them") refers to a group that is not a state's forces. */
  private boolean refersToNonState(SentenceView v, int first, int last, Context context) {
    if (v.lower(last + 1).equals("of")) {
      // "patrol ships, 15 of them": "them" is the nearest plural noun before it.
      for (int i = first - 1; i >= 0; i--) {
        if (personnelAt(v, i) > 0 || v.mention(i) != null && v.mention(i).is(Kind.FORCE)) {
          return false;
        }
        if (v.pos(i).equals("NOUN") && v.lower(i).endsWith("s")) {
          return true;
        }
      }
    }
    Boolean here = lastGroupNonState(v, 0, first);
    return Boolean.TRUE.equals(here != null ? here : context.lastGroupNonState);
  }

  /**
   * "Further budget cuts would cost the service 18,000 more troops": a cut to a country's own end
   * strength, not a withdrawal from anywhere, unless a host is named right after the troops.
   */
  private boolean cutToOwnForce(
      SentenceView v, int first, int last, Head head, List<Found> before, String metric) {
    if (!"deployed".equals(metric) && !"withdrawn".equals(metric)) {
      return false;
    }
    int cut = -1;
    for (int i = clauseStart(v, first, before); i < first; i++) {
      if (lexicon.phraseAt(v.lower, i, "force_cut") > 0) {
        cut = i;
      }
    }
    if (cut < 0) {
      return false;
    }
    // "cut its force in Syria by 1,000 troops": the host is named between the cut and the figure.
    for (int i = cut + 1; i < first; i++) {
      Mention m = v.mention(i);
      if (m != null && !m.is(Kind.SOURCE) && governed(v, v.mentionStart(i))) {
        return false;
      }
    }
    int from = head.direct() ? head.end() : last + 1;
    for (int i = from; i < Math.min(v.size(), from + 6); i++) {
      Mention m = v.mention(i);
      if (m != null && !m.is(Kind.SOURCE) && governed(v, v.mentionStart(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "shift 9,000 Marines from Okinawa to Guam", "5,000 Marines will go to Guam": troops sent to
   * their own country's soil leave their host (spec convention 22).
   */
  private boolean headingHome(SentenceView v, int from, String deployer) {
    for (int i = from; i < Math.min(v.size(), from + 12); i++) {
      if (isBoundary(v, i)) {
        return false;
      }
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      String preposition = preposition(v, v.mentionStart(i));
      if ("to".equals(preposition) || "into".equals(preposition)) {
        String[] place = placeOf(v, i, deployer);
        return place != null && deployer.equals(place[0]);
      }
      i = v.pastMention(i) - 1;
    }
    return false;
  }

  /** Whether the character at i is '-', ':' or '/' with a digit beyond it (direction +1 or -1). */
  private static boolean digitJoined(String text, int i, int direction) {
    int beyond = i + direction;
    return i >= 0
        && i < text.length()
        && beyond >= 0
        && beyond < text.length()
        && "-:/".indexOf(text.charAt(i)) >= 0
        && Character.isDigit(text.charAt(beyond));
  }

  private double confidence(
      Head head, boolean deployerNamed, boolean hostNamed, String metric, Figure figure) {
    double c = 0.35;
    c += head.direct() ? 0.25 : 0.0;
    c += deployerNamed ? 0.15 : 0.0;
    c += hostNamed ? 0.1 : 0.0;
    c += "deployed".equals(metric) ? 0.05 : 0.1;
    c -= (figure.low() == null || figure.high() == null) ? 0.1 : 0.0;
    return Math.max(0.05, Math.min(0.95, Math.round(c * 100) / 100.0));
  }

  // ---------------------------------------------------------------- what a figure counts

  /**
   * The personnel noun right after a figure, across modifiers: "1,500 North Korean special forces",
   * "2,000 U.S. soldiers", "3,000 additional soldiers", "384 Libyans", "a 5,000-strong force".
   */
  private Head directHead(SentenceView v, int from) {
    String deployer = null;
    int nouns = 0;
    int i = from;
    if (i < v.size() && (v.lower(i).equals("of")) && isDeterminerOrPronoun(v.lower(i + 1))) {
      i += 2; // "1,500 of its troops"
    }
    for (int steps = 0; i < v.size() && steps < 8; steps++) {
      int personnel = personnelAt(v, i);
      if (personnel > 0) {
        return new Head(i, i + personnel, deployer, true);
      }
      Mention m = v.mention(i);
      if (m != null) {
        Entry tie = countryTie(m);
        int next = v.pastMention(i);
        if (m.is(Kind.DEMONYM) && isPeopleNoun(m) && !personnelAhead(v, next)) {
          // "killed 384 Libyans": people of a country, a claim only as a toll in a military
          // sentence
          return new Head(i, next, m.first(Kind.DEMONYM).iso3(), true, true);
        }
        if (tie != null && deployer == null) {
          deployer = tie.iso3();
        }
        if (m.is(Kind.FORCE) && !personnelAhead(v, next)) {
          if (v.pos(next).equals("NOUN") && personnelAt(v, next) == 0) {
            return null; // "three U.S. Navy ships": the force's things, not its people
          }
          return new Head(
              i, next, tie.iso3(), true); // "1,000 Wagner fighters", "500 Royal Marines"
        }
        i = next;
        continue;
      }
      String word = v.lower(i);
      String tag = v.pos(i);
      if (word.equals("-") || word.equals("strong") || word.endsWith("-strong")) {
        i++;
        continue;
      }
      if (tag.equals("ADJ")
          || tag.equals("PROPN")
          || tag.equals("NUM")
          || isQuote(word)
          || word.equals("more")
          || word.equals("other")
          || word.equals("s")) {
        i++;
        continue;
      }
      if (tag.equals("NOUN") && nouns < 2 && personnelWithin(v, i + 1, 2)) {
        nouns++;
        i++;
        continue;
      }
      break;
    }
    return null;
  }

  private boolean weakHead(SentenceView v, Head head) {
    return !lexicon
        .prefilterPhrases()
        .contains(String.join(" ", v.lower.subList(head.start(), head.end())));
  }

  /** Whether a word of fighting or of the military stands in the sentence. */
  private boolean militaryContext(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (lexicon.is("military_context", v.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence speaks of money, purchases or production. */
  private boolean economicSentence(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (lexicon.is("economic", v.lower(i)) || v.lower(i).startsWith("$")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence speaks of troops or fighting at all. */
  private boolean militarySentence(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (personnelAt(v, i) > 0 || lexicon.is("military_context", v.lower(i))) {
        return true;
      }
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.FORCE)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the figure is followed by a noun that is not personnel: "30 days", "200 tanks". */
  private boolean countsSomethingElse(SentenceView v, int from) {
    int i = from;
    if (v.lower(i).equals("of") && isDeterminerOrPronoun(v.lower(i + 1))) {
      i += 2; // "50,000 of the new vehicles"
    }
    for (int skipped = 0;
        i < v.size()
            && skipped < 3
            && (isQuote(v.lower(i)) || isModifier(v.pos(i)) || v.lower(i).equals("-"));
        skipped++) {
      i++;
    }
    if (i >= v.size()
        || lexiconIs("referring", v.lower(i))
        || v.mention(i) != null
        || v.lower(i).equals("people")) {
      return false;
    }
    if (personnelAt(v, i) > 0) {
      return false;
    }
    String tag = v.pos(i);
    return tag.equals("NOUN")
        || tag.equals("PROPN") && Character.isLowerCase(v.tokens.get(i).text().charAt(0));
  }

  private static boolean isModifier(String tag) {
    return tag.equals("ADJ") || tag.equals("ADV");
  }

  /**
   * A figure with no noun of its own refers back: to the previous figure's group in a list ("killed
   * 384 Libyans and captured 48", "25 personnel ..., 26 manage ...") or to a personnel noun of the
   * sentence ("the troop count in Syria was 503", "2,700 others sustained injuries").
   */
  private Head referredHead(SentenceView v, int first, int last, List<Found> before) {
    if (v.lower(last + 1).equals("people")) {
      return new Head(-1, -1, null, false, true); // "at least 100 people died" in a battle
    }
    if (!before.isEmpty()) {
      Found prev = before.get(before.size() - 1);
      if (countriesBetween(v, prev.lastToken() + 1, first) >= 2) {
        return null; // "alongside French, Danish and Icelandic forces, totaling almost 1,200"
      }
      return new Head(
          prev.head().start(), prev.head().end(), prev.claim().deployingCountry(), false);
    }
    for (int i = first - 1; i >= 0; i--) {
      int n = personnelAt(v, i);
      if (n > 0 && !v.lower(i).equals("forces") || n > 1) {
        return new Head(i, i + n, modifierDeployer(v, i), false);
      }
    }
    // "that figure has shot up to 2,000, even though no new troops were deployed": a group named
    // just after, in the same clause.
    int window = Math.min(v.size(), last + 11);
    for (int i = last + 1; i < window && !v.lower(last + 1).equals("of"); i++) {
      int n = personnelAt(v, i);
      if (n > 0 && !v.lower(i).equals("forces") || n > 1) {
        return new Head(i, i + n, modifierDeployer(v, i), false);
      }
    }
    boolean ofThem =
        v.lower(last + 1).equals("of")
            && Set.of("them", "those", "these").contains(v.lower(last + 2));
    if (ofThem || last + 1 < v.size() && lexiconIs("referring", v.lower(last + 1))) {
      return new Head(-1, -1, null, false);
    }
    if (v.lower(last + 1).equals("people")) {
      return new Head(-1, -1, null, false, true); // "at least 100 people died" in a battle
    }
    // "the number of wounded is expected to be almost 1,000": a toll whose group is the article's.
    for (int i = Math.max(0, first - 8); i < first; i++) {
      Lexicon.Trigger t = triggerEndingAt(v, i);
      if (t != null
          && CASUALTY_METRICS.contains(t.metric())
          && i > 0
          && (v.lower(i - 1).equals("of") || v.lower(i - 1).equals("the"))) {
        return new Head(-1, -1, null, false);
      }
    }
    return null;
  }

  private int countriesBetween(SentenceView v, int from, int to) {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = from; i < to; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.DEMONYM)) {
        seen.add(m.first(Kind.DEMONYM).iso3());
      }
    }
    return seen.size();
  }

  /** The country named among the few words before a personnel noun: "North Korean troops". */
  private String modifierDeployer(SentenceView v, int noun) {
    for (int i = noun - 1; i >= Math.max(0, noun - 4); i--) {
      Mention m = v.mention(i);
      if (m != null) {
        Entry tie = countryTie(m);
        if (tie != null && !m.is(Kind.PLACE)) {
          return tie.iso3();
        }
      }
      String tag = v.pos(i);
      if (!(tag.equals("ADJ")
          || tag.equals("PROPN")
          || tag.equals("NOUN")
          || v.lower(i).equals("s")
          || m != null)) {
        break;
      }
    }
    return null;
  }

  private boolean personnelAhead(SentenceView v, int from) {
    return personnelWithin(v, from, 3);
  }

  private boolean personnelWithin(SentenceView v, int from, int window) {
    for (int i = from; i < Math.min(v.size(), from + window); i++) {
      if (personnelAt(v, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A plural demonym used as a noun: "Libyans", "Americans" (not "Japanese", also an adjective).
   */
  private static boolean isPeopleNoun(Mention m) {
    return m.text().endsWith("s");
  }

  /**
   * The length of the personnel phrase at token i, or 0. A capitalised singular is a name, not a
   * soldier ("Evergreen Marine", "Air Force"); capitalised plurals are ("the Marines", "Gurkhas").
   */
  private int personnelAt(SentenceView v, int i) {
    if (v.mention(i) != null) {
      return 0;
    }
    int n = lexicon.phraseAt(v.lower, i, "personnel");
    if (n == 0) {
      return 0;
    }
    String last = v.tokens.get(i + n - 1).text();
    boolean capitalised = Character.isUpperCase(last.charAt(0));
    if (capitalised && !last.endsWith("s") && !(i == 0)) {
      return 0;
    }
    return n;
  }

  private static boolean isQuote(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("'") || w.equals("‘");
  }

  private static boolean isDeterminerOrPronoun(String w) {
    return Set.of("its", "their", "the", "them", "those", "these", "his", "her", "our").contains(w);
  }

  // ---------------------------------------------------------------- metric

  /**
   * What happened to the personnel: a trigger right before the figure ("killed 384", "withdraw
   * about 500") wins; else the strongest trigger after the noun in the same clause ("troops sent to
   * Russia have been killed"); else one before it in the clause ("the number of wounded is ...");
   * else deployed.
   */
  private String metric(
      SentenceView v, int first, int last, Head head, List<Found> before, String carried) {
    int clauseStart = clauseStart(v, first, before);
    int clauseEnd = clauseEnd(v, last);
    for (int i = first - 1; i >= Math.max(clauseStart, first - 3); i--) {
      Lexicon.Trigger t = triggerEndingAt(v, i);
      if (t != null) {
        return t.metric();
      }
    }
    int from = Math.max(last + 1, head.direct() ? head.end() : last + 1);
    Lexicon.Trigger best = strongest(v, from, clauseEnd);
    if (best == null) {
      best = strongest(v, clauseStart, first);
    }
    if (best == null && carried != null && startsWithPronoun(v)) {
      return carried; // "Any drawdown would follow ... . It could be as few as 2,000 troops."
    }
    return best == null ? "deployed" : best.metric();
  }

  /** "It could be ...", "That would be ...": the sentence goes on from the one before. */
  private boolean startsWithPronoun(SentenceView v) {
    int i = 0;
    while (i < v.size() && isQuote(v.lower(i))) {
      i++;
    }
    return Set.of("it", "that", "this").contains(v.lower(i));
  }

  private Lexicon.Trigger triggerEndingAt(SentenceView v, int end) {
    for (int start = Math.max(0, end - 3); start <= end; start++) {
      int n = lexicon.phraseAt(v.lower, start, "trigger");
      if (n > 0 && start + n - 1 == end) {
        return lexicon.trigger(String.join(" ", v.lower.subList(start, start + n)));
      }
    }
    return null;
  }

  private Lexicon.Trigger strongest(SentenceView v, int from, int to) {
    Lexicon.Trigger best = null;
    for (int i = from; i < to; i++) {
      int n = lexicon.phraseAt(v.lower, i, "trigger");
      if (n > 0) {
        Lexicon.Trigger t = lexicon.trigger(String.join(" ", v.lower.subList(i, i + n)));
        if (best == null || t.priority() > best.priority()) {
          best = t;
        }
        i += n - 1;
      }
    }
    return best;
  }

  /** The clause of a figure begins after the previous figure's group or the last boundary. */
  private int clauseStart(SentenceView v, int first, List<Found> before) {
    if (first >= 2
        && v.lower(first - 1).equals("of")
        && lexiconIs("partitive", v.lower(first - 2))) {
      return first; // "withdrawing the first of about 100,000 troops": the verb takes the part
    }
    int start = 0;
    if (!before.isEmpty()) {
      Found prev = before.get(before.size() - 1);
      start = Math.max(prev.lastToken() + 1, prev.head().direct() ? prev.head().end() : 0);
    }
    for (int i = first - 1; i >= start; i--) {
      if (isBoundary(v, i)) {
        return i + 1;
      }
    }
    return start;
  }

  /** The clause of a figure ends at the next boundary or the next figure. */
  private int clauseEnd(SentenceView v, int last) {
    for (int i = last + 1; i < v.size(); i++) {
      if (isBoundary(v, i)
          || (i > last + 1 && v.pos(i).equals("NUM") && startsFigureAfterAnd(v, i))) {
        return i;
      }
    }
    return v.size();
  }

  private boolean startsFigureAfterAnd(SentenceView v, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      String w = v.lower(j);
      if (w.equals("and") || w.equals(",") || w.equals("with")) {
        return true;
      }
    }
    return false;
  }

  private boolean isBoundary(SentenceView v, int i) {
    String w = v.lower(i);
    return w.equals(";")
        || w.equals("—")
        || w.equals("–")
        || w.equals("(")
        || w.equals(")")
        || w.equals(":")
        || lexicon.is("boundary", w);
  }

  // ---------------------------------------------------------------- deployer

  private String deployer(
      SentenceView v, int first, Head head, List<Found> before, Context context, String metric) {
    if (head.deployer() != null) {
      return head.deployer();
    }
    if (head.direct()) {
      String from = fromCountry(v, head.end());
      if (from != null) {
        return from;
      }
    }
    String possessive = possessiveBefore(v, first);
    if (possessive != null) {
      return possessive;
    }
    String subject = subjectCountry(v, first);
    if (subject != null) {
      // "North Korea ... torpedoed the ship, killing 46 sailors": the subject did it to others.
      return agentOfToll(v, first, metric) ? null : subject;
    }
    if (context.lastDeployer != null) {
      return context.lastDeployer;
    }
    return context.articleDeployer;
  }

  /**
   * Whether a verb of killing, wounding or capturing right before the figure takes it as object.
   */
  private boolean agentOfToll(SentenceView v, int first, String metric) {
    if (!Set.of("killed", "wounded", "captured").contains(metric)) {
      return false;
    }
    for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
      Lexicon.Trigger t = triggerEndingAt(v, i);
      if (t != null) {
        return t.metric().equals(metric) && v.pos(i).equals("VERB");
      }
    }
    return false;
  }

  private boolean deployerNamed(SentenceView v, Head head) {
    return head.deployer() != null;
  }

  /** "soldiers from Britain's 5th Battalion", "troops from the 82nd Airborne Division". */
  private String fromCountry(SentenceView v, int after) {
    for (int i = after; i < Math.min(v.size(), after + 2); i++) {
      if (v.lower(i).equals("from") || v.lower(i).equals("of")) {
        for (int j = i + 1; j < Math.min(v.size(), i + 5); j++) {
          Mention m = v.mention(j);
          if (m != null
              && (m.is(Kind.FORCE)
                  || m.is(Kind.DEMONYM) && personnelWithin(v, v.pastMention(j), 2)
                  || (m.is(Kind.COUNTRY) && v.lower(v.pastMention(j)).equals("s")))) {
            return countryTie(m).iso3();
          }
        }
      }
    }
    return null;
  }

  /** "Britain's 3,500 troops", "France's 1,500 soldiers". */
  private String possessiveBefore(SentenceView v, int first) {
    int i = first - 1;
    if (i >= 1 && v.lower(i).equals("s")) {
      Mention m = v.mention(i - 1);
      if (m != null && (m.is(Kind.COUNTRY) || m.is(Kind.CAPITAL))) {
        return countryTie(m).iso3();
      }
    }
    return null;
  }

  /**
   * The country that acts in the sentence: the first one named before the figure that is not
   * governed by a preposition, not a source of the statement and not the owner of something else
   * ("Moscow's war"): "Norway has about 600 soldiers", "North Korea moved at least 3,000 soldiers".
   */
  private String subjectCountry(SentenceView v, int first) {
    for (int i = 0; i < first; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      Entry tie = countryTie(m);
      if (tie == null || m.is(Kind.PLACE) || m.is(Kind.REGION)) {
        continue;
      }
      Entry source = m.first(Kind.SOURCE);
      if (source != null
          && m.first(Kind.COUNTRY) == null
          && m.first(Kind.FORCE) == null
          && !ACTING_SOURCES.contains(String.valueOf(source.sourceKind()))) {
        continue; // an agency, outlet or person: the source of the statement, not the actor
      }
      int start = v.mentionStart(i);
      if (start > 0 && lexiconIs("subject_blocker", v.lower(start - 1))) {
        continue;
      }
      int next = v.pastMention(i);
      if (!verbFollows(v, next) || saysAt(v, next) || hostsAt(v, next)) {
        continue; // not the subject of a verb, the source ("South Korea said") or the host
      }
      if (separated(v, next, first)) {
        continue; // the subject of another clause: "Tehran had provided ... that killed 241"
      }
      return tie.iso3();
    }
    return null;
  }

  private boolean verbFollows(SentenceView v, int i) {
    int j = i;
    while (j < v.size() && v.pos(j).equals("ADV")) {
      j++;
    }
    if (j >= v.size()) {
      return false;
    }
    // The tagger reads "Sweden plans to" as a compound noun now and then; the lexicon knows better.
    return v.pos(j).equals("AUX")
        || v.pos(j).equals("VERB")
        || lexicon.phraseAt(v.lower, j, "planned") > 0
        || lexicon.phraseAt(v.lower, j, "trigger") > 0
        || lexicon.phraseAt(v.lower, j, "hosting") > 0
        || (v.lower(j + 1).equals("to") && Character.isLowerCase(v.tokens.get(j).text().charAt(0)));
  }

  private boolean separated(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = v.lower(i);
      if (w.equals("that")
          || w.equals("which")
          || w.equals("who")
          || w.equals(";")
          || isBoundary(v, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean hostsAt(SentenceView v, int i) {
    for (int j = i; j < Math.min(v.size(), i + 3); j++) {
      if (lexicon.phraseAt(v.lower, j, "hosting") > 0) {
        return true;
      }
    }
    return false;
  }

  private boolean saysAt(SentenceView v, int i) {
    int j = i;
    while (j < v.size() && (v.pos(j).equals("AUX") || v.pos(j).equals("ADV"))) {
      j++;
    }
    return j < v.size() && lexicon.phraseAt(v.lower, j, "say") > 0;
  }

  /**
   * The country a mention ties to, preferring its reading as a country, then force, then source.
   */
  private static Entry countryTie(Mention m) {
    for (Kind k :
        List.of(Kind.DEMONYM, Kind.COUNTRY, Kind.CAPITAL, Kind.FORCE, Kind.PLACE, Kind.SOURCE)) {
      Entry e = m.first(k);
      if (e != null && e.iso3() != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * A figure of a multinational force: a NATO, U.N. or coalition word before it in its clause, and
   * no country named in its own noun phrase ("NATO agreed to raise the number of troops to
   * 300,000").
   */
  private boolean multinational(SentenceView v, int first, Head head, List<Found> before) {
    if (head.deployer() != null) {
      return false;
    }
    int end = head.direct() ? head.start() : first;
    for (int i = clauseStart(v, first, before); i < end; i++) {
      if (lexicon.is("multinational", v.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** "barracks designed to accommodate up to 3,000 soldiers": a capacity, not a force. */
  private boolean capacity(SentenceView v, int first) {
    for (int i = Math.max(0, first - 5); i < first; i++) {
      if (lexicon.phraseAt(v.lower, i, "capacity") > 0) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- host and location

  /**
   * Where the personnel are, go or come from: {host, location, evidence}. A place or country after
   * the figure governed by a preposition ("to Russia's Kursk region", "in Syria", "leaving Niger");
   * else one before it ("the presence in Syria of 900 ..."); for a toll, the country of the
   * opposing troops ("Chadian troops killed 384 Libyans"); else the place the article last named.
   * Null when none; the deployer itself when the troops are at their own border.
   */
  private String[] host(
      SentenceView v,
      int first,
      int last,
      Head head,
      String deployer,
      String metric,
      List<Found> before,
      Context context) {
    if (!head.direct()
        && !before.isEmpty()
        && head.start() == before.get(before.size() - 1).head().start()) {
      Claim prev = before.get(before.size() - 1).claim();
      return new String[] {prev.hostCountry(), prev.location(), null};
    }
    int from = head.direct() ? head.end() : last + 1;
    if (atOwnBorder(v, from)) {
      return new String[] {deployer, null, "border"};
    }
    boolean toll = CASUALTY_METRICS.contains(metric);
    boolean own = ownForces(v, first);
    String[] found = placeAfter(v, from, deployer, metric);
    // A region ("in the Middle East") names no country: a country named elsewhere in the sentence,
    // or the troops being a country's own, wins over it.
    String[] region = found != null && found[0] == null ? found : null;
    found = region != null ? null : found;
    if (found == null && own) {
      return null; // "its 670,000 troops", "17 of its soldiers": a country's own forces
    }
    if (found == null) {
      found = hostingSubject(v, first, deployer);
    }
    if (found == null) {
      found = placeBefore(v, first, deployer, toll);
      if (found != null && found[0] == null) {
        region = region == null ? found : region;
        found = null;
      }
    }
    if (found == null) {
      found = theatre(v, deployer);
    }
    if (found == null && toll) {
      if (namesOwnSoil(v, deployer)) {
        return null; // "Israeli troops split the Gaza Strip ... killed 500 Palestinians"
      }
      found = opposingForce(v, deployer);
    }
    if (found == null) {
      found = region;
    }
    if (found != null) {
      return found;
    }
    if (own) {
      return null; // "its 670,000 troops", "17 of its soldiers": a country's own forces, no host
      // named
    }
    if (economicSentence(v)) {
      return null; // "pay and benefits for 320,000 personnel": a budget line, not a deployment
    }
    if ("withdrawn".equals(metric) && head.deployer() != null) {
      String sole = soleForeignCountry(v, deployer);
      if (sole != null) {
        return new String[] {sole, null, null}; // "Iraq's forces can take over so that ... leave"
      }
    }
    if (refersToPlace(v, from)
        && context.lastCountry != null
        && !context.lastCountry.equals(deployer)) {
      return new String[] {context.lastCountry, null, null};
    }
    if (context.lastHost != null && !context.lastHost.equals(deployer)) {
      return new String[] {context.lastHost, context.lastLocation, null};
    }
    if (context.lastPlace != null
        && !deployer.equals(context.lastPlace[0])
        && !CASUALTY_METRICS.contains(metric)) {
      return new String[] {context.lastPlace[0], context.lastPlace[1], null};
    }
    return null;
  }

  private boolean ownForces(SentenceView v, int first) {
    for (int i = Math.max(0, first - 2); i < Math.min(v.size(), first + 4); i++) {
      if (Set.of("its", "their", "our").contains(v.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Lithuania will host 4,800 German troops": the subject of a hosting verb is the host. */
  private String[] hostingSubject(SentenceView v, int first, String deployer) {
    for (int i = first - 1; i >= Math.max(0, first - 5); i--) {
      if (lexicon.phraseAt(v.lower, i, "hosting") > 0) {
        for (int j = i - 1; j >= 0; j--) {
          Mention m = v.mention(j);
          if (m != null && (m.is(Kind.COUNTRY) || m.is(Kind.CAPITAL))) {
            String iso3 = countryTie(m).iso3();
            return iso3.equals(deployer) ? null : new String[] {iso3, null, "hosting"};
          }
        }
        return null;
      }
    }
    return null;
  }

  /** "100,000 troops at its border", "along their own frontier": a country's own soil. */
  private boolean atOwnBorder(SentenceView v, int from) {
    for (int i = from; i < Math.min(v.size(), from + 8); i++) {
      if (lexicon.is("frontier", v.lower(i))) {
        for (int j = Math.max(from, i - 3); j < i; j++) {
          if (Set.of("its", "their", "own").contains(v.lower(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private String[] placeAfter(SentenceView v, int from, String deployer, String metric) {
    for (int i = from; i < v.size(); i++) {
      if (isBoundary(v, i)) {
        break;
      }
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      int start = v.mentionStart(i);
      int next = v.pastMention(i);
      String preposition = preposition(v, start);
      boolean fromHere = "from".equals(preposition);
      if (governed(v, start) && !(fromHere && !"withdrawn".equals(metric))) {
        String[] place = placeOf(v, i, deployer);
        if (place != null && !deployer.equals(place[0])) {
          return place;
        }
        if (place != null && !fromHere && CASUALTY_METRICS.contains(metric)) {
          return place; // "killed in southeastern Turkey": on the deployer's own soil
        }
      }
      i = next - 1;
    }
    return null;
  }

  /**
   * A place governed by a preposition before the figure. For a toll the search stops at "who": "a
   * strike into Iraq against rebels, who killed 12 soldiers" says nothing of where they died.
   */
  private String[] placeBefore(SentenceView v, int first, String deployer, boolean toll) {
    for (int i = first - 1; i >= 0; i--) {
      if (toll && v.lower(i).equals("who")) {
        return null;
      }
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      int start = v.mentionStart(i);
      if (governed(v, start) && !"from".equals(preposition(v, start))) {
        String[] place = placeOf(v, start, deployer);
        if (place != null && !deployer.equals(place[0])) {
          return place;
        }
      }
      i = start;
    }
    return null;
  }

  /**
   * Whether the sentence names a place of the deployer's own soil: a sub-national place or
   * territory anywhere ("the Gaza Strip"), or the country itself after a preposition.
   */
  private boolean namesOwnSoil(SentenceView v, String deployer) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null || m.is(Kind.SOURCE) || m.is(Kind.DEMONYM)) {
        continue;
      }
      Entry place = m.first(Kind.PLACE);
      Entry country = m.first(Kind.COUNTRY);
      if (place != null && deployer.equals(place.iso3())
          || country != null && deployer.equals(country.iso3()) && governed(v, v.mentionStart(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The theatre named as the modifier of an operation: "a five-day Gaza military offensive", "the
   * Syria incursion" -> that place, when it is not the deployer's own.
   */
  private String[] theatre(SentenceView v, String deployer) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null || m.is(Kind.SOURCE) || m.is(Kind.DEMONYM)) {
        continue;
      }
      int next = v.pastMention(i);
      for (int j = next; j < Math.min(v.size(), next + 3); j++) {
        if (lexiconIs("operation", v.lower(j))) {
          Entry place = m.first(Kind.PLACE);
          Entry country = place != null ? place : m.first(Kind.COUNTRY);
          if (country != null && country.iso3() != null && !deployer.equals(country.iso3())) {
            return new String[] {
              country.iso3(), place != null ? place.canonical() : null, "theatre"
            };
          }
          break;
        }
        if (!(v.pos(j).equals("ADJ") || v.pos(j).equals("NOUN"))) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * The one foreign country a sentence names, not as the one who speaks: where troops leave from
   * when the sentence gives no preposition ("hoping Iraq's forces can take over so that 144,000
   * American troops can leave").
   */
  private String soleForeignCountry(SentenceView v, String deployer) {
    String sole = null;
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null || m.is(Kind.DEMONYM) || m.is(Kind.SOURCE)) {
        continue;
      }
      Entry country = m.first(Kind.COUNTRY) != null ? m.first(Kind.COUNTRY) : m.first(Kind.CAPITAL);
      if (country == null || deployer.equals(country.iso3()) || saysAt(v, v.pastMention(i))) {
        continue;
      }
      if (sole != null && !sole.equals(country.iso3())) {
        return null;
      }
      sole = country.iso3();
    }
    return sole;
  }

  /** The country of another force named in the sentence: "Iranian forces seized 15 British ...". */
  private String[] opposingForce(SentenceView v, String deployer) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.DEMONYM) && personnelWithin(v, v.pastMention(i), 2)) {
        String iso3 = m.first(Kind.DEMONYM).iso3();
        if (!iso3.equals(deployer)) {
          return new String[] {iso3, null, "opponent"};
        }
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

  /** "in the country", "there": the place named before. */
  private boolean refersToPlace(SentenceView v, int from) {
    for (int i = from; i < Math.min(v.size(), from + 8); i++) {
      String w = v.lower(i);
      if (w.equals("there")
          || (w.equals("country")
              && Set.of("the", "that").contains(v.lower(i - 1))
              && v.lower(i - 2).equals("in"))) {
        return true;
      }
    }
    return false;
  }

  /** Places governed by a preposition anywhere in a sentence: the article's current theatre. */
  private String[] governedPlace(SentenceView v) {
    String[] last = null;
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null
          && governed(v, v.mentionStart(i))
          && !m.is(Kind.SOURCE)
          && !m.is(Kind.DEMONYM)) {
        String[] place = placeOf(v, i, "");
        if (place != null && place[0] != null) {
          last = place;
        }
      }
    }
    return last;
  }

  /**
   * The preposition that governs the mention starting at token start ("from the United States").
   */
  private String preposition(SentenceView v, int start) {
    for (int j = start - 1; j >= Math.max(0, start - 5); j--) {
      String w = v.lower(j);
      if (lexiconIs("host_preposition", w)) {
        return w;
      }
      String tag = v.pos(j);
      boolean partOf = w.equals("of") && lexiconIs("direction", v.lower(j - 1));
      if (!(tag.equals("ADJ") || tag.equals("DET") || lexiconIs("direction", w) || partOf)) {
        return null;
      }
    }
    return null;
  }

  private boolean governed(SentenceView v, int start) {
    for (int j = start - 1; j >= Math.max(0, start - 5); j--) {
      String w = v.lower(j);
      if (lexiconIs("host_preposition", w)) {
        return true;
      }
      String tag = v.pos(j);
      boolean partOf = w.equals("of") && lexiconIs("direction", v.lower(j - 1));
      if (!(tag.equals("ADJ") || tag.equals("DET") || lexiconIs("direction", w) || partOf)) {
        return false; // "in the east of the Democratic Republic of Congo" passes through "east of"
      }
    }
    return false;
  }

  /**
   * The host and location named by the mention at token i: "Russia's Kursk region" -> RUS, Kursk.
   */
  private String[] placeOf(SentenceView v, int i, String deployer) {
    Mention m = v.mention(i);
    Entry region = m.first(Kind.REGION);
    if (region != null) {
      return new String[] {null, region.canonical(), "region"};
    }
    Entry place = m.first(Kind.PLACE);
    if (place != null && place.iso3() != null) {
      return new String[] {place.iso3(), place.canonical(), "place"}; // Guam: a place of the USA
    }
    Entry country = m.first(Kind.COUNTRY);
    if (country == null) {
      country = m.first(Kind.CAPITAL);
    }
    if (country != null) {
      int next = v.pastMention(i);
      if (lexicon.is("event", v.lower(next))) {
        return null; // "the Ukraine war"
      }
      if (v.lower(next).equals("s") && v.mention(next + 1) != null) {
        Entry sub = v.mention(next + 1).first(Kind.PLACE);
        if (sub != null && country.iso3().equals(sub.iso3())) {
          return new String[] {country.iso3(), sub.canonical(), "place"};
        }
      }
      return new String[] {country.iso3(), m.is(Kind.CAPITAL) ? m.text() : null, "country"};
    }
    if (place != null) {
      return new String[] {place.iso3(), place.canonical(), "place"};
    }
    Entry people = m.first(Kind.DEMONYM);
    if (people != null && lexiconIs("place_noun", v.lower(v.pastMention(i)))) {
      return new String[] {people.iso3(), null, "place"}; // "in the Lebanese capital"
    }
    return null; // a demonym modifies a noun ("an Israeli offensive"); it names no place
  }

  // ---------------------------------------------------------------- scope, wave, planned, period

  private boolean planned(SentenceView v, int first, int last, List<Found> before) {
    int from = clauseStart(v, first, before);
    int to = clauseEnd(v, last);
    for (int i = first - 1; i >= from; i--) {
      if (Set.of("that", "which", "who").contains(v.lower(i)) && v.pos(i).equals("PRON")) {
        from =
            i + 1; // "will bulk up a force that had numbered 1,700": the figure's own verb counts
        break;
      }
    }
    for (int i = last + 1; i < Math.min(to, last + 6); i++) {
      if (v.lower(i).equals("already")) {
        return false; // "1,500 special forces already in Russia's Far East"
      }
    }
    for (int i = from; i < to; i++) {
      if (lexicon.phraseAt(v.lower, i, "planned") > 0) {
        return true;
      }
    }
    return false;
  }

  private String scope(
      SentenceView v, int first, int last, Head head, String metric, List<Found> before) {
    int headEnd = head.direct() ? head.end() : last + 1;
    for (int i = Math.max(0, first - 2); i < Math.min(v.size(), headEnd + 1); i++) {
      String w = v.lower(i);
      boolean adjacentMore = w.equals("more") && i > last;
      if (adjacentMore || (!w.equals("more") && lexicon.phraseAt(v.lower, i, "increment") > 0)) {
        return "increment";
      }
    }
    int from = clauseStart(v, first, before);
    int to = clauseEnd(v, last);
    for (int i = from; i < to; i++) {
      int n = lexicon.phraseAt(v.lower, i, "total");
      if (n > 0) {
        String phrase = String.join(" ", v.lower.subList(i, i + n));
        if (phrase.startsWith("ha") && !"deployed".equals(metric)) {
          continue;
        }
        return "total";
      }
    }
    return null;
  }

  private int clauseStartPlain(SentenceView v, int first) {
    for (int i = first - 1; i >= 0; i--) {
      if (isBoundary(v, i)) {
        return i + 1;
      }
    }
    return 0;
  }

  private Integer wave(SentenceView v, Integer nextWave) {
    Integer own = ordinalWave(v);
    return own != null ? own : nextWave;
  }

  /** "the second wave", "a third batch": the ordinal the text gives the batch. */
  private Integer ordinalWave(SentenceView v) {
    int base = v.sentence.begin();
    for (Figure f : figures.find(v.text())) {
      if (f.flags().contains(org.troopwatch.tag.figure.Flag.ORDINAL) && f.low() != null) {
        int last = v.tokenEndingBy(base + f.end());
        for (int j = last + 1; j < Math.min(v.size(), last + 3); j++) {
          if (lexiconIs("wave_noun", v.lower(j))) {
            return f.low().intValue();
          }
        }
      }
    }
    return null;
  }

  /**
   * "This marks the second wave of such deployments." after a figure numbers that figure's batch.
   */
  private Integer waveBackReference(SentenceView next) {
    if (next.size() == 0 || !Set.of("this", "it", "that").contains(next.lower(0))) {
      return null;
    }
    return countFigures(next.text(), next.article.published()).isEmpty() ? ordinalWave(next) : null;
  }

  /**
   * The time the figure refers to: a time expression of its clause that does not date the statement
   * instead ("said on Friday", "In January, the NIS said").
   */
  private TimeSpan period(SentenceView v, int first, int last, boolean planned) {
    int base = v.sentence.begin();
    TimeSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    int clauseFrom = clauseStartPlain(v, first);
    int clauseTo = clauseEnd(v, last);
    for (TimeSpan span : times.find(v.text(), v.article.published(), planned)) {
      int startTok = v.tokenAtOrAfter(base + span.charStart());
      int endTok = v.tokenEndingBy(base + span.charEnd());
      boolean leading = startTok <= 1 && endTok + 1 < v.size() && v.lower(endTok + 1).equals(",");
      if ((startTok < clauseFrom && !leading) || startTok >= clauseTo) {
        continue;
      }
      if (datesStatement(v, startTok, endTok, first, last)) {
        continue;
      }
      if (span.start() != null && span.end() != null && since(v, startTok)) {
        span = new TimeSpan(span.start(), null, span.charStart(), span.charEnd(), span.text());
      }
      int distance = startTok > last ? startTok - last : first - endTok;
      if (distance < bestDistance) {
        best = span;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Whether a time expression dates the statement rather than the figure: right after a verb of
   * saying ("said Monday", "according to the government on Monday"), before the subject of one ("In
   * January, the NIS said"), or anywhere after a verb of saying that follows the figure ("..., says
   * Lee, who was briefed on Thursday").
   */
  private boolean datesStatement(
      SentenceView v, int startTok, int endTok, int figureFirst, int figureLast) {
    for (int i = Math.max(0, startTok - 6); i < startTok; i++) {
      if (saysOrAccording(v, i) && !v.lower.subList(i, startTok).contains("that")) {
        return true;
      }
    }
    for (int i = figureLast + 1; i < startTok; i++) {
      if (saysOrAccording(v, i)) {
        return true;
      }
    }
    for (int i = endTok + 1; endTok < figureFirst && i < Math.min(v.size(), endTok + 6); i++) {
      if (v.pos(i).equals("NUM")) {
        return false;
      }
      if (lexicon.phraseAt(v.lower, i, "say") > 0) {
        return true;
      }
    }
    return false;
  }

  private boolean saysOrAccording(SentenceView v, int i) {
    return lexicon.phraseAt(v.lower, i, "say") > 0
        || lexicon.phraseAt(v.lower, i, "according") > 0
        || lexicon.phraseAt(v.lower, i, "relay") > 0;
  }

  /** "since entering combat in December": the period starts then and is still running. */
  private boolean since(SentenceView v, int startTok) {
    for (int i = Math.max(0, startTok - 3); i < startTok; i++) {
      if (v.lower(i).equals("since")) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- attribution

  /**
   * Who the sentence attributes its figures to: the original source of "citing X" / "briefed by X";
   * X of "according to X"; the subject of "X said" (a known source, or the phrase itself: "U.S.
   * officials"); a pronoun or "the agency" resolves to the last source named. Null when the
   * sentence speaks in the outlet's own voice.
   */
  private Source attribution(SentenceView v, Context context) {
    List<Source> candidates = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      int n = lexicon.phraseAt(v.lower, i, "relay");
      if (n > 0) {
        add(candidates, objectSource(v, i + n, context));
      }
    }
    for (int i = 0; i < v.size(); i++) {
      int n = lexicon.phraseAt(v.lower, i, "according");
      if (n > 0) {
        add(candidates, objectSource(v, i + n, context));
      }
    }
    boolean says = false;
    for (int i = 0; i < v.size(); i++) {
      if (v.mention(i) == null && lexicon.phraseAt(v.lower, i, "say") > 0 && isVerbLike(v, i)) {
        says = true;
        int before = i - 1;
        while (before >= 0 && (v.pos(before).equals("AUX") || v.pos(before).equals("ADV"))) {
          before--;
        }
        if (before >= 0
            && (v.lower(before).equals(",") || isQuote(v.lower(before)))
            && !v.lower(i).equals("told")) {
          add(candidates, objectSource(v, i + 1, context)); // "..., says Lee"
        }
        add(candidates, subjectOf(v, before + 1, context));
      }
    }
    if (candidates.isEmpty() && says) {
      add(candidates, firstKnownSource(v, false));
    }
    if (candidates.isEmpty()) {
      add(candidates, actingSource(v));
    }
    Source found =
        candidates.stream()
            .filter(c -> !c.outlet())
            .findFirst()
            .orElse(candidates.isEmpty() ? null : candidates.get(0));
    if (found != null) {
      context.lastSource = found;
    } else {
      Source named = firstKnownSource(v, true);
      if (named != null) {
        context.lastSource = named;
      }
    }
    return found;
  }

  private static void add(List<Source> candidates, Source source) {
    if (source != null && !candidates.contains(source)) {
      candidates.add(source);
    }
  }

  private boolean isVerbLike(SentenceView v, int i) {
    String tag = v.pos(i);
    String next = v.lower(i + 1);
    // The tagger takes "suggests" or "reports" for nouns now and then; a clause after settles it.
    return tag.equals("VERB")
        || tag.equals("AUX")
        || v.lower(i).equals("said")
        || v.lower(i).equals("says")
        || next.equals("that")
        || next.equals(",")
        || v.pos(i + 1).equals("NUM");
  }

  private Source known(Mention m) {
    Entry e = m.first(Kind.SOURCE);
    return new Source(e.canonical(), "outlet".equals(e.sourceKind()));
  }

  private Source firstKnownSource(SentenceView v, boolean nonOutletOnly) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE) && !(nonOutletOnly && known(m).outlet())) {
        return known(m);
      }
    }
    return null;
  }

  /**
   * "Obama ordered 30,000 more troops", "Ryder ascribed the error to ...": a known official or
   * institution that opens the sentence as the subject of its verb.
   */
  private Source actingSource(SentenceView v) {
    for (int i = 0; i < Math.min(v.size(), 6); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      if (m.is(Kind.SOURCE)
          && !known(m).outlet()
          && verbFollows(v, v.pastMention(i))
          && m.first(Kind.COUNTRY) == null) {
        return known(m);
      }
      return null;
    }
    return null;
  }

  /** The source named after "according to", "citing", "says": a known one, or an agent phrase. */
  private Source objectSource(SentenceView v, int from, Context context) {
    int end = from;
    while (end < v.size() && end < from + 10 && !isClauseEnd(v, end)) {
      end++;
    }
    for (int i = from; i < end; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE)) {
        return known(m);
      }
    }
    return phraseSource(v, from, end, context);
  }

  /**
   * The subject of a verb of saying that ends at token {@code end}: the nearest known source in its
   * clause (across an apposition: "Ryder, the Pentagon spokesman, told"), else the noun phrase just
   * before the verb ("U.S. officials said", "the agency estimated", "he said").
   */
  private Source subjectOf(SentenceView v, int end, Context context) {
    Source nearest = null;
    for (int i = end - 1; i >= Math.max(0, end - 16); i--) {
      String w = v.lower(i);
      if (w.equals("that") || w.equals(";") || isQuote(w) || isBoundary(v, i)) {
        break;
      }
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE)) {
        nearest = known(m);
        break;
      }
    }
    if (nearest != null) {
      return nearest;
    }
    int start = end;
    while (start > 0 && end - start < 8 && isNounPhrasePart(v, start - 1)) {
      start--;
    }
    return phraseSource(v, start, end, context);
  }

  private boolean isNounPhrasePart(SentenceView v, int i) {
    String tag = v.pos(i);
    String w = v.lower(i);
    return tag.equals("NOUN")
        || tag.equals("PROPN")
        || tag.equals("ADJ")
        || tag.equals("DET")
        || tag.equals("PRON") && !w.equals("that")
        || w.equals("s")
        || w.equals(".")
        || w.equals("and") && i > 0 && !v.pos(i - 1).equals("VERB")
        || v.mention(i) != null;
  }

  private boolean isClauseEnd(SentenceView v, int i) {
    String w = v.lower(i);
    return w.equals(",")
        || w.equals(".")
        || w.equals(";")
        || w.equals("that")
        || isQuote(w)
        || w.equals(":")
        || w.equals("—")
        || w.equals("who")
        || w.equals("which")
        || v.pos(i).equals("VERB")
        || w.equals("on")
        || w.equals("in")
        || w.equals("as");
  }

  /**
   * A source named only by its phrase ("Ukrainian officials and Western intelligence sources"):
   * kept when its head can name a source; a pronoun or "the agency" refers to the last source.
   */
  private Source phraseSource(SentenceView v, int start, int end, Context context) {
    while (start < end
        && Set.of("the", "a", "an", "its", "his", "her", "their").contains(v.lower(start))) {
      start++;
    }
    while (end > start
        && (v.lower(end - 1).equals(",") || lexiconIs("source_document", v.lower(end - 1)))) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    String head = v.lower(end - 1);
    boolean capitalised = Character.isUpperCase(v.tokens.get(start).text().charAt(0));
    if (end - start == 1 && lexicon.is("institution", head) && !capitalised) {
      Source institution = institutionOf(head, context);
      if (institution != null) {
        return institution; // "according to the government" in an article about the Maldives
      }
    }
    if (lexicon.is("anaphor", head) && (end - start <= 3 && !capitalised || end - start == 1)) {
      return context.lastSource;
    }
    if (!times.find(v.span(start, end), v.article.published()).isEmpty()) {
      return null; // "The U.S. and Iraq on Friday announced": a day is no source
    }
    boolean name = v.pos(end - 1).equals("PROPN") && capitalised;
    if (!(lexicon.is("agent", head) || name) || end - start > 8) {
      return null;
    }
    return new Source(v.span(start, end), false);
  }

  /**
   * "the government" of the country the article is about: "Maldivian government", by its canonical
   * name when the knowledge base lists it.
   */
  private Source institutionOf(String noun, Context context) {
    String iso3 =
        context.lastHost != null
            ? context.lastHost
            : context.lastPlace != null ? context.lastPlace[0] : context.lastCountry;
    if (iso3 == null) {
      return null;
    }
    var country = Knowledge.defaults().country(iso3);
    if (country.isEmpty() || country.get().demonyms().isEmpty()) {
      return null;
    }
    String phrase = country.get().demonyms().get(0) + " " + noun;
    for (Entry e : Gazetteer.defaults().lookup(phrase)) {
      if (e.kind() == Kind.SOURCE) {
        return new Source(e.canonical(), "outlet".equals(e.sourceKind()));
      }
    }
    return new Source(phrase, false);
  }

  // ---------------------------------------------------------------- article context

  /**
   * The deployer the article is about, for figures that name none: the first country named right
   * before a personnel noun ("North Korean troops"), in the title or the text.
   */
  private String articleDeployer(ArticleText article, List<Sentence> sentences) {
    for (int s = 0; s < sentences.size(); s++) {
      SentenceView v = new SentenceView(article, sentences.get(s), sentences.get(s).index());
      for (int i = 0; i < v.size(); i++) {
        if (v.mention(i) == null && lexicon.phraseAt(v.lower, i, "personnel") > 0) {
          String d = modifierDeployerNoPos(v, i);
          if (d != null) {
            return d;
          }
        }
      }
    }
    return null;
  }

  private String modifierDeployerNoPos(SentenceView v, int noun) {
    for (int i = noun - 1; i >= Math.max(0, noun - 3); i--) {
      Mention m = v.mention(i);
      if (m != null && !m.is(Kind.PLACE) && !m.is(Kind.SOURCE) && countryTie(m) != null) {
        return countryTie(m).iso3();
      }
    }
    return null;
  }

  /** The publication date a relative time expression resolves against. */
  static LocalDate anchor(ArticleText article) {
    return article.published();
  }
}
