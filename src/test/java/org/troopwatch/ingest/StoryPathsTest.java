package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.testing.SparkTest;

/**
 * Stories grouped on the driver (a small night) and on the cluster (a large one) are the same: the
 * embedded sample holds exact and near copies, and a second run adds a day to published stories.
 */
@SparkTest
class StoryPathsTest {

  @TempDir Path dir;

  @Test
  void theDriverAndTheClusterGroupTheSampleIntoTheSameStories(SparkSession spark) {
    DedupSettings onDriver = DedupSettings.defaults();
    DedupSettings onCluster = DedupSettings.defaults().withDriverSketches(0);

    Run driver = ingestTwice(spark, onDriver, "driver");
    Run cluster = ingestTwice(spark, onCluster, "cluster");

    assertThat(driver.first()).isEqualTo(cluster.first());
    assertThat(driver.second()).isEqualTo(cluster.second());
    assertThat(driver.stories()).isEqualTo(cluster.stories());
    assertThat(driver.first().copies()).as("the sample has copies").isPositive();
    assertThat(driver.stories()).anyMatch(row -> !row.endsWith("|null]"));
  }

  private record Run(IngestResult first, IngestResult second, List<String> stories) {}

  // The sample into a fresh warehouse, then the StoriesTest wire story and its rewording over it:
  // the first run groups only new articles, the second regroups published ones with new ones.
  private Run ingestTwice(SparkSession spark, DedupSettings settings, String name) {
    String warehouse = dir.resolve(name).toString();
    IngestResult first =
        ((IngestJob)
                new IngestJob().withOptions(StageOptions.of(warehouse, List.of(), DateRange.ALL)))
            .withDedup(settings)
            .ingest(spark, new Warehouse(spark, warehouse));
    Path more =
        TestArticles.write(
            dir.resolve(name + ".jsonl"),
            List.of(
                TestArticles.article("wire-1", "2025-02-27", "Wire", StoriesTest.WIRE),
                TestArticles.article("paper-1", "2025-02-28", "Paper", StoriesTest.REWORDED)));
    IngestResult second =
        ((IngestJob)
                new IngestJob()
                    .withOptions(
                        StageOptions.of(warehouse, List.of(more.toString()), DateRange.ALL)))
            .withDedup(settings)
            .ingest(spark, new Warehouse(spark, warehouse));
    Dataset<Row> articles = new Warehouse(spark, warehouse).read(Tables.ARTICLES);
    List<String> stories =
        TestArticles.sorted(
            articles.selectExpr(
                "concat_ws('|', doc_id, story_id, coalesce(duplicate_of, 'null'))"));
    return new Run(withoutSeconds(first), withoutSeconds(second), stories);
  }

  private static IngestResult withoutSeconds(IngestResult r) {
    return new IngestResult(
        r.recordsRead(),
        r.articles(),
        r.rejects(),
        r.duplicates(),
        r.outsideDates(),
        r.copies(),
        r.stories(),
        0);
  }
}
