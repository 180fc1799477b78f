package org.troopwatch.flag;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
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
    // The summary's counts are taken by the writes themselves, not by jobs over the published
    // tables afterwards: on a small night each such job costs more than the flagging.
    Column[] byType =
        Revision.TYPES.stream()
            .map(type -> count(when(col("revision_type").equalTo(type), true)).as(type))
            .toArray(Column[]::new);
    Map<String, Object> written =
        warehouse.publishObserving(Tables.REVISIONS, revisions, count(lit(1)).as(ROWS), byType);
    Dataset<Row> consensus =
        Flag.updateConsensus(warehouse.read(Tables.CONSENSUS), figures, options.dates());
    Object consensusRows =
        warehouse.publishObserving(Tables.CONSENSUS, consensus, count(lit(1)).as(ROWS)).get(ROWS);
    System.out.printf(
        "flag: %,d revisions (%s); %,d consensus rows%n",
        written.get(ROWS), summary(written), consensusRows);
  }

  static final String ROWS = "rows";

  // "contradiction 4, first_report 42": the revisions by type in the order of their names, as
  // before; a type no flagger gives (an older warehouse's) is counted as "other".
  static String summary(Map<String, Object> written) {
    long rows = ((Number) written.get(ROWS)).longValue();
    Map<String, Long> counts = new TreeMap<>();
    for (String type : Revision.TYPES) {
      long n = ((Number) written.get(type)).longValue();
      if (n > 0) {
        counts.put(type, n);
      }
      rows -= n;
    }
    if (rows > 0) {
      counts.put("other", rows);
    }
    return counts.isEmpty()
        ? "none"
        : counts.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
  }
}
