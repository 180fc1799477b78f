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

  /** Whether two candidates count the same figure (low and high alike). */
  static boolean sameCount(Candidate a, Candidate b) {
    return Objects.equals(a.figure.low(), b.figure.low())
        && Objects.equals(a.figure.high(), b.figure.high());
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    if (!DEPLOYED.equals(c.metric)) {
      return Optional.empty();
    }
    java.util.List<Candidate> captives = c.context.captives;
    for (int k = captives.size() - 1; k >= 0; k--) {
      Candidate earlier = captives.get(k);
      if (earlier.deployer.equals(c.deployer) && sameCount(earlier, c)) {
        c.metric = CAPTURED;
        c.host = earlier.host;
        c.note("metric", CAPTURED + " (the captives of sentence " + earlier.v.index + ")");
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
