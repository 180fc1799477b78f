package org.troopwatch.tag.claim;

import java.util.ArrayList;
import java.util.List;
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
  private final CitedReader cited;
  private final SayReader sayings;
  private final NeighbourSources neighbours;
  private final ParagraphSources paragraphs;
  private final LeadStudy study;

  Attribution(Grammar g, TimeResolver times) {
    this.g = g;
    this.lexicon = g.lexicon;
    SourceNames names = new SourceNames(g, times);
    this.cited = new CitedReader(g, names);
    this.sayings = new SayReader(g, names, cited);
    this.neighbours = new NeighbourSources(g);
    this.paragraphs = new ParagraphSources(g, neighbours);
    this.study = new LeadStudy(g);
  }

  /**
   * Who the sentence attributes its figures to: the original source of "citing X" / "briefed by X";
   * X of "according to X"; the subject of "X said" (a known source, or the phrase itself: "U.S.
   * officials"); a pronoun or "the agency" resolves to the last source named. Null when the
   * sentence speaks in the outlet's own voice.
   */
  Speaker attribution(SentenceView v, List<SentenceView> following, ArticleContext context) {
    context.upcoming = following;
    context.accordSource = null;
    List<Speaker> candidates = new ArrayList<>(cited.relays(v, context));
    int relays = candidates.size();
    List<Cited> according = cited.according(v, context);
    according.forEach(c -> add(candidates, c.source()));
    List<Speaker> spoken = new ArrayList<>(candidates.subList(0, relays));
    int colon = headlineSpeakerEnd(v);
    if (colon > 0) {
      Speaker headline = cited.objectSource(v, 0, context); // "US General: Iran has ..."
      add(candidates, headline);
      add(spoken, headline);
    }
    boolean says = sayings.speakers(v, context, candidates, spoken);
    Speaker found = choose(v, candidates, relays, says, context);
    found = fromNeighbours(v, found, following, context);
    context.hearsay = found == null ? hearsay(v) : null;
    context.carried =
        found == null && context.hearsay == null ? paragraphs.carriedOver(v, context) : null;
    if (context.carried != null) {
      found = context.carried.source();
    }
    found = study.read(v, found, context); // "Next on the list are ...": the lead's count
    paragraphs.track(v, according, found, context);
    context.previousView = v;
    context.previousSource = found;
    context.citedInClause = according;
    context.withoutCited =
        according.isEmpty()
            ? found
            : choose(v, spoken, Math.min(relays, spoken.size()), says, context);
    if (found != null) {
      context.lastSource = found;
      context.sourcesSoFar.add(found);
    } else {
      Speaker named = firstKnownSource(v, true);
      if (named != null) {
        context.lastSource = named;
      }
    }
    rememberPersons(v, context);
    Descriptions.remember(v, context);
    cited.rememberAccord(v, context);
    return found;
  }

  /**
   * The source a later sentence names for this one: the speaker where a quotation it opens closes
   * (unless it names a source itself), the originator an outlet cites next.
   */
  private Speaker fromNeighbours(
      SentenceView v, Speaker found, List<SentenceView> following, ArticleContext context) {
    boolean namesNone = firstKnownSource(v, false) == null;
    if (namesNone) {
      Speaker speaker = neighbours.quotationSpeaker(v, following, context, this::attribution);
      if (speaker != null) {
        return speaker;
      }
    }
    Speaker originator = neighbours.citedOriginator(found, following, context, this::attribution);
    if (found == null && originator == null && namesNone) {
      return neighbours.restatedBy(v, following, context, this::attribution);
    }
    return originator != null ? originator : found;
  }

  /** An "according to" source and the token of its cue. */
  record Cited(int cue, Speaker source) {}

  /**
   * The source of the figure at token {@code figure}: the sentence's source, unless an "according
   * to" stands in a later clause of its own ("..., where according to X 11,000 ..."): it governs
   * the figures of its clause only, and the figures before it keep the sentence's other source.
   */
  Speaker forFigure(SentenceView v, int figure, Speaker sentence, ArticleContext context) {
    // the first line of the text is its headline; later breaks are wrapped lines
    int line = v.opensFrom(0) ? lineBreakAfter(v, 0) : -1;
    if (line > figure && isHeadline(v, line) && !anyCue(v, 0, line) && headlineSpeakerEnd(v) < 0) {
      return null; // a headline run into the text: it names no source, the outlet speaks (conv 37)
    }
    if (sentence != null && context.carried != null && !context.carried.governs(figure)) {
      return null; // "that figure has shot up to 2,000, even though 400 had left": its clause only
    }
    for (int i = 1; i < figure; i++) {
      boolean progressive = g.is("auxiliary", v.lower(i - 1)); // "will be bringing": the verb
      if (lexicon.phraseAt(v.lower, i, "running_total") > 0
          && !progressive
          && !anyCue(v, figure, v.size())) {
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

  /**
   * "US General: Iran has ...": the colon after the speaker a headline opens with (a known source,
   * or a short phrase whose head names one), or -1. "Ukraine war: ..." names no speaker.
   */
  private int headlineSpeakerEnd(SentenceView v) {
    int colon = 1;
    while (colon < Math.min(v.size(), 5) && !v.lower(colon).equals(":")) {
      colon++;
    }
    if (colon >= Math.min(v.size(), 5) || !v.opensFrom(0)) {
      return -1; // no colon near the start (part-of-speech tags are computed on first use)
    }
    for (int k = 1; k <= colon; k++) {
      if (v.lower(k).equals(":")) {
        Mention m = v.mention(k - 1);
        boolean known = m != null && m.is(Kind.SOURCE) && !known(m).outlet();
        return known || lexicon.is("agent", v.lower(k - 1)) ? k : -1;
      }
      if (v.mention(k) != null) {
        continue;
      }
      String tag = v.pos(k);
      if (!(Grammar.isModifier(tag) || tag.equals("NOUN") || tag.equals("PROPN"))) {
        return -1;
      }
    }
    return -1;
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
    if (candidates.isEmpty()) {
      add(candidates, sayings.relativeSpeaker(v)); // "X, who was giving a statement on ..."
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
          return found.relayedBy(messenger);
        }
      }
      found = found.relayedBy(messengerBeforeRelay(v, context));
    }
    return found;
  }

  /**
   * "Anadolu, citing the defence ministry, said ...", "The agency, citing ...": the messenger that
   * opens the sentence before the comma of its relay; null when none.
   */
  private Speaker messengerBeforeRelay(SentenceView v, ArticleContext context) {
    for (int i = 1; i < v.size(); i++) {
      if (lexicon.phraseAt(v.lower, i, "relay") > 0) {
        return v.lower(i - 1).equals(",") ? cited.objectSource(v, 0, context) : null;
      }
    }
    return null;
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

  static void add(List<Speaker> candidates, Speaker source) {
    if (source != null && !candidates.contains(source)) {
      candidates.add(source);
    }
  }

  private static Speaker known(Mention m) {
    return Speaker.of(m.first(Kind.SOURCE));
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
}
