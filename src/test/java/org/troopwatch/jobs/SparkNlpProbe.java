package org.troopwatch.jobs;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.MultiDateMatcher;
import com.johnsnowlabs.nlp.annotators.RegexMatcher;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.er.EntityRulerApproach;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A spark-submit application that proves the lean shaded jar still runs the tag stage's Spark NLP
 * annotators: it builds DocumentAssembler, SentenceDetector, Tokenizer, TextMatcher (entities from
 * a file), RegexMatcher (rules from a file), EntityRuler (patterns from a file) and
 * MultiDateMatcher, fits, saves and reloads the PipelineModel, and prints what the reloaded model
 * found, one {@code chunk<TAB>result} line each.
 *
 * <p>Arguments: a work folder. {@link ShadedJarIT} runs it with only Spark and the shaded jar on
 * the class path.
 */
public final class SparkNlpProbe {

  private SparkNlpProbe() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    Files.createDirectories(work);
    // Test data written here (own words), as the tag stage's resource files would hold it.
    Path entities = Files.writeString(work.resolve("countries.txt"), "North Korea\nRussia\n");
    Path rules =
        Files.writeString(work.resolve("figures.txt"), "\\d{1,3}(,\\d{3})+ troops~FIGURE\n");
    Path patterns =
        Files.writeString(
            work.resolve("patterns.json"),
            "[{\"label\": \"COUNTRY\", \"patterns\": [\"North Korea\", \"Russia\"]}]");

    SparkSession spark = SparkSession.builder().appName("spark-nlp probe").getOrCreate();
    StructType schema = new StructType().add("text", DataTypes.StringType);
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                RowFactory.create(
                    "Seoul said in October 2024 that North Korea had sent 3,000 troops to Russia."
                        + " Officials expect more in spring.")),
            schema);

    // One statement per stage: the setters of Spark NLP's Scala traits return the trait, so
    // chaining them loses the annotator's type in Java.
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");
    SentenceDetector sentence = new SentenceDetector();
    sentence.setInputCols(new String[] {"document"});
    sentence.setOutputCol("sentence");
    Tokenizer token = new Tokenizer();
    token.setInputCols(new String[] {"sentence"});
    token.setOutputCol("token");
    TextMatcher country = new TextMatcher();
    country.setInputCols(new String[] {"sentence", "token"});
    country.setOutputCol("country");
    country.setEntities(ExternalResource.fromJava(entities.toString(), "TEXT", new HashMap<>()));
    country.setEntityValue("country");
    HashMap<String, String> ruleOptions = new HashMap<>();
    ruleOptions.put("delimiter", "~");
    RegexMatcher figure = new RegexMatcher();
    figure.setInputCols(new String[] {"sentence"});
    figure.setOutputCol("figure");
    figure.setExternalRules(ExternalResource.fromJava(rules.toString(), "TEXT", ruleOptions));
    // The other dictionary and date annotators the tag stage may choose (issue 3).
    EntityRulerApproach ruler = new EntityRulerApproach();
    ruler.setInputCols(new String[] {"sentence", "token"});
    ruler.setOutputCol("entity");
    ruler.setPatternsResource(
        patterns.toString(), ReadAs.TEXT(), ruler.setPatternsResource$default$3());
    MultiDateMatcher date = new MultiDateMatcher();
    date.setInputCols(new String[] {"document"});
    date.setOutputCol("date");
    date.setOutputFormat("yyyy-MM-dd");
    Pipeline pipeline =
        new Pipeline()
            .setStages(
                new PipelineStage[] {document, sentence, token, country, figure, ruler, date});

    String saved = work.resolve("model").toUri().toString();
    pipeline.fit(articles).write().overwrite().save(saved);
    PipelineModel reloaded = PipelineModel.load(saved);

    Dataset<Row> annotated = reloaded.transform(articles);
    long sentences = annotated.selectExpr("explode(sentence) AS s").count();
    System.out.println("sentences\t" + sentences);
    for (String column : List.of("country", "figure", "entity", "date")) {
      for (Row row : annotated.selectExpr("explode(" + column + ".result) AS r").collectAsList()) {
        System.out.println(column + "\t" + row.getString(0));
      }
    }
    spark.stop();
  }
}
