package org.troopwatch.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.troopwatch.common.Checkpoints;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Warehouse;
import org.troopwatch.testing.SparkTest;

/**
 * SIGKILL at chosen points of a real {@code org.troopwatch.Main nightly} process (paused there by
 * {@link Checkpoints}), over a warehouse that already holds the first day: every table is then
 * either as it was or as the killed run committed it, the dead run's lock is left behind, and
 * running the day again gives exactly the tables of a run that was never killed.
 */
@SparkTest
class NightlyCrashIT {

  private static final Duration PAUSE_TIMEOUT = Duration.ofMinutes(15);

  @TempDir static Path tmp;

  static Path input;
  static Path base;
  static Map<String, List<String>> before;
  static Map<String, List<String>> expected;

  @BeforeAll
  static void warehouseWithTheFirstDayAndTheSecondDayAsItShouldEnd(SparkSession spark)
      throws IOException {
    input = DatedCorpus.write(tmp.resolve("input"));
    base = tmp.resolve("base");
    nightly(spark, base, DatedCorpus.DAY1);
    before = DatedCorpus.snapshot(spark, base);
    Path reference = copy(base, tmp.resolve("reference"));
    nightly(spark, reference, DatedCorpus.DAY2);
    expected = DatedCorpus.snapshot(spark, reference);
    assertThat(expected).isNotEqualTo(before);
  }

  @ParameterizedTest(name = "killed at {0}")
  @ValueSource(
      strings = {
        "publish:articles:staged", // during ingest: rejects committed, articles written, not
        // swapped
        "publish:claims:staged", // during tag: claims tagged and written, not swapped
        "publish:claims:between-renames", // the old claims moved aside, the new not yet in place
        "publish:revisions:between-renames" // the same in flag, after figures were committed
      })
  void aRunKilledAtAnyPointLeavesWholeTablesAndTheNextRunCompletesThem(
      String checkpoint, SparkSession spark) throws Exception {
    Path warehouse = copy(base, tmp.resolve(checkpoint.replace(':', '-')));
    Path marker = tmp.resolve(checkpoint.replace(':', '-') + ".paused");
    Path log = tmp.resolve(checkpoint.replace(':', '-') + ".log");

    Process run =
        MainProcess.start(
            List.of(
                "-D" + Checkpoints.PAUSE_AT + "=" + checkpoint,
                "-D" + Checkpoints.PAUSE_FILE + "=" + marker),
            List.of(
                "nightly",
                "--input",
                input.toString(),
                "--date",
                DatedCorpus.DAY2,
                "--warehouse",
                warehouse.toString()),
            log);
    try {
      awaitPause(run, marker, log);
    } finally {
      MainProcess.kill(run);
    }

    assertThat(warehouse.resolve(WarehouseLock.FILE)).as("the dead run's lock").exists();
    if (checkpoint.endsWith("between-renames")) {
      String table = checkpoint.split(":")[1];
      assertThat(warehouse.resolve(table)).as("killed between the renames").doesNotExist();
    }
    // A reader opening the warehouse (which rolls a journaled swap forward) sees whole tables.
    new Warehouse(spark, warehouse.toString());
    Map<String, List<String>> afterKill = DatedCorpus.snapshot(spark, warehouse);
    for (String table : afterKill.keySet()) {
      assertThat(afterKill.get(table))
          .as(table + " after the kill")
          .isIn(before.get(table), expected.get(table));
    }

    nightly(spark, warehouse, DatedCorpus.DAY2);

    assertThat(DatedCorpus.snapshot(spark, warehouse)).isEqualTo(expected);
    try (Stream<Path> staged = Files.list(warehouse.resolve("_staging"))) {
      assertThat(staged).as("staging left by the killed run").isEmpty();
    }
  }

  private static void awaitPause(Process run, Path marker, Path log) throws Exception {
    Instant deadline = Instant.now().plus(PAUSE_TIMEOUT);
    while (!Files.exists(marker)) {
      if (!run.isAlive()) {
        fail("the run ended (exit %d) before its checkpoint:%n%s", run.exitValue(), tail(log));
      }
      if (Instant.now().isAfter(deadline)) {
        fail("the run did not reach its checkpoint in %s:%n%s", PAUSE_TIMEOUT, tail(log));
      }
      Thread.sleep(200);
    }
  }

  private static void nightly(SparkSession spark, Path warehouse, String day) {
    new NightlyJob()
        .withOptions(
            StageOptions.of(
                warehouse.toString(),
                List.of(input.toString()),
                new DateRange(LocalDate.parse(day), LocalDate.parse(day))))
        .runIn(spark);
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
