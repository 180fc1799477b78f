package org.troopwatch.tag;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

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
import picocli.CommandLine.Command;

/** Tags claims about foreign troop figures in articles; writes the claims table. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description =
        "Tag claims about foreign troop figures in the articles table (English articles of the"
            + " selected dates) and write the claims table.")
public final class TagJob extends StageCommand {

  private static final Logger LOG = LoggerFactory.getLogger(TagJob.class);

  @Override
  protected String name() {
    return "tag";
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    DateRange dates = options.dates();
    Dataset<Row> articles = warehouse.read(Tables.ARTICLES).filter(dates.filter("published"));
    Dataset<Row> claims = tagClaims(spark, articles);
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
   * the tag pipeline, whose Spark NLP annotators read only the sentences {@link ClaimWindows}
   * picks; each claim gets its article's outlet and publication date.
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
   * pipeline without the claim assembler (sentence windows, DocumentAssembler, Tokenizer,
   * TextMatcher), with the pipeline's columns {@code token} and {@code kb}. No part-of-speech tags,
   * no claim rules: the benchmark times it as the part of the stage that faster rules cannot save.
   */
  public static Dataset<Row> annotations(SparkSession spark, Dataset<Row> articles) {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults(), false);
    return TagPipeline.without(model, ClaimAssembler.class).transform(candidates(articles));
  }

  /** The English articles (or of no detected language) that pass the {@link Prefilter}. */
  private static Dataset<Row> candidates(Dataset<Row> articles) {
    Prefilter prefilter = Prefilter.defaults();
    var mayHoldClaim =
        functions.udf((UDF1<String, Boolean>) prefilter::mayHoldClaim, DataTypes.BooleanType);
    return articles
        .filter(col("language").isNull().or(col("language").equalTo("en")))
        .filter(mayHoldClaim.apply(col("text")))
        .select("doc_id", "published", "outlet", "text");
  }
}
