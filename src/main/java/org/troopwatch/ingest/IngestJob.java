package org.troopwatch.ingest;

import org.apache.spark.sql.SparkSession;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Warehouse;
import picocli.CommandLine.Command;

/** Reads news corpora into the {@code articles} and {@code rejects} tables. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Read news corpora into the articles and rejects tables.")
public final class IngestJob extends StageCommand {

  @Override
  protected String name() {
    return "ingest";
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    throw new UnsupportedOperationException("ingest: being built");
  }
}
