package org.troopwatch.tag;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.JavaAnnotation;
import com.johnsnowlabs.nlp.LightPipeline;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
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
 * The tag stage's pipeline, one {@link PipelineModel}: {@link SentenceSelector} -> Spark NLP's
 * DocumentAssembler -> Tokenizer -> TextMatcher (the gazetteer) -> {@link ClaimAssembler}. The
 * annotators read the column {@link #INPUT}, the chosen sentences that hold a count, one after the
 * other; the column {@link #SENTENCES} places every chosen sentence in the article and in that
 * text. Rule-based annotators only: nothing is downloaded.
 */
public final class TagPipeline {

  /**
   * The column the annotators read: the article's chosen sentences that hold a count, each on its
   * own line after a line {@link SentenceSelector#SEPARATOR}.
   */
  public static final String INPUT = "annotated_text";

  /** The column of the chosen sentences: array of struct(index, begin, end). */
  public static final String SENTENCES = "sentences";

  private TagPipeline() {}

  /**
   * Builds and fits the pipeline. Fitting only reads the gazetteer's phrases into the TextMatcher
   * (on the driver), so it takes seconds.
   */
  public static PipelineModel build(SparkSession spark, Gazetteer gazetteer) {
    return build(spark, gazetteer, false);
  }

  /**
   * The pipeline; with {@code wholeText}, its {@link SentenceSelector} keeps every sentence of an
   * article that counts people instead of the windows.
   */
  public static PipelineModel build(SparkSession spark, Gazetteer gazetteer, boolean wholeText) {
    Dataset<Row> empty = spark.emptyDataFrame().selectExpr("'' AS " + INPUT);
    DocumentAssembler document = new DocumentAssembler();
    document.setInputCol(INPUT);
    document.setOutputCol("document");

    // Sentences come from ClaimWindows (SentenceSplitter), before Spark NLP: the tokenizer reads
    // the sentences that hold a count, one after the other.
    Tokenizer tokenizer = columns(new Tokenizer(), "token", "document");
    // The rules are RuleTokenizer's, which reads the same way in plain Java (ArticleBuilder).
    tokenizer.setSplitChars(RuleTokenizer.SPLIT_CHARS);
    tokenizer.setContextChars(RuleTokenizer.CONTEXT_CHARS);
    TokenizerModel tokens = tokenizer.fit(document.transform(empty));

    TextMatcher names = columns(new TextMatcher(), "kb", "document", "token");
    // The TextMatcher reads its phrases from a file, once, when the pipeline is fitted below.
    Path entities = entitiesFile(gazetteer);
    names.setEntities(
        entities.toString(), ReadAs.TEXT(), new scala.collection.immutable.HashMap<>());
    names.setCaseSensitive(true);
    names.setMergeOverlapping(true);
    names.setEntityValue("KB");
    names.setTokenizer(tokens);

    Pipeline pipeline =
        new Pipeline()
            .setStages(
                new PipelineStage[] {
                  new SentenceSelector().setWholeText(wholeText),
                  document,
                  tokens,
                  names,
                  new ClaimAssembler()
                });
    try {
      return pipeline.fit(spark.createDataFrame(List.of(), annotatedInputSchema()));
    } finally {
      // Not left to deleteOnExit: JVMs that end without running exit hooks (killed jobs, test
      // forks) left one file per pipeline built in the temp folder.
      deleteQuietly(entities);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  /** The columns the pipeline reads: the article's id, date and text. */
  public static org.apache.spark.sql.types.StructType annotatedInputSchema() {
    return new org.apache.spark.sql.types.StructType()
        .add("doc_id", "string")
        .add("published", "date")
        .add("text", "string");
  }

  /**
   * The type of the {@link #SENTENCES} column: each chosen sentence's number and span in the
   * article, and {@code at}, where it starts in {@link #INPUT} (-1: not there, read in plain Java).
   */
  public static final org.apache.spark.sql.types.DataType SENTENCE_ARRAY =
      org.apache.spark.sql.types.DataTypes.createArrayType(
          new org.apache.spark.sql.types.StructType()
              .add("index", "int", false)
              .add("begin", "int", false)
              .add("end", "int", false)
              .add("at", "int", false),
          false);

  /**
   * Annotates one text in the driver with Spark NLP's LightPipeline (every stage but the assembler)
   * over the sentences {@link ClaimWindows#wholeText} picks (all of them, when one counts people):
   * the job's path without a DataFrame, and without leaving sentences out. For tests and the
   * evaluate command's explanations. An article with no count gets no sentences.
   */
  public static ArticleText annotate(
      PipelineModel model, String docId, LocalDate published, String text) {
    return annotate(model, ClaimWindows.wholeText(), docId, published, null, text);
  }

  /** {@link #annotate(PipelineModel, String, LocalDate, String)} of an article with a headline. */
  public static ArticleText annotate(
      PipelineModel model, String docId, LocalDate published, String title, String text) {
    return annotate(model, ClaimWindows.wholeText(), docId, published, title, text);
  }

  /** {@link #annotate(PipelineModel, String, LocalDate, String)} over the given windows. */
  public static ArticleText annotate(
      PipelineModel model, ClaimWindows windows, String docId, LocalDate published, String text) {
    return annotate(model, windows, docId, published, null, text);
  }

  private static ArticleText annotate(
      PipelineModel model,
      ClaimWindows windows,
      String docId,
      LocalDate published,
      String title,
      String text) {
    ClaimWindows.Selection selection = windows.select(text, published);
    if (selection == null) {
      return new ArticleText(docId, published, title, text, List.of());
    }
    PipelineModel annotators = without(model, ClaimAssembler.class, SentenceSelector.class);
    Map<String, List<com.johnsnowlabs.nlp.IAnnotation>> out =
        new LightPipeline(annotators, false).fullAnnotateJava(selection.text());
    return Annotations.article(
        docId,
        published,
        title,
        text,
        selection.sentences(),
        spans(out.get("token")),
        spans(out.get("kb")),
        Gazetteer.defaults());
  }

  /** The pipeline without its stages of the given classes (the Spark NLP annotators alone, say). */
  @SafeVarargs
  static PipelineModel without(
      PipelineModel model, Class<? extends org.apache.spark.ml.Transformer>... left) {
    return new PipelineModel(
        model.uid(),
        java.util.Arrays.stream(model.stages())
            .filter(stage -> java.util.Arrays.stream(left).noneMatch(c -> c.isInstance(stage)))
            .toArray(org.apache.spark.ml.Transformer[]::new));
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

  private static Path entitiesFile(Gazetteer gazetteer) {
    try {
      Path file = Files.createTempFile("troopwatch-gazetteer", ".txt");
      Files.write(file, gazetteer.phrases(), StandardCharsets.UTF_8);
      return file;
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
