package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;

/** Places the figure on the sentence's words; a figure on no word is part of a code or a date. */
final class FigureWordStep implements WordStep {

  @Override
  public String name() {
    return "figure";
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    c.first = c.s.wordAt(c.figure.start(), c.figure.end());
    c.last = c.s.lastWordAt(c.figure.start(), c.figure.end());
    if (c.first < 0) {
      return Optional.of(Rejection.DATE_OR_CODE);
    }
    c.note("figure", "'" + c.figure.text() + "'");
    return Optional.empty();
  }
}
