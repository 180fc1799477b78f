package org.troopwatch.nightly;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.troopwatch.combine.CombineJob;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Warehouse;
import org.troopwatch.common.WarehouseSummary;
import org.troopwatch.flag.FlagJob;
import org.troopwatch.ingest.IngestJob;
import org.troopwatch.tag.TagJob;
import picocli.CommandLine.Command;

/** Runs ingest, tag, combine and flag in order over the same options. */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = "Run ingest, tag, combine and flag in order (the scheduled batch).")
public final class NightlyJob extends StageCommand {

  @Override
  protected String name() {
    return "nightly";
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    List<StageCommand> stages =
        List.of(new IngestJob(), new TagJob(), new CombineJob(), new FlagJob());
    for (StageCommand stage : stages) {
      stage.withOptions(options).runIn(spark);
    }
    WarehouseSummary.print(spark, warehouse, System.out);
  }
}
