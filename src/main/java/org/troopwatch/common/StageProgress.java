package org.troopwatch.common;

import java.time.Duration;
import java.util.Locale;

/**
 * How far one Spark stage attempt has come: tasks finished out of its total and the records those
 * tasks read, and the line a person reads about it (rate and estimated time left).
 */
public final class StageProgress {

  private final String label;
  private final int totalTasks;
  private final long startedNanos;
  private int doneTasks;
  private long records;
  private boolean reported;

  public StageProgress(String label, int totalTasks, long startedNanos) {
    this.label = label;
    this.totalTasks = totalTasks;
    this.startedNanos = startedNanos;
  }

  /** Counts one finished task and the records it read (input files plus shuffle). */
  public synchronized void taskDone(long recordsRead) {
    doneTasks++;
    records += Math.max(0, recordsRead);
  }

  /** How long the stage has run at {@code nowNanos}. */
  public Duration age(long nowNanos) {
    return Duration.ofNanos(Math.max(0, nowNanos - startedNanos));
  }

  /** Whether a progress line was given for this stage, so that its end is worth a line too. */
  public synchronized boolean reported() {
    return reported;
  }

  /**
   * The progress line at {@code nowNanos}, e.g. {@code stage 7 (parquet at TagJob.java:80): 12/40
   * tasks, 30,120 records (1,004/s), 30s elapsed, ETA 1m10s}. The estimate extrapolates the time
   * per finished task, since tasks of one stage read similar shares of the data.
   */
  public synchronized String line(long nowNanos) {
    reported = true;
    long elapsedMillis = age(nowNanos).toMillis();
    String eta =
        doneTasks == 0
            ? "ETA unknown"
            : "ETA " + duration(elapsedMillis * (totalTasks - doneTasks) / doneTasks);
    return String.format(
        Locale.ROOT,
        "%s: %,d/%,d tasks, %,d records (%,d/s), %s elapsed, %s",
        label,
        doneTasks,
        totalTasks,
        records,
        elapsedMillis == 0 ? 0 : records * 1000 / elapsedMillis,
        duration(elapsedMillis),
        eta);
  }

  /** The closing line of a stage that had progress lines. */
  public synchronized String doneLine(long nowNanos) {
    return String.format(
        Locale.ROOT,
        "%s: done, %,d/%,d tasks, %,d records in %s",
        label,
        doneTasks,
        totalTasks,
        records,
        duration(age(nowNanos).toMillis()));
  }

  /** A duration as a person says it: 45s, 3m07s, 2h05m. */
  static String duration(long millis) {
    long seconds = Math.round(millis / 1000.0);
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
  }
}
