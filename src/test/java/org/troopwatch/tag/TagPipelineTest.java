package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ScalaUDF;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.common.Claim;
import org.troopwatch.common.Tables;
import org.troopwatch.tag.claim.ClaimExtractor;
import org.troopwatch.testing.SparkTest;

/** The tag stage as one Spark ML PipelineModel: it runs on a DataFrame, saves and loads. */
@SparkTest
class TagPipelineTest {

  private static final String TEXT =
      "Seoul's spy agency said on Friday that about 1,500 North Korean soldiers had been moved to"
          + " Russia's Far East.\n\nThe agency estimated that 200 of them were killed in the Kursk"
          + " region in December.";

  private static Dataset<Row> oneArticle(SparkSession spark) {
    return spark.createDataFrame(
        List.of(RowFactory.create("doc-1", Date.valueOf("2025-01-10"), TEXT)),
        TagPipeline.annotatedInputSchema());
  }

  @Test
  void theSavedPipelineLoadsAndTagsTheSameClaims(SparkSession spark, @TempDir Path dir)
      throws Exception {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    List<Row> before = model.transform(oneArticle(spark)).select("claims").collectAsList();

    model.write().overwrite().save(dir.resolve("tag-pipeline").toString());
    PipelineModel loaded = PipelineModel.load(dir.resolve("tag-pipeline").toString());
    List<Row> after = loaded.transform(oneArticle(spark)).select("claims").collectAsList();

    assertThat(loaded.stages()).hasSameSizeAs(model.stages());
    assertThat(loaded.stages()[loaded.stages().length - 1]).isInstanceOf(ClaimAssembler.class);
    assertThat(after).isEqualTo(before);
    List<Row> claims = before.get(0).getList(0);
    assertThat(claims).hasSize(2);
    assertThat(claims.get(0).<String>getAs("attributed_to"))
        .isEqualTo("National Intelligence Service (South Korea)");
    assertThat(claims.get(1).<String>getAs("metric")).isEqualTo("killed");
    assertThat(claims.get(1).<String>getAs("attributed_to"))
        .as("the agency refers back to the source named before")
        .isEqualTo("National Intelligence Service (South Korea)");
  }

