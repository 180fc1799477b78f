package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;

/** How sure the reading is: lower when the head, deployer or host came from context. */
final class ConfidenceWordStep implements WordStep {

  @Override
  public String name() {
    return "confidence";
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    double confidence = 0.8;
    for (String field : new String[] {"head", "deployer", "host"}) {
      String why = c.evidence().get(field);
      if (why != null && (why.startsWith("the ") || why.startsWith("as "))) {
        confidence -= 0.1;
      }
    }
    c.confidence = confidence;
    return Optional.empty();
  }
}
