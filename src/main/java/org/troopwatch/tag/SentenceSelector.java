package org.troopwatch.tag;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The first stage of the tag pipeline: a Spark ML transformer that cuts each article ({@code text},
 * {@code published}) into sentences and keeps the ones {@link ClaimWindows} picks, as the columns
 * {@link TagPipeline#SENTENCES} (each chosen sentence's place in the article and in the input) and
 * {@link TagPipeline#INPUT}, the text the Spark NLP annotators read: the chosen sentences that hold
 * a count (all chosen sentences with {@link #wholeText}), one after the other, each followed by
 * {@link #SEPARATOR}. The other chosen sentences, context for the rules (a source, a place, a group
 * named before or after the count), are read by {@link ClaimAssembler} in plain Java by the same
 * tokenizer and gazetteer rules ({@link ArticleBuilder#read}). Articles with no sentence that
 * counts people can hold no claim and are dropped here, before any Spark NLP annotator reads them.
 */
public final class SentenceSelector extends Transformer implements DefaultParamsWritable {

  private static final long serialVersionUID = 1L;

  /**
   * What follows each sentence in the annotators' input: a line break, a token no gazetteer phrase
   * holds, a line break; so that no phrase is matched across two sentences and no token joins them.
   */
  public static final String SEPARATOR = "\n\u00B6\n";

  private static final StructType SELECTION =
      new StructType()
          .add("text", DataTypes.StringType, false)
          .add("sentences", TagPipeline.SENTENCE_ARRAY, false);

  private final String uid;

  /**
   * Whether to keep every sentence of an article that counts people ({@link
   * ClaimWindows#wholeText}) instead of the windows, all of them read by Spark NLP: the reference
   * the benchmark checks against.
   */
  private final BooleanParam wholeText;

  public SentenceSelector() {
    this(Identifiable$.MODULE$.randomUID("SentenceSelector"));
  }

  public SentenceSelector(String uid) {
    this.uid = uid;
    this.wholeText =
        new BooleanParam(
            this, "wholeText", "annotate every sentence of an article, not only the windows");
    setDefault(wholeText, false);
  }

  /** The param {@link #wholeText}; Spark ML finds a stage's params by such public getters. */
  public BooleanParam wholeText() {
    return wholeText;
  }

  /** Sets {@link #wholeText}. */
  public SentenceSelector setWholeText(boolean value) {
    set(wholeText, value);
    return this;
  }

  @Override
  public String uid() {
    return uid;
  }

  /** How PipelineModel.load finds this stage's reader. */
  public static MLReader<SentenceSelector> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    boolean whole = (Boolean) getOrDefault(wholeText);
    var select =
        functions.udf(
            (UDF2<String, Date, Row>)
                (text, published) ->
                    selection(
                        whole ? ClaimWindows.wholeText() : ClaimWindows.defaults(),
                        whole,
                        text,
                        published),
            SELECTION);
    // Declared nondeterministic (it is not) so that Spark's optimizer evaluates it once per
    // article: a deterministic UDF is copied into every filter pushed below it (the null check
    // here, the job's "has claims" check inferred from its explode), so each article would be
    // cut into sentences several times.
    select = select.asNondeterministic();
    String chosen = "_chosen";
    return dataset
        .withColumn(chosen, select.apply(col("text"), col("published")))
        .filter(col(chosen).isNotNull())
        .withColumn(TagPipeline.INPUT, col(chosen + ".text"))
        .withColumn(TagPipeline.SENTENCES, col(chosen + ".sentences"))
        .drop(chosen);
  }

  private static Row selection(ClaimWindows windows, boolean whole, String text, Date published) {
    ClaimWindows.Selection s =
        windows.select(text, published == null ? null : published.toLocalDate());
    if (s == null) {
      return null;
    }
    List<Row> parts = new ArrayList<>(s.sentences().size());
    StringBuilder read = new StringBuilder();
    for (ClaimWindows.Part p : s.sentences()) {
      int at = -1;
      if (whole || p.counts()) {
        at = read.length();
        read.append(text, p.begin(), p.end()).append(SEPARATOR);
      }
      parts.add(RowFactory.create(p.index(), p.begin(), p.end(), at));
    }
    return RowFactory.create(read.toString(), parts);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema
        .add(TagPipeline.INPUT, DataTypes.StringType, false)
        .add(TagPipeline.SENTENCES, TagPipeline.SENTENCE_ARRAY, false);
  }

  @Override
  public SentenceSelector copy(ParamMap extra) {
    return defaultCopy(extra);
  }
}
