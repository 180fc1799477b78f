package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.troopwatch.evaluate.GoldClaim;
import org.troopwatch.evaluate.Score;
import org.troopwatch.evaluate.Scorer;
import org.troopwatch.tag.claim.ClaimExtractor;
import org.troopwatch.testing.DevGold;

/**
 * The project's seed article (read from shared/ at test time) yields exactly its five gold claims:
 * figures, metric, countries and attribution.
 */
class SeedArticleTest {

  private static final String SEED = "seed-nk-kursk-2025-02-27";

  @Test
  void theSeedArticleYieldsExactlyItsFiveGoldClaims() {
    DevGold.Article seed = DevGold.article(SEED);
    List<GoldClaim> gold = DevGold.claims().stream().filter(c -> c.docId().equals(SEED)).toList();
    ArticleText article = ArticleBuilder.article(SEED, seed.published(), seed.text());
    List<GoldClaim> tagged =
        ClaimExtractor.defaults().extract(article).stream().map(GoldClaim::of).toList();

    Score score = Scorer.score(gold, tagged);
    assertThat(gold).hasSize(5);
    assertThat(tagged).hasSize(5);
    assertThat(score.matched()).as("figures, metric and deploying country match").isEqualTo(5);
    assertThat(score.fieldAccuracy().get("host_country")).isEqualTo(1.0);
    assertThat(score.fieldAccuracy().get("attributed_to")).isEqualTo(1.0);
  }
}
