package org.troopwatch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.Main;

/** The nightly command line's refusals, which all happen before Spark starts. */
class NightlyCommandLineTest {

  @TempDir Path tmp;

  private record Outcome(int exitCode, String stderr) {}

  private static Outcome main(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Main.execute(args);
      return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
    }
  }

  @Test
  void aWarehouseLockedByALiveRunExitsWithFourAndNamesTheOwner() throws Exception {
    Path warehouse = Files.createDirectories(tmp.resolve("w"));
    Files.writeString(
        warehouse.resolve(WarehouseLock.FILE),
        WarehouseLock.describe(ProcessHandle.current(), Instant.parse("2025-01-02T02:30:00Z")),
        StandardCharsets.UTF_8);

    Outcome outcome = main("nightly", "--warehouse", warehouse.toString(), "--input", "/none");

    assertThat(outcome.exitCode()).isEqualTo(4);
    assertThat(outcome.stderr())
        .contains(
            "troopwatch: warehouse "
                + warehouse
                + " is locked by another run: pid "
                + ProcessHandle.current().pid())
        .contains("started 2025-01-02T02:30:00Z");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--select sometimes | --select must be auto, path-date or watermark, not 'sometimes'",
        "--to 2024-03-05 | --to needs --from",
        "--from 2999-01-01 | --from 2999-01-01 is after yesterday"
      })
  void badOptionsExitWithTwoAndSayWhy(String options, String message) {
    String[] args =
        ("nightly --warehouse " + tmp.resolve("w") + " --input /none " + options).split(" ");

    Outcome outcome = main(args);

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.stderr()).contains(message);
    assertThat(tmp.resolve("w").resolve(WarehouseLock.FILE)).doesNotExist();
  }
}
