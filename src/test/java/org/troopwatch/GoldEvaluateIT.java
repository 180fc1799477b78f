package org.troopwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.common.Tables;
import org.troopwatch.jobs.ScriptRun;
import org.troopwatch.testing.Shared;

/**
 * The DEV gold set through the real command line: {@code nightly --input} on its articles writes
 * every table, and {@code evaluate} scores the Spark path's claims as the spec says, above the
 * quality bar (exit code 3 would mean F1 fell below it).
 */
class GoldEvaluateIT {

  @TempDir static Path tmp;
  static Path warehouse;
  static ScriptRun nightly;

  @BeforeAll
  static void runNightlyOnTheGoldArticles() throws Exception {
    warehouse = tmp.resolve("w");
    nightly =
        troopwatch(
            "nightly",
            "--input",
            gold().resolve("articles.jsonl").toString(),
            "--warehouse",
            warehouse.toString());
  }

  private static Path gold() {
    return Shared.resolve("gold/dev");
  }

  private static ScriptRun troopwatch(String... args) throws Exception {
    return ScriptRun.run(
        "troopwatch",
        List.of(args),
        Map.of(
            "TROOPWATCH_MASTER", "local[2]",
            "TROOPWATCH_DRIVER_MEMORY", "2g",
            "TROOPWATCH_JAR", ScriptRun.applicationJar().toString()),
        tmp.resolve("logs"),
        Duration.ofMinutes(20));
  }

  @Test
  void nightlyOnTheGoldArticlesWritesEveryTable() {
    assertThat(nightly.exitCode()).as(nightly.stderrTail()).isZero();
    for (Tables.Table table :
        List.of(Tables.ARTICLES, Tables.REJECTS, Tables.CLAIMS, Tables.FIGURES, Tables.REVISIONS)) {
      assertThat(Files.exists(warehouse.resolve(table.name()).resolve("_SUCCESS")))
          .as(table.name())
          .isTrue();
    }
  }

  @Test
  void evaluateScoresTheClaimsTableAboveTheBar() throws Exception {
    assertThat(nightly.exitCode()).as(nightly.stderrTail()).isZero();

    ScriptRun evaluate =
        troopwatch(
            "evaluate",
            "--gold",
            gold().toString(),
            "--warehouse",
            warehouse.toString(),
            "--min-f1",
            "0.90");

    assertThat(evaluate.exitCode()).as(evaluate.stdout() + evaluate.stderrTail()).isZero();
    assertThat(evaluate.stdout())
        .contains("precision", "recall per metric:", "accuracy per field", "misses", "spurious");
  }
}
