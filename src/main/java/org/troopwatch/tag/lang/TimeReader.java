package org.troopwatch.tag.lang;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.troopwatch.tag.time.TimeSpan;

/**
 * Finds the time expressions of a sentence in one language and resolves them against the article's
 * publication date ("지난달", "6 февраля", "у грудні 2025-го", "last week").
 */
public interface TimeReader extends Serializable {

  /** Every time expression of {@code sentence}, in text order, offsets into {@code sentence}. */
  List<TimeSpan> find(String sentence, LocalDate published);
}
