package org.troopwatch.flag;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.troopwatch.combine.Figure;
import org.troopwatch.combine.FigureKey;
import org.troopwatch.combine.Interval;

/**
 * One row of the {@code revisions} table: an event in a source's figures, explained; its {@code
 * confidence} is the lower of the compared figures' (see {@link #confidence(Figure, Figure)}).
 */
public record Revision(
    String type,
    FigureKey key,
    LocalDate reportDate,
    LocalDate oldReportDate,
    Interval oldFigure,
    Interval newFigure,
    List<String> evidenceDocIds,
    List<String> evidenceSentences,
    String otherSource,
    String explanation,
    double confidence) {

  public static final String FIRST_REPORT = "first_report";
  public static final String UPWARD = "upward_revision";
  public static final String DOWNWARD = "downward_revision";
  public static final String NEW_WAVE = "new_wave";
  public static final String NEW_EVENT = "new_event";
  public static final String CONTRADICTION = "contradiction";

  /** Every type of event, as {@code revision_type} spells it. */
  public static final List<String> TYPES =
      List.of(FIRST_REPORT, UPWARD, DOWNWARD, NEW_WAVE, NEW_EVENT, CONTRADICTION);

  public Revision {
    evidenceDocIds = List.copyOf(evidenceDocIds);
    evidenceSentences = List.copyOf(evidenceSentences);
  }

  /** The row in the revisions table's column order. */
  public Row toRow() {
    return RowFactory.create(
        type,
        key.source(),
        key.deployingCountry(),
        key.hostCountry(),
        key.metric(),
        key.scope(),
        key.planned(),
        Figure.sqlDate(reportDate),
        Figure.sqlDate(oldReportDate),
        oldFigure == null ? null : oldFigure.low(),
        oldFigure == null ? null : oldFigure.high(),
        newFigure.low(),
        newFigure.high(),
        Figure.seq(evidenceDocIds),
        Figure.seq(evidenceSentences),
        otherSource,
        explanation,
        confidence);
  }

  /** The lower confidence of the two figures an event compares; the new one's when old is null. */
  public static double confidence(Figure old, Figure figure) {
    return old == null ? figure.confidence() : Math.min(old.confidence(), figure.confidence());
  }
}
