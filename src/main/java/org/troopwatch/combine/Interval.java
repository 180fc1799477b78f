package org.troopwatch.combine;

/**
 * A reported figure as an interval of head counts; a null bound is open ("more than 10,000" has no
 * high). Comparisons read an open interval as its one stated bound, so "at least 100" and "nearly
 * 100" both stand for about 100: reporters use these words for a figure, not for a half-line.
 */
public record Interval(Long low, Long high) {

  public Interval {
    if (low == null && high == null) {
      throw new IllegalArgumentException("a figure needs a low or a high bound, both are null");
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low " + low + " is above high " + high);
    }
  }

  /** The lower end used in comparisons: low, or high for an "up to" figure. */
  public long lower() {
    return low != null ? low : high;
  }

  /** The upper end used in comparisons: high, or low for a "more than" figure. */
  public long upper() {
    return high != null ? high : low;
  }

  /** The point estimate: the midpoint of a range (rounded down), the bound of an open interval. */
  public long point() {
    return lower() + (upper() - lower()) / 2;
  }

  /** Whether the two figures can describe the same head count. */
  public boolean overlaps(Interval other) {
    return lower() <= other.upper() && other.lower() <= upper();
  }

  /** The width used to prefer specific figures: a point is 0, an open interval is widest. */
  public long width() {
    return low == null || high == null ? Long.MAX_VALUE : high - low;
  }
}
