package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.troopwatch.common.Claim;
import org.troopwatch.evaluate.EvaluateJob;
import org.troopwatch.evaluate.GoldClaim;
import org.troopwatch.evaluate.Score;
import org.troopwatch.evaluate.Scorer;
import org.troopwatch.tag.claim.ClaimExtractor;
import org.troopwatch.testing.DevGold;
import org.troopwatch.testing.SparkTest;

/**
 * The tagger on the DEV gold set (read from shared/ at test time), scored as the spec says: the
 * quality bar of issue 3 for F1 and for the attribution, host and period fields.
 */
@SparkTest
class DevGoldTest {

  private static Score score;
  private static List<Row> wholeText;
  private static List<Row> windows;

  @BeforeAll
  static void tagTheDevSet(SparkSession spark) {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    List<GoldClaim> tagged = new ArrayList<>();
    wholeText = new ArrayList<>();
    windows = new ArrayList<>();
    for (DevGold.Article a : DevGold.articles()) {
      ArticleText article = TagPipeline.annotate(model, a.docId(), a.published(), a.text());
      for (Claim c : ClaimExtractor.defaults().extract(article)) {
        tagged.add(GoldClaim.of(c));
        wholeText.add(c.toRow());
      }
      ArticleText windowed =
          TagPipeline.annotate(model, ClaimWindows.defaults(), a.docId(), a.published(), a.text());
      for (Claim c : ClaimExtractor.defaults().extract(windowed)) {
        windows.add(c.toRow());
      }
    }
    score = Scorer.score(DevGold.claims(), tagged);
    EvaluateJob.report(score, System.out);
  }

  @Test
  void f1OnTheDevGoldIsAtLeastNinetyPercent() {
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void readingOnlyTheWindowsFindsExactlyTheClaimsOfTheWholeText() {
    var parity =
        org.troopwatch.benchmark.ClaimParity.compare(
            windows.stream().map(r -> r.toSeq().toString()).toList(),
            wholeText.stream().map(r -> r.toSeq().toString()).toList());
    assertThat(parity.onlySpark()).as("claims only the windows found").isEmpty();
    assertThat(parity.onlyLight()).as("claims only the whole text found").isEmpty();
    assertThat(windows).hasSizeGreaterThan(50);
  }

  @Test
  void attributionHostAndPeriodMeetTheBar() {
    assertThat(score.fieldAccuracy().get("attributed_to")).isGreaterThanOrEqualTo(0.85);
    assertThat(score.fieldAccuracy().get("host_country")).isGreaterThanOrEqualTo(0.90);
    assertThat(score.fieldAccuracy().get("period")).isGreaterThanOrEqualTo(0.80);
  }
}
