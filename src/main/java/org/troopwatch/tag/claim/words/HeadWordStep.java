package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;

/**
 * Binds the figure to the personnel noun it counts: the nearest one within the language's windows
 * ({@code grammar.tsv} head_after / head_before: "11 тис. військових", "북한군 3천명", "3천명의 병력"), no
 * other figure between. A figure with no noun of its own counts the personnel the sentence names
 * elsewhere ("ще 6 тис.") when it stands at the end of its phrase; a figure followed by another
 * noun counts things ("90 бронетранспортеров").
 */
final class HeadWordStep implements WordStep {

  @Override
  public String name() {
    return "head";
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    WordSentence s = c.s;
    if (listedPart(c)) {
      return Optional.of(Rejection.LISTED_PART);
    }
    int after = c.lex.grammarNumber("head_after", 3);
    int before = c.lex.grammarNumber("head_before", 1);
    for (int i = c.last + 1; i <= Math.min(s.size() - 1, c.last + after); i++) {
      if (isPunct(s, i)) {
        if (i == c.last + 1 && ".".equals(s.words.get(i).text())) {
          continue; // the dot of an abbreviated scale ("11 тис. військових")
        }
        break;
      }
      WordLexicon.Entry e = c.lex.personnelAt(s.lemmas, i);
      if (e != null) {
        return bind(c, e, i, "after");
      }
    }
    for (int i = c.first - 1; i >= Math.max(0, c.first - before); i--) {
      WordLexicon.Entry e = personnelEndingAt(c, i);
      if (e != null) {
        return bind(c, e, i, "before");
      }
    }
    // No noun of its own: the figure counts what the sentence (or the article) names as troops.
    boolean nounFollows =
        !c.lex.grammar("things_after").isEmpty()
            && c.last + 1 < s.size()
            && !isPunct(s, c.last + 1)
            && Character.isLetter(s.text.charAt(s.words.get(c.last + 1).begin()));
    if (nounFollows) {
      return Optional.of(Rejection.COUNTS_THINGS);
    }
    String previousTag = c.first > 0 ? s.words.get(c.first - 1).tag() : null;
    boolean adjacent =
        c.first > 0
            && c.s.text.substring(s.words.get(c.first - 1).end(), c.figure.start()).isBlank();
    boolean referring = s.cue("referring", c.first - 2, c.first) >= 0 || inTime(c, c.first - 1);
    boolean noun =
        previousTag != null && (previousTag.startsWith("NN") || "XSN".equals(previousTag));
    if (noun && adjacent && !referring) {
      return Optional.of(Rejection.OTHER_NOUN); // "노동자 1만 명": the noun before counts others
    }
    // A counter of people right after the figure ("3000여명 파병", "700 человек") with a trigger.
    if (c.last + 1 < s.size()
        && c.lex.grammar("counter").contains(s.lemmas.get(c.last + 1))
        && hasTrigger(c)) {
      c.note("head", "the person counter '" + s.words.get(c.last + 1).text() + "'");
      return Optional.empty();
    }
    for (int i = 0; i < c.first; i++) {
      WordLexicon.Entry e = c.lex.personnelAt(s.lemmas, i);
      if (e != null && !"rank".equals(e.kind())) {
        c.head = e;
        c.headAt = i;
        c.note("head", "'" + s.quote(i, i + e.lemmas().size()) + "' named in the sentence");
        return Optional.empty();
      }
    }
    return Optional.of(Rejection.NO_PERSONNEL);
  }

  /**
   * True when the figure is one item of a list that the sentence closes with its sum: a list-end
   * word ({@code grammar.tsv} list_end, "등"), a total cue and a figure after it ("병사 13명, ... 등 총
   * 280여 명"): the parts describe the contingent the sum counts (gold convention 32).
   */
  private static boolean listedPart(WordCandidate c) {
    WordSentence s = c.s;
    for (int j = c.last + 1; j < s.size() - 1; j++) {
      if (s.marks(j, "list_end")) {
        int total = s.cue("total", j + 1, j + 3);
        if (total >= 0
            && total + 1 < s.size()
            && Character.isDigit(s.words.get(total + 1).text().charAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when word {@code i} is part of a time expression ("12월경 500명": no noun of others). */
  private static boolean inTime(WordCandidate c, int i) {
    if (i < 0 || c.published == null) {
      return false;
    }
    int at = c.s.words.get(i).begin();
    return c.lex.language().time().find(c.s.text, c.published).stream()
        .anyMatch(t -> t.charStart() <= at && at < t.charEnd());
  }

  private static WordLexicon.Entry personnelEndingAt(WordCandidate c, int i) {
    for (int start = Math.max(0, i - 2); start <= i; start++) {
      WordLexicon.Entry e = c.lex.personnelAt(c.s.lemmas, start);
      if (e != null && start + e.lemmas().size() - 1 >= i - 0 && start + e.lemmas().size() > i) {
        return e;
      }
    }
    return null;
  }

  private static Optional<Rejection> bind(
      WordCandidate c, WordLexicon.Entry e, int at, String side) {
    int end = at + e.lemmas().size();
    if ("after".equals(side) && (c.s.marks(at, "unit_nouns") || c.s.marks(end, "unit_nouns"))) {
      return Optional.of(Rejection.COUNTS_THINGS); // "четыре бригады", "чотири військові бази"
    }
    c.head = e;
    c.headAt = at;
    c.note("head", "'" + c.s.quote(at, at + e.lemmas().size()) + "' " + side + " the figure");
    return Optional.empty();
  }

  private static boolean hasTrigger(WordCandidate c) {
    for (int i = 0; i < c.s.size(); i++) {
      if (c.lex.metricAt(c.s.lemmas, i) != null) {
        return true;
      }
    }
    return false;
  }

  static boolean isPunct(WordSentence s, int i) {
    String t = s.words.get(i).text();
    return !t.isEmpty() && !Character.isLetterOrDigit(t.codePointAt(0));
  }
}
