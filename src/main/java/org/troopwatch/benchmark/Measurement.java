package org.troopwatch.benchmark;

/**
 * One timed step of the benchmark: what it went through, how long it took, its peak memory, and why
 * it failed (null when it did not).
 */
public record Measurement(
    String name,
    long articles,
    long textBytes,
    double seconds,
    long peakRssBytes,
    long peakHeapBytes,
    String failure) {

  private static final double MB = 1_000_000.0;

  /** A step that completed. */
  public Measurement(
      String name,
      long articles,
      long textBytes,
      double seconds,
      long peakRssBytes,
      long peakHeapBytes) {
    this(name, articles, textBytes, seconds, peakRssBytes, peakHeapBytes, null);
  }

  /** Whether the step ran to its end. */
  public boolean completed() {
    return failure == null;
  }

  /** Articles per second (0 for a step that took no measurable time). */
  public double articlesPerSecond() {
    return seconds > 0 ? articles / seconds : 0;
  }

  /** Megabytes (10^6 bytes of UTF-8 text) per second. */
  public double mbPerSecond() {
    return seconds > 0 ? textBytes / MB / seconds : 0;
  }

  /** Megabytes of UTF-8 text. */
  public double textMb() {
    return textBytes / MB;
  }

  /** This step's throughput over another's (the floor's), 0 when the other is 0. */
  public double ratioTo(Measurement floor) {
    return floor.articlesPerSecond() > 0 ? articlesPerSecond() / floor.articlesPerSecond() : 0;
  }
}
