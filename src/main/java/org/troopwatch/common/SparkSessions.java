package org.troopwatch.common;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the one SparkSession a job runs in, with the settings every table relies on. */
public final class SparkSessions {

  private SparkSessions() {}

  /**
   * A session named after the job. Under spark-submit the master comes from it; run directly (a
   * test, an IDE), the session runs on {@code local[*]}.
   */
  public static SparkSession forJob(String jobName) {
    SparkConf conf = new SparkConf(true);
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    boolean shuffleGiven = conf.contains("spark.sql.shuffle.partitions");
    SparkSession spark =
        SparkSession.builder()
            .config(conf)
            .appName("troopwatch " + jobName)
            .config(defaults())
            .getOrCreate();
    if (!shuffleGiven) {
      // Spark's 200 shuffle partitions cost seconds per shuffle on a laptop; size them to the
      // cluster instead (adaptive execution still coalesces small ones).
      int cores = spark.sparkContext().defaultParallelism();
      spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(Math.max(8, 2 * cores)));
    }
    return spark;
  }

  /** Settings the tables depend on: UTC, microsecond timestamps readable by DuckDB and pandas. */
  public static SparkConf defaults() {
    return new SparkConf(false)
        .set("spark.sql.session.timeZone", "UTC")
        .set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .set("spark.sql.parquet.datetimeRebaseModeInWrite", "CORRECTED")
        .set("spark.sql.parquet.int96RebaseModeInWrite", "CORRECTED")
        .set("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .set("spark.sql.adaptive.enabled", "true")
        .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        .set("spark.kryoserializer.buffer.max", "512m")
        .set("spark.ui.showConsoleProgress", "false");
  }
}
