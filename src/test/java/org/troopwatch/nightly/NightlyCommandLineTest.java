package org.troopwatch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
        "--from 2999-01-01 | --from 2999-01-01 is after yesterday",
        "--field-map published | --field-map: ",
        "--max-text-chars 0 | --max-text-chars must be positive, not 0",
        "--contradiction-window-days -1 | --contradiction-window-days must be 0 or more, got -1",
        "--languages en,xx | --languages: no language bundle 'xx'"
      })
  void badOptionsExitWithTwoAndSayWhy(String options, String message) {
    String[] args =
        ("nightly --warehouse " + tmp.resolve("w") + " --input /none " + options).split(" ");

    Outcome outcome = main(args);

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.stderr()).contains(message);
    assertThat(tmp.resolve("w").resolve(WarehouseLock.FILE)).doesNotExist();
  }

  @Test
  void nightlyTakesTheOptionsOfTheStagesItRunsFromTheStagesThemselves() {
    java.io.StringWriter nightly = new java.io.StringWriter();
    java.io.StringWriter ingest = new java.io.StringWriter();
    java.io.StringWriter flag = new java.io.StringWriter();
    java.io.StringWriter tag = new java.io.StringWriter();
    picocli.CommandLine main = new picocli.CommandLine(new Main());
    main.getSubcommands().get("tag").usage(new java.io.PrintWriter(tag));
    main.getSubcommands().get("nightly").usage(new java.io.PrintWriter(nightly));
    main.getSubcommands().get("ingest").usage(new java.io.PrintWriter(ingest));
    main.getSubcommands().get("flag").usage(new java.io.PrintWriter(flag));

    for (String option : List.of("--field-map", "--max-text-chars")) {
      assertThat(nightly.toString()).contains(helpOf(ingest.toString(), option));
    }
    assertThat(nightly.toString()).contains(helpOf(flag.toString(), "--contradiction-window-days"));
    assertThat(nightly.toString()).contains(helpOf(tag.toString(), "--languages"));
  }

  /** The first line of an option's help in a usage text. */
  private static String helpOf(String usage, String option) {
    return usage
        .lines()
        .filter(l -> l.strip().startsWith(option))
        .findFirst()
        .orElseThrow(() -> new AssertionError(option + " is not in\n" + usage))
        .strip();
  }
}
