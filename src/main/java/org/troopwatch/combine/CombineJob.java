package org.troopwatch.combine;

import org.apache.spark.sql.SparkSession;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Warehouse;
import picocli.CommandLine.Command;

/** Combine claims into the figures table, one row per source key and report date. */
@Command(
    name = "combine",
    mixinStandardHelpOptions = true,
    description = "Combine claims into the figures table, one row per source key and report date.")
public final class CombineJob extends StageCommand {

  @Override
  protected String name() {
    return "combine";
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    throw new UnsupportedOperationException("combine: being built");
  }
}
