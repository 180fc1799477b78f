package org.troopwatch.flag;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;

/**
 * Where independent originators stand on one deployer, host, metric, scope and planned flag: each
 * source's latest figure (batches excluded), and over those latest figures the numbers an analyst
 * quotes.
 *
 * <ul>
 *   <li>{@code consensus_best}: the median of the point estimates; with an even count the lower of
 *       the two middle ones, so that it is always a figure someone reported.
 *   <li>{@code consensus_low} .. {@code consensus_high}: the band from the lowest low to the
 *       highest high of those figures (an open bound stands for the bound it gives).
 *   <li>{@code conservative}: the lowest point among the credible figures (confidence at least
 *       {@link #CREDIBLE}, and not more than {@link #OUTLIER_FACTOR} times below the best), ACLED's
 *       rule; null when no figure is credible.
 *   <li>{@code originators}: the distinct originators (source keys) counted. Each originator counts
 *       once, however many outlets relayed it: a story's copies and every outlet quoting the same
 *       source fold into the source's one figure.
 * </ul>
 *
 * <pre>
 * source         point  low    high   confidence
 * NIS            3000   3000   3000   0.9
 * White House    3000   3000   null   0.85
 * Ukraine        11500  11000  12000  0.9
 * Atlas Daily    2      2      2      0.35
 * -> best 3000 (median of 2, 3000, 3000, 11500: the lower middle), band 2 .. 12000,
 *    conservative 3000 (Atlas Daily's 2 is not credible), originators 4
 * </pre>
 */
public final class Consensus {

  private Consensus() {}

  /** The confidence from which a figure is credible: its key fields stand in its own sentence. */
  public static final double CREDIBLE = 0.6;

  /**
   * A figure more than this many times below the best estimate is not credible: an order of
   * magnitude off what the originators' median says (a misread "2 troops" among thousands).
   */
  public static final long OUTLIER_FACTOR = 10;

  /** The consensus table of the given figures. */
  public static Dataset<Row> build(Dataset<Row> figures) {
    String[] rest = {"host_country", "metric", "scope", "planned"};
    WindowSpec latestFirst =
        Window.partitionBy("source", concat("deploying_country", rest))
            .orderBy(col("report_date").desc());
    WindowSpec group = Window.partitionBy("deploying_country", rest);
    Dataset<Row> latest =
        figures
            .filter(coalesce(col("scope"), lit("")).notEqual(lit("increment")))
            // One shuffle for both windows: rows partitioned by deployer, host and metric are
            // already clustered as each window needs (its partition columns include these),
            // where each window would otherwise shuffle by its own columns.
            .repartition(col("deploying_country"), col("host_country"), col("metric"))
            .withColumn("rank", row_number().over(latestFirst))
            .filter(col("rank").equalTo(1));
    Column points = sort_array(collect_list(col("point")).over(group));
    return Warehouse.conform(
        Tables.CONSENSUS,
        latest
            .withColumn("min_point", min("point").over(group))
            .withColumn("max_point", max("point").over(group))
            .withColumn("sources", count(lit(1)).over(group).cast("int"))
            .withColumn(
                "originators", size(array_distinct(collect_list(col("source")).over(group))))
            .withColumn("consensus_low", min(coalesce(col("low"), col("high"))).over(group))
            .withColumn("consensus_high", max(coalesce(col("high"), col("low"))).over(group))
            .withColumn("c_points", points)
            .withColumn(
                "consensus_best",
                expr("element_at(c_points, cast((size(c_points) + 1) / 2 as int))"))
            .withColumn(
                "conservative",
                min(when(
                        col("confidence")
                            .geq(CREDIBLE)
                            .and(col("point").multiply(OUTLIER_FACTOR).geq(col("consensus_best"))),
                        col("point")))
                    .over(group)));
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
