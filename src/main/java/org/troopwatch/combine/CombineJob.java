package org.troopwatch.combine;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
    Dataset<Row> figures = Combine.updateFigures(published, claims, articles, options.dates());
    warehouse.publish(Tables.FIGURES, figures);
    warehouse.publish(Tables.COVERAGE, Combine.coverage(claims, articles));
    System.out.printf(
        "combine: %,d figures, %,d coverage rows (source x month)%n",
        warehouse.read(Tables.FIGURES).count(), warehouse.read(Tables.COVERAGE).count());
  }
}
