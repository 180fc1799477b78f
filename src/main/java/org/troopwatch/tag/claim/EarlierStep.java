package org.troopwatch.tag.claim;

import java.util.Optional;
import org.troopwatch.tag.EarlierFigures;

/**
 * Step 9, earlier count: whether the sentence presents the figure as an earlier, superseded count
 * ("2,000, up from 900"; "the 900 it had previously announced"), so combine can order a source's
 * figures by what they replace (the claims column {@code earlier_count}).
 */
final class EarlierStep implements Step {

  private final EarlierFigures earlier;

  EarlierStep(EarlierFigures earlier) {
    this.earlier = earlier;
  }

  @Override
  public String name() {
    return "earlier";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    c.earlierCount = earlier.isEarlier(c.v.text(), c.figure.low(), c.figure.high());
    if (c.earlierCount) {
      c.note("earlier", "presented as an earlier count");
    }
    return Optional.empty();
  }
}
