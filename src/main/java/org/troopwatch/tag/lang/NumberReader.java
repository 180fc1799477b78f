package org.troopwatch.tag.lang;

import java.io.Serializable;
import java.util.List;
import org.troopwatch.tag.figure.Figure;

/**
 * Finds the number expressions of a sentence in one language, with the bounds they give ("about
 * 3,000", "1만~1만 2천 명", "понад 11 тис.") and their offsets, as {@link Figure}s.
 */
public interface NumberReader extends Serializable {

  /** Every figure of {@code sentence}, in text order; money, years and shares carry their flags. */
  List<Figure> find(String sentence);
}
