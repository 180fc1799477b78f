package org.troopwatch.tag.claim;

import java.util.Optional;

/**
 * Step 10, confidence: the share of the claim that rests on explicit evidence in its own sentence
 * rather than on defaults or context (README, "Confidence").
 */
final class ConfidenceStep implements Step {

  @Override
  public String name() {
    return "confidence";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    double x = 0.35;
    x += c.head.direct() ? 0.25 : 0.0;
    x += c.head.deployer() != null ? 0.15 : 0.0;
    x += c.host.evidence() != null ? 0.1 : 0.0;
    x += "deployed".equals(c.metric) ? 0.05 : 0.1;
    x -= (c.figure.low() == null || c.figure.high() == null) ? 0.1 : 0.0;
    c.confidence = Math.max(0.05, Math.min(0.95, Math.round(x * 100) / 100.0));
    return Optional.empty();
  }
}
