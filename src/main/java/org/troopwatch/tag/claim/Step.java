package org.troopwatch.tag.claim;

import java.util.Optional;

/**
 * One named step of reading a candidate figure: it fills its fields of the {@link Candidate} with
 * an evidence note, or rejects the figure with a named reason.
 */
interface Step {

  /** The step's name, as the explanation shows it. */
  String name();

  /** Fills this step's fields of {@code c}; a reason when the figure makes no claim. */
  Optional<Rejection> apply(Candidate c);
}
