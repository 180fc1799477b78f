package org.troopwatch.flag;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.tag.EarlierFigures;
import org.troopwatch.testing.Shared;

/**
 * A gold set (DEV unless named) read at test time as the claims and articles tables: each article
 * is its own story, and a claim's sentence index is where its sentence starts in the text (order is
 * all that matters to combine).
 */
final class GoldClaims {

  private GoldClaims() {}

  static Dataset<Row> articles(SparkSession spark) {
    return articles(spark, "dev");
  }

  /** The articles of the named gold sets (dev, train ...) together. */
  static Dataset<Row> articles(SparkSession spark, String... sets) {
    Dataset<Row> raw = spark.read().json(files(sets, "articles.jsonl"));
    return Warehouse.conform(
        Tables.ARTICLES,
        raw.withColumn("published", to_date(col("published")))
            .withColumn("published_ts", lit(null))
            .withColumn("language", lit("en"))
            .withColumn("story_id", col("doc_id"))
            .withColumn("duplicate_of", lit(null))
            .withColumn("source_file", lit("articles.jsonl"))
            .withColumn("content_hash", col("doc_id")));
  }

  /**
   * The tagger's reading of a gold sentence's figure as an earlier count: gold claims carry no
   * earlier_count column, which the tag stage fills for tagged ones.
   */
  private static final UserDefinedFunction EARLIER =
      functions.udf(
          (UDF3<String, Long, Long, Boolean>)
              (sentence, low, high) -> EarlierFigures.defaults().isEarlier(sentence, low, high),
          DataTypes.BooleanType);

  static Dataset<Row> claims(SparkSession spark) {
    return claims(spark, "dev");
  }

  /** The claims of the named gold sets (dev, train ...) together. */
  static Dataset<Row> claims(SparkSession spark, String... sets) {
    Dataset<Row> raw = spark.read().json(files(sets, "claims.jsonl"));
    Dataset<Row> docs =
        articles(spark, sets)
            .select(col("doc_id").as("d_id"), col("outlet"), col("published"), col("text"));
    Column position = expr("instr(text, sentence)");
    return Warehouse.conform(
        Tables.CLAIMS,
        raw.join(docs, col("doc_id").equalTo(col("d_id")))
            .withColumn("period_start", to_date(col("period_start")))
            .withColumn("period_end", to_date(col("period_end")))
            .withColumn("sentence_index", position)
            .withColumn("char_start", position)
            .withColumn("char_end", position)
            .withColumn("confidence", lit(1.0))
            .withColumn("earlier_count", EARLIER.apply(col("sentence"), col("low"), col("high"))));
  }

  private static String[] files(String[] sets, String file) {
    String[] paths = new String[sets.length];
    for (int i = 0; i < sets.length; i++) {
      paths[i] = Shared.resolve("gold/" + sets[i] + "/" + file).toString();
    }
    return paths;
  }
}
