package org.troopwatch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/troopwatch} hands the right command line to the real spark-submit (read back from
 * spark-submit's own {@code --verbose} report) and returns the job's exit code. The jobs run only
 * their --help or fail validation, so no Spark context starts and each case costs one JVM.
 */
class TroopwatchScriptIT {

  @TempDir Path logs;

  private ScriptRun troopwatch(Map<String, String> env, String... args) throws Exception {
    Map<String, String> withJar = new HashMap<>(env);
    withJar.put("TROOPWATCH_JAR", ScriptRun.applicationJar().toString());
    return ScriptRun.run("troopwatch", List.of(args), withJar, logs, Duration.ofMinutes(5));
  }

  @Test
  void defaultsAreTheEnvironmentsMasterAndMemoryAndUtcSessions() throws Exception {
    ScriptRun run =
        troopwatch(
            Map.of("TROOPWATCH_MASTER", "local[2]", "TROOPWATCH_DRIVER_MEMORY", "1g"),
            "--verbose",
            "tag",
            "--help");

    assertThat(run.exitCode()).as(run.stderrTail()).isZero();
    assertThat(run.stdout()).contains("Usage: troopwatch tag");
    assertThat(run.stderr())
        .containsPattern("master\\s+local\\[2\\]")
        .containsPattern("driverMemory\\s+1g")
        .containsPattern("mainClass\\s+org\\.troopwatch\\.Main")
        .contains("(spark.sql.session.timeZone,UTC)");
  }

  @Test
  void masterGivenBeforeTheSubcommandWinsOverTheEnvironment() throws Exception {
    ScriptRun run =
        troopwatch(
            Map.of("TROOPWATCH_MASTER", "local[2]"),
            "--master",
            "local[1]",
            "--verbose",
            "combine",
            "--help");

    assertThat(run.exitCode()).as(run.stderrTail()).isZero();
    assertThat(run.stderr()).containsPattern("master\\s+local\\[1\\]");
  }

  @Test
  void exitCodeIsTheJobsOwnForABadCommandLine() throws Exception {
    ScriptRun run = troopwatch(Map.of(), "ingest", "--date", "2024-13-01");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("--date", "2024-13-01");
  }
}
