package org.troopwatch.common;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The readable end of a run: rows per table, rejects by reason, a few claims and the most confident
 * revisions (ordered by confidence, then recency), and where the tables are.
 */
public final class WarehouseSummary {

  private WarehouseSummary() {}

  /** Prints the summary of the warehouse as it is now. */
  public static void print(SparkSession spark, Warehouse warehouse, PrintStream out) {
    out.println();
    out.println("== TroopWatch warehouse: " + warehouse.root());
    for (Tables.Table table : Tables.ALL) {
      long rows = warehouse.exists(table) ? warehouse.read(table).count() : 0;
      out.printf(
          Locale.ROOT, "  %-10s %,10d rows   %s%n", table.name(), rows, warehouse.location(table));
    }
    if (warehouse.exists(Tables.REJECTS)) {
      List<Row> reasons =
          warehouse
              .read(Tables.REJECTS)
              .groupBy("reason")
              .count()
              .orderBy(col("count").desc())
              .collectAsList();
      if (!reasons.isEmpty()) {
        out.println("rejects by reason:");
        reasons.forEach(
            r -> out.printf(Locale.ROOT, "  %-28s %,d%n", r.getString(0), r.getLong(1)));
      }
    }
    if (warehouse.exists(Tables.CLAIMS)) {
      out.println("some claims (most confident first):");
      for (Row r :
          warehouse
              .read(Tables.CLAIMS)
              .orderBy(col("confidence").desc(), col("published").desc(), col("doc_id"))
              .limit(5)
              .collectAsList()) {
        out.printf(
            Locale.ROOT,
            "  %s %s->%s %s %s..%s (%s) per %s%n",
            r.getAs("published"),
            r.getAs("deploying_country"),
            r.getAs("host_country"),
            r.getAs("metric"),
            r.getAs("low"),
            r.getAs("high"),
            r.getAs("qualifier"),
            r.getAs("attributed_to") == null ? "the outlet" : r.getAs("attributed_to"));
      }
    }
    if (warehouse.exists(Tables.REVISIONS)) {
      out.println("most confident revisions (then newest):");
      for (Row r :
          warehouse
              .read(Tables.REVISIONS)
              .filter(col("revision_type").notEqual("first_report"))
              .orderBy(
                  col("confidence").desc(),
                  col("report_date").desc(),
                  col("revision_type"),
                  col("source"),
                  col("metric"))
              .limit(5)
              .collectAsList()) {
        out.printf(
            Locale.ROOT,
            "  %s %s (confidence %.2f): %s%n",
            r.getAs("report_date"),
            r.getAs("revision_type"),
            r.<Double>getAs("confidence"),
            r.getAs("explanation"));
      }
    }
    out.flush();
  }
}
