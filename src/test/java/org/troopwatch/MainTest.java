package org.troopwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line: help, and bad options rejected with exit code 2 and a message that names the
 * option, all before any Spark session starts (these tests have none).
 */
class MainTest {

  /** What one {@link Main#execute} call returned and printed. */
  record Outcome(int exitCode, String out, String err) {}

  private static Outcome execute(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exitCode = Main.execute(args);
      return new Outcome(
          exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(strings = {"ingest", "tag", "combine", "flag", "nightly", "evaluate"})
  void everySubcommandPrintsItsUsageAndExitsZeroOnHelp(String subcommand) {
    Outcome outcome = execute(subcommand, "--help");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("Usage: troopwatch " + subcommand);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ingest", "tag", "combine", "flag", "nightly"})
  void everyStageDocumentsTheCommonOptionsInItsUsage(String stage) {
    Outcome outcome = execute(stage, "--help");

    assertThat(outcome.out()).contains("--input", "--warehouse", "--date", "--from", "--to");
  }

  @Test
  void topLevelHelpListsEveryStage() {
    Outcome outcome = execute("--help");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("ingest", "tag", "combine", "flag", "nightly", "evaluate");
  }

  @Test
  void noSubcommandIsABadCommandLine() {
    Outcome outcome = execute();

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("name a subcommand");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ingest", "tag", "combine", "flag", "nightly"})
  void unknownOptionExitsTwoAndNamesTheOption(String stage) {
    Outcome outcome = execute(stage, "--warehose", "/tmp/w");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("Unknown option", "--warehose");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ingest", "tag", "combine", "flag", "nightly"})
  void impossibleDateExitsTwoAndNamesDate(String stage) {
    Outcome outcome = execute(stage, "--date", "2024-13-01");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--date", "2024-13-01");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ingest", "tag", "combine", "flag", "nightly"})
  void fromAfterToExitsTwoAndNamesBothOptions(String stage) {
    Outcome outcome = execute(stage, "--from", "2024-03-05", "--to", "2024-03-01");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--from 2024-03-05", "--to 2024-03-01");
  }

  @Test
  void dateCombinedWithARangeExitsTwoAndNamesTheOptions() {
    Outcome outcome = execute("tag", "--date", "2024-03-05", "--from", "2024-03-01");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--date", "--from");
  }

  @Test
  void blankWarehouseExitsTwoAndNamesWarehouse() {
    Outcome outcome = execute("combine", "--warehouse", " ");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("--warehouse");
  }
}
