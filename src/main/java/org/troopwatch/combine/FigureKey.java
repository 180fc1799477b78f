package org.troopwatch.combine;

import java.util.Objects;

/**
 * What a series of figures is about: who reports (source), whose troops, where, which metric, the
 * scope (null, total or increment) and whether the figure is planned.
 */
public record FigureKey(
    String source,
    String deployingCountry,
    String hostCountry,
    String metric,
    String scope,
    boolean planned) {

  /** The scope of a figure that reports a new batch of troops. */
  public static final String INCREMENT = "increment";

  public FigureKey {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(deployingCountry, "deployingCountry");
    Objects.requireNonNull(metric, "metric");
  }

  /** Whether the key's figures are batches (each a new wave) rather than levels. */
  public boolean isIncrement() {
    return INCREMENT.equals(scope);
  }

  /** The same key for another source: figures of two sources about the same thing. */
  public FigureKey withSource(String otherSource) {
    return new FigureKey(otherSource, deployingCountry, hostCountry, metric, scope, planned);
  }
}
