package org.troopwatch.tag.claim;

import java.util.ArrayList;
import java.util.List;
import org.troopwatch.knowledge.Knowledge;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.time.TimeResolver;

/**
 * Attribution, once per sentence: who the sentence attributes its figures to. The original source
 * of "citing X" / "briefed by X"; X of "according to X"; the subject of "X said" (a known source,
 * or the phrase itself: "U.S. officials"); a pronoun or "the agency" resolves to the last source
 * named. Null when the sentence speaks in the outlet's own voice.
 */
final class Attribution {

  /** The kind of source (sources.tsv) that is a person speaking in his own role. */
  private static final String PERSON = "official";

  /**
   * Hard-wrapped newswire keeps its lines shorter than this; a paragraph under a headline runs on.
   */
  private static final int WRAPPED_LINE = 80;

  private final Grammar g;
  private final Lexicon lexicon;
  private final TimeResolver times;

  Attribution(Grammar g, TimeResolver times) {
    this.g = g;
    this.lexicon = g.lexicon;
    this.times = times;
  }

  /**
   * Who the sentence attributes its figures to: the original source of "citing X" / "briefed by X";
   * X of "according to X"; the subject of "X said" (a known source, or the phrase itself: "U.S.
   * officials"); a pronoun or "the agency" resolves to the last source named. Null when the
   * sentence speaks in the outlet's own voice.
   */
  Speaker attribution(SentenceView v, ArticleContext context) {
    List<Speaker> candidates = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      int n = lexicon.phraseAt(v.lower, i, "relay");
      if (n > 0) {
        add(candidates, objectSource(v, i + n, context));
      }
    }
    int relays = candidates.size();
    List<Cited> according = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      int n = lexicon.phraseAt(v.lower, i, "according");
      if (n > 0) {
        Speaker cited = objectSource(v, i + n, context);
        add(candidates, cited);
        if (cited != null) {
          according.add(new Cited(i, cited));
        }
      }
    }
    List<Speaker> spoken = new ArrayList<>(candidates.subList(0, relays));
    boolean says = false;
    for (int i = 0; i < v.size(); i++) {
      if (v.mention(i) == null && lexicon.phraseAt(v.lower, i, "say") > 0 && isVerbLike(v, i)) {
        says = true;
        int before = i - 1;
        while (before >= 0 && (v.pos(before).equals("AUX") || v.pos(before).equals("ADV"))) {
          before--;
        }
        boolean participle = g.is("say_participle", v.lower(i));
        if (before >= 0
            && (v.lower(before).equals(",") || g.isQuote(v.lower(before)))
            && !g.is("say_to", v.lower(i))
            && !participle) {
          Speaker inverted = objectSource(v, i + 1, context); // "..., says Lee"
          add(candidates, inverted);
          add(spoken, inverted);
        }
        Speaker subject =
            participle && before >= 0 && v.lower(before).equals(",")
                ? mainSubject(v, before, context) // "The minister thanked them, saying ..."
                : subjectOf(v, before + 1, context);
        add(candidates, subject);
        add(spoken, subject);
      }
    }
    Speaker found = choose(v, candidates, relays, says, context);
    context.hearsay = found == null ? hearsay(v) : null;
    context.citedInClause = according;
    context.withoutCited =
        according.isEmpty()
            ? found
            : choose(v, spoken, Math.min(relays, spoken.size()), says, context);
    if (found != null) {
      context.lastSource = found;
    } else {
      Speaker named = firstKnownSource(v, true);
      if (named != null) {
        context.lastSource = named;
      }
    }
    rememberPersons(v, context);
    return found;
  }

  /** An "according to" source and the token of its cue. */
  record Cited(int cue, Speaker source) {}

  /**
   * The source of the figure at token {@code figure}: the sentence's source, unless an "according
   * to" stands in a later clause of its own ("..., where according to X 11,000 ..."): it governs
   * the figures of its clause only, and the figures before it keep the sentence's other source.
   */
  Speaker forFigure(SentenceView v, int figure, Speaker sentence, ArticleContext context) {
    int line =
        v.article.text().substring(0, v.sentence.begin()).isBlank()
            ? lineBreakAfter(v, 0)
            : -1; // the first line of the text is its headline; later breaks are wrapped lines
    if (line > figure && isHeadline(v, line) && !anyCue(v, 0, line)) {
      return null; // a headline run into the text: it names no source, the outlet speaks (conv 37)
    }
    for (int i = 1; i < figure; i++) {
      if (lexicon.phraseAt(v.lower, i, "running_total") > 0 && !anyCue(v, figure, v.size())) {
        return null; // "..., the ministry said, bringing the total to 44": the outlet's own count
      }
    }
    Cited hearsay = context.hearsay;
    if (sentence == null && hearsay != null) {
      boolean inClause =
          figure > clauseBreakBefore(v, hearsay.cue())
              && figure < clauseBreakAfter(v, hearsay.cue());
      return inClause ? hearsay.source() : null;
    }
    List<Cited> cited = context.citedInClause;
    if (cited == null || cited.isEmpty()) {
      return sentence;
    }
    boolean anyLimited = false;
    for (Cited c : cited) {
      int open = clauseBreakBefore(v, c.cue());
      if (open < 0 || c.cue() - open > 2) {
        // "According to X, ..." or a trailing "..., according to X.": the whole sentence
        return sentence;
      }
      anyLimited = true;
      if (figure > open && figure < clauseBreakAfter(v, c.cue())) {
        return c.source();
      }
    }
    return anyLimited ? context.withoutCited : sentence;
  }

  /** The first token after a line break that follows token i, or -1. */
  private static int lineBreakAfter(SentenceView v, int i) {
    for (int j = i + 1; j < v.size(); j++) {
      int from = v.tokens.get(j - 1).end();
      int to = v.tokens.get(j).begin();
      if (from < to && v.article.text().substring(from, to).indexOf('\n') >= 0) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether the line that ends before token {@code line} is a headline over a paragraph: the line
   * after it starts with a capital and runs much longer, past the width of wrapped newswire.
   * Hard-wrapped newswire ("... in fighting near\nthe key ...") keeps lines of one length, and a
   * sentence wrapped over them is one sentence.
   */
  private static boolean isHeadline(SentenceView v, int line) {
    String text = v.article.text();
    int start = v.sentence.begin();
    int breakAt = text.indexOf('\n', start);
    int next = v.tokens.get(line).begin();
    int nextEnd = text.indexOf('\n', next);
    int nextLength = (nextEnd < 0 ? text.length() : nextEnd) - next;
    return breakAt >= 0
        && nextLength >= WRAPPED_LINE
        && nextLength * 2 > (breakAt - start) * 3
        && Character.isUpperCase(text.charAt(next)); // "...and\ncaptured 48" goes on a sentence
  }

  /** Whether a word of saying, "according to" or a relay stands in [from, to). */
  private boolean anyCue(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (g.saysOrAccording(v, i)) {
        return true;
      }
    }
    return false;
  }

  private int clauseBreakBefore(SentenceView v, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (isSourceBreak(v, j)) {
        return j;
      }
    }
    return -1;
  }

  private int clauseBreakAfter(SentenceView v, int i) {
    for (int j = i + 1; j < v.size(); j++) {
      if (isSourceBreak(v, j)) {
        return j;
      }
    }
    return v.size();
  }

  private boolean isSourceBreak(SentenceView v, int i) {
    return g.is("source_break", v.lower(i)) || v.lower(i).equals(";");
  }

  /**
   * The source among the candidates: the first that is not an outlet, its messenger kept when a
   * relay named it; else a known source of a sentence that says something, a source acting at its
   * start, or a word of hearsay ("reportedly").
   */
  private Speaker choose(
      SentenceView v, List<Speaker> given, int relays, boolean says, ArticleContext context) {
    List<Speaker> candidates = new ArrayList<>(given);
    if (candidates.isEmpty() && says) {
      add(candidates, firstKnownSource(v, false));
    }
    if (candidates.isEmpty()) {
      add(candidates, actingSource(v, context));
    }
    Speaker found =
        candidates.stream()
            .filter(c -> !c.outlet())
            .findFirst()
            .orElse(candidates.isEmpty() ? null : candidates.get(0));
    if (found != null && relays > 0 && candidates.indexOf(found) < relays) {
      // "Lawmaker Lee said, citing the NIS": the originator keeps the figure, the one who passed
      // it on is its messenger.
      for (Speaker messenger : candidates.subList(relays, candidates.size())) {
        if (!messenger.name().equals(found.name())) {
          found = found.relayedBy(messenger);
          break;
        }
      }
    }
    return found;
  }

  /**
   * "Some 500 troops will reportedly deploy": the knowledge base's source of the hearsay word, for
   * the figures of its clause.
   */
  private Cited hearsay(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      int n = lexicon.phraseAt(v.lower, i, "hearsay");
      if (n > 0) {
        for (Entry e : Gazetteer.defaults().lookup(v.lowerSpan(i, i + n))) {
          if (e.kind() == Kind.SOURCE) {
            return new Cited(i, new Speaker(e.canonical(), false));
          }
        }
      }
    }
    return null;
  }

  /** The subject that opens the sentence, for a participle of saying after a comma. */
  private Speaker mainSubject(SentenceView v, int comma, ArticleContext context) {
    int end = 0;
    while (end < comma && isNounPhrasePart(v, end) && !v.lower(end).equals(",")) {
      end++;
    }
    return end == 0 ? null : subjectOf(v, end, context);
  }

  /** Remembers the people the sentence names as sources, for "he said" and "the general said". */
  private void rememberPersons(SentenceView v, ArticleContext context) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE) && PERSON.equals(m.first(Kind.SOURCE).sourceKind())) {
        Speaker person = known(m);
        context.persons.remove(person);
        context.persons.add(person);
      }
    }
  }

  private static void add(List<Speaker> candidates, Speaker source) {
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
        || g.is("finite_say", v.lower(i))
        || g.is("complementizer", next)
        || next.equals(",")
        || v.pos(i + 1).equals("NUM")
        || (next.equals(".") || i + 1 >= v.size()) && v.mention(i - 1) != null; // ", Esper noted."
  }

  private Speaker known(Mention m) {
    Entry e = m.first(Kind.SOURCE);
    return new Speaker(e.canonical(), "outlet".equals(e.sourceKind()));
  }

  private Speaker firstKnownSource(SentenceView v, boolean nonOutletOnly) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null
          && m.is(Kind.SOURCE)
          && !(nonOutletOnly && known(m).outlet())
          && Character.isUpperCase(v.word(i).charAt(0))) {
        return known(m); // a phrase in lower case ("denied media reports") is no name
      }
    }
    return null;
  }

  /**
   * "Obama ordered 30,000 more troops", "Ryder ascribed the error to ...": a known official or
   * institution that opens the sentence as the subject of its verb.
   */
  private Speaker actingSource(SentenceView v, ArticleContext context) {
    if (v.size() > 1
        && g.is("person_pronoun", v.lower(0))
        && g.verbFollows(v, 1)
        && !context.persons.isEmpty()) {
      return context.persons.get(context.persons.size() - 1); // "He has also ordered ..."
    }
    for (int i = 0; i < Math.min(v.size(), 6); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      if (m.is(Kind.SOURCE)
          && !known(m).outlet()
          && g.verbFollows(v, v.pastMention(i))
          && m.first(Kind.COUNTRY) == null) {
        return known(m);
      }
      return null;
    }
    return null;
  }

  /** The source named after "according to", "citing", "says": a known one, or an agent phrase. */
  private Speaker objectSource(SentenceView v, int from, ArticleContext context) {
    int end = from;
    while (end < v.size()
        && end < from + 10
        && !isClauseEnd(v, end)
        && !(end > from && v.pos(end).equals("NUM") && v.pos(end - 1).equals("NOUN"))) {
      end++; // "according to Kyiv's security services 11,000 troops ...": the figure ends the name
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
  private Speaker subjectOf(SentenceView v, int end, ArticleContext context) {
    Speaker nearest = null;
    for (int i = end - 1; i >= Math.max(0, end - 16); i--) {
      String w = v.lower(i);
      boolean parenthesis = w.equals("(") || w.equals(")"); // "JNIM (an al Qaeda affiliate) said"
      if (g.is("complementizer", w)
          || w.equals(";")
          || g.isQuote(w)
          || g.isBoundary(v, i) && !parenthesis) {
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
        || tag.equals("PRON") && !g.is("complementizer", w)
        || g.is("possessive_marker", w)
        || w.equals(".")
        || g.is("list_joiner", w) && i > 0 && !v.pos(i - 1).equals("VERB")
        || v.mention(i) != null;
  }

  private boolean isClauseEnd(SentenceView v, int i) {
    String w = v.lower(i);
    return w.equals(",")
        || w.equals(".")
        || w.equals(";")
        || g.isQuote(w)
        || w.equals(":")
        || w.equals("—")
        || v.pos(i).equals("VERB")
        || g.is("source_phrase_end", w);
  }

  /**
   * A source named only by its phrase ("Ukrainian officials and Western intelligence sources"):
   * kept when its head can name a source; a pronoun or "the agency" refers to the last source.
   */
  private Speaker phraseSource(SentenceView v, int start, int end, ArticleContext context) {
    if (start >= end || v.span(start, end).indexOf('\n') >= 0) {
      return null; // a headline run into the first line is no name
    }
    for (int i = start; i < end; i++) {
      String tag = v.pos(i);
      if ((tag.equals("VERB") || tag.equals("AUX"))
          && v.mention(i) == null
          && !g.is("possessive_marker", v.lower(i))) {
        return null; // a clause ("they could be proud of their service") names no source
      }
    }
    if (end - start >= 2 && g.is("own_possessive", v.lower(start))) {
      Speaker resolved = countrysSource(v, v.span(start + 1, end), context, false);
      if (resolved != null) {
        return resolved; // "according to its defence ministry" after Russia is named
      }
    }
    boolean determiner = false;
    while (start < end && g.is("determiner", v.lower(start))) {
      start++;
      determiner = true;
    }
    boolean document = false;
    while (end > start
        && (v.lower(end - 1).equals(",") || g.is("source_document", v.lower(end - 1)))) {
      document |= !v.lower(end - 1).equals(",");
      end--;
    }
    if (start >= end) {
      return determiner && document ? context.lastSource : null; // "according to the statement"
    }
    Speaker joint = jointSource(v, start, end);
    if (joint != null) {
      return joint; // "Tokyo and Washington agreed": the two governments
    }
    Mention whole = v.mention(start);
    if (whole != null
        && whole.is(Kind.COUNTRY)
        && v.mentionStart(start) == start
        && v.pastMention(start) == end) {
      return new Speaker(v.span(start, end), false); // "The U.S. estimated ...": the country
    }
    String last = v.lower(end - 1);
    if (end - start == 1 && g.is("person_pronoun", last) && !context.persons.isEmpty()) {
      return context.persons.get(context.persons.size() - 1); // "he said"
    }
    if (lexicon.is("title", last)) {
      Speaker holder = titleHolder(v, start, end, context);
      if (holder != null) {
        return holder; // "the general said" after "Gen. Joseph Dunford"
      }
    }
    if (end - start >= 3
        && g.is("country_anaphor", v.lower(start))
        && g.is("possessive_marker", v.lower(start + 1))) {
      Speaker resolved = countrysSource(v, v.span(start + 2, end), context, true);
      if (resolved != null) {
        return resolved; // "the country's spy agency" after South Korea is named
      }
    }
    String head = v.lower(end - 1);
    boolean capitalised = Character.isUpperCase(v.tokens.get(start).text().charAt(0));
    if (end - start == 1 && lexicon.is("institution", head) && !capitalised) {
      Speaker institution = institutionOf(head, context);
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
    return new Speaker(v.span(start, end), false);
  }

  /**
   * "the country's spy agency": the source of the country the sentence (else the article) names, by
   * its canonical name when the knowledge base lists "South Korea's spy agency" or "South Korean
   * spy agency", else as that phrase; null when no country is named.
   */
  private Speaker countrysSource(
      SentenceView v, String rest, ArticleContext context, boolean keepPhrase) {
    List<String> countries = new ArrayList<>();
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.COUNTRY) && !m.is(Kind.SOURCE)) {
        countries.add(m.first(Kind.COUNTRY).iso3());
      }
    }
    if (context.lastCountry != null) {
      countries.add(context.lastCountry);
    }
    String first = null;
    for (String iso3 : countries) {
      var country = Knowledge.defaults().country(iso3);
      if (country.isEmpty()) {
        continue;
      }
      List<String> phrases = new ArrayList<>();
      for (String form : List.of(rest, titleCase(rest))) {
        phrases.add(country.get().name() + "'s " + form);
        country.get().demonyms().forEach(d -> phrases.add(d + " " + form));
      }
      for (String phrase : phrases) {
        for (Entry e : Gazetteer.defaults().lookup(phrase)) {
          if (e.kind() == Kind.SOURCE) {
            return new Speaker(e.canonical(), "outlet".equals(e.sourceKind()));
          }
        }
      }
      first = first == null ? phrases.get(0) : first;
    }
    return first == null || !keepPhrase ? null : new Speaker(first, false);
  }

  /**
   * "Tokyo and Washington", "Russia and Sudan": two countries (or capitals) joined as one subject
   * are their governments jointly, by the knowledge base's name when it lists the pair ("US and
   * Japanese governments"), else "<demonym> and <demonym> <noun>"; null for any other phrase.
   */
  private Speaker jointSource(SentenceView v, int start, int end) {
    int second = v.pastMention(start);
    if (second + 1 >= end || !g.is("list_joiner", v.lower(second))) {
      return null;
    }
    String a = countryOf(v.mention(start));
    String b = countryOf(v.mention(second + 1));
    if (a == null
        || b == null
        || a.equals(b)
        || v.mentionStart(start) != start
        || v.pastMention(second + 1) != end) {
      return null;
    }
    List<String> formsA = countryForms(a);
    List<String> formsB = countryForms(b);
    if (formsA.isEmpty() || formsB.isEmpty()) {
      return null;
    }
    String fallback = null;
    for (String noun : new java.util.TreeSet<>(lexicon.phrases("joint_institution"))) {
      for (String x : formsA) {
        for (String y : formsB) {
          for (String phrase :
              List.of(x + " and " + y + " " + noun, y + " and " + x + " " + noun)) {
            for (Entry e : Gazetteer.defaults().lookup(phrase)) {
              if (e.kind() == Kind.SOURCE) {
                return new Speaker(e.canonical(), false);
              }
            }
          }
        }
      }
      if (fallback == null) {
        fallback = formsA.get(0) + " and " + formsB.get(0) + " " + noun;
      }
    }
    return fallback == null ? null : new Speaker(fallback, false);
  }

  private static String countryOf(Mention m) {
    if (m == null) {
      return null;
    }
    if (m.is(Kind.COUNTRY)) {
      return m.first(Kind.COUNTRY).iso3();
    }
    return m.is(Kind.CAPITAL) ? m.first(Kind.CAPITAL).iso3() : null;
  }

  /** A country's demonyms, then its short names ("Japanese", "US"), as joint names use them. */
  private static List<String> countryForms(String iso3) {
    var country = Knowledge.defaults().country(iso3);
    if (country.isEmpty()) {
      return List.of();
    }
    List<String> forms = new ArrayList<>(country.get().demonyms());
    forms.addAll(country.get().aliases());
    forms.add(country.get().name());
    return forms;
  }

  private static String titleCase(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : phrase.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }

  /**
   * The last person named as a source whose names hold every word of the title phrase: "The Defence
   * Minister" after "German Defence Minister Annegret Kramp-Karrenbauer"; null when none.
   */
  private Speaker titleHolder(SentenceView v, int start, int end, ArticleContext context) {
    List<String> words = new ArrayList<>();
    for (int i = start; i < end; i++) {
      if (v.mention(i) == null && !Grammar.isModifier(v.pos(i))) {
        words.add(v.lower(i));
      }
    }
    for (int k = context.persons.size() - 1; k >= 0; k--) {
      Speaker person = context.persons.get(k);
      for (String name : namesOf(person.name())) {
        List<String> nameWords =
            List.of(name.toLowerCase(java.util.Locale.ROOT).replace(".", "").split("[\\s]+"));
        if (nameWords.containsAll(words)) {
          return person;
        }
      }
    }
    return null;
  }

  private static List<String> namesOf(String canonical) {
    for (var source : Knowledge.defaults().sources()) {
      if (source.canonical().equals(canonical)) {
        List<String> names = new ArrayList<>(source.aliases());
        names.add(canonical);
        return names;
      }
    }
    return List.of(canonical);
  }

  /**
   * "the government" of the country the article is about: "Maldivian government", by its canonical
   * name when the knowledge base lists it.
   */
  private Speaker institutionOf(String noun, ArticleContext context) {
    String iso3 =
        context.lastHost != null
            ? context.lastHost
            : context.lastPlace != null ? context.lastPlace.country() : context.lastCountry;
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
        return new Speaker(e.canonical(), "outlet".equals(e.sourceKind()));
      }
    }
    // "the ministry" of a country the knowledge base knows one ministry of: that ministry
    List<String> ofKind = new ArrayList<>();
    for (var source : Knowledge.defaults().sources()) {
      if (iso3.equals(source.iso3()) && noun.equals(source.kind())) {
        ofKind.add(source.canonical());
      }
    }
    if (ofKind.size() == 1) {
      return new Speaker(ofKind.get(0), false);
    }
    return new Speaker(phrase, false);
  }
}
