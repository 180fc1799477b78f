package org.troopwatch.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.troopwatch.hostile.HostileFiles.AIRFIELD;
import static org.troopwatch.hostile.HostileFiles.GARRISON;
import static org.troopwatch.hostile.HostileFiles.MARKET;
import static org.troopwatch.hostile.HostileFiles.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.ingest.IngestJob;
import org.troopwatch.tag.TagJob;
import org.troopwatch.testing.SparkTest;

/**
 * A warehouse that cannot be written: the jobs fail with an error naming the place, and the tables
 * published before stay exactly as they were. The tests run as root, where file modes do not stop
 * writes, so the staging folder is made unwritable by putting a plain file where it belongs.
 */
@SparkTest
class WarehouseFaultTest {

  @TempDir Path dir;

  @Test
  void anUnwritableWarehouseGivesAClearErrorAndLeavesPublishedTablesIntact(SparkSession spark)
      throws IOException {
    Path warehouse = dir.resolve("wh");
    Path first =
        HostileFiles.writeLines(
            dir.resolve("in/first.jsonl"),
            List.of(article("f-1", "2024-03-04", GARRISON), "not json"));
    StageOptions options =
        StageOptions.of(warehouse.toString(), List.of(first.toString()), DateRange.ALL);
    ingest(spark, options);
    new TagJob().withOptions(options).runIn(spark);
    Map<String, List<String>> before = snapshot(spark, warehouse);
    assertThat(before.get("articles")).hasSize(1);
    assertThat(before.get("claims")).isNotEmpty();

    // Block the staging folder: every publish must write there first.
    Path staging = warehouse.resolve("_staging");
    deleteTree(staging);
    Files.writeString(staging, "in the way");

    Path second =
        HostileFiles.writeLines(
            dir.resolve("in/second.jsonl"),
            List.of(article("s-1", "2024-03-05", AIRFIELD), article("s-2", "2024-03-06", MARKET)));
    StageOptions more =
        StageOptions.of(
            warehouse.toString(), List.of(first.toString(), second.toString()), DateRange.ALL);
    assertThatThrownBy(() -> ingest(spark, more))
        .satisfies(e -> assertThat(chain(e)).contains(staging.toString()));
    assertThatThrownBy(() -> new TagJob().withOptions(more).runIn(spark))
        .satisfies(e -> assertThat(chain(e)).contains(staging.toString()));

    Files.delete(staging);
    assertThat(snapshot(spark, warehouse)).isEqualTo(before);
  }

  static void ingest(SparkSession spark, StageOptions options) {
    IngestJob job = new IngestJob().withReading(null, 200_000);
    job.withOptions(options);
    job.ingest(spark, new Warehouse(spark, options.warehouse()));
  }

  static Map<String, List<String>> snapshot(SparkSession spark, Path warehouse) {
    Warehouse tables = new Warehouse(spark, warehouse.toString());
    Map<String, List<String>> rows = new TreeMap<>();
    for (Tables.Table table : List.of(Tables.ARTICLES, Tables.REJECTS, Tables.CLAIMS)) {
      rows.put(
          table.name(),
          tables.read(table).collectAsList().stream().map(Row::toString).sorted().toList());
    }
    return rows;
  }

  // The messages of an exception and its causes, one a line.
  static String chain(Throwable e) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.append(t).append('\n');
    }
    return messages.toString();
  }

  static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
