package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;

/** The source, by {@link WordAttribution}'s rules; never rejects (null is the outlet's voice). */
final class AttributionWordStep implements WordStep {

  @Override
  public String name() {
    return "attribution";
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    c.source = WordAttribution.source(c);
    return Optional.empty();
  }
}
