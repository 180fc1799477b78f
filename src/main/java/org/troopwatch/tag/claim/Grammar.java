package org.troopwatch.tag.claim;

import java.util.List;
import java.util.Set;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * The reading of a sentence that several steps share: personnel phrases, metric triggers, clause
 * bounds and the words of saying, hosting and fighting, all looked up in the language's lexicon.
 */
final class Grammar {

  /** The metrics of a toll: what befell troops, as opposed to where they were sent. */
  private static final Set<String> TOLLS = Set.of("killed", "wounded", "casualties", "captured");

  final Lexicon lexicon;

  Grammar(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether a metric is a toll (killed, wounded, casualties, captured). */
  static boolean isToll(String metric) {
    return TOLLS.contains(metric);
  }

  /** Whether {@code word} has the lexicon role {@code role}. */
  boolean is(String role, String word) {
    return lexicon.is(role, word);
  }

  /**
   * Whether token i is the preposition of a title's post: "the ambassador to Mali", "the envoy in
   * Kyiv" (the tagger reads "to" before a name as a preposition or a particle).
   */
  boolean titlePreposition(SentenceView v, int i) {
    String tag = v.pos(i);
    return i > 0 && (tag.equals("ADP") || tag.equals("PART")) && is("title", v.lower(i - 1));
  }

  /**
   * Whether the mention starting at token {@code start} is a title's post ("the ambassador to the
   * Central African Republic"): it names where the speaker serves, not the speaker.
   */
  boolean postOfTitle(SentenceView v, int start) {
    int k = start - 1;
    while (k > 0 && v.pos(k).equals("DET")) {
      k--;
    }
    return titlePreposition(v, k);
  }

  /** Whether any token in [from, to) has the lexicon role {@code role}. */
  boolean anyIs(String role, SentenceView v, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(v.size(), to); i++) {
      if (is(role, v.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** The length of the lexicon phrase of {@code role} that starts at token i, or 0. */
  int phraseAt(SentenceView v, int i, String role) {
    return lexicon.phraseAt(v.lower, i, role);
  }

  /**
   * The length of the personnel phrase at token i, or 0. A capitalised singular is a name, not a
   * soldier ("Evergreen Marine", "Air Force"); capitalised plurals are ("the Marines", "Gurkhas").
   */
  int personnelAt(SentenceView v, int i) {
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

  boolean personnelWithin(SentenceView v, int from, int window) {
    for (int i = from; i < Math.min(v.size(), from + window); i++) {
      if (personnelAt(v, i) > 0) {
        return true;
      }
    }
    return false;
  }

  boolean personnelAhead(SentenceView v, int from) {
    return personnelWithin(v, from, 3);
  }

  Lexicon.Trigger triggerEndingAt(SentenceView v, int end) {
    return triggerEndingAt(lexicon, v.lower, end);
  }

  /** The trigger phrase (up to four words) whose last word is {@code lower[end]}, or null. */
  static Lexicon.Trigger triggerEndingAt(Lexicon lexicon, List<String> lower, int end) {
    for (int start = Math.max(0, end - 3); start <= end; start++) {
      int n = lexicon.phraseAt(lower, start, "trigger");
      if (n > 0 && start + n - 1 == end) {
        return lexicon.trigger(String.join(" ", lower.subList(start, start + n)));
      }
    }
    return null;
  }

  Lexicon.Trigger strongest(SentenceView v, int from, int to) {
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

  /** The first trigger of a toll in [from, to), or null: the predicate nearest the group. */
  Lexicon.Trigger firstToll(SentenceView v, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(v.size(), to); i++) {
      int n = lexicon.phraseAt(v.lower, i, "trigger");
      if (n > 0) {
        Lexicon.Trigger t = lexicon.trigger(String.join(" ", v.lower.subList(i, i + n)));
        if (isToll(t.metric())) {
          return t;
        }
        i += n - 1;
      }
    }
    return null;
  }

  /** Whether token i is a dash or colon that opens an apposition ("the 13 killed — 11 ..."). */
  static boolean opensApposition(String w) {
    return w.equals("—") || w.equals("–") || w.equals(":");
  }

  boolean isBoundary(SentenceView v, int i) {
    String w = v.lower(i);
    return w.equals(";")
        || w.equals("—")
        || w.equals("–")
        || w.equals("(")
        || w.equals(")")
        || w.equals(":")
        || lexicon.is("boundary", w);
  }

  /** The clause of a figure begins after the previous figure's group or the last boundary. */
  int clauseStart(SentenceView v, int first, List<Candidate> before) {
    if (first >= 2 && is("of_link", v.lower(first - 1)) && is("partitive", v.lower(first - 2))) {
      return first; // "withdrawing the first of about 100,000 troops": the verb takes the part
    }
    int start = 0;
    if (!before.isEmpty()) {
      Candidate prev = before.get(before.size() - 1);
      start = Math.max(prev.last + 1, prev.head.direct() ? prev.head.end() : 0);
    }
    for (int i = first - 1; i >= start; i--) {
      if (isBoundary(v, i)) {
        return i + 1;
      }
    }
    return start;
  }

  /** The clause of a figure ends at the next boundary or the next figure. */
  int clauseEnd(SentenceView v, int last) {
    for (int i = last + 1; i < v.size(); i++) {
      if (isBoundary(v, i)
          || (i > last + 1 && v.pos(i).equals("NUM") && startsFigureAfterAnd(v, i))) {
        return i;
      }
    }
    return v.size();
  }

  boolean startsFigureAfterAnd(SentenceView v, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      String w = v.lower(j);
      if (is("list_joiner", w) || w.equals(",")) {
        return true;
      }
    }
    return false;
  }

  int clauseStartPlain(SentenceView v, int first) {
    for (int i = first - 1; i >= 0; i--) {
      if (isBoundary(v, i)) {
        return i + 1;
      }
    }
    return 0;
  }

  boolean verbFollows(SentenceView v, int i) {
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
        || (is("infinitive", v.lower(j + 1))
            && Character.isLowerCase(v.tokens.get(j).text().charAt(0)))
        || headlineFuture(v, j);
  }

  /**
   * "US to pull 12,000 troops out of Germany", "Ukraine war: Britain to send 500 more soldiers":
   * the headline's future, a name opening the sentence (or the part after a colon) followed by the
   * infinitive marker at j and a verb; "the Security Service of Ukraine to grant" is none.
   */
  private boolean headlineFuture(SentenceView v, int j) {
    if (j < 1 || v.mention(j - 1) == null || !is("infinitive", v.lower(j))) {
      return false;
    }
    int start = v.mentionStart(j - 1);
    return (start == 0 || v.lower(start - 1).equals(":"))
        && (v.pos(j + 1).equals("VERB") || lexicon.phraseAt(v.lower, j + 1, "trigger") > 0);
  }

  /**
   * Whether a word of plan starts at token i; a proper noun written with a capital inside the
   * sentence is a name ("in May and June"), not a modal. The headline's future ("Britain to pull")
   * is a plan too.
   */
  boolean plannedAt(SentenceView v, int i) {
    return lexicon.phraseAt(v.lower, i, "planned") > 0
            && (i == 0
                || !Character.isUpperCase(v.tokens.get(i).text().charAt(0))
                || !v.pos(i).equals("PROPN"))
        || headlineFuture(v, i);
  }

  boolean saysAt(SentenceView v, int i) {
    int j = i;
    while (j < v.size() && (v.pos(j).equals("AUX") || v.pos(j).equals("ADV"))) {
      j++;
    }
    return j < v.size() && lexicon.phraseAt(v.lower, j, "say") > 0;
  }

  boolean hostsAt(SentenceView v, int i) {
    for (int j = i; j < Math.min(v.size(), i + 3); j++) {
      if (lexicon.phraseAt(v.lower, j, "hosting") > 0) {
        return true;
      }
    }
    return false;
  }

  boolean saysOrAccording(SentenceView v, int i) {
    return lexicon.phraseAt(v.lower, i, "say") > 0
        || lexicon.phraseAt(v.lower, i, "according") > 0
        || lexicon.phraseAt(v.lower, i, "relay") > 0;
  }

  static boolean isQuote(String w) {
    return w.length() == 1 && isQuote(w.charAt(0));
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘';
  }

  /** A mark that ends a quoted clause right before its closing quotation mark (",” he said"). */
  static boolean isClosingPunctuation(String w) {
    return w.length() == 1 && isClosingPunctuation(w.charAt(0));
  }

  static boolean isClosingPunctuation(char c) {
    return c == ',' || c == '.' || c == '?' || c == '!';
  }

  boolean isDeterminerOrPronoun(String w) {
    return lexicon.is("determiner_or_pronoun", w);
  }

  /** Whether a word of fighting or of the military stands in the sentence. */
  boolean militaryContext(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (lexicon.is("military_context", v.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence speaks of money, purchases or production, outside the figure's own tokens
   * [first, last].
   */
  boolean economicSentence(SentenceView v, int first, int last) {
    for (int i = 0; i < v.size(); i++) {
      if (i >= first && i <= last) {
        continue; // the figure's own "million" ("over a million soldiers") counts people
      }
      if (lexicon.is("economic", v.lower(i)) || v.lower(i).startsWith("$")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence speaks of troops or fighting at all. */
  boolean militarySentence(SentenceView v) {
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

  /**
   * Whether the last group noun in [from, to) is one that is not a state's forces ("militias",
   * "rebels": true) or personnel ("troops": false); null when the span names no group.
   */
  Boolean lastGroupNonState(SentenceView v, int from, int to) {
    Boolean last = null;
    for (int i = from; i < to; i++) {
      if (is("non_state", v.lower(i))) {
        last = Boolean.TRUE;
      } else if (personnelAt(v, i) > 0 || v.mention(i) != null && v.mention(i).is(Kind.FORCE)) {
        last = Boolean.FALSE;
      }
    }
    return last;
  }

  /** The country named among the few words before a personnel noun: "North Korean troops". */
  String modifierDeployer(SentenceView v, int noun) {
    for (int i = noun - 1; i >= Math.max(0, noun - 4); i--) {
      Mention m = v.mention(i);
      if (m != null) {
        Entry tie = Places.countryTie(m);
        if (tie != null && !m.is(Kind.PLACE)) {
          return tie.iso3();
        }
      }
      String tag = v.pos(i);
      if (!(tag.equals("ADJ")
          || tag.equals("PROPN")
          || tag.equals("NOUN")
          || is("possessive_marker", v.lower(i))
          || m != null)) {
        break;
      }
    }
    return null;
  }

  static boolean isModifier(String tag) {
    return tag.equals("ADJ") || tag.equals("ADV");
  }

  boolean separated(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = v.lower(i);
      if (is("relative", w) || w.equals(";") || isBoundary(v, i)) {
        return true;
      }
    }
    return false;
  }
}
