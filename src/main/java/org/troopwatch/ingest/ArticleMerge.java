package org.troopwatch.ingest;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Merges checked articles with what is published, by doc_id: the first record of a doc_id (the
 * published one, else the first in input order) is kept; a later record with the same content is a
 * duplicate, with different content a {@link RejectReason#DUPLICATE_ID_CONFLICT}. Also picks the
 * published articles whose stories new articles may join.
 */
public final class ArticleMerge {

  private ArticleMerge() {}

  /** Status of a record that is a new article. */
  public static final String NEW = "new";

  /** Status of a record repeating an article already read. */
  public static final String DUPLICATE = "duplicate";

  /** Status of a record whose doc_id is taken by different content. */
  public static final String CONFLICT = "conflict";

  /**
   * The checked articles with a {@code status} column ({@link #NEW}, {@link #DUPLICATE}, {@link
   * #CONFLICT}) and, for conflicts, a {@code detail}. {@code published} needs doc_id and
   * content_hash.
   */
  public static Dataset<Row> resolveIds(Dataset<Row> checkedArticles, Dataset<Row> published) {
    Dataset<Row> known =
        published.select("doc_id", "content_hash").withColumn("is_published", functions.lit(true));
    Dataset<Row> all =
        checkedArticles.withColumn("is_published", functions.lit(false)).unionByName(known, true);
    WindowSpec firstComesFirst =
        Window.partitionBy("doc_id")
            .orderBy(
                col("is_published").desc(),
                col("source_file"),
                col("line_number"),
                col("byte_offset"),
                col("content_hash"));
    Column firstHash = functions.first("content_hash").over(firstComesFirst);
    Column firstPublished = functions.first("is_published").over(firstComesFirst);
    Column firstPlace =
        functions.concat_ws(
            ":",
            functions.first("source_file").over(firstComesFirst),
            functions.first("line_number").over(firstComesFirst).cast(DataTypes.StringType));
    return all.withColumn("rank", functions.row_number().over(firstComesFirst))
        .withColumn("first_hash", firstHash)
        .withColumn("first_published", firstPublished)
        .withColumn("first_place", firstPlace)
        .where(col("is_published").equalTo(false))
        .withColumn(
            "status",
            functions
                .when(col("rank").equalTo(1), NEW)
                .when(col("content_hash").equalTo(col("first_hash")), DUPLICATE)
                .otherwise(CONFLICT))
        .withColumn(
            "detail",
            functions.when(
                col("status").equalTo(CONFLICT),
                functions.concat(
                    functions.lit("doc_id "),
                    col("doc_id"),
                    functions.lit(" is taken by different content "),
                    functions
                        .when(col("first_published"), functions.lit("already published"))
                        .otherwise(functions.concat(functions.lit("at "), col("first_place"))))))
        .drop("rank", "first_hash", "first_published", "first_place", "is_published");
  }

  /**
   * The published articles whose stories new articles may join or change: those published within
   * {@code windowDays} of a new article's day, or with the same text or canonical URL as one, and
   * every article of the stories these belong to (so each story is regrouped whole).
   */
  public static Dataset<Row> affected(Dataset<Row> published, Dataset<Row> fresh, int windowDays) {
    Dataset<Row> days =
        fresh
            .select(
                functions
                    .explode(
                        functions.sequence(
                            functions.date_sub(col("published"), windowDays),
                            functions.date_add(col("published"), windowDays)))
                    .as("day"))
            .distinct();
    Column canonical =
        functions
            .udf(
                (org.apache.spark.sql.api.java.UDF1<String, String>) Urls::canonical,
                DataTypes.StringType)
            .apply(col("url"));
    Dataset<Row> nearInTime =
        published.join(
            functions.broadcast(days),
            published.col("published").equalTo(days.col("day")),
            "left_semi");
    Dataset<Row> hashes = fresh.select("content_hash").distinct();
    Dataset<Row> sameText =
        published.join(
            hashes, published.col("content_hash").equalTo(hashes.col("content_hash")), "left_semi");
    Dataset<Row> freshUrls =
        fresh.where(col("url").isNotNull()).select(canonical.as("canonical_url")).distinct();
    Dataset<Row> sameUrl =
        published
            .withColumn("canonical_url", canonical)
            .join(freshUrls, "canonical_url")
            .drop("canonical_url");
    Dataset<Row> stories =
        nearInTime
            .select("story_id")
            .union(sameText.select("story_id"))
            .union(sameUrl.select("story_id"))
            .distinct();
    return published.join(
        stories, published.col("story_id").equalTo(stories.col("story_id")), "left_semi");
  }
}
