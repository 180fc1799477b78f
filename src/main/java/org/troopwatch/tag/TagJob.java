package org.troopwatch.tag;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.tag.lang.Language;
import picocli.CommandLine.Command;

/** Tags claims about foreign troop figures in articles; writes the claims table. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description =
        "Tag claims about foreign troop figures in the articles table (articles of the"
            + " selected dates; --languages picks the languages) and write the claims table.")
public final class TagJob extends StageCommand {

  private static final Logger LOG = LoggerFactory.getLogger(TagJob.class);

  @picocli.CommandLine.Mixin TagOptions tagOptions = new TagOptions();

  @Override
  protected String name() {
    return "tag";
  }

  @Override
  protected void validate() {
    tagOptions.validate();
  }

  /** The tag stage's own options (nightly composes them with the other stages'). */
  public TagOptions tagOptions() {
    return tagOptions;
  }

  /** For nightly and tests: the same command with these tag options. */
  public TagJob withTagOptions(TagOptions given) {
    this.tagOptions = given;
    return this;
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    DateRange dates = options.dates();
    Dataset<Row> articles = warehouse.read(Tables.ARTICLES).filter(dates.filter("published"));
    Dataset<Row> claims = tagClaims(spark, articles, false, tagOptions.languages());
    Dataset<Row> kept =
        dates.isAll()
            ? null
            : warehouse.read(Tables.CLAIMS).filter(functions.not(dates.filter("published")));
    Dataset<Row> result =
        kept == null ? claims : Warehouse.conform(Tables.CLAIMS, kept).unionByName(claims);
    warehouse.publish(Tables.CLAIMS, result);
    LOG.info("tag: claims published for {}", dates);
  }

  /**
   * The claims of the given articles: English articles that pass the {@link Prefilter} go through
   * the tag pipeline, whose Spark NLP annotators read only the sentences {@link ClaimWindows} picks
   * that hold a count (the other sentences picked are read in plain Java); each claim gets its
   * article's outlet and publication date.
   */
  public static Dataset<Row> tagClaims(SparkSession spark, Dataset<Row> articles) {
    return tagClaims(spark, articles, false);
  }

  /**
   * {@link #tagClaims(SparkSession, Dataset)}; with {@code wholeText}, the annotators read every
   * sentence of an article that counts people (the reference the windows are checked against).
   */
  public static Dataset<Row> tagClaims(
      SparkSession spark, Dataset<Row> articles, boolean wholeText) {
    return tagClaims(spark, articles, wholeText, Language.codes());
  }

  /**
   * {@link #tagClaims(SparkSession, Dataset, boolean)} over the articles of the given languages
   * only, each with its language's bundle: English through the English pipeline, the others through
   * {@link #wordPipeline} (Spark NLP's sentences, then the language's {@link WordClaimAssembler}).
   */
  public static Dataset<Row> tagClaims(
      SparkSession spark, Dataset<Row> articles, boolean wholeText, List<String> languages) {
    Dataset<Row> result = null;
    if (languages.contains(Language.ENGLISH)) {
      result = englishClaims(spark, articles, wholeText);
    }
    for (String code : languages) {
      if (Language.ENGLISH.equals(code)) {
        continue;
      }
      Dataset<Row> ofLanguage =
          articles
              .filter(col("language").equalTo(code))
              .select("doc_id", "published", "outlet", "text");
      Dataset<Row> claims =
          wordPipeline(spark, code)
              .transform(ofLanguage)
              .select(
                  col("outlet"), col("published"), explode(col(WordClaimAssembler.OUTPUT)).as("c"))
              .select(col("c.*"), col("outlet"), col("published"));
      claims = Warehouse.conform(Tables.CLAIMS, claims);
      result = result == null ? claims : result.unionByName(claims);
    }
    if (result == null) {
      result = englishClaims(spark, articles.limit(0), wholeText);
    }
    return result;
  }

  /**
   * The pipeline of a language read through the seam: DocumentAssembler -> SentenceDetector (Spark
   * NLP, rule-based, paragraphs: line breaks its only bounds) -> {@link WordClaimAssembler} of the
   * language.
   */
  public static PipelineModel wordPipeline(SparkSession spark, String code) {
    com.johnsnowlabs.nlp.DocumentAssembler document = new com.johnsnowlabs.nlp.DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector sentences =
        new com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector();
    sentences.setInputCols(new String[] {"document"});
    sentences.setOutputCol("sentence");
    sentences.setCustomBounds(new String[] {"\n"});
    sentences.setUseCustomBoundsOnly(true);
    org.apache.spark.ml.Pipeline pipeline =
        new org.apache.spark.ml.Pipeline()
            .setStages(
                new org.apache.spark.ml.PipelineStage[] {
                  document, sentences, new WordClaimAssembler().setLanguage(code)
                });
    return pipeline.fit(spark.createDataFrame(List.of(), TagPipeline.annotatedInputSchema()));
  }

  private static Dataset<Row> englishClaims(
      SparkSession spark, Dataset<Row> articles, boolean wholeText) {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults(), wholeText);
    Dataset<Row> annotated = model.transform(candidates(articles));
    Dataset<Row> claims =
        annotated
            .select(col("outlet"), col("published"), explode(col(ClaimAssembler.OUTPUT)).as("c"))
            .select(col("c.*"), col("outlet"), col("published"));
    return Warehouse.conform(Tables.CLAIMS, claims);
  }

  /**
   * The tag stage's Spark NLP part alone: the articles {@link #tagClaims} reads, through its
   * pipeline without the claim assembler (sentence windows, then DocumentAssembler, Tokenizer,
   * TextMatcher over the chosen sentences with a count), with the pipeline's columns {@code token}
   * and {@code kb}. No reading of the sentences of context, no part-of-speech tags, no claim rules:
   * the benchmark times it as the part of the stage that faster rules cannot save.
   */
  public static Dataset<Row> annotations(SparkSession spark, Dataset<Row> articles) {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults(), false);
    return TagPipeline.without(model, ClaimAssembler.class).transform(candidates(articles));
  }

  /**
   * The English articles, and those whose language ingest could not tell ("und": mostly a headline
   * of a few words, too short for its stop-word count), that pass the {@link Prefilter}: the
   * English rules find nothing in a text with no English personnel word.
   */
  private static Dataset<Row> candidates(Dataset<Row> articles) {
    Prefilter prefilter = Prefilter.defaults();
    var mayHoldClaim =
        functions.udf((UDF1<String, Boolean>) prefilter::mayHoldClaim, DataTypes.BooleanType);
    if (!java.util.Arrays.asList(articles.columns()).contains("title")) {
      articles = articles.withColumn("title", functions.lit(null).cast("string"));
    }
    return articles
        .filter(
            col("language")
                .isNull()
                .or(col("language").isin(Language.ENGLISH, Language.UNDETERMINED)))
        .filter(mayHoldClaim.apply(col("text")))
        .select("doc_id", "published", "outlet", "title", "text");
  }
}
