package org.troopwatch.tag.claim;

import java.util.Objects;
import java.util.Optional;

/**
 * Step 6a, captives: a figure the article has already counted as captured, named again for the same
 * country with a verb of movement or with none ("the two soldiers were flown to Kyiv, where they
 * are being questioned"), still counts those captives (convention 19): captured, where they were
 * taken.
 */
final class CaptiveStep implements Step {

  private static final String CAPTURED = "captured";
  private static final String DEPLOYED = "deployed";

  @Override
  public String name() {
    return "captive";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    if (!DEPLOYED.equals(c.metric)) {
      return Optional.empty();
    }
    java.util.List<Candidate> captives = c.context.captives;
    for (int k = captives.size() - 1; k >= 0; k--) {
      Candidate earlier = captives.get(k);
      if (earlier.deployer.equals(c.deployer)
          && Objects.equals(earlier.figure.low(), c.figure.low())
          && Objects.equals(earlier.figure.high(), c.figure.high())) {
        c.metric = CAPTURED;
        c.host = earlier.host;
        c.note("metric", CAPTURED + " (the captives of sentence " + earlier.v.index + ")");
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
