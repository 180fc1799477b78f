package org.troopwatch.evaluate;

import java.util.List;
import java.util.Map;

/**
 * The result of scoring tagged claims against a gold set: counts, precision, recall, F1, recall per
 * metric, accuracy per field over the matched pairs, and the misses and spurious claims.
 */
public record Score(
    int gold,
    int tagged,
    int matched,
    Map<String, double[]> recallByMetric,
    Map<String, Double> fieldAccuracy,
    List<GoldClaim> misses,
    List<GoldClaim> spurious,
    List<GoldClaim[]> fieldErrors) {

  public double precision() {
    return tagged == 0 ? 0 : (double) matched / tagged;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
