package org.troopwatch.tag.figure;

import java.util.Locale;

/** How a figure bounds the true number (spec claims.md, field {@code qualifier}). */
public enum Qualifier {
  EXACT,
  APPROX,
  AT_LEAST,
  AT_MOST,
  RANGE;

  /** The spec's lower-case name: "exact", "approx", "at_least", "at_most", "range". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The qualifier whose {@link #code()} is {@code code}. */
  public static Qualifier ofCode(String code) {
    for (Qualifier q : values()) {
      if (q.code().equals(code)) {
        return q;
      }
    }
    throw new IllegalArgumentException("unknown qualifier code: " + code);
  }
}
