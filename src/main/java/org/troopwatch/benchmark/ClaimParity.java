package org.troopwatch.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whether two ways of tagging the same articles found the same claims, compared as multisets of
 * their full rows (every field of the claims table but outlet and published).
 */
public record ClaimParity(
    int sparkClaims, int lightClaims, List<String> onlySpark, List<String> onlyLight) {

  /** Compares the claim rows of the Spark path with those of the LightPipeline path. */
  public static ClaimParity compare(Collection<String> spark, Collection<String> light) {
    List<String> onlySpark = minus(spark, light);
    List<String> onlyLight = minus(light, spark);
    return new ClaimParity(spark.size(), light.size(), onlySpark, onlyLight);
  }

  /** True when both paths found exactly the same claims, as many times each. */
  public boolean identical() {
    return onlySpark.isEmpty() && onlyLight.isEmpty();
  }

  private static List<String> minus(Collection<String> a, Collection<String> b) {
    List<String> rest = new ArrayList<>(a);
    for (String row : b) {
      rest.remove(row);
    }
    rest.sort(null);
    return rest;
  }
}
