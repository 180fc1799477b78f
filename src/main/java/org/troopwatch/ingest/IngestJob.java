package org.troopwatch.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Reads news corpora into the {@code articles} and {@code rejects} tables. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Read news corpora into the articles and rejects tables.")
public final class IngestJob extends StageCommand {

  @Mixin IngestOptions reading = new IngestOptions();

  private DedupSettings dedup = DedupSettings.defaults();

  @Override
  protected String name() {
    return "ingest";
  }

  @Override
  protected void validate() {
    reading.validate();
  }

  /** For tests and jobs that call ingest: a field mapping and text cap set in code. */
  public IngestJob withReading(String fieldMapSpec, int textCap) {
    return withReading(IngestOptions.of(fieldMapSpec, textCap));
  }

  /** For jobs that run ingest with their own parsed reading options (nightly). */
  public IngestJob withReading(IngestOptions given) {
    this.reading = given;
    return this;
  }

  /** For tests: other settings for finding copies (such as where stories are grouped). */
  IngestJob withDedup(DedupSettings settings) {
    this.dedup = settings;
    return this;
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    IngestResult result = ingest(spark, warehouse);
    System.out.println(result.reconciliationLine());
  }

  /**
   * Ingests the inputs of this command's options into the warehouse and returns the counts; they
   * are also written to {@code <warehouse>/_manifests/ingest-<time>.json}.
   */
  public IngestResult ingest(SparkSession spark, Warehouse warehouse) {
    long started = System.nanoTime();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ArticleChecker checker =
        new ArticleChecker(today, options().dates(), reading.maxTextChars(), dedup.hasher());

    // The checked records are written once to a columnar staging folder rather than cached: a
    // cache of full texts outgrows memory at a million articles, while from Parquet each later
    // step reads only the columns it needs (most read no text at all).
    Path staged = stagingPath(warehouse, "ingest-checked");
    // The outcomes are counted while the records are staged, not by a second job over them: the
    // metrics are merged once per written partition, so a retried task is not counted twice.
    Observation outcomes = new Observation("ingest-outcomes");
    try {
      checkRecords(InputReader.read(spark, options().inputs(), reading.fieldMapping()), checker)
          .observe(
              outcomes,
              countOf(ArticleChecker.ARTICLE),
              countOf(ArticleChecker.REJECT),
              countOf(ArticleChecker.OUTSIDE),
              functions.count(functions.lit(1)).as(RECORDS))
          .withColumn(ArticleMerge.ROW_ID, functions.monotonically_increasing_id())
          .write()
          // Texts are nearly all distinct: building a dictionary for them only to drop it was a
          // tenth of the write. So are ids, URLs, titles, hashes and signatures.
          .options(withoutDictionary(STAGED_DISTINCT))
          .parquet(staged.toString());
      IngestResult result =
          ingestChecked(spark, warehouse, staged, counts(outcomes), today, started);
      writeManifest(spark, warehouse, result);
      if (!result.reconciles()) {
        throw new IllegalStateException("counts do not reconcile: " + result.reconciliationLine());
      }
      return result;
    } finally {
      delete(spark, staged);
    }
  }

  private static final String RECORDS = "records";

  private static Column countOf(String outcome) {
    return functions.count(functions.when(col("outcome").equalTo(outcome), true)).as(outcome);
  }

  // The observed counts by outcome; every record has one of the three outcomes.
  private static Map<String, Long> counts(Observation outcomes) {
    Map<String, Object> observed;
    try {
      observed = outcomes.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the checked records", e);
    }
    Map<String, Long> counts = new HashMap<>();
    for (String outcome :
        List.of(ArticleChecker.ARTICLE, ArticleChecker.REJECT, ArticleChecker.OUTSIDE)) {
      counts.put(outcome, ((Number) observed.getOrDefault(outcome, 0L)).longValue());
    }
    long records = ((Number) observed.getOrDefault(RECORDS, 0L)).longValue();
    long sum = counts.values().stream().mapToLong(Long::longValue).sum();
    if (records != sum) {
      throw new IllegalStateException(
          "checked records " + records + " are not articles + rejects + outside = " + sum);
    }
    return counts;
  }

