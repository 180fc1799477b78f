package org.troopwatch.combine;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import picocli.CommandLine.Command;

/**
 * Combine claims into the figures table, one row per source key and report date, and the coverage
 * table, one row per source and month.
 */
@Command(
    name = "combine",
    mixinStandardHelpOptions = true,
    description = {
      "Combine claims into the figures table, one row per source key and report date, and the"
          + " coverage table, one row per source and month.",
      "With --date/--from/--to only the keys with claims in those dates are recomputed;"
          + " the rest of the published table is kept."
    })
public final class CombineJob extends StageCommand {

  @Override
  protected String name() {
    return "combine";
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    Dataset<Row> claims = warehouse.read(Tables.CLAIMS);
    Dataset<Row> articles = warehouse.read(Tables.ARTICLES);
    Dataset<Row> published = warehouse.read(Tables.FIGURES);
    // Both tables start from the prepared claims, whose making (the articles read with the
    // openings of their texts, the story of each claim, a shuffle of the articles by story) is
    // most of the stage: kept from the figures' write for the coverage's. One row per claim with
    // a figure, so small (thousands at a million articles).
    Dataset<Row> prepared =
        Combine.prepareClaims(claims, articles).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Column rows = count(lit(1)).as("rows");
      Object figures =
          warehouse
              .publishObserving(
                  Tables.FIGURES,
                  Combine.updateFigures(published, prepared, articles, options.dates()),
                  rows)
              .get("rows");
      Object coverage =
          warehouse.publishObserving(Tables.COVERAGE, Combine.coverage(prepared), rows).get("rows");
      System.out.printf(
          "combine: %,d figures, %,d coverage rows (source x month)%n", figures, coverage);
    } finally {
      prepared.unpersist();
    }
  }
}
