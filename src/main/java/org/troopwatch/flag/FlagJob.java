package org.troopwatch.flag;

import org.apache.spark.sql.SparkSession;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Warehouse;
import picocli.CommandLine.Command;

/** Flag revisions, new waves and contradictions; write the revisions and consensus tables. */
@Command(
    name = "flag",
    mixinStandardHelpOptions = true,
    description =
        "Flag revisions, new waves and contradictions; write the revisions and consensus tables.")
public final class FlagJob extends StageCommand {

  @Override
  protected String name() {
    return "flag";
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    throw new UnsupportedOperationException("flag: being built");
  }
}
