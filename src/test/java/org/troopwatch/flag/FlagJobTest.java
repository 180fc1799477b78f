package org.troopwatch.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.Main;
import picocli.CommandLine;

/** The flag command's own option, checked before any Spark work starts. */
class FlagJobTest {

  @Test
  void negativeContradictionWindowIsRejectedWithItsValue(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int exit =
        new CommandLine(new Main())
            .setErr(new PrintWriter(err))
            .execute("flag", "--warehouse", dir.toString(), "--contradiction-window-days", "-3");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--contradiction-window-days must be 0 or more, got -3");
  }

  @Test
  void helpDocumentsTheWindowAndItsDefault() {
    String usage = new CommandLine(new Main()).getSubcommands().get("flag").getUsageMessage();
    assertThat(usage).contains("--contradiction-window-days=DAYS").contains("Default: 30.");
  }

  @Test
  void summaryListsTheTypesFoundByNameAndCountsUnknownOnesAsOther() {
    java.util.Map<String, Object> written = new java.util.HashMap<>();
    Revision.TYPES.forEach(t -> written.put(t, 0L));
    written.put(FlagJob.ROWS, 6L);
    written.put(Revision.FIRST_REPORT, 3L);
    written.put(Revision.CONTRADICTION, 1L);
    assertThat(FlagJob.summary(written)).isEqualTo("contradiction 1, first_report 3, other 2");
    Revision.TYPES.forEach(t -> written.put(t, 0L));
    written.put(FlagJob.ROWS, 0L);
    assertThat(FlagJob.summary(written)).isEqualTo("none");
  }
}
