package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.troopwatch.evaluate.GoldClaim;
import org.troopwatch.evaluate.Score;
import org.troopwatch.evaluate.Scorer;
import org.troopwatch.testing.Shared;
import org.troopwatch.testing.SparkTest;

/**
 * The project's seed article (read from shared/ at test time) yields exactly its five gold claims:
 * figures, metric, countries and attribution.
 */
@SparkTest
class SeedArticleTest {

  private static final String SEED = "seed-nk-kursk-2025-02-27";

  @Test
  void theSeedArticleYieldsExactlyItsFiveGoldClaims(SparkSession spark) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode seed = null;
    for (String line : Files.readAllLines(Shared.resolve("gold/dev/articles.jsonl"))) {
      JsonNode a = json.readTree(line);
      if (a.get("doc_id").asText().equals(SEED)) {
        seed = a;
      }
    }
    List<GoldClaim> gold =
        Files.readAllLines(Shared.resolve("gold/dev/claims.jsonl")).stream()
            .filter(l -> l.contains("\"" + SEED + "\""))
            .map(l -> toGold(json, l))
            .toList();
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    ArticleText article =
        TagPipeline.annotate(
            model,
            SEED,
            LocalDate.parse(seed.get("published").asText()),
            seed.get("text").asText());
    List<GoldClaim> tagged =
        ClaimExtractor.defaults().extract(article).stream().map(DevGoldTest::asGold).toList();

    Score score = Scorer.score(gold, tagged);
    assertThat(gold).hasSize(5);
    assertThat(tagged).hasSize(5);
    assertThat(score.matched()).as("figures, metric and deploying country match").isEqualTo(5);
    assertThat(score.fieldAccuracy().get("host_country")).isEqualTo(1.0);
    assertThat(score.fieldAccuracy().get("attributed_to")).isEqualTo(1.0);
  }

  private static GoldClaim toGold(ObjectMapper json, String line) {
    try {
      return json.treeToValue(json.readTree(line), DevGoldTest.GoldJson.class).toGold();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
