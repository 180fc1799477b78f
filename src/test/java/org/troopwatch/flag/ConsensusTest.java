package org.troopwatch.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.troopwatch.combine.Combine;
import org.troopwatch.common.Tables;
import org.troopwatch.testing.SparkTest;

/**
 * The consensus of independent originators (best, band, conservative figure, originators) and the
 * originators of figures, on hand-made and seeded claims written for this test.
 */
@SparkTest
class ConsensusTest {

  private static final LocalDate DAY = LocalDate.of(2024, 10, 25);
  private static final String[] ORIGINATORS = {"NIS", "White House", "Kremlin", "Kyiv", null};
  private static final String[] OUTLETS = {"Wire A", "Daily B", "Herald C", "Post D", "Times E"};

  /** A claim of PRK troops deployed in Russia; a null source is the outlet's own voice. */
  private static Row claim(
      String doc, LocalDate day, String outlet, String source, Long low, Long high, double conf) {
    String qualifier = low == null ? "at_most" : high == null ? "at_least" : "exact";
    if (low != null && high != null && !low.equals(high)) {
      qualifier = "range";
    }
    String sentence = "In " + doc + " a source put the troops at " + low + " to " + high + ".";
    return RowFactory.create(
        doc,
        sentence,
        "PRK",
        "RUS",
        null,
        "deployed",
        low,
        high,
        qualifier,
        null,
        null,
        false,
        source,
        null,
        null,
        outlet,
        Date.valueOf(day),
        0,
        0,
        sentence.length(),
        conf,
        null,
        false,
        "en",
        null);
  }

  private static Row article(String doc, String outlet, LocalDate day) {
    return RowFactory.create(
        doc, null, outlet, Date.valueOf(day), null, "t", "text", "en", doc, null, "test", doc);
  }

  /** Figures and consensus of the claims, each article its own story. */
  private static Dataset<Row> figures(SparkSession spark, List<Row> claims) {
    List<Row> articles = new ArrayList<>();
    for (Row c : claims) {
      articles.add(article(c.getString(0), c.getString(15), ((Date) c.get(16)).toLocalDate()));
    }
    return Combine.combineFigures(
        spark.createDataFrame(claims, Tables.CLAIMS.schema()),
        spark.createDataFrame(articles, Tables.ARTICLES.schema()));
  }

  private static List<String> consensusColumns(Dataset<Row> consensus) {
    List<String> rows =
        new ArrayList<>(
            consensus
                .selectExpr(
                    "source",
                    "concat_ws(' ', consensus_low, consensus_best, consensus_high, conservative,"
                        + " originators, sources)")
                .collectAsList()
                .stream()
                .map(r -> r.getString(0) + ": " + r.getString(1))
                .toList());
    Collections.sort(rows);
    return rows;
  }

  @Test
  void theWorkedExampleOfTheReadmeComesOutAsDocumented(SparkSession spark) {
    Dataset<Row> figures =
        figures(
            spark,
            List.of(
                claim("nis", DAY, "Wire A", "NIS", 3000L, 3000L, 0.9),
                claim("wh", DAY, "Daily B", "White House", 3000L, null, 0.85),
                claim("kyiv", DAY, "Herald C", "Kyiv", 11000L, 12000L, 0.9),
                claim("atlas", DAY, "Atlas Daily", null, 2L, 2L, 0.35)));
    assertThat(consensusColumns(Flag.buildConsensus(figures)))
        .containsExactly(
            "Atlas Daily: 2 3000 12000 3000 4 4",
            "Kyiv: 2 3000 12000 3000 4 4",
            "NIS: 2 3000 12000 3000 4 4",
            "White House: 2 3000 12000 3000 4 4");
    assertThat(
            figures.selectExpr("concat(source, ' ', originators)").collectAsList().stream()
                .map(r -> r.getString(0))
                .sorted())
        .containsExactly("Atlas Daily 1", "Kyiv 1", "NIS 2", "White House 2");
  }

  @Test
  void withNoCredibleFigureThereIsNoConservativeFigure(SparkSession spark) {
    Dataset<Row> consensus =
        Flag.buildConsensus(
            figures(
                spark,
                List.of(
                    claim("a", DAY, "Wire A", "NIS", 3000L, 3000L, 0.5),
                    claim("b", DAY, "Daily B", "Kyiv", 5000L, 5000L, 0.4))));
    assertThat(consensusColumns(consensus))
        .containsExactly("Kyiv: 3000 3000 5000 2 2", "NIS: 3000 3000 5000 2 2");
  }

