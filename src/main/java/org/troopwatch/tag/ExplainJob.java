package org.troopwatch.tag;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.troopwatch.common.Claim;
import org.troopwatch.common.SparkSessions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.ingest.LanguageDetector;
import org.troopwatch.tag.claim.ClaimExtractor;
import org.troopwatch.tag.claim.ClaimExtractor.Outcome;
import org.troopwatch.tag.claim.words.WordClaimReader;
import org.troopwatch.tag.lang.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Explains how the tagger reads one text: every figure of every sentence, and step by step the
 * claim made from it or the step that rejected it and why. For analysts who want to trust a figure
 * and developers who want to fix one.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Show how the tagger reads a text: every figure, the evidence each step found, and the"
            + " claim made from it or the reason it was rejected. Give --text and --published, or"
            + " --doc-id of an article in --warehouse. A Korean, Russian or Ukrainian text is read"
            + " by its language's word reader, as the tag stage reads it.")
public final class ExplainJob implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--text", paramLabel = "TEXT", description = "The article text to explain.")
  String text;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "The article's date, against which relative times resolve (with --text).")
  String published;

  @Option(names = "--title", paramLabel = "T", description = "The article's headline (optional).")
  String title;

  @Option(
      names = "--doc-id",
      paramLabel = "ID",
      description =
          "Explain an article of the warehouse's articles table instead of --text; repeat it"
              + " to explain several articles in one run.")
  List<String> docIds;

  @Option(
      names = "--warehouse",
      paramLabel = "DIR",
      defaultValue = "warehouse",
      description = "Folder of the tables (with --doc-id). Default: ${DEFAULT-VALUE}.")
  String warehouse;

  @Override
  public Integer call() {
    LocalDate date = validate();
    if (docIds == null) {
      // A text alone needs no Spark: the word readers are plain Java, and the plain-Java builder
      // reads English as the tag stage's Spark NLP pipeline would (ArticleBuilderParityTest).
      if (!explainInLanguage("text", date, text, System.out)) {
        ArticleText article = ArticleBuilder.article("text", date, title, text);
        print(article, ClaimExtractor.defaults().read(article), System.out);
      }
      return 0;
    }
    SparkSession spark = SparkSessions.forJob("explain");
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    List<Row> rows =
        new Warehouse(spark, warehouse)
            .read(Tables.ARTICLES)
            .filter(col("doc_id").isin(docIds.toArray()))
            .select("doc_id", "title", "text", "published")
            .collectAsList();
    Map<String, Row> byId = new java.util.HashMap<>();
    rows.forEach(r -> byId.putIfAbsent(r.getString(0), r));
    for (String id : docIds) {
      if (!byId.containsKey(id)) {
        throw new ParameterException(
            spec.commandLine(), "--doc-id: no article " + id + " in " + warehouse);
      }
    }
    for (String id : docIds) {
      Row r = byId.get(id);
      if (docIds.size() > 1) {
        System.out.println();
        System.out.println("== " + id);
      }
      explain(model, id, r.getDate(3).toLocalDate(), r.getString(1), r.getString(2));
    }
    return 0;
  }

  private static void explain(
      PipelineModel model, String id, LocalDate date, String headline, String body) {
    if (explainInLanguage(id, date, body, System.out)) {
      return;
    }
    ArticleText article = TagPipeline.annotate(model, id, date, headline, body);
    print(article, ClaimExtractor.defaults().read(article), System.out);
  }

  /**
   * A Korean, Russian or Ukrainian text (as ingest detects it) explained by its language's word
   * reader, as the tag stage reads it; false, printing nothing, for an English text.
   */
  static boolean explainInLanguage(String id, LocalDate date, String body, PrintStream out) {
    String code = LanguageDetector.detect(body);
    if ("en".equals(code) || !Language.codes().contains(code)) {
      return false;
    }
    List<WordClaimReader.Part> parts = WordClaimReader.split(body);
    out.println("language: " + code);
    print(
        i -> i < parts.size() ? parts.get(i).text() : "",
        new WordClaimReader(Language.of(code)).read(id, date, parts),
        out);
    return true;
  }

  private LocalDate validate() {
    if ((text == null) == (docIds == null)) {
      throw new ParameterException(spec.commandLine(), "give either --text or --doc-id");
    }
    if (text == null) {
      return null;
    }
    if (published == null) {
      throw new ParameterException(spec.commandLine(), "--text needs --published YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "--published: not a date YYYY-MM-DD: " + published);
    }
  }

  /** Prints each sentence that holds a figure, then each figure's steps and outcome. */
  static void print(ArticleText article, List<Outcome> outcomes, PrintStream out) {
    print(i -> sentenceText(article, i), outcomes, out);
  }

  /** As {@link #print(ArticleText, List, PrintStream)}, with each sentence's text by its index. */
  static void print(IntFunction<String> sentenceText, List<Outcome> outcomes, PrintStream out) {
    int sentence = -1;
    if (outcomes.isEmpty()) {
      out.println("No figure that counts people in this text.");
    }
    for (Outcome o : outcomes) {
      if (o.sentenceIndex() != sentence) {
        sentence = o.sentenceIndex();
        out.println();
        out.println("sentence " + sentence + ": " + sentenceText.apply(sentence));
      }
      out.println("  figure '" + o.figure().text() + "'");
      for (Map.Entry<String, String> e : o.evidence().entrySet()) {
        out.printf("    %-10s %s%n", e.getKey(), e.getValue());
      }
      if (o.claim() != null) {
        out.println("    => claim " + describe(o.claim()));
      } else {
        out.println(
            "    => no claim: step "
                + o.rejectedBy()
                + " rejected it, "
                + o.rejection().name().toLowerCase(java.util.Locale.ROOT)
                + " ("
                + o.rejection().description()
                + ")");
      }
    }
  }

  private static String sentenceText(ArticleText article, int index) {
    for (ArticleText.Sentence s : article.sentences()) {
      if (s.index() == index) {
        return article.text().substring(s.begin(), s.end()).replace('\n', ' ');
      }
    }
    return "";
  }

  /** One line: PRK -> RUS deployed 1000..3000 (range), scope increment, source X, ... */
  static String describe(Claim c) {
    StringBuilder b =
        new StringBuilder()
            .append(c.deployingCountry())
            .append(" -> ")
            .append(c.hostCountry() == null ? "(no country)" : c.hostCountry())
            .append(c.location() == null ? "" : " (" + c.location() + ")")
            .append(' ')
            .append(c.metric())
            .append(' ')
            .append(c.low() == null ? "" : c.low())
            .append("..")
            .append(c.high() == null ? "" : c.high())
            .append(" (")
            .append(c.qualifier())
            .append(')');
    if (c.scope() != null) {
      b.append(", scope ").append(c.scope());
    }
    if (c.wave() != null) {
      b.append(", wave ").append(c.wave());
    }
    if (c.planned()) {
      b.append(", planned");
    }
    b.append(", source ").append(c.attributedTo() == null ? "the outlet" : c.attributedTo());
    if (c.relayedBy() != null) {
      b.append(" (relayed by ").append(c.relayedBy()).append(')');
    }
    if (c.periodStart() != null || c.periodEnd() != null) {
      b.append(", period ").append(c.periodStart()).append("..").append(c.periodEnd());
    }
    return b.append(", confidence ").append(c.confidence()).toString();
  }
}
