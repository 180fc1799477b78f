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
    int at = c.figure.start();
    if (at > 0
        && (Character.isLetter(c.s.text.charAt(at - 1))
            || (c.s.text.charAt(at - 1) == '-'
                && at > 1
                && Character.isLetter(c.s.text.charAt(at - 2))))) {
      return Optional.of(Rejection.LABEL); // "SU-35", "bkly477": a name, not a count
    }
    c.note("figure", "'" + c.figure.text() + "'");
    return Optional.empty();
  }
}
