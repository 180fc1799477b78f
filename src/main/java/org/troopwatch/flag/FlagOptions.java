package org.troopwatch.flag;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The flag stage's own options, mixed into every command that runs it ({@code flag}, {@code
 * nightly}), so that they are declared once.
 */
public final class FlagOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--contradiction-window-days",
      paramLabel = "DAYS",
      defaultValue = "" + Flag.DEFAULT_WINDOW_DAYS,
      description =
          "Two sources contradict each other when their latest figures do not overlap and were"
              + " reported at most this many days apart. Default: ${DEFAULT-VALUE}.")
  int contradictionWindowDays = Flag.DEFAULT_WINDOW_DAYS;

  /** Checks the options before Spark starts; throws picocli's ParameterException. */
  public void validate() {
    if (contradictionWindowDays < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--contradiction-window-days must be 0 or more, got " + contradictionWindowDays);
    }
  }

  /** The contradiction window in days. */
  public int contradictionWindowDays() {
    return contradictionWindowDays;
  }

  /** Options built in code (tests, and jobs that run flag). */
  public static FlagOptions of(int contradictionWindowDays) {
    FlagOptions options = new FlagOptions();
    options.contradictionWindowDays = contradictionWindowDays;
    return options;
  }
}
