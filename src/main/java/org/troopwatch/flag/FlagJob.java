package org.troopwatch.flag;

import static org.apache.spark.sql.functions.col;

import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Flag revisions, new waves and contradictions; write the revisions and consensus tables. */
@Command(
    name = "flag",
    mixinStandardHelpOptions = true,
    description = {
      "Flag revisions, new waves and contradictions; write the revisions and consensus tables.",
      "With --date/--from/--to only the deployer/host/metric groups with figures in those dates"
          + " are flagged again; the rest of the published tables is kept."
    })
public final class FlagJob extends StageCommand {

  @Mixin FlagOptions flagOptions = new FlagOptions();

  @Override
  protected String name() {
    return "flag";
  }

  @Override
  protected void validate() {
    flagOptions.validate();
  }

  /** For nightly and tests: the same command with another contradiction window. */
  public FlagJob withContradictionWindowDays(int days) {
    return withFlagOptions(FlagOptions.of(days));
  }

  /** For nightly and tests: the same command with these flag options. */
  public FlagJob withFlagOptions(FlagOptions given) {
    this.flagOptions = given;
    return this;
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    Dataset<Row> figures = warehouse.read(Tables.FIGURES);
    Dataset<Row> revisions =
        Flag.updateRevisions(
            warehouse.read(Tables.REVISIONS),
            figures,
            options.dates(),
            flagOptions.contradictionWindowDays());
    warehouse.publish(Tables.REVISIONS, revisions);
    Dataset<Row> consensus =
        Flag.updateConsensus(warehouse.read(Tables.CONSENSUS), figures, options.dates());
    warehouse.publish(Tables.CONSENSUS, consensus);
    String byType =
        warehouse
            .read(Tables.REVISIONS)
            .groupBy("revision_type")
            .count()
            .orderBy(col("revision_type"))
            .collectAsList()
            .stream()
            .map(r -> r.getString(0) + " " + r.getLong(1))
            .collect(Collectors.joining(", "));
    System.out.printf(
        "flag: %,d revisions (%s); %,d consensus rows%n",
        warehouse.read(Tables.REVISIONS).count(),
        byType.isEmpty() ? "none" : byType,
        warehouse.read(Tables.CONSENSUS).count());
  }
}
