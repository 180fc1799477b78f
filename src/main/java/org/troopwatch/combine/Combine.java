package org.troopwatch.combine;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.ltrim;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;

/**
 * The combine stage's transformations, without I/O: claims (with the articles that say which story
 * each belongs to) become the {@code figures} table.
 *
 * <pre>
 * claims + articles --prepareClaims--> one row per claim with its key, story and report date
 *                                      (a story with a corrected copy: that copy's claims only)
 *                   --foldFigures----> one row per key and report date (FigureFolder, per key)
 * </pre>
 */
public final class Combine {

  private Combine() {}

  /** The columns that make a figure key, in order. */
  public static final List<String> KEY_COLUMNS =
      List.of("source", "deploying_country", "host_country", "metric", "scope", "planned");

  /**
   * Source of a claim in an outlet's own voice when neither the claim nor its article names the
   * outlet; rare (ingest fills the outlet), but the key needs a name.
   */
  static final String UNKNOWN_OUTLET = "(unknown outlet)";

  /** The whole figures table from all claims. */
  public static Dataset<Row> combineFigures(Dataset<Row> claims, Dataset<Row> articles) {
    return countOriginators(foldFigures(prepareClaims(claims, articles)));
  }

  /**
   * The figures table after new claims arrived for {@code dates}: the keys those claims (or the
   * stories published in those dates) touch are recomputed from all their claims, and every other
   * key keeps its published rows. Equal to {@link #combineFigures} over the same claims. {@code
   * prepared} is {@link #prepareClaims} of all claims (the combine job prepares them once for this
   * table and {@link #coverage}).
   */
  public static Dataset<Row> updateFigures(
      Dataset<Row> published, Dataset<Row> prepared, Dataset<Row> articles, DateRange dates) {
    if (dates.isAll()) {
      return countOriginators(foldFigures(prepared));
    }
    Dataset<Row> touchedStories =
        articles.filter(dates.filter("published")).select(col("story_id").as("touched_story"));
    Dataset<Row> touched =
        prepared
            .join(touchedStories, col("story_id").equalTo(col("touched_story")), "left")
            .filter(dates.filter("published").or(col("touched_story").isNotNull()))
            .select(keyId().as("key_id"))
            .union(published.filter(dates.filter("report_date")).select(keyId().as("key_id")))
            .distinct();
    Dataset<Row> fresh =
        foldFigures(prepared.withColumn("key_id", keyId()).join(touched, "key_id"));
    Dataset<Row> kept =
        published.withColumn("key_id", keyId()).join(touched, "key_id", "left_anti");
    // Counted over the whole table: a kept row gains an originator when a touched key of another
    // source gives an overlapping figure the same day.
    return countOriginators(Warehouse.conform(Tables.FIGURES, kept).union(fresh));
  }

  /**
   * The coverage table: per source and month (of the story's first day), the claims the source gave
   * (a syndicated copy's claim counted once), its stories, and its first and last report day in the
   * month. Always whole: it is small, and a month's counts change with any claim of it. {@code
   * prepared} is {@link #prepareClaims} of all claims.
   */
  public static Dataset<Row> coverage(Dataset<Row> prepared) {
    Column claimId =
        concat_ws(
            "\u001f",
            col("story_id"),
            col("sentence"),
            col("metric"),
            coalesce(col("low").cast("string"), lit("")),
            coalesce(col("high").cast("string"), lit("")));
    return Warehouse.conform(
        Tables.COVERAGE,
        prepared
            .withColumn("month", trunc(col("report_date"), "month"))
            .groupBy("source", "month")
            // Distinct counts as set sizes: one aggregation over one shuffle, where two
            // countDistinct would expand every row and shuffle twice. A source's month holds
            // at most its claims, so the sets stay small.
            .agg(
                size(collect_set(claimId)).as("claims"),
                size(collect_set(col("story_id"))).as("stories"),
                min("report_date").as("first_report"),
                max("report_date").as("last_report")));
  }

