package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.troopwatch.testing.DevGold;
import org.troopwatch.testing.SparkTest;

/**
 * The plain-Java article builder reads every text exactly as the tag stage's Spark NLP pipeline
 * does: the same sentences, tokens (text and offsets) and gazetteer mentions, over every claim
 * case, the embedded sample and the English gold sets. This is what lets the claim steps' unit
 * tests run without Spark and still speak for the tag stage.
 */
@SparkTest
class ArticleBuilderParityTest {

  private record Text(String id, LocalDate published, String text) {}

  @Test
  void theBuilderAndTheSparkNlpPipelineGiveTheSameArticle(SparkSession spark) throws IOException {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    List<Text> texts = texts();
    List<String> differences = new ArrayList<>();
    int tokens = 0;
    for (Text t : texts) {
      ArticleText spark1 = TagPipeline.annotate(model, t.id(), t.published(), t.text());
      ArticleText plain = ArticleBuilder.article(t.id(), t.published(), t.text());
      tokens += spark1.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
      if (!spark1.equals(plain)) {
        differences.add(t.id() + ": " + firstDifference(spark1, plain));
      }
    }
    assertThat(texts).hasSizeGreaterThan(500);
    assertThat(tokens).isGreaterThan(50_000);
    assertThat(differences).as("texts the two paths read differently").isEmpty();
  }

  /**
   * The tag stage's reading of an article (Spark NLP over the chosen sentences that hold a count,
   * on a DataFrame; the other chosen sentences in plain Java) is Spark NLP's reading of all the
   * chosen sentences at once.
   */
  @Test
  void theTagStageReadsTheChosenSentencesAsSparkNlpReadsThemAll(SparkSession spark)
      throws IOException {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    Map<String, Text> texts = new LinkedHashMap<>();
    texts().forEach(t -> texts.put(t.id(), t));
    List<Row> rows = new ArrayList<>();
    texts
        .values()
        .forEach(t -> rows.add(RowFactory.create(t.id(), Date.valueOf(t.published()), t.text())));
    List<Row> annotated =
        TagPipeline.without(model, ClaimAssembler.class)
            .transform(spark.createDataFrame(rows, TagPipeline.annotatedInputSchema()))
            .select("doc_id", TagPipeline.SENTENCES, "token", "kb")
            .collectAsList();

    List<String> differences = new ArrayList<>();
    int context = 0;
    for (Row r : annotated) {
      Text t = texts.get(r.getString(0));
      ArticleText job =
          ClaimAssembler.article(
              t.id(), t.published(), null, t.text(), r.getAs(1), r.getAs(2), r.getAs(3));
      ArticleText chosen =
          TagPipeline.annotate(model, ClaimWindows.defaults(), t.id(), t.published(), t.text());
      for (Row s : r.<Row>getList(1)) {
        context += s.getInt(3) < 0 ? 1 : 0;
      }
      if (!job.equals(chosen)) {
        differences.add(t.id() + ": " + firstDifference(chosen, job));
      }
    }
    assertThat(annotated).hasSizeGreaterThan(200);
    assertThat(context).as("sentences of context, read in plain Java").isGreaterThan(1_000);
    assertThat(differences).as("articles the tag stage reads differently").isEmpty();
  }

  private static List<Text> texts() throws IOException {
    List<Text> texts = new ArrayList<>();
    ClaimCasesTest.cases()
        .forEach(
            c ->
                texts.add(
                    new Text(
                        "case line " + c.line(),
                        c.published(),
                        c.title().isEmpty() ? c.text() : c.title() + "\n\n" + c.text())));
    texts.addAll(sample());
    for (String set : List.of("dev", "train")) {
      for (DevGold.Article a : DevGold.articles(set)) {
        texts.add(new Text(set + " " + a.docId(), a.published(), a.text()));
      }
    }
    // Edge cases of the tokenizer's bookkeeping: a trailing typographic apostrophe, context
    // characters alone, split characters at both ends, tabs and non-breaking spaces.
    texts.add(
        new Text(
            "edges",
            LocalDate.of(2025, 3, 12),
            "The soldiers\u2019. 'Twas -- 300 troops' (\u201CKorea's\u201D) went\tto\u00A0Chad"
                + " and 40 Chadian troops ''' left."));
    return texts;
  }

  private static String firstDifference(ArticleText a, ArticleText b) {
    if (a.sentences().size() != b.sentences().size()) {
      return "sentences " + a.sentences().size() + " vs " + b.sentences().size();
    }
    for (int i = 0; i < a.sentences().size(); i++) {
      ArticleText.Sentence x = a.sentences().get(i);
      ArticleText.Sentence y = b.sentences().get(i);
      for (int k = 0; k < Math.min(x.tokens().size(), y.tokens().size()); k++) {
        if (!x.tokens().get(k).equals(y.tokens().get(k))) {
          return "token " + x.tokens().get(k) + " vs " + y.tokens().get(k);
        }
      }
      if (x.tokens().size() != y.tokens().size()) {
        return "sentence "
            + x.index()
            + " tokens "
            + x.tokens().size()
            + " vs "
            + y.tokens().size();
      }
      if (!x.mentions().equals(y.mentions())) {
        return "sentence " + x.index() + " mentions " + x.mentions() + " vs " + y.mentions();
      }
    }
    return "?";
  }

  private static List<Text> sample() throws IOException {
    List<Text> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    ArticleBuilderParityTest.class.getResourceAsStream(
                        "/org/troopwatch/sample/articles.jsonl")),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = json.readTree(line);
        if (a.path("text").isTextual() && a.path("published").isTextual()) {
          out.add(
              new Text(
                  "sample " + a.path("id").asText(a.path("doc_id").asText()),
                  LocalDate.parse(a.path("published").asText().substring(0, 10)),
                  a.path("text").asText()));
        }
      }
    }
    return out;
  }
}