  @Test
  void buildingThePipelineLeavesNoGazetteerFileInTheTempFolder(SparkSession spark)
      throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = gazetteerFiles(temp);

    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());

    assertThat(gazetteerFiles(temp)).isEqualTo(before);
    List<Row> claims =
        model.transform(oneArticle(spark)).select("claims").collectAsList().get(0).getList(0);
    assertThat(claims)
        .as("the TextMatcher read the gazetteer's phrases when the pipeline was fitted")
        .hasSize(2);
  }

  private static List<Path> gazetteerFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("troopwatch-gazetteer"))
          .sorted()
          .toList();
    }
  }

  @Test
  void theDataFramePathAndTheLightPathGiveTheSameClaims(SparkSession spark) {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    List<Row> viaSpark = model.transform(oneArticle(spark)).select("claims").collectAsList();
    ArticleText article =
        TagPipeline.annotate(model, "doc-1", java.time.LocalDate.parse("2025-01-10"), TEXT);
    List<Row> viaLight =
        ClaimExtractor.defaults().extract(article).stream().map(Claim::toRow).toList();
    List<Row> sparkClaims = viaSpark.get(0).getList(0);
    assertThat(sparkClaims).hasSameSizeAs(viaLight);
    for (int i = 0; i < viaLight.size(); i++) {
      assertThat(sparkClaims.get(i).toSeq().toString())
          .isEqualTo(viaLight.get(i).toSeq().toString());
    }
  }

  /** The one article as rows of the articles table (the columns the tag job reads). */
  private static Dataset<Row> articlesTable(SparkSession spark) {
    return spark.createDataFrame(
        List.of(RowFactory.create("doc-1", "Harbor Wire", Date.valueOf("2025-01-10"), "en", TEXT)),
        new org.apache.spark.sql.types.StructType()
            .add("doc_id", "string")
            .add("outlet", "string")
            .add("published", "date")
            .add("language", "string")
            .add("text", "string"));
  }

  @Test
  void theHeadlineOfTheArticlesTableTellsTheRulesWhereTheArticleIs(SparkSession spark) {
    String text = "Nairobi said nine of its soldiers were killed on Monday.";
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add("doc_id", "string")
            .add("outlet", "string")
            .add("published", "date")
            .add("language", "string")
            .add("title", "string")
            .add("text", "string");
    Date published = Date.valueOf("2025-01-10");
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "titled", "Rift Wire", published, "en", "Kenyan troops hit in Somalia", text),
                RowFactory.create("untitled", "Rift Wire", published, "en", null, text)),
            schema);

    List<Row> claims = TagJob.tagClaims(spark, articles).collectAsList();

    assertThat(claims)
        .as("own forces with no place named: only the headline tells where they died")
        .hasSize(1);
    assertThat(claims.get(0).<String>getAs("doc_id")).isEqualTo("titled");
    assertThat(claims.get(0).<String>getAs("host_country")).isEqualTo("SOM");
    assertThat(claims.get(0).<String>getAs("sentence")).isEqualTo(text);
  }

  @Test
  void claimsOfTheTagJobHaveExactlyTheDocumentedColumns(SparkSession spark) {
    Dataset<Row> claims = TagJob.tagClaims(spark, articlesTable(spark));
    assertThat(claims.schema().fieldNames()).containsExactly(Tables.CLAIMS.columns());
    Row first = claims.orderBy("char_start").first();
    assertThat(first.<String>getAs("outlet")).isEqualTo("Harbor Wire");
    int start = first.getAs("char_start");
    int end = first.getAs("char_end");
    assertThat(TEXT.substring(start, end)).isEqualTo(first.<String>getAs("sentence"));
  }

  @Test
  void theTagJobCallsEachFunctionOnceForAnArticle(SparkSession spark, @TempDir Path dir) {
    // Read from Parquet: over an in-memory table Spark would run the whole plan on the driver.
    String input = dir.resolve("articles").toString();
    articlesTable(spark).write().parquet(input);
    // English alone: each other language adds its own branch (DocumentAssembler, SentenceDetector,
    // WordClaimAssembler) over its own articles.
    Dataset<Row> claims =
        TagJob.tagClaims(spark, spark.read().parquet(input), false, java.util.List.of("en"));

    LogicalPlan plan = claims.queryExecution().optimizedPlan();
    // The prefilter, the sentence selector, three Spark NLP annotators, the claim assembler: a
    // filter pushed below one of them would copy it (and all before it) into its condition.
    assertThat(userFunctions(plan)).isEqualTo(6);
    assertThat(claims.count()).isEqualTo(2);
  }

  /** The user-defined functions in a plan, each occurrence counted. */
  @Test
  void theSparkNlpPartAloneCallsEachAnnotatorOnceAndSeesTheSameTokens(
      SparkSession spark, @TempDir Path dir) {
    String input = dir.resolve("articles").toString();
    articlesTable(spark).write().parquet(input);
    Dataset<Row> annotations = TagJob.annotations(spark, spark.read().parquet(input));
    Dataset<Row> counted =
        annotations.agg(
            org.apache.spark.sql.functions.sum(
                org.apache.spark.sql.functions.size(org.apache.spark.sql.functions.col("token"))),
            org.apache.spark.sql.functions.sum(
                org.apache.spark.sql.functions.size(org.apache.spark.sql.functions.col("kb"))));

    // The prefilter, the sentence selector and three Spark NLP annotators, each once although
    // both the tokens and the matches are counted.
    assertThat(userFunctions(counted.queryExecution().optimizedPlan())).isEqualTo(5);
    Row sums = counted.first();
    assertThat(sums.getLong(0)).isGreaterThan(20);
    assertThat(sums.getLong(1))
        .as("Seoul's spy agency, North Korean, Russia, Kursk")
        .isGreaterThan(3);
  }

  private static int userFunctions(LogicalPlan plan) {
    int n = 0;
    for (Expression e : scala.collection.JavaConverters.seqAsJavaList(plan.expressions())) {
      n += userFunctions(e);
    }
    for (LogicalPlan child : scala.collection.JavaConverters.seqAsJavaList(plan.children())) {
      n += userFunctions(child);
    }
    return n;
  }

  private static int userFunctions(Expression e) {
    int n = e instanceof ScalaUDF ? 1 : 0;
    for (Expression child : scala.collection.JavaConverters.seqAsJavaList(e.children())) {
      n += userFunctions(child);
    }
    return n;
  }
}