  /**
   * Sets each figure's {@code originators}: the distinct sources whose figures of the same
   * deployer, host, metric, scope and planned flag on the same report day overlap it (itself
   * included). A source relayed by fifty outlets is one source key, so it counts once.
   *
   * <pre>
   * source  report_date  low   high   originators
   * NIS     2024-10-23   3000  3000   2            (the Pentagon's "at least 3,000" overlaps)
   * Kyiv    2024-10-23   12000 12000  1
   * </pre>
   */
  public static Dataset<Row> countOriginators(Dataset<Row> figures) {
    // A shuffle by deployer, host, metric, scope, planned and day: originators are counted across
    // the sources that the fold's keys keep apart.
    WindowSpec sameDay =
        Window.partitionBy(
            col("deploying_country"),
            col("host_country"),
            col("metric"),
            col("scope"),
            col("planned"),
            col("report_date"));
    Column lower = coalesce(col("low"), col("high"));
    Column upper = coalesce(col("high"), col("low"));
    Dataset<Row> counted =
        figures
            .withColumn(
                "o_day",
                collect_list(struct(col("source").as("s"), lower.as("lo"), upper.as("hi")))
                    .over(sameDay))
            .withColumn(
                "originators",
                expr("size(array_distinct(transform(filter(o_day, x -> x.lo <= coalesce(high,"
                        + " low) AND coalesce(low, high) <= x.hi), x -> x.s)))")
                    .cast("int"))
            .drop("o_day");
    return Warehouse.conform(Tables.FIGURES, counted);
  }

  /**
   * One row per claim with a figure: its key (source = the attributed source, or the outlet that
   * first published the story), story, report date (the story's first day) and the story's outlets.
   * A claim that numbers its batch as a second or later wave is a new batch even when it does not
   * say "more": its scope becomes {@code increment}. {@code earlier} marks a figure its sentence
   * presents as an earlier count ("up from 900").
   */
  public static Dataset<Row> prepareClaims(Dataset<Row> claims, Dataset<Row> articles) {
    Dataset<Row> docs =
        articles.select(
            col("doc_id").as("a_doc_id"),
            col("story_id").as("a_story_id"),
            col("outlet").as("a_outlet"),
            col("published").as("a_published"),
            correction().as("a_correction"));
    // The articles' one shuffle, by story: a claim is reported on its story's first day, under
    // its first outlet, and a corrected copy decides for the whole story. The claims meet docs
    // and stories by joins that Spark broadcasts when the other side is small.
    Dataset<Row> stories =
        articles
            .groupBy(col("story_id").as("s_story_id"))
            .agg(
                min(struct(col("published"), col("doc_id"), col("outlet"))).as("s_first"),
                sort_array(collect_set(col("outlet"))).as("s_outlets"),
                max(correction()).as("s_corrected"));
    Column storyId = coalesce(col("a_story_id"), col("doc_id"));
    Column ownOutlet =
        coalesce(col("s_first.outlet"), col("a_outlet"), col("outlet"), lit(UNKNOWN_OUTLET));
    return claims
        .filter(col("low").isNotNull().or(col("high").isNotNull()))
        .join(docs, col("doc_id").equalTo(col("a_doc_id")), "left")
        .withColumn("story_id", storyId)
        .join(stories, col("story_id").equalTo(col("s_story_id")), "left")
        // A story with a corrected copy is read from that copy only: its figures replace the ones
        // the other copies got wrong.
        .filter(
            functions
                .not(coalesce(col("s_corrected"), lit(false)))
                .or(coalesce(col("a_correction"), lit(false))))
        .select(
            coalesce(col("attributed_to"), ownOutlet).as("source"),
            col("deploying_country"),
            col("host_country"),
            col("metric"),
            when(col("scope").isNull().and(col("wave").geq(2)), lit(FigureKey.INCREMENT))
                .otherwise(col("scope"))
                .as("scope"),
            col("planned"),
            col("story_id"),
            col("doc_id"),
            col("published"),
            coalesce(col("s_first.published"), col("published")).as("report_date"),
            coalesce(
                    col("s_outlets"),
                    array(coalesce(col("a_outlet"), col("outlet"), lit(UNKNOWN_OUTLET))))
                .as("story_outlets"),
            col("sentence"),
            col("sentence_index"),
            col("low"),
            col("high"),
            col("qualifier"),
            col("wave"),
            col("location"),
            col("period_start"),
            col("period_end"),
            col("attributed_to").isNotNull().as("attributed"),
            col("confidence"),
            coalesce(col("earlier_count"), lit(false)).as("earlier"),
            col("language"));
  }

