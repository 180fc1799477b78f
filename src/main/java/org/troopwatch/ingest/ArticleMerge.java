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

  /** The column that identifies a checked record; stable because the checked records are staged. */
  public static final String ROW_ID = "row_id";

  /**
   * The checked articles with a {@code status} column ({@link #NEW}, {@link #DUPLICATE}, {@link
   * #CONFLICT}) and, for conflicts, a {@code detail}. {@code checkedArticles} needs a unique {@link
   * #ROW_ID}; {@code published} needs doc_id and content_hash.
   */
  public static Dataset<Row> resolveIds(Dataset<Row> checkedArticles, Dataset<Row> published) {
    return withStatus(checkedArticles, repeats(checkedArticles, published));
  }

  /**
   * The checked articles that repeat a doc_id, as ({@link #ROW_ID}, status, detail): {@link
   * #DUPLICATE} or {@link #CONFLICT}. Only ids, hashes and places are shuffled, never texts.
   */
  public static Dataset<Row> repeats(Dataset<Row> checkedArticles, Dataset<Row> published) {
    Dataset<Row> checked =
        checkedArticles
            .select(ROW_ID, "doc_id", "content_hash", "source_file", "line_number", "byte_offset")
            .withColumn("is_published", functions.lit(false));
    Dataset<Row> known =
        published.select("doc_id", "content_hash").withColumn("is_published", functions.lit(true));
    Dataset<Row> all = checked.unionByName(known, true);
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
        .where(col("is_published").equalTo(false).and(col("rank").gt(1)))
        .withColumn(
            "status",
            functions
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
        .select(ROW_ID, "status", "detail");
  }

  /**
   * The checked articles with the status {@code repeats} gives them, {@link #NEW} for the rest. The
   * repeats are broadcast (usually few; at most one small row per record), so the articles and
   * their texts stay where they are.
   */
  public static Dataset<Row> withStatus(Dataset<Row> checkedArticles, Dataset<Row> repeats) {
    return checkedArticles
        .drop("status", "detail")
        .join(functions.broadcast(repeats), new String[] {ROW_ID}, "left")
        .withColumn("status", functions.coalesce(col("status"), functions.lit(NEW)));
  }

  /**
   * The published articles whose stories new articles may join or change: those published within
   * {@code windowDays} of a new article's day, or with the same text or canonical URL as one, and
   * every article of the stories these belong to (so each story is regrouped whole).
   */
  public static Dataset<Row> affected(Dataset<Row> published, Dataset<Row> fresh, int windowDays) {
    return inStories(published, affectedStories(published, fresh, windowDays));
  }

  /** The published articles of these stories (a broadcast semi-join: texts are not shuffled). */
  public static Dataset<Row> inStories(Dataset<Row> published, Dataset<Row> stories) {
    return published.join(functions.broadcast(stories), new String[] {"story_id"}, "left_semi");
  }

  /** The published articles of other stories than these. */
  public static Dataset<Row> notInStories(Dataset<Row> published, Dataset<Row> stories) {
    return published.join(functions.broadcast(stories), new String[] {"story_id"}, "left_anti");
  }

  /**
   * The story_ids of the published stories new articles may join or change (see {@link #affected});
   * found on the published table's small columns only.
   */
  public static Dataset<Row> affectedStories(
      Dataset<Row> published, Dataset<Row> fresh, int windowDays) {
    // Four small shuffles, each of one short column: the distinct days, hashes and canonical URLs
    // of the new articles (so each published row is matched once), and the distinct story ids
    // that the three matches give. Run only when a published table exists (not on a first run).
    Dataset<Row> small = published.select("story_id", "published", "content_hash", "url");
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
        small.join(
            functions.broadcast(days),
            small.col("published").equalTo(days.col("day")),
            "left_semi");
    Dataset<Row> hashes = fresh.select("content_hash").distinct();
    Dataset<Row> sameText =
        small.join(
            hashes, small.col("content_hash").equalTo(hashes.col("content_hash")), "left_semi");
    Dataset<Row> freshUrls =
        fresh.where(col("url").isNotNull()).select(canonical.as("canonical_url")).distinct();
    Dataset<Row> sameUrl =
        small
            .withColumn("canonical_url", canonical)
            .join(freshUrls, "canonical_url")
            .drop("canonical_url");
    return nearInTime
        .select("story_id")
        .union(sameText.select("story_id"))
        .union(sameUrl.select("story_id"))
        .distinct();
  }
}
