package org.troopwatch.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
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
            explanation);
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
}
