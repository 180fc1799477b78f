package org.troopwatch.tag;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.JavaAnnotation;
import com.johnsnowlabs.nlp.LightPipeline;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The tag stage's Spark NLP pipeline, one {@link PipelineModel}: DocumentAssembler ->
 * SentenceDetector -> Tokenizer -> TextMatcher (the gazetteer) -> {@link ClaimAssembler}.
 * Rule-based annotators only: nothing is downloaded.
 */
public final class TagPipeline {

  private TagPipeline() {}

  /**
   * Builds and fits the pipeline. Fitting only reads the gazetteer's phrases into the TextMatcher
   * (on the driver), so it takes seconds.
   */
  public static PipelineModel build(SparkSession spark, Gazetteer gazetteer) {
    Dataset<Row> empty = spark.emptyDataFrame().selectExpr("'' AS text");
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol("text");
    document.setOutputCol("document");

    SentenceDetector sentences = columns(new SentenceDetector(), "sentence", "document");
    // Paragraphs end sentences; a single line break (hard-wrapped wire copy) does not.
    sentences.setCustomBounds(new String[] {"\n\n"});
    // Spark NLP's own abbreviation pass rewrites the text once per known abbreviation and took 30%
    // of the tag stage's CPU; the extractor rejoins sentences split after the abbreviations of
    // lexicon/abbreviations.tsv instead (ClaimExtractor.joinAbbreviations), with identical claims.
    sentences.setUseAbbreviations(false);
    sentences.setMaxLength(4000);

    Tokenizer tokenizer = columns(new Tokenizer(), "token", "sentence");
    // "Korea's" -> "Korea" "s", so that "South Korea" matches inside "South Korea's".
    tokenizer.setSplitChars(new String[] {"'", "\u2019"});
    // Spark NLP's default context characters, plus typographic quotes ("“Russian instructors”").
    tokenizer.setContextChars(
        new String[] {
          ".", ",", ";", ":", "!", "?", "*", "-", "(", ")", "\"", "'", "\u201C", "\u201D", "\u2018"
        });
    TokenizerModel tokens = tokenizer.fit(sentences.transform(document.transform(empty)));

    TextMatcher names = columns(new TextMatcher(), "kb", "sentence", "token");
    names.setEntities(
        entitiesFile(gazetteer), ReadAs.TEXT(), new scala.collection.immutable.HashMap<>());
    names.setCaseSensitive(true);
    names.setMergeOverlapping(true);
    names.setEntityValue("KB");
    names.setTokenizer(tokens);

    Pipeline pipeline =
        new Pipeline()
            .setStages(
                new PipelineStage[] {document, sentences, tokens, names, new ClaimAssembler()});
    return pipeline.fit(spark.createDataFrame(List.of(), annotatedInputSchema()));
  }

  /** The columns the pipeline reads: the article's id, date and text. */
  public static org.apache.spark.sql.types.StructType annotatedInputSchema() {
    return new org.apache.spark.sql.types.StructType()
        .add("doc_id", "string")
        .add("published", "date")
        .add("text", "string");
  }

  /**
   * Annotates one text in the driver with Spark NLP's LightPipeline (every stage but the assembler)
   * and runs the claim rules on it: the same path as the job, without a DataFrame. For tests and
   * the evaluate command's explanations.
   */
  public static ArticleText annotate(
      PipelineModel model, String docId, LocalDate published, String text) {
    PipelineModel annotators =
        new PipelineModel(
            model.uid(),
            java.util.Arrays.stream(model.stages())
                .filter(s -> !(s instanceof ClaimAssembler))
                .toArray(org.apache.spark.ml.Transformer[]::new));
    Map<String, List<com.johnsnowlabs.nlp.IAnnotation>> out =
        new LightPipeline(annotators, false).fullAnnotateJava(text);
    return Annotations.article(
        docId,
        published,
        null,
        text,
        spans(out.get("sentence")),
        spans(out.get("token")),
        spans(out.get("kb")),
        Gazetteer.defaults());
  }

  private static List<Annotations.Span> spans(List<com.johnsnowlabs.nlp.IAnnotation> annotations) {
    List<Annotations.Span> spans = new ArrayList<>();
    if (annotations != null) {
      for (var a : annotations) {
        JavaAnnotation j = (JavaAnnotation) a;
        spans.add(new Annotations.Span(j.begin(), j.end(), j.result()));
      }
    }
    return spans;
  }

  private static String entitiesFile(Gazetteer gazetteer) {
    try {
      Path file = Files.createTempFile("troopwatch-gazetteer", ".txt");
      file.toFile().deleteOnExit();
      Files.write(file, gazetteer.phrases(), StandardCharsets.UTF_8);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gazetteer for the TextMatcher", e);
    }
  }

  /** Sets an annotator's input and output columns and returns it as its own type. */
  @SuppressWarnings("unchecked")
  private static <T extends com.johnsnowlabs.nlp.HasInputAnnotationCols> T columns(
      T annotator, String output, String... inputs) {
    annotator.setInputCols(inputs);
    ((com.johnsnowlabs.nlp.HasOutputAnnotationCol) annotator).setOutputCol(output);
    return annotator;
  }
}
