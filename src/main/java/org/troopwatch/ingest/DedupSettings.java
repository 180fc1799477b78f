package org.troopwatch.ingest;

import java.io.Serializable;

/**
 * How syndicated copies are found: MinHash over {@code shingleWords}-word shingles, {@code bands} x
 * {@code rows} LSH bands, candidate pairs published at most {@code windowDays} apart, kept when
 * their estimated Jaccard similarity reaches {@code threshold}; in an LSH bucket each document is
 * paired with at most {@code partnersCap} later ones (a huge bucket of boilerplate stays linked
 * through chains without a quadratic blow-up). Up to {@code driverSketches} articles are grouped on
 * the driver from their collected sketches (one Spark job instead of some fifteen, the fixed cost
 * that made a small night slow), more on the cluster; both give the same pairs.
 */
public record DedupSettings(
    int shingleWords,
    int bands,
    int rows,
    double threshold,
    int windowDays,
    int partnersCap,
    int driverSketches)
    implements Serializable {

  /**
   * The defaults: 3-word shingles, 20 x 5 bands (a pair at J = 0.8 becomes a candidate with
   * probability 0.9996, at J = 0.5 with 0.47), kept at estimated J >= 0.5 within 2 days. Reworded
   * copies of a wire story measured 0.5-0.7 on 3-word shingles; unrelated stories stay under 0.1.
   * Up to 20,000 articles (about 20 MB of sketches, under a second of driver work) are grouped on
   * the driver.
   */
  public static DedupSettings defaults() {
    return new DedupSettings(3, 20, 5, 0.5, 2, 50, 20_000);
  }

  /** The same settings with another limit for grouping on the driver (0: always on the cluster). */
  public DedupSettings withDriverSketches(int limit) {
    return new DedupSettings(shingleWords, bands, rows, threshold, windowDays, partnersCap, limit);
  }

  /** The MinHasher these settings describe. */
  public MinHasher hasher() {
    return new MinHasher(shingleWords, bands, rows);
  }
}