  // Repeated doc_ids (row_id, status, detail) are few, except when a day is re-ingested: up to
  // this many are taken to the driver, so that their counts and the broadcast of them cost no
  // further jobs; more stay a cached data set.
  private static final int REPEATS_ON_DRIVER = 100_000;

  private static final org.apache.spark.sql.types.StructType REPEAT =
      new org.apache.spark.sql.types.StructType()
          .add(ArticleMerge.ROW_ID, DataTypes.LongType)
          .add("status", DataTypes.StringType)
          .add("detail", DataTypes.StringType);

  private IngestResult ingestChecked(
      SparkSession spark,
      Warehouse warehouse,
      Path staged,
      Map<String, Long> outcomes,
      LocalDate today,
      long started) {
    Dataset<Row> checked =
        spark
            .read()
            .schema(ArticleChecker.SCHEMA.add(ArticleMerge.ROW_ID, DataTypes.LongType, false))
            .parquet(staged.toString());

    Dataset<Row> published = warehouse.read(Tables.ARTICLES);
    Dataset<Row> checkedArticles = checked.where(col("outcome").equalTo(ArticleChecker.ARTICLE));
    // An action and a shuffle (by doc_id, of ids, hashes and places only): which records repeat an
    // id, here or in the published table, can only be known with all records of an id together.
    Dataset<Row> repeats =
        ArticleMerge.repeats(checkedArticles, published).persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> fewRepeats = repeats.limit(REPEATS_ON_DRIVER + 1).collectAsList();
    Map<String, Long> statuses;
    if (fewRepeats.size() <= REPEATS_ON_DRIVER) {
      repeats.unpersist();
      repeats = spark.createDataFrame(fewRepeats, REPEAT);
      statuses = new HashMap<>();
      for (Row repeat : fewRepeats) {
        statuses.merge(repeat.getString(1), 1L, Long::sum);
      }
    } else {
      // An action over the cached repeats.
      statuses = countBy(repeats, "status");
    }
    long fresh =
        outcomes.getOrDefault(ArticleChecker.ARTICLE, 0L)
            - statuses.getOrDefault(ArticleMerge.DUPLICATE, 0L)
            - statuses.getOrDefault(ArticleMerge.CONFLICT, 0L);
    Dataset<Row> resolved = ArticleMerge.withStatus(checkedArticles, repeats);

    Dataset<Row> conflicts =
        resolved
            .where(col("status").equalTo(ArticleMerge.CONFLICT))
            .withColumn("reason", functions.lit(RejectReason.DUPLICATE_ID_CONFLICT.code()))
            .withColumn("payload", conflictPayload());
    publishRejects(
        warehouse,
        checked.where(col("outcome").equalTo(ArticleChecker.REJECT)).unionByName(conflicts, true),
        today);

    Dataset<Row> newArticles = resolved.where(col("status").equalTo(ArticleMerge.NEW));
    long[] copiesAndStories = {0, 0};
    if (fresh > 0 || !warehouse.exists(Tables.ARTICLES)) {
      copiesAndStories = publishArticles(warehouse, published, newArticles, fresh);
    }
    repeats.unpersist();
    return new IngestResult(
        outcomes.values().stream().mapToLong(Long::longValue).sum(),
        fresh,
        outcomes.getOrDefault(ArticleChecker.REJECT, 0L)
            + statuses.getOrDefault(ArticleMerge.CONFLICT, 0L),
        statuses.getOrDefault(ArticleMerge.DUPLICATE, 0L),
        outcomes.getOrDefault(ArticleChecker.OUTSIDE, 0L),
        copiesAndStories[0],
        copiesAndStories[1],
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  // A fresh folder under the warehouse's staging area, which a killed run leaves for
  // Warehouse.clearAbandonedStaging.
  private static Path stagingPath(Warehouse warehouse, String prefix) {
    return new Path(new Path(warehouse.root(), "_staging"), prefix + "-" + UUID.randomUUID());
  }

  private static void delete(SparkSession spark, Path path) {
    try {
      path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the staged records " + path, e);
    }
  }

  /**
   * Every source record checked: article, reject or outside the dates. A Parquet record's payload
   * (see {@link InputReader#PAYLOAD_FIELDS}) is written as JSON here, for rejects only.
   */
  static Dataset<Row> checkRecords(Dataset<Row> sourceRecords, ArticleChecker checker) {
    if (!List.of(sourceRecords.columns()).contains(InputReader.PAYLOAD_FIELDS)) {
      return sourceRecords.map(
          (MapFunction<Row, Row>) row -> checker.check(SourceRecord.fromRow(row)),
          Encoders.row(ArticleChecker.SCHEMA));
    }
    // A UDF rather than a map keeps the record's fields beside the check without converting them;
    // marked nondeterministic so that the optimiser neither inlines it into every field it yields
    // nor evaluates the JSON before the outcome is known.
    UserDefinedFunction check =
        functions
            .udf(
                (UDF1<Row, Row>) row -> checker.check(SourceRecord.fromRow(row)),
                ArticleChecker.SCHEMA)
            .asNondeterministic();
    UserDefinedFunction truncate =
        functions.udf((UDF1<String, String>) SourceRecord::truncate, DataTypes.StringType);
    Column[] fields =
        Arrays.stream(SourceRecord.SCHEMA.fieldNames()).map(functions::col).toArray(Column[]::new);
    Dataset<Row> checked =
        sourceRecords.select(
            check.apply(functions.struct(fields)).as("checked"), col(InputReader.PAYLOAD_FIELDS));
    Column json =
        truncate.apply(
            functions.substring(
                functions.to_json(col(InputReader.PAYLOAD_FIELDS)), 1, SourceRecord.PAYLOAD_CAP));
    Column payload =
        functions
            .when(
                col("checked.outcome")
                    .equalTo(ArticleChecker.REJECT)
                    .and(col("checked.payload").isNull())
                    .and(col(InputReader.PAYLOAD_FIELDS).isNotNull()),
                json)
            .otherwise(col("checked.payload"));
    return checked.select(
        Arrays.stream(ArticleChecker.SCHEMA.fieldNames())
            .map(name -> name.equals("payload") ? payload.as(name) : col("checked." + name))
            .toArray(Column[]::new));
  }

  // New articles and the published stories they may join are regrouped together; every other
  // published article stays as it is. Returns how many new articles are copies of an earlier
  // story, and their distinct stories.
  private long[] publishArticles(
      Warehouse warehouse, Dataset<Row> published, Dataset<Row> newArticles, long fresh) {
    if (!warehouse.exists(Tables.ARTICLES)) {
      return publishFirstArticles(warehouse, newArticles, fresh);
    }
    // Only story ids travel to find the published stories to regroup; texts stay in place.
    // Cached: read by the two broadcast semi-joins below (affectedStories' shuffles run once).
    Dataset<Row> stories =
        ArticleMerge.affectedStories(published, newArticles, dedup.windowDays())
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> regroupedPublished = ArticleMerge.inStories(published, stories);
    // The new articles bring the signatures staged with them, so their texts are read once more
    // only to be written; the published ones are signed from their texts.
    Stories.Result regrouped =
        Stories.assignWithStats(
            Warehouse.conform(Tables.ARTICLES, withArticleColumns(newArticles))
                .unionByName(regroupedPublished),
            newArticles
                .select(Stories.SIGNED)
                .unionByName(Stories.signed(regroupedPublished, dedup)),
            dedup);
    Dataset<Row> untouched = ArticleMerge.notInStories(published, stories);
    // No shuffle and no coalesce before the write: the staged records and the published table
    // are read in splits of at most 128 MB (and at least one per core), so the files come out
    // that size and every core writes.
    warehouse.publish(
        Tables.ARTICLES,
        untouched.unionByName(Warehouse.conform(Tables.ARTICLES, regrouped.rows())),
        withoutDictionary(ARTICLES_DISTINCT));
    stories.unpersist();
    // An action over the new doc_ids joined with the story ids already on the driver, not over a
    // re-read table: which grouped articles are new is known only here.
    Row counts =
        regrouped
            .withStories(newArticles.select("doc_id"))
            .agg(
                functions.count(col("duplicate_of")).as("copies"),
                functions.countDistinct(col("story_id")).as("stories"))
            .first();
    regrouped.release();
    report(regrouped.stats());
    return new long[] {counts.getLong(0), counts.getLong(1)};
  }

  // The first articles of a warehouse: no published story to find or regroup, and every grouped
  // article is new, so the counts come from the grouping itself: each story has one original.
  private long[] publishFirstArticles(Warehouse warehouse, Dataset<Row> newArticles, long fresh) {
    Stories.Result grouped =
        Stories.assignWithStats(
            Warehouse.conform(Tables.ARTICLES, withArticleColumns(newArticles)),
            newArticles.select(Stories.SIGNED),
            dedup);
    warehouse.publish(Tables.ARTICLES, grouped.rows(), withoutDictionary(ARTICLES_DISTINCT));
    grouped.release();
    Stories.Stats stats = grouped.stats();
    report(stats);
    return new long[] {stats.copies(), fresh - stats.copies()};
  }

  private static void report(Stories.Stats stats) {
    System.out.printf(
        "ingest: stories regrouped over new and nearby published articles: %d exact-copy links,"
            + " %d verified near-copy links, %d articles in multi-article stories%n",
        stats.exactPairs(), stats.nearPairs(), stats.grouped());
  }

  // Columns whose values are nearly all distinct, so that a Parquet dictionary for them is built
  // only to be dropped (hashing and comparing them measured a fifth of the articles' write): in
  // the staged records and in the published articles.
  private static final List<String> STAGED_DISTINCT =
      List.of("text", "payload", "signature", "doc_id", "url", "canonical_url", "title");
  private static final List<String> ARTICLES_DISTINCT =
      List.of("text", "doc_id", "url", "title", "story_id", "content_hash");

  // The Parquet writer settings that turn the dictionary off for these columns.
  private static Map<String, String> withoutDictionary(List<String> columns) {
    Map<String, String> settings = new HashMap<>();
    columns.forEach(column -> settings.put("parquet.enable.dictionary#" + column, "false"));
    return settings;
  }

  private static Dataset<Row> withArticleColumns(Dataset<Row> articles) {
    return articles
        .withColumn("story_id", col("doc_id"))
        .withColumn("duplicate_of", functions.lit(null).cast("string"));
  }

  private static void publishRejects(Warehouse warehouse, Dataset<Row> rejects, LocalDate today) {
    Dataset<Row> fresh =
        Warehouse.conform(
            Tables.REJECTS,
            rejects.withColumn("run_date", functions.lit(java.sql.Date.valueOf(today))));
    Dataset<Row> known = warehouse.read(Tables.REJECTS);
    // A record rejected again (re-ingest) keeps its first row, so re-runs change nothing.
    Column sameRecord = functions.lit(true);
    for (String key :
        new String[] {"reason", "source_file", "line_number", "byte_offset", "doc_id"}) {
      sameRecord = sameRecord.and(fresh.col(key).eqNullSafe(known.col(key)));
    }
    // A join on five keys, shuffled or broadcast as adaptive execution finds the sides' sizes:
    // rejects are few, and the published ones must be matched to keep a re-run from adding any.
    Dataset<Row> added = fresh.join(known, sameRecord, "left_anti");
    warehouse.publish(Tables.REJECTS, known.unionByName(added));
  }

  private static Column conflictPayload() {
    return functions.substring(
        functions.concat_ws("\n\n", col("title"), col("text")), 1, SourceRecord.PAYLOAD_CAP);
  }

  private static Map<String, Long> countBy(Dataset<Row> rows, String column) {
    Map<String, Long> counts = new HashMap<>();
    for (Row row : rows.groupBy(column).count().collectAsList()) {
      counts.put(row.getString(0), row.getLong(1));
    }
    return counts;
  }

  private static void writeManifest(SparkSession spark, Warehouse warehouse, IngestResult result) {
    String stamp =
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS"));
    Path manifest = new Path(new Path(warehouse.root(), "_manifests"), "ingest-" + stamp + ".json");
    try {
      FileSystem fs = manifest.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (FSDataOutputStream out = fs.create(manifest, false)) {
        out.write((result.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run manifest " + manifest, e);
    }
  }
}
