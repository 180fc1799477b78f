package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;
import org.troopwatch.tag.time.TimeSpan;

/**
 * The period: the time expression of the sentence nearest the figure that spans more than one day
 * (a single day is the day of the report, "30일", "в воскресенье"), as the language's TimeReader
 * resolves it against the article's date.
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
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    if (best != null) {
      c.period = best;
      c.note("period", "'" + best.text() + "'");
    }
    return Optional.empty();
  }
}
