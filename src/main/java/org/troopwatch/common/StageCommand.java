package org.troopwatch.common;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;

/**
 * A subcommand that runs on Spark: picocli parses and {@link #validate() validates} the options
 * first, and only then does the Spark session start and {@link #run} go.
 */
public abstract class StageCommand implements Callable<Integer> {

  @Mixin protected StageOptions options = new StageOptions();

  /** The stage's name, used for the Spark application and the logs. */
  protected abstract String name();

  /** Checks options beyond the common ones; throws picocli's ParameterException. */
  protected void validate() {}

  /** The stage's work, given a session and the opened warehouse. */
  protected abstract void run(SparkSession spark, Warehouse warehouse);

  @Override
  public final Integer call() {
    options.validate();
    validate();
    // Before Spark starts: its INFO lines go to the warehouse's _logs/, not to the terminal.
    java.nio.file.Path log = RunLog.start(RunLog.file(options.warehouse(), name()));
    if (log != null) {
      System.err.println("troopwatch " + name() + ": Spark's log is " + log);
    }
    long started = System.nanoTime();
    SparkSession spark = SparkSessions.forJob(name());
    // Long stages under spark-submit say how far they are (ProgressLog.INTERVAL sets how often).
    ProgressLog progress = ProgressLog.install(spark);
    try {
      // Session up, executors asked for, no work done yet: where fault tests hold a command.
      Checkpoints.reach("command:" + name());
      run(spark, new Warehouse(spark, options.warehouse()));
      System.out.printf(
          java.util.Locale.ROOT,
          "%s: done in %.1f s%n",
          name(),
          (System.nanoTime() - started) / 1e9);
    } finally {
      if (progress != null) {
        spark.sparkContext().removeSparkListener(progress);
        progress.close();
      }
    }
    return 0;
  }

  /** The options this command was given (set by picocli, or by {@link #withOptions}). */
  public StageOptions options() {
    return options;
  }

  /** For jobs that call other jobs, and tests: the same command with options built in code. */
  public StageCommand withOptions(StageOptions stageOptions) {
    this.options = stageOptions;
    return this;
  }

  /** Runs the stage in an existing session (nightly and tests). */
  public void runIn(SparkSession spark) {
    run(spark, new Warehouse(spark, options.warehouse()));
  }
}
