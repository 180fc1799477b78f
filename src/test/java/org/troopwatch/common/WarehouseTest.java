package org.troopwatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.testing.SparkTest;

@SparkTest
class WarehouseTest {

  @TempDir Path tmp;

  private static Dataset<Row> revisions(SparkSession spark, String explanation) {
    Row row =
        RowFactory.create(
            "revised_up",
            "Harbor Wire",
            "US",
            "PL",
            "troops",
            null,
            false,
            Date.valueOf("2022-02-12"),
            Date.valueOf("2022-02-11"),
            1700L,
            1700L,
            4700L,
            4700L,
            List.of("doc-2"),
            List.of("Another 3,000 soldiers will go."),
            null,
            explanation,
            0.9);
    return spark.createDataFrame(List.of(row), Tables.REVISIONS.schema());
  }

  private static List<String> rows(Dataset<Row> table) {
    return table.collectAsList().stream().map(Row::toString).sorted().toList();
  }

  @Test
  void aTableWithArraysReadBackCanBePublishedAgain(SparkSession spark) {
    Warehouse warehouse = new Warehouse(spark, tmp.resolve("w").toString());
    warehouse.publish(Tables.REVISIONS, revisions(spark, "first"));

    warehouse.publish(
        Tables.REVISIONS, warehouse.read(Tables.REVISIONS).unionByName(revisions(spark, "second")));

    assertThat(rows(warehouse.read(Tables.REVISIONS))).hasSize(2);
    assertThat(spark.read().parquet(warehouse.location(Tables.REVISIONS).toString()).schema())
        .isEqualTo(Tables.REVISIONS.schema().asNullable());
  }

  @Test
  void publishObservingCountsTheRowsItWritesEvenNone(SparkSession spark) {
    Warehouse warehouse = new Warehouse(spark, tmp.resolve("w").toString());
    var written =
        warehouse.publishObserving(
            Tables.REVISIONS,
            revisions(spark, "first").unionByName(revisions(spark, "second")),
            functions.count(functions.lit(1)).as("rows"),
            functions
                .count(functions.when(functions.col("explanation").equalTo("first"), true))
                .as("first"));
    assertThat(written).containsEntry("rows", 2L).containsEntry("first", 1L);
    assertThat(rows(warehouse.read(Tables.REVISIONS))).hasSize(2);

    // A table never published reads as an empty local relation; its write is still observed.
    var none =
        warehouse.publishObserving(
            Tables.CONSENSUS,
            warehouse.read(Tables.CONSENSUS),
            functions.count(functions.lit(1)).as("rows"));
    assertThat(none).containsEntry("rows", 0L);
    assertThat(warehouse.exists(Tables.CONSENSUS)).isTrue();
  }

  @Test
  void aSwapKilledBetweenItsRenamesIsRolledForwardWhenTheWarehouseIsOpened(SparkSession spark)
      throws Exception {
    Path root = tmp.resolve("w");
    Warehouse warehouse = new Warehouse(spark, root.toString());
    warehouse.publish(Tables.REVISIONS, revisions(spark, "old"));
    // What a kill between the renames leaves: the new table staged, the old moved aside, a journal.
    Path staged = root.resolve("_staging/revisions-new");
    revisions(spark, "new").write().parquet(staged.toString());
    Path trash = root.resolve("_trash/revisions-old");
    Files.createDirectories(trash.getParent());
    Files.move(root.resolve("revisions"), trash);
    Files.createDirectories(root.resolve("_commits"));
    Files.writeString(
        root.resolve("_commits/revisions"),
        "file:" + staged + "\nfile:" + root.resolve("revisions") + "\nfile:" + trash + "\n",
        StandardCharsets.UTF_8);

    Warehouse reopened = new Warehouse(spark, root.toString());

    assertThat(rows(reopened.read(Tables.REVISIONS))).singleElement().asString().contains("new");
    assertThat(root.resolve("_commits/revisions")).doesNotExist();
    assertThat(root.resolve("_trash")).doesNotExist();
  }

  @Test
  void aSwapKilledBeforeItsJournalLeavesTheOldTableAndStagingIsCleared(SparkSession spark) {
    Path root = tmp.resolve("w");
    Warehouse warehouse = new Warehouse(spark, root.toString());
    warehouse.publish(Tables.REVISIONS, revisions(spark, "old"));
    revisions(spark, "half written")
        .write()
        .parquet(root.resolve("_staging/revisions-x").toString());

    Warehouse reopened = new Warehouse(spark, root.toString());
    reopened.clearAbandonedStaging();

    assertThat(rows(reopened.read(Tables.REVISIONS))).singleElement().asString().contains("old");
    assertThat(root.resolve("_staging")).doesNotExist();
  }

