package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;

/**
 * The metric: a casualty noun as the head decides it ("사상자" casualties, "전사자" killed), unless a
 * withdrawal trigger sends the wounded home; otherwise the nearest trigger of {@code metrics.tsv}
 * in the sentence (a higher priority wins at equal distance), or for a figure the language marks as
 * an object ("4500명을"), the first trigger after it (its verb in a verb-final clause); otherwise the
 * metric of the sentences before, and deployed for troops named with no trigger ("the contingent is
 * 280"), never for a common noun with no trigger ("20 000 граждан" recruited are people, not a
 * deployment).
 */
final class MetricWordStep implements WordStep {

  @Override
  public String name() {
    return "metric";
  }

  /**
   * True when the head says troops by itself: a word of personnel.tsv marked so, or any personnel
   * word glued to a country ("북한군": 북한 + 군), not a common noun alone ("20 000 граждан").
   */
  private static boolean strongHead(WordCandidate c) {
    if ("yes".equals(c.head.extra())) {
      return true;
    }
    WordSentence.Mention m = c.s.mentionAt(c.headAt - 1);
    return m != null
        && DeployerWordStep.isCountry(m, c.lex)
        && c.s.words.get(c.headAt - 1).end() == c.s.words.get(c.headAt).begin();
  }

  /**
   * Where the language marks the figure as an object ({@code grammar.tsv} object_after, "을/를")
   * right after it or its counter, the word of that particle; else -1.
   */
  private static int objectEnd(WordCandidate c) {
    for (int i = c.last + 1; i <= Math.min(c.s.size() - 1, c.last + 2); i++) {
      if (c.s.marks(i, "object_after")) {
        return i;
      }
      if (!c.lex.grammar("counter").contains(c.s.lemmas.get(i))) {
        return -1;
      }
    }
    return -1;
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    WordSentence s = c.s;
    WordLexicon.Entry nearest = null;
    int nearestAt = -1;
    int best = Integer.MAX_VALUE;
    WordLexicon.Entry withdrawal = null;
    for (int i = 0; i < s.size(); i++) {
      if (i >= c.first && i <= c.last) {
        continue;
      }
      WordLexicon.Entry e = c.lex.metricAt(s.lemmas, i);
      if (e == null || (c.headAt >= 0 && i >= c.headAt && i < c.headAt + c.head.lemmas().size())) {
        continue;
      }
      if ("withdrawn".equals(e.value())) {
        withdrawal = e;
      }
      int d = i < c.first ? c.first - i : i - c.last;
      int score = d * 10 - e.priority();
      if (score < best) {
        best = score;
        nearest = e;
        nearestAt = i;
      }
    }
    int object = objectEnd(c);
    if (object >= 0) {
      // The object of a verb-final clause ("4500명을 ... 이전한다"): its verb is the first trigger after.
      for (int i = object + 1; i < s.size(); i++) {
        WordLexicon.Entry e = c.lex.metricAt(s.lemmas, i);
        if (e != null) {
          nearest = e;
          nearestAt = i;
          break;
        }
      }
    }
    WordLexicon.Entry noun = c.head == null ? null : c.lex.metricOfNoun(c.head.lemmas());
    if (noun != null && "casualty".equals(c.head.kind())) {
      if (withdrawal != null && "wounded".equals(noun.value())) {
        c.metric = "withdrawn";
        c.note("metric", "wounded sent home: '" + String.join(" ", withdrawal.lemmas()) + "'");
      } else {
        c.metric = noun.value();
        c.note("metric", "the toll noun '" + String.join(" ", c.head.lemmas()) + "'");
      }
    } else if (nearest != null) {
      c.metric = nearest.value();
      c.note(
          "metric",
          "'" + s.quote(nearestAt, nearestAt + nearest.lemmas().size()) + "' nearest the figure");
    } else if (c.context.lastMetric != null) {
      c.metric = c.context.lastMetric;
      c.note("metric", "as the sentences before");
    } else if (c.head != null && !"rank".equals(c.head.kind()) && strongHead(c)) {
      c.metric = "deployed";
      c.note("metric", "troops counted with no other trigger");
    } else {
      return Optional.of(Rejection.NO_PERSONNEL);
    }
    if (c.head != null && "rank".equals(c.head.kind()) && "deployed".equals(c.metric)) {
      return Optional.of(Rejection.RANK_NOT_TOLL);
    }
    return Optional.empty();
  }
}
