package org.troopwatch.tag;

import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.claim.words.WordClaimReader;
import org.troopwatch.tag.lang.Language;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The Spark stage that reads claims from the sentences Spark NLP's SentenceDetector found in an
 * article of a language read through the seam (Korean, Russian, Ukrainian): it runs the language's
 * {@link WordClaimReader} (its WordReader, NumberReader, TimeReader and data) over them, as {@link
 * ClaimAssembler} runs the English steps over Spark NLP's tokens.
 */
public final class WordClaimAssembler extends Transformer implements DefaultParamsWritable {

  private static final long serialVersionUID = 1L;

  /** The output column: array of claim structs. */
  public static final String OUTPUT = ClaimAssembler.OUTPUT;

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(WordClaimAssembler.class);

  private final String uid;

  /** The code of the language the stage reads. */
  private final Param<String> language;

  public WordClaimAssembler() {
    this(Identifiable$.MODULE$.randomUID("wordClaimAssembler"));
  }

  public WordClaimAssembler(String uid) {
    this.uid = uid;
    // Made after the uid: Spark ties a Param to its owner's uid when it is created.
    this.language = new Param<>(this, "language", "language code");
  }

  /** The param of the language code (Spark finds a stage's params by their getters). */
  public Param<String> language() {
    return language;
  }

  public WordClaimAssembler setLanguage(String code) {
    set(language, code);
    return this;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    String code = $(language);
    Language lang = Language.of(code);
    UserDefinedFunction assemble =
        functions.udf(
            (UDF4<String, Date, String, Seq<Row>, List<Row>>)
                (docId, published, text, sentences) ->
                    assemble(lang, docId, published, text, sentences),
            createArrayType(Claim.STRUCT, false));
    return dataset.withColumn(
        OUTPUT,
        assemble
            .asNondeterministic()
            .apply(
                functions.col("doc_id"),
                functions.col("published"),
                functions.col("text"),
                functions.col("sentence")));
  }

  private static List<Row> assemble(
      Language lang, String docId, Date published, String text, Seq<Row> sentences) {
    List<WordClaimReader.Part> parts = new ArrayList<>();
    if (sentences != null) {
      for (Row s : JavaConverters.seqAsJavaList(sentences)) {
        int begin = s.getInt(s.fieldIndex("begin"));
        String result = s.getString(s.fieldIndex("result"));
        if (result != null && !result.isBlank()) {
          // Spark NLP carries paragraphs (line breaks as its only bounds); the reader cuts them at
          // full stops the same way in Spark and in plain Java, so both read the same sentences.
          for (WordClaimReader.Part p : WordClaimReader.split(result)) {
            parts.add(new WordClaimReader.Part(parts.size(), begin + p.begin(), p.text()));
          }
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    try {
      for (Claim c :
          WordClaimReader.claims(
              new WordClaimReader(lang)
                  .read(docId, published == null ? null : published.toLocalDate(), parts))) {
        rows.add(c.toRow());
      }
    } catch (RuntimeException e) {
      LOG.warn("tag: {} article {} skipped: {}", lang.code(), docId, e.toString());
      return List.of();
    }
    return rows;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema.add(OUTPUT, createArrayType(Claim.STRUCT, false), false);
  }

  @Override
  public WordClaimAssembler copy(ParamMap extra) {
    return defaultCopy(extra);
  }
}
