package org.troopwatch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.testing.SparkTest;

/**
 * Nightly in one JVM over inputs in dated folders: a backfill of three days (the third has no
 * files), then the second day again, which must change no table.
 */
@SparkTest
class NightlyJobTest {

  @TempDir static Path tmp;

  static Path warehouse;
  static Map<String, List<String>> afterBackfill;
  static Map<String, List<String>> afterRerun;
  static List<Row> runs;

  @BeforeAll
  static void backfillThenRunTheSecondDayAgain(SparkSession spark) {
    Path input = DatedCorpus.write(tmp.resolve("input"));
    warehouse = tmp.resolve("warehouse");
    nightly(spark, input, DatedCorpus.DAY1, "2022-02-13");
    afterBackfill = DatedCorpus.snapshot(spark, warehouse);
    nightly(spark, input, DatedCorpus.DAY2, DatedCorpus.DAY2);
    afterRerun = DatedCorpus.snapshot(spark, warehouse);
    runs =
        spark
            .read()
            .parquet(warehouse.resolve("_runs").toString())
            .orderBy("started")
            .collectAsList();
  }

  private static void nightly(SparkSession spark, Path input, String from, String to) {
    new NightlyJob()
        .withOptions(
            StageOptions.of(
                warehouse.toString(),
                List.of(input.toString()),
                new DateRange(LocalDate.parse(from), LocalDate.parse(to))))
        .runIn(spark);
  }

  @Test
  void runningADayAgainLeavesEveryTableRowForRowTheSame() {
    assertThat(afterBackfill.get("articles")).isNotEmpty();
    assertThat(afterBackfill.get("claims")).isNotEmpty();
    assertThat(afterRerun).isEqualTo(afterBackfill);
  }

  @Test
  void theBackfillIngestsEveryDayOnceAndTheUndatedFileWithTheFirstDay() {
    // Two articles a day on the 11th and 12th, one in the undated file.
    assertThat(afterBackfill.get("articles")).hasSize(5);
  }

  @Test
  void runsHasOneRowPerDayInOrderThenTheRerun() {
    assertThat(runs)
        .extracting(r -> r.getAs("run_date").toString(), r -> r.<String>getAs("status"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DatedCorpus.DAY1, RunRecord.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(DatedCorpus.DAY2, RunRecord.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple("2022-02-13", RunRecord.NO_INPUT),
            org.assertj.core.groups.Tuple.tuple(DatedCorpus.DAY2, RunRecord.SUCCEEDED));
  }

  @Test
  void theFirstDayReadsItsFolderAndTheUndatedFileAndCountsWhatItMade() {
    Row first = runs.get(0);

    assertThat(first.<String>getAs("batch_id")).isEqualTo(runs.get(1).getAs("batch_id"));
    assertThat(first.getList(first.fieldIndex("inputs")))
        .hasSize(2)
        .anySatisfy(p -> assertThat(p.toString()).contains("date=" + DatedCorpus.DAY1))
        .anySatisfy(p -> assertThat(p.toString()).endsWith("extra/late.jsonl"));
    assertThat(first.<Long>getAs("records_read")).isEqualTo(3L);
    assertThat(first.<Long>getAs("articles")).isEqualTo(3L);
    assertThat(first.getAs("dates_from").toString()).isEqualTo(DatedCorpus.DAY1);
    assertThat(first.getAs("dates_to").toString()).isEqualTo(DatedCorpus.UNDATED_DAY);
    assertThat(first.<Long>getAs("claims")).isPositive();
    assertThat(first.<Long>getAs("figures")).isPositive();
    assertThat(first.<String>getAs("spark_app_id")).startsWith("local-");
    assertThat(first.<java.sql.Timestamp>getAs("watermark")).isNotNull();
    assertThat(first.<java.sql.Timestamp>getAs("finished"))
        .isAfterOrEqualTo(first.<java.sql.Timestamp>getAs("started"));
  }

  @Test
  void theRerunFindsOnlyDuplicatesAndLeavesTheUndatedFileAlone() {
    Row rerun = runs.get(3);

    assertThat(rerun.getList(rerun.fieldIndex("inputs")))
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("2022/02/12/"));
    assertThat(rerun.<Long>getAs("articles")).isZero();
    assertThat(rerun.<Long>getAs("duplicates")).isEqualTo(2L);
    assertThat(rerun.<Long>getAs("claims")).isEqualTo(runs.get(1).<Long>getAs("claims"));
  }

  @Test
  void theWarehouseLockIsReleasedAfterTheRun() {
    assertThat(warehouse.resolve(WarehouseLock.FILE)).doesNotExist();
  }
}
