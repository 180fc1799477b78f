package org.troopwatch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.jobs.ScriptRun;
import org.troopwatch.testing.SparkTest;

/**
 * {@code jobs/troopwatch nightly} with ingest's {@code --field-map} and flag's {@code
 * --contradiction-window-days}, end to end through spark-submit, over a feed whose field names are
 * not TroopWatch's ({@code src/test/resources/org/troopwatch/nightly/renamed-fields.jsonl}).
 */
@SparkTest
class NightlyFieldMapIT {

  private static final String FIELD_MAP =
      "doc_id=id,url=link,outlet=site,published=date_publish,title=headline,text=maintext";

  @TempDir static Path tmp;
  static Path warehouse;
  static ScriptRun nightly;

  @BeforeAll
  static void runNightlyOverTheRenamedFeed() throws Exception {
    Path feed = tmp.resolve("feed/renamed-fields.jsonl");
    Files.createDirectories(feed.getParent());
    try (InputStream in =
        NightlyFieldMapIT.class.getResourceAsStream(
            "/org/troopwatch/nightly/renamed-fields.jsonl")) {
      Files.copy(in, feed);
    }
    warehouse = tmp.resolve("warehouse");
    nightly =
        ScriptRun.run(
            "troopwatch",
            List.of(
                "nightly",
                "--input",
                feed.getParent().toString(),
                "--warehouse",
                warehouse.toString(),
                "--field-map",
                FIELD_MAP,
                "--contradiction-window-days",
                "10"),
            Map.of(
                "TROOPWATCH_MASTER", "local[2]",
                "TROOPWATCH_DRIVER_MEMORY", "2g",
                "TROOPWATCH_JAR", ScriptRun.applicationJar().toString()),
            tmp.resolve("logs"),
            Duration.ofMinutes(20));
  }

  @Test
  void everyRecordOfTheRenamedFeedIsIngested() {
    assertThat(nightly.exitCode()).as(nightly.stderrTail()).isZero();
    assertThat(nightly.stdout())
        .contains("records read 3 = articles 3 + rejects 0 + duplicates 0")
        .contains("nightly ")
        .contains(": succeeded; 1 input files");
  }

  @Test
  void theRenamedFieldsLandInTheirColumns(SparkSession spark) {
    assertThat(nightly.exitCode()).as(nightly.stderrTail()).isZero();
    var articles = spark.read().parquet(warehouse.resolve("articles").toString());
    assertThat(
            articles
                .filter("doc_id = 'rf-2' and outlet = 'Example Wire' and published = '2024-11-12'")
                .filter("title = 'France enlarges its force in Estonia'")
                .count())
        .isEqualTo(1);
  }

  @Test
  void theFeedsClaimsRunThroughCombineAndFlag(SparkSession spark) {
    assertThat(nightly.exitCode()).as(nightly.stderrTail()).isZero();
    long claims =
        spark
            .read()
            .parquet(warehouse.resolve("claims").toString())
            .filter("deploying_country = 'FRA' and host_country = 'EST'")
            .count();
    assertThat(claims).isPositive();
    assertThat(spark.read().parquet(warehouse.resolve("figures").toString()).count()).isPositive();
    assertThat(spark.read().parquet(warehouse.resolve("revisions").toString()).count())
        .isPositive();
  }
}
