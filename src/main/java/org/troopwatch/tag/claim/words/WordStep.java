package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;

/** One named step of the word reader: fills its fields with evidence or rejects the figure. */
interface WordStep {

  String name();

  Optional<Rejection> apply(WordCandidate c);
}