  @Test
  void aWriteThatFailsNamesTheTableAndLeavesThePublishedTableIntact(SparkSession spark)
      throws Exception {
    Path root = tmp.resolve("w");
    Warehouse warehouse = new Warehouse(spark, root.toString());
    warehouse.publish(Tables.REVISIONS, revisions(spark, "published"));
    List<String> before = rows(warehouse.read(Tables.REVISIONS));
    // Root ignores file modes, so a plain file where the staging folder belongs blocks writes.
    Files.delete(root.resolve("_staging"));
    Files.writeString(root.resolve("_staging"), "in the way", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> warehouse.publish(Tables.REVISIONS, revisions(spark, "new")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("publishing table revisions failed while writing " + root)
        .hasMessageContaining("(the published table is unchanged)");

    Files.delete(root.resolve("_staging"));
    assertThat(rows(new Warehouse(spark, root.toString()).read(Tables.REVISIONS)))
        .isEqualTo(before);
  }

  /**
   * A real full disk: the warehouse on a 1 MiB tmpfs (mounting one needs root, as CI and the
   * developers' machines have; elsewhere the test is skipped, and the blocked-staging test above
   * still covers the error path).
   */
  @Test
  void aFullDiskNamesTheTableFreesItsStagingAndLeavesThePublishedTableIntact(SparkSession spark)
      throws Exception {
    Path disk = Files.createDirectories(tmp.resolve("tiny-disk"));
    Process mount =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here: " + said);
    try {
      Path root = disk.resolve("w");
      Warehouse warehouse = new Warehouse(spark, root.toString());
      warehouse.publish(Tables.REVISIONS, revisions(spark, "published"));
      List<String> before = rows(warehouse.read(Tables.REVISIONS));
      // About 4 MB of hashes in hex that Parquet cannot squeeze under 1 MiB.
      Dataset<Row> big =
          spark
              .range(0, 3000, 1, 2)
              .crossJoin(revisions(spark, "x").drop("explanation"))
              .withColumn(
                  "explanation",
                  functions.expr(
                      "concat_ws('', transform(sequence(1, 20), i -> sha2(concat(id, '-', i),"
                          + " 512)))"))
              .drop("id");

      assertThatThrownBy(() -> warehouse.publish(Tables.REVISIONS, big))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith("publishing table revisions failed while writing " + root)
          .hasMessageContaining("No space left on device");

      assertThat(rows(new Warehouse(spark, root.toString()).read(Tables.REVISIONS)))
          .isEqualTo(before);
      try (var staged = Files.list(root.resolve("_staging"))) {
        assertThat(staged).as("what the failed write left in staging").isEmpty();
      }
    } finally {
      // Lazily: the aborted Parquet writer may still hold a file open there until it is collected.
      new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor();
    }
  }

  @Test
  void writerOptionsReachTheParquetWriterOfThatPublishOnly(SparkSession spark) throws Exception {
    Warehouse warehouse = new Warehouse(spark, tmp.resolve("w").toString());
    Dataset<Row> rows = revisions(spark, "same words").crossJoin(spark.range(50)).drop("id");
    warehouse.publish(
        Tables.REVISIONS, rows, java.util.Map.of("parquet.enable.dictionary#explanation", "false"));
    assertThat(dictionaryColumns(tmp.resolve("w/revisions")))
        .contains("metric")
        .doesNotContain("explanation");

    warehouse.publish(Tables.REVISIONS, rows);
    assertThat(dictionaryColumns(tmp.resolve("w/revisions"))).contains("metric", "explanation");
  }

  /** The columns of a table folder's Parquet files that hold a dictionary page. */
  private static java.util.Set<String> dictionaryColumns(Path folder) throws Exception {
    java.util.Set<String> columns = new java.util.TreeSet<>();
    try (var files = java.nio.file.Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
        var input =
            org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toString()),
                new org.apache.hadoop.conf.Configuration());
        try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(input)) {
          for (var block : reader.getFooter().getBlocks()) {
            for (var column : block.getColumns()) {
              if (column.hasDictionaryPage()) {
                columns.add(column.getPath().toDotString());
              }
            }
          }
        }
      }
    }
    return columns;
  }
}
