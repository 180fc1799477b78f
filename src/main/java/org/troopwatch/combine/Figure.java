package org.troopwatch.combine;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.troopwatch.common.Tables;

/**
 * One row of the {@code figures} table: what one source reported for one key on one day; {@code
 * stated} is the earlier count the same reports give beside it ("up from 900"), or null; {@code
 * confidence} the highest of its claims'; {@code languages} the languages of the articles behind
 * it; {@code originators} the sources whose figures of the same group overlap it that day ({@link
 * Combine#countOriginators}).
 */
public record Figure(
    FigureKey key,
    LocalDate reportDate,
    Interval figure,
    String qualifier,
    long stories,
    List<String> outlets,
    String firstDocId,
    Interval previous,
    LocalDate previousReportDate,
    long claimCount,
    List<String> docIds,
    List<String> sentences,
    boolean sourceAttributed,
    Integer wave,
    String location,
    LocalDate periodStart,
    LocalDate periodEnd,
    int otherFigures,
    LocalDate lastPublished,
    Interval stated,
    double confidence,
    int originators,
    List<String> languages) {

  public Figure {
    outlets = List.copyOf(outlets);
    docIds = List.copyOf(docIds);
    sentences = List.copyOf(sentences);
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /** The change of the point estimate since the key's previous report, null on the first. */
  public Long change() {
    return previous == null ? null : figure.point() - previous.point();
  }

  /** The row in {@link Tables#FIGURES} column order. */
  public Row toRow() {
    return RowFactory.create(
        key.source(),
        key.deployingCountry(),
        key.hostCountry(),
        key.metric(),
        key.scope(),
        key.planned(),
        sqlDate(reportDate),
        figure.low(),
        figure.high(),
        figure.point(),
        qualifier,
        stories,
        seq(outlets),
        firstDocId,
        previous == null ? null : previous.low(),
        previous == null ? null : previous.high(),
        sqlDate(previousReportDate),
        change(),
        claimCount,
        seq(docIds),
        seq(sentences),
        sourceAttributed,
        wave,
        location,
        sqlDate(periodStart),
        sqlDate(periodEnd),
        otherFigures,
        sqlDate(lastPublished),
        stated == null ? null : stated.low(),
        stated == null ? null : stated.high(),
        confidence,
        originators,
        seq(languages));
  }

  /** Reads a row of the {@code figures} table (by column name, so column order does not matter). */
  public static Figure fromRow(Row row) {
    FigureKey key =
        new FigureKey(
            row.getAs("source"),
            row.getAs("deploying_country"),
            row.getAs("host_country"),
            row.getAs("metric"),
            row.getAs("scope"),
            row.<Boolean>getAs("planned"));
    Long prevLow = row.getAs("prev_low");
    Long prevHigh = row.getAs("prev_high");
    Long statedLow = row.getAs("stated_low");
    Long statedHigh = row.getAs("stated_high");
    return new Figure(
        key,
        localDate(row.getAs("report_date")),
        new Interval(row.getAs("low"), row.getAs("high")),
        row.getAs("qualifier"),
        row.<Long>getAs("stories"),
        row.getList(row.fieldIndex("outlets")),
        row.getAs("first_doc_id"),
        prevLow == null && prevHigh == null ? null : new Interval(prevLow, prevHigh),
        localDate(row.getAs("prev_report_date")),
        row.<Long>getAs("claim_count"),
        row.getList(row.fieldIndex("doc_ids")),
        row.getList(row.fieldIndex("sentences")),
        row.<Boolean>getAs("source_attributed"),
        row.getAs("wave"),
        row.getAs("location"),
        localDate(row.getAs("period_start")),
        localDate(row.getAs("period_end")),
        row.<Integer>getAs("other_figures"),
        localDate(row.getAs("last_published")),
        statedLow == null && statedHigh == null ? null : new Interval(statedLow, statedHigh),
        row.<Double>getAs("confidence"),
        row.<Integer>getAs("originators"),
        row.isNullAt(row.fieldIndex("languages"))
            ? null
            : row.getList(row.fieldIndex("languages")));
  }

  /**
   * The row with its schema attached, so that columns can be read by name: Spark hands rows to
   * typed functions (groupByKey, flatMapGroups) without one.
   */
  public static Row withSchema(Row row, org.apache.spark.sql.types.StructType schema) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, schema);
  }

  /** A list as the Scala sequence Spark's row encoder expects for an array column. */
  public static scala.collection.Seq<String> seq(List<String> values) {
    return scala.collection.JavaConverters.asScalaBuffer(values).toList();
  }

  /** A Spark SQL date, null for null. */
  public static Date sqlDate(LocalDate date) {
    return date == null ? null : Date.valueOf(date);
  }

  /** A date read from a row (java.sql.Date or LocalDate), null for null. */
  public static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
  }
}
