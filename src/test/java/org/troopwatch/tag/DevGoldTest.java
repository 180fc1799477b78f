package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.troopwatch.evaluate.EvaluateJob;
import org.troopwatch.evaluate.GoldClaim;
import org.troopwatch.evaluate.Score;
import org.troopwatch.evaluate.Scorer;
import org.troopwatch.testing.Shared;
import org.troopwatch.testing.SparkTest;

/**
 * The tagger on the DEV gold set (read from shared/ at test time), scored as the spec says: the
 * quality bar of issue 3 for F1 and for the attribution, host and period fields.
 */
@SparkTest
class DevGoldTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Score score;

  @BeforeAll
  static void tagTheDevSet(SparkSession spark) throws Exception {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    Path dir = Shared.resolve("gold/dev");
    List<GoldClaim> tagged = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("articles.jsonl"))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode a = JSON.readTree(line);
        ArticleText article =
            TagPipeline.annotate(
                model,
                a.get("doc_id").asText(),
                LocalDate.parse(a.get("published").asText()),
                a.get("text").asText());
        for (Claim c : ClaimExtractor.defaults().extract(article)) {
          tagged.add(asGold(c));
        }
      }
    }
    List<GoldClaim> gold = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(dir.resolve("claims.jsonl"))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        gold.add(JSON.treeToValue(JSON.readTree(line), GoldJson.class).toGold());
      }
    }
    score = Scorer.score(gold, tagged);
    EvaluateJob.report(score, System.out);
  }

  static GoldClaim asGold(Claim c) {
    return new GoldClaim(
        c.docId(),
        c.sentence(),
        c.deployingCountry(),
        c.hostCountry(),
        c.metric(),
        c.low(),
        c.high(),
        c.qualifier(),
        c.scope(),
        c.wave(),
        c.planned(),
        c.attributedTo(),
        List.of(),
        c.periodStart(),
        c.periodEnd());
  }

  /** One line of claims.jsonl. */
  record GoldJson(
      String doc_id,
      String sentence,
      String deploying_country,
      String host_country,
      String location,
      String metric,
      Long low,
      Long high,
      String qualifier,
      String scope,
      Integer wave,
      Boolean planned,
      String attributed_to,
      List<String> attributed_to_aliases,
      String period_start,
      String period_end) {
    GoldClaim toGold() {
      return new GoldClaim(
          doc_id,
          sentence,
          deploying_country,
          host_country,
          metric,
          low,
          high,
          qualifier,
          scope,
          wave,
          planned,
          attributed_to,
          attributed_to_aliases == null ? List.of() : attributed_to_aliases,
          period_start == null ? null : LocalDate.parse(period_start),
          period_end == null ? null : LocalDate.parse(period_end));
    }
  }

  @Test
  void f1OnTheDevGoldIsAtLeastNinetyPercent() {
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void attributionHostAndPeriodMeetTheBar() {
    assertThat(score.fieldAccuracy().get("attributed_to")).isGreaterThanOrEqualTo(0.85);
    assertThat(score.fieldAccuracy().get("host_country")).isGreaterThanOrEqualTo(0.90);
    assertThat(score.fieldAccuracy().get("period")).isGreaterThanOrEqualTo(0.80);
  }
}
