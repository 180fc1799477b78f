package org.troopwatch.tag;

import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF7;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.claim.ClaimExtractor;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The last stage of the tag pipeline: a Spark ML transformer that reads the Spark NLP annotation
 * columns ({@code token}, {@code kb}) with the article's {@code doc_id}, {@code published}, {@code
 * title} (context only, {@link Headline}), {@code text} and chosen {@code sentences} ({@link
 * ClaimWindows}), reads the chosen sentences Spark NLP did not (context, in plain Java), runs the
 * claim rules, and adds the column {@code claims}: an array of structs with the claims table's own
 * columns (less outlet and published, which the job adds).
 */
public final class ClaimAssembler extends Transformer implements DefaultParamsWritable {

  private static final long serialVersionUID = 1L;

  /** The output column. */
  public static final String OUTPUT = "claims";

  /** The fields of one claim struct: the claims table's columns less outlet and published. */
  public static final StructType CLAIM = Claim.STRUCT;

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ClaimAssembler.class);

  private final String uid;

  public ClaimAssembler() {
    this(Identifiable$.MODULE$.randomUID("ClaimAssembler"));
  }

  public ClaimAssembler(String uid) {
    this.uid = uid;
  }

  @Override
  public String uid() {
    return uid;
  }

  /** How PipelineModel.load finds this stage's reader. */
  public static MLReader<ClaimAssembler> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    UserDefinedFunction assemble =
        functions.udf(
            (UDF7<String, Date, String, String, Seq<Row>, Seq<Row>, Seq<Row>, List<Row>>)
                ClaimAssembler::assemble,
            createArrayType(CLAIM, false));
    // Nondeterministic for the optimizer only (see SentenceSelector): a filter on the claims, such
    // as the one Spark infers from an explode of them, must not be pushed below this column and
    // run the whole Spark NLP pipeline once more for every article.
    assemble = assemble.asNondeterministic();
    // The headline is context for the rules; a table without one reads as articles without one.
    boolean titled = java.util.Arrays.asList(dataset.columns()).contains("title");
    return dataset.withColumn(
        OUTPUT,
        assemble.apply(
            functions.col("doc_id"),
            functions.col("published"),
            titled ? functions.col("title") : functions.lit(null).cast("string"),
            functions.col("text"),
            functions.col(TagPipeline.SENTENCES),
            functions.col("token"),
            functions.col("kb")));
  }

  private static List<Row> assemble(
      String docId,
      Date published,
      String title,
      String text,
      Seq<Row> sentences,
      Seq<Row> tokens,
      Seq<Row> kb) {
    List<Row> rows = new ArrayList<>();
    try {
      ArticleText article =
          article(
              docId,
              published == null ? null : published.toLocalDate(),
              title,
              text,
              sentences,
              tokens,
              kb);
      for (Claim c : ClaimExtractor.defaults().extract(article)) {
        rows.add(c.toRow());
      }
    } catch (RuntimeException e) {
      // One article the rules cannot read must not stop the batch; it is named in the log.
      LOG.warn("tag: article {} skipped: {}", docId, e.toString());
      return List.of();
    }
    return rows;
  }

  /**
   * The article the rules read: each chosen sentence ({@link TagPipeline#SENTENCES}) with its
   * tokens and gazetteer chunks, taken from Spark NLP's annotations of the input ({@code tokens},
   * {@code kb}) moved to the article's offsets when the sentence was there, read in plain Java
   * ({@link ArticleBuilder#read}) when it was not.
   */
  static ArticleText article(
      String docId,
      LocalDate published,
      String title,
      String text,
      Seq<Row> sentences,
      Seq<Row> tokens,
      Seq<Row> kb) {
    List<ClaimWindows.Part> parts = new ArrayList<>();
    List<Annotations.Span> tokenSpans = new ArrayList<>();
    List<Annotations.Span> chunkSpans = new ArrayList<>();
    List<Annotations.Span> annotatedTokens = spans(tokens);
    List<Annotations.Span> annotatedChunks = spans(kb);
    int t = 0;
    int c = 0;
    if (sentences != null) {
      for (Row s : JavaConverters.seqAsJavaList(sentences)) {
        int begin = s.getInt(1);
        int end = s.getInt(2);
        int at = s.getInt(3);
        parts.add(new ClaimWindows.Part(s.getInt(0), begin, end, at >= 0));
        if (at < 0) {
          ArticleBuilder.read(text, begin, end, tokenSpans, chunkSpans);
        } else {
          t = moved(annotatedTokens, t, at, end - begin, begin - at, tokenSpans);
          c = moved(annotatedChunks, c, at, end - begin, begin - at, chunkSpans);
        }
      }
    }
    return Annotations.article(
        docId, published, title, text, parts, tokenSpans, chunkSpans, Gazetteer.defaults());
  }

  /**
   * Adds the annotations that lie within {@code [at, at + length)} of the input, from index {@code
   * from} of a list sorted by begin, shifted by {@code shift}; returns the index after the last one
   * read. Annotations before {@code at} (the separator) are passed over.
   */
  private static int moved(
      List<Annotations.Span> spans,
      int from,
      int at,
      int length,
      int shift,
      List<Annotations.Span> out) {
    int i = from;
    while (i < spans.size() && spans.get(i).begin() < at + length) {
      Annotations.Span a = spans.get(i++);
      if (a.begin() >= at && a.endInclusive() < at + length) {
        out.add(new Annotations.Span(a.begin() + shift, a.endInclusive() + shift, a.result()));
      }
    }
    return i;
  }

  private static List<Annotations.Span> spans(Seq<Row> annotations) {
    List<Annotations.Span> spans = new ArrayList<>();
    if (annotations == null) {
      return spans;
    }
    for (Row a : JavaConverters.seqAsJavaList(annotations)) {
      spans.add(
          new Annotations.Span(
              a.getInt(a.fieldIndex("begin")),
              a.getInt(a.fieldIndex("end")),
              a.getString(a.fieldIndex("result"))));
    }
    return spans;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema.add(OUTPUT, createArrayType(CLAIM, false), false);
  }

  @Override
  public ClaimAssembler copy(ParamMap extra) {
    return defaultCopy(extra);
  }
}
