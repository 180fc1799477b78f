package org.troopwatch.tag.claim;

import java.util.List;

/**
 * Sources a sentence takes from the sentences around it, when it does not name them itself:
 *
 * <pre>
 *   rule                 the sentence                                  its source
 *   quotation_closer     "“We assess ... 3,000 soldiers ...             the speaker named where the
 *                         ... into Russia,” Kirby added."               quotation closes (Kirby)
 *   cited_originator     "The state agency reports that 3 ... .         the originator the outlet cites
 *                         The agency, citing the ministry, said ..."    next, relayed by the outlet
 *   agentless_report     "It is planned that 5,000 ...",               the source of the sentence
 *                        "losses are believed to be 240,000"           before
 *   figure_back_reference "that figure has shot up to 2,000, ...",     the source of the sentence
 *                        "Among them are 12 generals."                 before, in that clause
 * </pre>
 *
 * A later sentence is read ahead on a copy of the article context, which reads nothing ahead
 * itself.
 */
final class NeighbourSources {

  /** How many sentences ahead a quotation's close or an outlet's cited originator is looked for. */
  private static final int LOOK_AHEAD = 3;

  /** Reads the source of a sentence in its article context (the attribution of a later one). */
  interface Reader {
    Speaker read(SentenceView v, List<SentenceView> following, ArticleContext context);
  }

  private final Grammar g;

  NeighbourSources(Grammar g) {
    this.g = g;
  }

  /**
   * The speaker of a quotation the sentence opens and does not close: the source of the sentence of
   * the same paragraph where it closes ("..., we think it is fewer than 2,000,” Dunford said.");
   * null when the sentence opens no quotation or it does not close within a few sentences.
   */
  Speaker quotationSpeaker(
      SentenceView v, List<SentenceView> following, ArticleContext context, Reader reader) {
    if (context.peeking || !opensUnclosedQuotation(v.text())) {
      return null;
    }
    SentenceView before = v;
    for (int k = 0; k < Math.min(LOOK_AHEAD, following.size()); k++) {
      SentenceView next = following.get(k);
      if (!sameParagraph(before, next)) {
        return null;
      }
      if (closesQuotation(next.text())) {
        return reader.read(next, following.subList(k + 1, following.size()), context.copy());
      }
      before = next;
    }
    return null;
  }

  /**
   * "Six soldiers were killed near the border. The soldiers fell in southern Lebanon, the army
   * said.": the source of the next sentence of the paragraph when it opens on the same troops ("the
   * soldiers", "these troops") and names a source itself; null otherwise.
   */
  Speaker restatedBy(
      SentenceView v, List<SentenceView> following, ArticleContext context, Reader reader) {
    if (context.peeking || following.isEmpty() || !sameParagraph(v, following.get(0))) {
      return null;
    }
    SentenceView next = following.get(0);
    if (next.size() < 3
        || !g.is("definite", next.lower(0))
        || next.mention(1) != null
        || g.personnelAt(next, 1) == 0) {
      return null;
    }
    ArticleContext ahead = context.copy();
    ahead.previousSource = null; // the troops named again, not a source carried over
    return reader.read(next, following.subList(1, following.size()), ahead);
  }

  /**
   * "The state news agency reports that three soldiers were killed. The agency, citing the defence
   * ministry, said ...": the originator an outlet cites in one of the next sentences, relayed by
   * the outlet; null when the outlet cites no one there.
   */
  Speaker citedOriginator(
      Speaker outlet, List<SentenceView> following, ArticleContext context, Reader reader) {
    if (context.peeking || outlet == null || !outlet.outlet() || outlet.relayedBy() != null) {
      return null;
    }
    for (int k = 0; k < Math.min(LOOK_AHEAD - 1, following.size()); k++) {
      ArticleContext ahead = context.copy();
      ahead.lastSource = outlet; // "The agency, citing ...": the outlet is the last source named
      Speaker later =
          reader.read(following.get(k), following.subList(k + 1, following.size()), ahead);
      if (later != null && outlet.name().equals(later.relayedBy())) {
        return later;
      }
    }
    return null;
  }

  /**
   * The source of the sentence before, for a sentence that names none but reports without an agent
   * ("It is planned that ...", "... are believed to be ...": the whole sentence) or refers back to
   * the figure or group before ("that figure has risen to 2,000, ...", "Among them are ...": the
   * clause of the reference, up to its comma); null otherwise.
   */
  Carried carried(SentenceView v, ArticleContext context) {
    SentenceView before = context.previousView;
    if (context.previousSource == null || before == null || before.index != v.index - 1) {
      return null;
    }
    if (reportsWithoutAgent(v)) {
      return new Carried(context.previousSource, 0, v.size());
    }
    int reference = referenceToFigureBefore(v);
    if (reference < 0) {
      return null;
    }
    int end = reference;
    while (end < v.size() && !v.lower(end).equals(",") && !v.lower(end).equals(";")) {
      end++;
    }
    return new Carried(context.previousSource, reference, end);
  }

  /** A source carried over from the sentence before, for the figures in tokens [from, to). */
  record Carried(Speaker source, int from, int to) {
    boolean governs(int figure) {
      return figure >= from && figure < to;
    }
  }

  /** "it is planned that", "are believed to be", "were reported from": a passive with no "by". */
  boolean reportsWithoutAgent(SentenceView v) {
    for (int i = 1; i < v.size(); i++) {
      if (!g.is("report_passive", v.lower(i)) || g.is("agent_preposition", v.lower(i + 1))) {
        continue;
      }
      int b = i - 1;
      while (b > 0 && v.pos(b).equals("ADV")) {
        b--;
      }
      if (g.is("auxiliary", v.lower(b))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token that opens a reference to the figure before ("that official figure", "this number")
   * or to its group (a sentence opening "Among them"), or -1.
   */
  private int referenceToFigureBefore(SentenceView v) {
    if (g.is("inclusion_link", v.lower(0)) && g.is("group_pronoun", v.lower(1))) {
      return 0;
    }
    for (int i = 0; i + 1 < v.size(); i++) {
      if (g.is("back_reference", v.lower(i))
          && (g.is("figure_noun", v.lower(i + 1))
              || v.pos(i + 1).equals("ADJ") && g.is("figure_noun", v.lower(i + 2)))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether nothing but spaces on one line stands between two sentences. */
  static boolean sameParagraph(SentenceView a, SentenceView b) {
    int from = a.sentence.end();
    int to = b.sentence.begin();
    return from <= to && a.article.text().substring(from, to).indexOf('\n') < 0;
  }

  /** A sentence that starts with an opening quotation mark it does not close. */
  static boolean opensUnclosedQuotation(String text) {
    String t = text.strip();
    if (t.startsWith("“")) {
      return t.indexOf('”') < 0;
    }
    return t.startsWith("\"") && t.chars().filter(c -> c == '"').count() % 2 == 1;
  }

  /** A sentence inside a quotation that closes it: a closing mark with no opening one before. */
  static boolean closesQuotation(String text) {
    int close = text.indexOf('”');
    if (close >= 0) {
      int open = text.indexOf('“');
      return open < 0 || open > close;
    }
    return text.chars().filter(c -> c == '"').count() % 2 == 1;
  }
}
