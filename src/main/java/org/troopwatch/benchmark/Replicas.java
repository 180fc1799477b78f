package org.troopwatch.benchmark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.to_date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Makes a bigger corpus out of a real one: N copies of every article, copy 0 unchanged and copy k
 * with {@code #rk} after its id, {@code /rk} after its URL's path, its date moved back k shifts,
 * and a last paragraph {@code (rk)} after its text, so that ingest's dedup folds no copy into
 * another (exact copies are found by normalised text or canonical URL whatever their dates; near
 * copies only within days).
 *
 * <pre>
 * doc_id     published   text            doc_id        published   text
 * a          2013-11-20  "..."    x2 ->  a             2013-11-20  "..."
 *                                        a#r1          2006-09-12  "...\n\n(r1)"
 * </pre>
 */
public final class Replicas {

  private Replicas() {}

  /** Days between the first and the last date, plus this margin, so copies never overlap. */
  static final int SHIFT_MARGIN_DAYS = 30;

  /**
   * The shift in days between copies for a corpus published from {@code first} to {@code last}:
   * longer than the corpus's span, so that no two copies of different articles fall in one dedup
   * window more often than in the original.
   */
  public static int shiftDays(LocalDate first, LocalDate last) {
    return (int) ChronoUnit.DAYS.between(first, last) + SHIFT_MARGIN_DAYS;
  }

  /**
   * {@code copies} copies of the articles (columns doc_id, url, published as yyyy-MM-dd text or
   * date, text; the others are kept as they are), copy k shifted back {@code k * shiftDays} days.
   */
  public static Dataset<Row> replicate(Dataset<Row> articles, int copies, int shiftDays) {
    if (copies < 1) {
      throw new IllegalArgumentException("copies must be at least 1, not " + copies);
    }
    // Dates as yyyy-MM-dd text in every copy, as the corpus has them, so that the copies union.
    Dataset<Row> original = articles.withColumn("published", col("published").cast("string"));
    Dataset<Row> all = original;
    for (int k = 1; k < copies; k++) {
      all = all.unionByName(copy(original, k, shiftDays));
    }
    return all;
  }

  private static Dataset<Row> copy(Dataset<Row> articles, int k, int shiftDays) {
    String mark = "#r" + k;
    Column published = to_date(col("published"));
    return articles
        .withColumn("doc_id", concat(col("doc_id"), lit(mark)))
        // In the path: canonical URLs drop fragments and tracking parameters.
        .withColumn("url", regexp_replace(col("url"), "^([^?#]*)", "$1/r" + k))
        .withColumn("published", date_format(date_sub(published, k * shiftDays), "yyyy-MM-dd"))
        .withColumn("text", concat(col("text"), lit("\n\n(r" + k + ")")));
  }
}
