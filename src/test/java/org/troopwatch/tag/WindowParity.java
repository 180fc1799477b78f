package org.troopwatch.tag;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.troopwatch.benchmark.ClaimParity;
import org.troopwatch.benchmark.ClaimRows;

/**
 * A developer's check that the windows find the claims of the whole text on a real corpus: run with
 * -Dwarehouse=DIR (a warehouse with an articles table, e.g. the benchmark's); prints both claim
 * counts, the claims only one of them found, and each run's seconds and CPU seconds (windows run
 * twice: the first warms the JIT up).
 */
@org.troopwatch.testing.SparkTest
@EnabledIfSystemProperty(named = "warehouse", matches = ".+")
class WindowParity {
  @Test
  void compare(SparkSession spark) {
    Dataset<Row> articles =
        spark.read().parquet(System.getProperty("warehouse") + "/articles").cache();
    articles.count();
    claims(spark, articles, false); // warms the JIT up
    List<String> whole = claims(spark, articles, true);
    List<String> windows = claims(spark, articles, false);
    ClaimParity parity = ClaimParity.compare(windows, whole);
    System.out.printf(
        "PARITY windows=%d whole=%d identical=%s%n",
        parity.sparkClaims(), parity.lightClaims(), parity.identical());
    parity.onlySpark().forEach(c -> System.out.println("  only windows: " + c));
    parity.onlyLight().forEach(c -> System.out.println("  only whole:   " + c));
  }

  private static List<String> claims(SparkSession spark, Dataset<Row> articles, boolean whole) {
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    List<String> lines = new ArrayList<>();
    for (Row r : TagJob.tagClaims(spark, articles, whole).collectAsList()) {
      lines.add(ClaimRows.of(r));
    }
    System.out.printf(
        "PARITY %s: %d claims in %.1f s, %.1f CPU s%n",
        whole ? "whole text" : "windows",
        lines.size(),
        (System.nanoTime() - start) / 1e9,
        (os.getProcessCpuTime() - cpu) / 1e9);
    return lines;
  }
}
