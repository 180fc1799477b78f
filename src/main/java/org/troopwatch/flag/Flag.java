package org.troopwatch.flag;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.troopwatch.combine.Figure;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;

/**
 * The flag stage's transformations, without I/O: figures become the {@code revisions} table (events
 * per deployer, host and metric, see {@link RevisionFlagger}) and the {@code consensus} table.
 */
public final class Flag {

  private Flag() {}

  /** The default contradiction window in days. */
  public static final int DEFAULT_WINDOW_DAYS = 30;

  /** Columns that make a group: the events of a group depend only on its figures. */
  public static final List<String> GROUP_COLUMNS =
      List.of("deploying_country", "host_country", "metric");

  /** Every event of every figure series. */
  public static Dataset<Row> flagRevisions(Dataset<Row> figures, int windowDays) {
    RevisionFlagger flagger = new RevisionFlagger(Wording.load(), windowDays);
    // Rows reach the functions without a schema: it is attached again from here.
    StructType schema = figures.schema();
    // A shuffle by group: the flagger reads all of a group's figures as one series.
    return figures
        .groupByKey(
            (MapFunction<Row, String>) row -> groupOf(Figure.withSchema(row, schema)),
            Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>)
                (group, rows) -> flagGroup(flagger, rows, schema),
            Encoders.row(Tables.REVISIONS.schema()));
  }

  /**
   * Per deployer, host, metric, scope and planned flag: each source's latest figure (levels only,
   * batches have no consensus), the range of point estimates across sources and the consensus of
   * the independent originators ({@link Consensus}).
   */
  public static Dataset<Row> buildConsensus(Dataset<Row> figures) {
    return Consensus.build(figures);
  }

  /**
   * The revisions table after figures of {@code dates} changed: the groups with figures reported or
   * re-published (a late syndicated copy) in those dates, or published events in them, are flagged
   * again from all their figures; the other groups keep their published events. Equal to {@link
   * #flagRevisions} over the same figures.
   */
  public static Dataset<Row> updateRevisions(
      Dataset<Row> published, Dataset<Row> figures, DateRange dates, int windowDays) {
    if (dates.isAll()) {
      return flagRevisions(figures, windowDays);
    }
    Dataset<Row> touched = touchedGroups(published, figures, dates);
    Dataset<Row> fresh =
        flagRevisions(
            figures.withColumn("group_id", groupId()).join(touched, "group_id"), windowDays);
    Dataset<Row> kept =
        published.withColumn("group_id", groupId()).join(touched, "group_id", "left_anti");
    return Warehouse.conform(Tables.REVISIONS, kept).union(fresh);
  }

  /** The consensus table after figures of {@code dates} changed, recomputing touched groups. */
  public static Dataset<Row> updateConsensus(
      Dataset<Row> published, Dataset<Row> figures, DateRange dates) {
    if (dates.isAll()) {
      return buildConsensus(figures);
    }
    Dataset<Row> touched = touchedGroups(published, figures, dates);
    Dataset<Row> fresh =
        buildConsensus(figures.withColumn("group_id", groupId()).join(touched, "group_id"));
    Dataset<Row> kept =
        published.withColumn("group_id", groupId()).join(touched, "group_id", "left_anti");
    return Warehouse.conform(Tables.CONSENSUS, kept).union(fresh);
  }

  private static Dataset<Row> touchedGroups(
      Dataset<Row> published, Dataset<Row> figures, DateRange dates) {
    return figures
        .filter(dates.filter("report_date").or(dates.filter("last_published")))
        .select(groupId().as("group_id"))
        .union(published.filter(dates.filter("report_date")).select(groupId().as("group_id")))
        .distinct();
  }

  /** A string that identifies a group, as a column. */
  static Column groupId() {
    Column[] parts =
        GROUP_COLUMNS.stream()
            .map(c -> coalesce(col(c).cast("string"), lit("\u2205")))
            .toArray(Column[]::new);
    return concat_ws("\u001f", parts);
  }

  private static String groupOf(Row row) {
    StringBuilder id = new StringBuilder();
    for (String column : GROUP_COLUMNS) {
      Object value = row.get(row.fieldIndex(column));
      id.append(value == null ? "\u2205" : value.toString()).append('\u001f');
    }
    return id.toString();
  }

  private static Iterator<Row> flagGroup(
      RevisionFlagger flagger, Iterator<Row> rows, StructType schema) {
    List<Figure> figures = new ArrayList<>();
    rows.forEachRemaining(row -> figures.add(Figure.fromRow(Figure.withSchema(row, schema))));
    return flagger.flag(figures).stream().map(Revision::toRow).iterator();
  }
}
