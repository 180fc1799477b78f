package org.troopwatch.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.testing.SparkTest;

/** The progress log on real Spark jobs: lines for a long stage, silence for a short one. */
@SparkTest
class ProgressLogTest {

  @TempDir Path tmp;

  /** Runs {@code job} with a progress log of the given interval and returns the lines it gave. */
  private static List<String> linesDuring(SparkSession spark, long intervalMs, Runnable job)
      throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    ProgressLog log = new ProgressLog(intervalMs, lines::add);
    spark.sparkContext().addSparkListener(log);
    try {
      job.run();
      // The listener bus delivers events after the job returns; wait for it to drain.
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(log);
      log.close();
    }
    return lines;
  }

  private static <T> MapPartitionsFunction<T, Long> slowly(long sleepMs) {
    return rows -> {
      Thread.sleep(sleepMs);
      long n = 0;
      while (rows.hasNext()) {
        rows.next();
        n++;
      }
      return List.of(n).iterator();
    };
  }

  @Test
  void aStageLongerThanTheIntervalLogsTasksRecordsRateAndEta(SparkSession spark) throws Exception {
    String table = tmp.resolve("numbers").toString();
    spark.range(0, 6000, 1, 12).write().parquet(table);

    List<String> lines =
        linesDuring(
            spark,
            500,
            () ->
                spark
                    .read()
                    .parquet(table)
                    .repartition(12)
                    .mapPartitions(ProgressLogTest.<Row>slowly(400), Encoders.LONG())
                    .collectAsList());

    assertThat(lines)
        .as("lines of the slow stage")
        .anySatisfy(
            line ->
                assertThat(line)
                    .containsPattern("^stage \\d+ \\(.+\\): \\d+/12 tasks, [\\d,]+ records \\(")
                    .containsPattern("elapsed, ETA (\\d+[smh]|unknown)"));
    assertThat(lines)
        .as("the slow stage reads 6,000 records from the shuffle and says so when done")
        .anySatisfy(line -> assertThat(line).contains(": done, 12/12 tasks, 6,000 records in"));
  }

  @Test
  void stagesShorterThanTheIntervalSayNothing(SparkSession spark) throws Exception {
    List<String> lines = linesDuring(spark, 20_000, () -> spark.range(0, 1000, 1, 4).count());

    assertThat(lines).isEmpty();
  }

  @Test
  void theLogStopsAfterItIsClosed(SparkSession spark) throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    ProgressLog log = new ProgressLog(200, lines::add);
    log.close();
    spark.sparkContext().addSparkListener(log);
    try {
      spark
          .range(0, 4, 1, 4)
          .mapPartitions(ProgressLogTest.<Long>slowly(600), Encoders.LONG())
          .collectAsList();
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.sparkContext().removeSparkListener(log);
    }

    assertThat(lines).isEmpty();
  }

  @Test
  void aNonPositiveIntervalIsRefused() {
    assertThatThrownBy(() -> new ProgressLog(0, line -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress interval must be positive, was 0");
  }

  @ParameterizedTest(name = "{0} ms reads as {1}")
  @CsvSource({"0, 0s", "44600, 45s", "187000, 3m07s", "7500000, 2h05m"})
  void durationsReadAsAPersonSaysThem(long millis, String said) {
    assertThat(StageProgress.duration(millis)).isEqualTo(said);
  }

  @Test
  void theEstimateExtrapolatesTheTimePerFinishedTask() {
    long second = 1_000_000_000L;
    StageProgress stage = new StageProgress("stage 3 (tag)", 10, 0);
    stage.taskDone(500);
    stage.taskDone(700);

    assertThat(stage.line(20 * second))
        .isEqualTo("stage 3 (tag): 2/10 tasks, 1,200 records (60/s), 20s elapsed, ETA 1m20s");
    assertThat(new StageProgress("stage 4 (flag)", 3, 0).line(5 * second))
        .endsWith("0/3 tasks, 0 records (0/s), 5s elapsed, ETA unknown");
  }
}
