package org.troopwatch;

import org.troopwatch.benchmark.BenchmarkJob;
import org.troopwatch.combine.CombineJob;
import org.troopwatch.evaluate.EvaluateJob;
import org.troopwatch.flag.FlagJob;
import org.troopwatch.ingest.IngestJob;
import org.troopwatch.nightly.NightlyJob;
import org.troopwatch.tag.ExplainJob;
import org.troopwatch.tag.TagJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: {@code spark-submit troopwatch.jar SUBCOMMAND [options]}. */
@Command(
    name = "troopwatch",
    mixinStandardHelpOptions = true,
    version = "troopwatch 0.1.0",
    description =
        "Tags claims about foreign troop deployments in news, combines the figures each source"
            + " reports over time and flags revisions. Stages: ingest -> tag -> combine -> flag.",
    subcommands = {
      IngestJob.class,
      TagJob.class,
      CombineJob.class,
      FlagJob.class,
      NightlyJob.class,
      EvaluateJob.class,
      ExplainJob.class,
      BenchmarkJob.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand");
  }

  /** Exit codes: 0 done, 1 the run failed, 2 a bad command line, 4 the warehouse is locked. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code, without exiting (for tests). */
  public static int execute(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(
            (e, commandLine, parseResult) -> {
              // An expected refusal (e.g. the warehouse lock) is one clear line and its own code.
              if (e instanceof CommandLine.IExitCodeGenerator refusal) {
                commandLine.getErr().println("troopwatch: " + e.getMessage());
                return refusal.getExitCode();
              }
              commandLine
                  .getErr()
                  .println("troopwatch: " + commandLine.getCommandName() + " failed: " + e);
              e.printStackTrace(commandLine.getErr());
              return 1;
            })
        .execute(args);
  }
}
