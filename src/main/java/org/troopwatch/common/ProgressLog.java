package org.troopwatch.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the progress of long Spark stages (tasks done, records read, rate, estimated time left) at
 * most once per interval per stage, and nothing for stages shorter than the interval; so a person
 * following a run under spark-submit sees it move without the log filling up.
 *
 * <p>The interval is the Spark setting {@value #INTERVAL} (default {@value #DEFAULT_INTERVAL}; 0
 * turns the log off). A clock thread checks the running stages once per interval, so a stage whose
 * few tasks all run for long still gets its lines.
 */
public final class ProgressLog extends SparkListener implements AutoCloseable {

  /** The Spark setting with the interval between two lines about one stage, e.g. {@code 30s}. */
  public static final String INTERVAL = "spark.troopwatch.progress.interval";

  /** The interval when {@value #INTERVAL} is not set. */
  public static final String DEFAULT_INTERVAL = "30s";

  private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

  private final long intervalNanos;
  private final Consumer<String> sink;
  private final Map<String, StageProgress> running = new ConcurrentHashMap<>();
  private final ScheduledExecutorService clock;

  /** A log that gives its lines to {@code sink} and checks the stages every {@code intervalMs}. */
  public ProgressLog(long intervalMs, Consumer<String> sink) {
    if (intervalMs <= 0) {
      throw new IllegalArgumentException("progress interval must be positive, was " + intervalMs);
    }
    this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMs);
    this.sink = sink;
    this.clock =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "troopwatch-progress");
              thread.setDaemon(true);
              return thread;
            });
    clock.scheduleAtFixedRate(
        () -> tick(System.nanoTime()), intervalMs, intervalMs, TimeUnit.MILLISECONDS);
  }

  /**
   * Registers a progress log on the session's context with the interval its settings name, logging
   * to this class's logger; returns null when the interval is 0.
   */
  public static ProgressLog install(SparkSession spark) {
    long intervalMs = spark.sparkContext().getConf().getTimeAsMs(INTERVAL, DEFAULT_INTERVAL);
    if (intervalMs <= 0) {
      return null;
    }
    ProgressLog log = new ProgressLog(intervalMs, LOG::info);
    spark.sparkContext().addSparkListener(log);
    return log;
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted event) {
    StageInfo stage = event.stageInfo();
    String label = "stage " + stage.stageId() + " (" + stage.name() + ")";
    if (stage.attemptNumber() > 0) {
      label =
          "stage "
              + stage.stageId()
              + " attempt "
              + stage.attemptNumber()
              + " ("
              + stage.name()
              + ")";
    }
    running.put(
        key(stage.stageId(), stage.attemptNumber()),
        new StageProgress(label, stage.numTasks(), System.nanoTime()));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    StageProgress stage = running.get(key(event.stageId(), event.stageAttemptId()));
    if (stage == null || !event.taskInfo().successful()) {
      return;
    }
    TaskMetrics metrics = event.taskMetrics();
    long records =
        metrics == null
            ? 0
            : metrics.inputMetrics().recordsRead() + metrics.shuffleReadMetrics().recordsRead();
    stage.taskDone(records);
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted event) {
    StageInfo info = event.stageInfo();
    StageProgress stage = running.remove(key(info.stageId(), info.attemptNumber()));
    if (stage != null && stage.reported()) {
      sink.accept(stage.doneLine(System.nanoTime()));
    }
  }

  @Override
  public void onApplicationEnd(SparkListenerApplicationEnd event) {
    close();
  }

  /** Gives a line for every stage that has run at least one interval. */
  void tick(long nowNanos) {
    for (StageProgress stage : running.values()) {
      if (stage.age(nowNanos).toNanos() >= intervalNanos) {
        sink.accept(stage.line(nowNanos));
      }
    }
  }

  /** Stops the clock; the listener stays registered but says nothing more. */
  @Override
  public void close() {
    clock.shutdownNow();
    running.clear();
  }

  private static String key(int stageId, int attempt) {
    return stageId + "." + attempt;
  }
}
