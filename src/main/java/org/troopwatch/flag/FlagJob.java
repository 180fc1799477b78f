package org.troopwatch.flag;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

  @Spec CommandSpec spec;

  @Option(
      names = "--contradiction-window-days",
      paramLabel = "DAYS",
      defaultValue = "" + Flag.DEFAULT_WINDOW_DAYS,
      description =
          "Two sources contradict each other when their latest figures do not overlap and were"
              + " reported at most this many days apart. Default: ${DEFAULT-VALUE}.")
  int contradictionWindowDays = Flag.DEFAULT_WINDOW_DAYS;

  @Override
  protected String name() {
    return "flag";
  }

  @Override
  protected void validate() {
    if (contradictionWindowDays < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--contradiction-window-days must be 0 or more, got " + contradictionWindowDays);
    }
  }

  /** For nightly and tests: the same command with another contradiction window. */
  public FlagJob withContradictionWindowDays(int days) {
    this.contradictionWindowDays = days;
    return this;
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    Dataset<Row> figures = warehouse.read(Tables.FIGURES);
    Dataset<Row> revisions =
        Flag.updateRevisions(
            warehouse.read(Tables.REVISIONS), figures, options.dates(), contradictionWindowDays);
    warehouse.publish(Tables.REVISIONS, revisions);
    Dataset<Row> consensus =
        Flag.updateConsensus(warehouse.read(Tables.CONSENSUS), figures, options.dates());
    warehouse.publish(Tables.CONSENSUS, consensus);
  }
}
