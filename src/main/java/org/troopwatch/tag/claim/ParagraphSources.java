package org.troopwatch.tag.claim;

import java.util.List;
import org.troopwatch.tag.Gazetteer;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;

/**
 * Sources a sentence that names none takes from its paragraph, by the conventions of reported news:
 *
 * <pre>
 *   rule              the paragraph                                     the sentence's source
 *   credit_tag        "It was reported that 3 ... died. (Daily News)"   the outlet the tag credits, for
 *                     or a last line "— Daily News" / "Source: ..."     a report without an agent
 *   according_frame   "According to the ministry, ... . The unit will   X of the "according to" that opens
 *                      bring the total to 800."                          the paragraph, until a new source
 *   continued_speech  "..., said Senator X. It is shameful that 90      the speaker of the sentence before,
 *                      of our soldiers ..."                              for words only a speaker uses
 * </pre>
 *
 * A paragraph ends at a line break; the frame and the speech stop there.
 */
final class ParagraphSources {

  /** The kind of source (sources.tsv) that is a news outlet. */
  private static final String OUTLET = "outlet";

  /** How many tokens before a trailing verb of saying its comma may stand ("..., the MP said"). */
  private static final int TRAILING_SAY = 8;

  private final Grammar g;
  private final NeighbourSources neighbours;

  ParagraphSources(Grammar g, NeighbourSources neighbours) {
    this.g = g;
    this.neighbours = neighbours;
  }

  /**
   * The source a sentence that names none carries over: the outlet a credit tag of its paragraph
   * names, for a report without an agent; else the sentence before's ({@link
   * NeighbourSources#carried}: an agentless report, a reference back to its figure); else the
   * paragraph's opening "according to"; else the speaker of the sentence before, for words in a
   * speaker's voice. Null otherwise.
   */
  NeighbourSources.Carried carriedOver(SentenceView v, ArticleContext context) {
    Speaker credited = neighbours.reportsWithoutAgent(v) ? creditedOutlet(v) : null;
    if (credited != null) {
      return new NeighbourSources.Carried(credited, 0, v.size());
    }
    NeighbourSources.Carried before = neighbours.carried(v, context);
    if (before != null) {
      return before;
    }
    if (context.frame != null && context.frameParagraph == paragraphStart(v)) {
      return new NeighbourSources.Carried(context.frame, 0, v.size());
    }
    Speaker speaker = continuedSpeaker(v, context);
    return speaker == null ? null : new NeighbourSources.Carried(speaker, 0, v.size());
  }

  /**
   * Keeps the frame of the paragraph up to date after the sentence: an "according to X" opening the
   * paragraph sets it; a new paragraph or a sentence with another source ends it.
   */
  void track(
      SentenceView v, List<Attribution.Cited> according, Speaker found, ArticleContext context) {
    int start = paragraphStart(v);
    if (context.frameParagraph != start) {
      context.frame = null;
    }
    if (v.opensFrom(start)
        && !according.isEmpty()
        && according.get(0).cue() == 0
        && found != null) {
      context.frame = found; // "According to the ministry, ..." as the paragraph's first words
      context.frameParagraph = start;
    } else if (found != null && !found.equals(context.frame)) {
      context.frame = null;
    }
  }

  /**
   * The outlet a credit tag names at the end of the sentence's paragraph ("... injuries. (Daily
   * News)"), or on the article's last line, alone ("— Daily News", "Source: Daily News"); null when
   * none.
   */
  private Speaker creditedOutlet(SentenceView v) {
    String text = v.article.text();
    int end = paragraphEnd(text, v.sentence.end());
    String paragraph = text.substring(paragraphStart(v), end).strip();
    Speaker tagged = parenthesisedTag(paragraph);
    if (tagged != null) {
      return tagged;
    }
    // "— Daily News" closing the article: its last line after the paragraph, read without copying
    // the rest of the text for every sentence that asks
    int stop = text.length();
    while (stop > end && Character.isWhitespace(text.charAt(stop - 1))) {
      stop--;
    }
    int lineStart = Math.max(end, text.lastIndexOf('\n', stop - 1) + 1);
    String lastLine = text.substring(lineStart, stop).strip();
    return lastLine.isEmpty() ? null : creditLine(lastLine);
  }

