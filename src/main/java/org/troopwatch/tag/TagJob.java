package org.troopwatch.tag;

import org.apache.spark.sql.SparkSession;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Warehouse;
import picocli.CommandLine.Command;

/** Tag claims about foreign troop figures in articles; write the claims table. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = "Tag claims about foreign troop figures in articles; write the claims table.")
public final class TagJob extends StageCommand {

  @Override
  protected String name() {
    return "tag";
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    throw new UnsupportedOperationException("tag: being built");
  }
}
