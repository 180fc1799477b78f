package org.troopwatch.common;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/** An inclusive range of publication dates; a null bound is open. */
public record DateRange(LocalDate from, LocalDate to) {

  /** Every date. */
  public static final DateRange ALL = new DateRange(null, null);

  /** Whether the range has no bound at all. */
  public boolean isAll() {
    return from == null && to == null;
  }

  /** Whether {@code day} lies inside the range. */
  public boolean contains(LocalDate day) {
    return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }

  /** A Spark filter on a date column for this range. */
  public Column filter(String dateColumn) {
    Column column = functions.col(dateColumn);
    Column condition = functions.lit(true);
    if (from != null) {
      condition = condition.and(column.geq(functions.lit(java.sql.Date.valueOf(from))));
    }
    if (to != null) {
      condition = condition.and(column.leq(functions.lit(java.sql.Date.valueOf(to))));
    }
    return condition;
  }

  @Override
  public String toString() {
    return isAll()
        ? "all dates"
        : (from == null ? "..." : from) + " to " + (to == null ? "..." : to);
  }
}