  /** "... injuries. (Daily News)": the outlet in brackets after the paragraph's last sentence. */
  private static Speaker parenthesisedTag(String paragraph) {
    if (!paragraph.endsWith(")")) {
      return null;
    }
    int open = paragraph.lastIndexOf('(');
    String before = open > 0 ? paragraph.substring(0, open).strip() : "";
    if (before.isEmpty() || !endsSentence(before.charAt(before.length() - 1))) {
      return null; // "troops of the (Daily News) ..." or a paragraph that is a bracket alone
    }
    return outlet(paragraph.substring(open + 1, paragraph.length() - 1));
  }

  /** "— Daily News", "Source: Daily News": a line that credits an outlet alone. */
  private Speaker creditLine(String line) {
    int colon = line.indexOf(':');
    if (colon > 0
        && g.is(
            "credit_label", line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT))) {
      return outlet(line.substring(colon + 1));
    }
    int name = 0;
    while (name < line.length() && isDash(line.charAt(name))) {
      name++;
    }
    return name == 0 ? null : outlet(line.substring(name));
  }

  /** The outlet a phrase names exactly, or null. */
  private static Speaker outlet(String phrase) {
    for (Entry e : Gazetteer.defaults().lookup(phrase.strip())) {
      if (e.kind() == Kind.SOURCE && OUTLET.equals(e.sourceKind())) {
        return Speaker.of(e);
      }
    }
    return null;
  }

  /**
   * "The pullout shows how little was learned, said Senator X. It is shameful that 90 of our
   * soldiers ...": the speaker of the sentence right before, in the same paragraph, when that
   * sentence ends on its verb of saying and this one speaks as only a speaker does (in the first
   * person, or passing judgement: "It is unthinkable to ..."); null otherwise.
   */
  private Speaker continuedSpeaker(SentenceView v, ArticleContext context) {
    SentenceView before = context.previousView;
    Speaker speaker = context.previousSource;
    if (speaker == null
        || speaker.outlet()
        || before == null
        || before.index != v.index - 1
        || !NeighbourSources.sameParagraph(before, v)
        || !endsOnSaying(before)
        || quotes(v)) {
      return null;
    }
    return speakersVoice(v) ? speaker : null;
  }

  /**
   * "..., said X." / "..., X said on Monday.": a verb of saying after a comma, reporting nothing
   * after it.
   */
  private boolean endsOnSaying(SentenceView v) {
    for (int i = 1; i < v.size(); i++) {
      if (g.lexicon.phraseAt(v.lower, i, "say") == 0) {
        continue;
      }
      boolean comma = false;
      for (int j = i - 1; j >= Math.max(0, i - TRAILING_SAY) && !comma; j--) {
        comma = v.lower(j).equals(",");
      }
      boolean reports = false;
      for (int j = i + 1; j < v.size(); j++) {
        reports |= g.is("complementizer", v.lower(j)) || g.saysOrAccording(v, j);
      }
      if (comma && !reports) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words the outlet does not use in its own voice: a first-person word ("we", "our"), or an
   * impersonal judgement at the start ("It is unthinkable to ...", "It would be a betrayal ...").
   */
  private boolean speakersVoice(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (g.is("speaker_voice", v.lower(i))) {
        return true;
      }
    }
    if (!g.is("impersonal_subject", v.lower(0))) {
      return false;
    }
    int i = 1;
    while (i < v.size() && (g.is("auxiliary", v.lower(i)) || v.pos(i).equals("AUX"))) {
      i++;
    }
    if (i > 1 && g.is("determiner", v.lower(i))) {
      i++; // "It would be a betrayal"
    }
    return i > 1 && g.is("judgement", v.lower(i));
  }

  private static boolean quotes(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (Grammar.isQuote(v.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the sentence's paragraph starts: after the line break before it, or at the text's start.
   */
  static int paragraphStart(SentenceView v) {
    return v.article.text().lastIndexOf('\n', Math.max(0, v.sentence.begin() - 1)) + 1;
  }

  private static int paragraphEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '”' || c == '"';
  }

  private static boolean isDash(char c) {
    return c == '—' || c == '–' || c == '-';
  }
}
