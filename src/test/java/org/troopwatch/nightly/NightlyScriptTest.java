package org.troopwatch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.troopwatch.jobs.ScriptRun;

/**
 * {@code jobs/nightly.sh} as cron runs it, with a stand-in for {@code jobs/troopwatch} that prints
 * its arguments, waits while a file exists and exits with the code it is told: the settings file
 * and the environment, the flock, the exit codes and the one log per run, without Spark.
 */
class NightlyScriptTest {

  @TempDir Path tmp;

  private Path logs;
  private Path conf;
  private Map<String, String> env;

  @BeforeEach
  void standInJobAndSettings() throws IOException {
    Path job = tmp.resolve("fake-troopwatch");
    Files.writeString(
        job,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "echo \"job args: $*\"",
            "touch \"$FAKE_STARTED\"",
            "while [[ -e \"$FAKE_HOLD\" ]]; do sleep 0.2; done",
            "exit \"${FAKE_EXIT:-0}\"",
            ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(job, PosixFilePermissions.fromString("rwxr-xr-x"));
    logs = tmp.resolve("logs");
    conf = tmp.resolve("troopwatch.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "# settings for the test",
            "TROOPWATCH_WAREHOUSE=/data/wh",
            "TROOPWATCH_INPUT='/data/in/a /data/in/b'",
            "TROOPWATCH_MASTER=spark://10.0.0.1:7077",
            "TROOPWATCH_SELECT=path-date",
            ""),
        StandardCharsets.UTF_8);
    env = new HashMap<>();
    env.put("TROOPWATCH_CONF", conf.toString());
    env.put("TROOPWATCH_BIN", job.toString());
    env.put("TROOPWATCH_LOG_DIR", logs.toString());
    env.put("TROOPWATCH_LOCK_FILE", tmp.resolve("nightly.lock").toString());
    env.put("FAKE_STARTED", tmp.resolve("started").toString());
    env.put("FAKE_HOLD", tmp.resolve("hold").toString());
  }

  private ScriptRun nightly(String... args) throws Exception {
    return ScriptRun.run(
        "nightly.sh", List.of(args), env, tmp.resolve("out"), Duration.ofMinutes(2));
  }

  private List<Path> logFiles() throws IOException {
    try (Stream<Path> files = Files.list(logs)) {
      return files.sorted().toList();
    }
  }

  @Test
  void settingsComeFromTheFileAndTheEnvironmentWinsOverIt() throws Exception {
    env.put("TROOPWATCH_MASTER", "local[3]");

    ScriptRun run = nightly("--date", "2024-03-05");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(logFiles()).singleElement();
    assertThat(Files.readString(logFiles().get(0), StandardCharsets.UTF_8))
        .contains(
            "job args: --master local[3] --driver-memory 4g nightly --warehouse /data/wh"
                + " --input /data/in/a /data/in/b --select path-date --date 2024-03-05")
        .contains("finished", "with exit code 0");
  }

  @ParameterizedTest(name = "job exit {0}")
  @ValueSource(ints = {1, 2, 4})
  void theJobsExitCodeIsTheScriptsAndAFailureNamesItsLog(int code) throws Exception {
    env.put("FAKE_EXIT", Integer.toString(code));

    ScriptRun run = nightly();

    assertThat(run.exitCode()).isEqualTo(code);
    assertThat(run.stderr())
        .contains("the nightly run failed with exit code " + code + "; log: " + logs);
  }

  @Test
  void eachRunWritesItsOwnLog() throws Exception {
    nightly();
    nightly();

    assertThat(logFiles()).hasSize(2);
  }

  @Test
  void withoutAWarehouseTheScriptRefusesWithExitCodeTwo() throws Exception {
    Files.writeString(conf, "TROOPWATCH_INPUT=/data/in\n", StandardCharsets.UTF_8);

    ScriptRun run = nightly();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stderr()).contains("nightly.sh: no warehouse: set TROOPWATCH_WAREHOUSE");
  }

  @Test
  void aSecondRunWhileTheFirstHoldsTheFlockExitsWithFourAndStartsNothing() throws Exception {
    Path hold = tmp.resolve("hold");
    Files.createFile(hold);
    ProcessBuilder builder =
        new ProcessBuilder(ScriptRun.repoRoot().resolve("jobs/nightly.sh").toString())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("first.out").toFile());
    builder.environment().putAll(env);
    Process first = builder.start();
    try {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (!Files.exists(tmp.resolve("started")) && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(tmp.resolve("started")).as("the first run's job started").exists();
      Files.delete(tmp.resolve("started"));

      ScriptRun second = nightly();

      assertThat(second.exitCode()).isEqualTo(4);
      assertThat(second.stderr())
          .contains(
              "another nightly run on warehouse /data/wh holds " + tmp.resolve("nightly.lock"));
      assertThat(tmp.resolve("started")).as("the second run's job").doesNotExist();
    } finally {
      Files.deleteIfExists(hold);
      if (!first.waitFor(60, TimeUnit.SECONDS)) {
        first.descendants().forEach(ProcessHandle::destroyForcibly);
        first.destroyForcibly();
      }
    }
    assertThat(first.exitValue()).isZero();
  }
}
