package org.troopwatch.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.troopwatch.combine.Combine;
import org.troopwatch.testing.SparkTest;

/**
 * The tables combine and flag build from the DEV and TRAIN gold claims together (read at test time
 * from shared/): no toll (killed, wounded, casualties, captured) is ever a new wave, and the added
 * toll the TRAIN set holds (the UAE news agency's later count of soldiers killed in Marib) is
 * flagged as a revision or a new event.
 */
@SparkTest
class GoldTollTest {

  private static final String TOLLS = "('killed', 'wounded', 'casualties', 'captured')";
  private static Dataset<Row> revisions;

  @BeforeAll
  static void flagDevAndTrain(SparkSession spark) {
    Dataset<Row> figures =
        Combine.combineFigures(
                GoldClaims.claims(spark, "dev", "train"),
                GoldClaims.articles(spark, "dev", "train"))
            .cache();
    revisions = Flag.flagRevisions(figures, Flag.DEFAULT_WINDOW_DAYS).cache();
  }

  @Test
  void noTollIsEverANewWave() {
    assertThat(revisions.filter("metric in " + TOLLS).count()).isPositive();
    assertThat(
            revisions
                .filter("metric in " + TOLLS + " and revision_type = 'new_wave'")
                .collectAsList())
        .isEmpty();
  }

  @Test
  void newWavesAreDeploymentsOnly() {
    List<String> metrics =
        revisions
            .filter("revision_type = 'new_wave'")
            .select("metric")
            .distinct()
            .collectAsList()
            .stream()
            .map(r -> r.getString(0))
            .toList();
    assertThat(metrics).isNotEmpty().allMatch(m -> m.equals("deployed") || m.equals("withdrawn"));
  }

  @Test
  void theAddedTollOfTheTrainSetIsARevisionOrANewEvent() {
    List<Row> added = revisions.filter("metric = 'killed' and scope = 'increment'").collectAsList();
    assertThat(added)
        .isNotEmpty()
        .extracting(r -> r.<String>getAs("revision_type"))
        .allMatch(t -> t.equals("upward_revision") || t.equals("new_event"));
  }
}
