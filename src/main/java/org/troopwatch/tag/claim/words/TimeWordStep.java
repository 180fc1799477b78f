package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.time.TimeSpan;

/**
 * The period: the time expression of the sentence nearest the figure that spans more than one day
 * (a single day is the day of the report, "30일", "в воскресенье"), as the language's TimeReader
 * resolves it against the article's date; a time expression that stands nearer another figure of
 * the sentence scopes that one.
 */
final class TimeWordStep implements WordStep {

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    if (c.published == null) {
      return Optional.empty();
    }
    TimeSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeSpan t : c.lex.language().time().find(c.s.text, c.published)) {
      if (t.start() != null && t.start().equals(t.end())) {
        continue;
      }
      int d = Math.abs(t.charStart() - c.figure.start());
      if (nearerFigure(c, t, d)) {
        continue; // "3000여명 파견...12월경 총 1만여명": the month scopes the figure it stands by
      }
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    if (best != null) {
      c.period = best;
      c.periodHasYear = best.text().chars().filter(Character::isDigit).count() >= 4;
      c.note("period", "'" + best.text() + "'");
    }
    return Optional.empty();
  }

  /** True when another figure of the sentence stands nearer the time expression than this one. */
  private static boolean nearerFigure(WordCandidate c, TimeSpan t, int distance) {
    for (Figure f : c.lex.language().numbers().find(c.s.text)) {
      boolean inside = f.start() < t.charEnd() && t.charStart() < f.end();
      if (f.start() != c.figure.start()
          && !inside
          && f.isCount()
          && Math.abs(t.charStart() - f.start()) < distance) {
        return true;
      }
    }
    return false;
  }
}