  @Test
  void aConfidentFigureAnOrderOfMagnitudeBelowTheBestIsNotTheConservativeOne(SparkSession spark) {
    Dataset<Row> consensus =
        Flag.buildConsensus(
            figures(
                spark,
                List.of(
                    claim("a", DAY, "Wire A", "NIS", 3000L, 3000L, 0.9),
                    claim("b", DAY, "Daily B", "Kyiv", 12000L, 12000L, 0.9),
                    claim("c", DAY, "Herald C", null, 2L, 2L, 0.9))));
    assertThat(consensusColumns(consensus))
        .containsExactly(
            "Herald C: 2 3000 12000 3000 3 3",
            "Kyiv: 2 3000 12000 3000 3 3",
            "NIS: 2 3000 12000 3000 3 3");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 17, 2025})
  void anOriginatorRelayedByManyOutletsCountsOnce(long seed, SparkSession spark) {
    Random random = new Random(seed);
    List<Row> others = new ArrayList<>();
    others.add(claim("kremlin", DAY, "Wire A", "Kremlin", 1000L, 1000L, 0.9));
    others.add(claim("kyiv", DAY.minusDays(2), "Daily B", "Kyiv", 11000L, 12000L, 0.8));
    long figure = 1000L * (2 + random.nextInt(8));
    List<Row> once = new ArrayList<>(others);
    once.add(claim("relay-0", DAY, OUTLETS[0], "NIS", figure, figure, 0.9));
    List<Row> relayed = new ArrayList<>(others);
    int relays = 20 + random.nextInt(40);
    for (int i = 0; i < relays; i++) {
      LocalDate day = DAY.minusDays(random.nextInt(2));
      relayed.add(
          claim(
              "relay-" + i,
              day,
              OUTLETS[random.nextInt(OUTLETS.length)] + i,
              "NIS",
              figure,
              figure,
              0.9));
    }
    Dataset<Row> onceConsensus = Flag.buildConsensus(figures(spark, once));
    Dataset<Row> relayedConsensus = Flag.buildConsensus(figures(spark, relayed));
    assertThat(consensusColumns(relayedConsensus)).isEqualTo(consensusColumns(onceConsensus));
    assertThat(relayedConsensus.selectExpr("max(originators)").first().getInt(0)).isEqualTo(3);
    assertThat(
            figures(spark, relayed)
                .filter("source = 'NIS'")
                .selectExpr("max(originators)", "max(stories)")
                .first())
        .satisfies(
            r -> {
              assertThat(r.getInt(0)).isEqualTo(figure == 1000L ? 2 : 1);
              assertThat(r.getLong(1)).isGreaterThan(1);
            });
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 41})
  void consensusDoesNotDependOnInputOrder(long seed, SparkSession spark) {
    List<Row> claims = randomClaims(new Random(seed), 60, DAY, 20);
    List<Row> shuffled = new ArrayList<>(claims);
    Collections.shuffle(shuffled, new Random(seed + 1));
    assertThat(consensusColumns(Flag.buildConsensus(figures(spark, shuffled).repartition(3))))
        .isEqualTo(consensusColumns(Flag.buildConsensus(figures(spark, claims))))
        .isNotEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {8, 99})
  void identicalSnapshotsFlagNothingAndKeepTheConsensus(long seed, SparkSession spark) {
    // One snapshot: each originator's figure, on one day; then the same snapshot on later days.
    Random random = new Random(seed);
    List<Row> snapshot = new ArrayList<>();
    for (String source : List.of("NIS", "White House", "Kremlin", "Kyiv")) {
      long value = 1000L * (1 + random.nextInt(12));
      snapshot.add(claim(source, DAY, "Wire A", source, value, value, 0.9));
    }
    List<Row> repeated = new ArrayList<>();
    int days = 2 + random.nextInt(4);
    for (int d = 0; d < days; d++) {
      for (Row c : snapshot) {
        repeated.add(
            claim(
                c.getString(0) + "-day" + d,
                DAY.plusDays(d),
                "Outlet " + d,
                c.getString(12),
                c.getLong(6),
                c.getLong(7),
                0.9));
      }
    }
    Dataset<Row> once = figures(spark, snapshot);
    Dataset<Row> again = figures(spark, repeated);
    assertThat(
            Flag.flagRevisions(again, 30).filter("report_date > date'" + DAY + "'").collectAsList())
        .isEmpty();
    assertThat(consensusColumns(Flag.buildConsensus(again)))
        .isEqualTo(consensusColumns(Flag.buildConsensus(once)));
  }

  /** Random claims of a few originators over some days, own-voice ones included. */
  private static List<Row> randomClaims(Random random, int count, LocalDate start, int days) {
    List<Row> claims = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long value = 500L * (1 + random.nextInt(20));
      Long high = random.nextInt(3) == 0 ? null : value * (1 + random.nextInt(2));
      claims.add(
          claim(
              "doc-" + i,
              start.plusDays(random.nextInt(days)),
              OUTLETS[random.nextInt(OUTLETS.length)],
              ORIGINATORS[random.nextInt(ORIGINATORS.length)],
              value,
              high,
              0.3 + 0.1 * random.nextInt(7)));
    }
    return claims;
  }
}