  /**
   * Whether an article is a corrected copy of its story, by the wire convention: a title that
   * starts with CORRECTED or CORRECTION, or a text that opens with "(Corrects ...".
   */
  static Column correction() {
    return coalesce(col("title"), lit(""))
        .rlike(CORRECTED_TITLE)
        .or(opening(col("text")).rlike(CORRECTS_LINE));
  }

  private static final String CORRECTED_TITLE = "^\\s*(?i:corrected|correction)\\b";
  private static final String CORRECTS_LINE = "^\\s*\\((?i:corrects?)\\b";

  /** The characters of Java's {@code \s}, which the patterns above skip at the start. */
  private static final String REGEX_SPACE = " \t\n\u000B\f\r";

  /**
   * The first characters of a text after its leading {@code \s} characters: enough for {@link
   * #CORRECTS_LINE} ("(corrects" and the character after it) to match exactly as over the whole
   * text. A regex over the whole text would first copy every article's text (a few KB) into a Java
   * string, for a pattern anchored at its start.
   */
  private static Column opening(Column text) {
    return substring(ltrim(coalesce(text, lit("")), REGEX_SPACE), 1, 16);
  }

  /** Folds prepared claims into figures, key by key (see {@link FigureFolder}). */
  public static Dataset<Row> foldFigures(Dataset<Row> prepared) {
    // Rows reach the functions without a schema: columns are looked up by index, found here.
    StructType schema = prepared.schema();
    // A shuffle by figure key: FigureFolder needs every claim of a key together.
    return prepared
        .groupByKey((MapFunction<Row, String>) row -> keyOf(row, schema), Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> foldGroup(rows, schema),
            Encoders.row(Tables.FIGURES.schema()));
  }

  /** A string that identifies a figure key, as a column over the key columns. */
  public static Column keyId() {
    Column[] parts =
        KEY_COLUMNS.stream()
            .map(c -> coalesce(col(c).cast("string"), lit("\u2205")))
            .toArray(Column[]::new);
    return concat_ws("\u001f", parts);
  }

  private static String keyOf(Row row, StructType schema) {
    StringBuilder id = new StringBuilder();
    for (String column : KEY_COLUMNS) {
      Object value = row.get(schema.fieldIndex(column));
      id.append(value == null ? "\u2205" : value.toString()).append('\u001f');
    }
    return id.toString();
  }

  private static Iterator<Row> foldGroup(Iterator<Row> schemaless, StructType schema) {
    Iterator<Row> rows =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return schemaless.hasNext();
          }

          @Override
          public Row next() {
            return Figure.withSchema(schemaless.next(), schema);
          }
        };
    FigureKey key = null;
    List<ClaimFigure> claims = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      if (key == null) {
        key =
            new FigureKey(
                row.getAs("source"),
                row.getAs("deploying_country"),
                row.getAs("host_country"),
                row.getAs("metric"),
                row.getAs("scope"),
                row.<Boolean>getAs("planned"));
      }
      claims.add(claimOf(row));
    }
    return FigureFolder.fold(key, claims).stream().map(Figure::toRow).iterator();
  }

  private static ClaimFigure claimOf(Row row) {
    Integer sentenceIndex = row.getAs("sentence_index");
    return new ClaimFigure(
        row.getAs("story_id"),
        row.getAs("doc_id"),
        Figure.localDate(row.getAs("published")),
        Figure.localDate(row.getAs("report_date")),
        row.getList(row.fieldIndex("story_outlets")),
        row.getAs("sentence"),
        sentenceIndex == null ? 0 : sentenceIndex,
        new Interval(row.getAs("low"), row.getAs("high")),
        row.getAs("qualifier"),
        row.getAs("wave"),
        row.getAs("location"),
        Figure.localDate(row.getAs("period_start")),
        Figure.localDate(row.getAs("period_end")),
        row.<Boolean>getAs("attributed"),
        Boolean.TRUE.equals(row.getAs("earlier")),
        row.<Double>getAs("confidence"),
        row.getAs("language"));
  }
}
