package org.troopwatch.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.troopwatch.combine.Combine;
import org.troopwatch.combine.CombineJob;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.testing.SparkTest;

/**
 * Seeded random claims (a few sources, two theatres, levels, tolls, batches, syndicated copies) to
 * check properties of combine and flag together: input order, re-runs, new waves, incremental runs.
 */
@SparkTest
class CombineFlagPropertyTest {

  private static final LocalDate START = LocalDate.of(2024, 10, 1);
  private static final int DAYS = 40;
  private static final String[] SOURCES = {"NIS", "White House", "Kremlin", null};
  private static final String[] OUTLETS = {"Wire A", "Daily B", "Herald C"};
  private static final String[][] THEATRES = {{"PRK", "RUS"}, {"USA", "SYR"}};
  private static final String[] METRICS = {"deployed", "deployed", "killed"};
  private static final long[] FIGURES = {900, 1000, 1500, 2000, 3000, 10000};
  private static final String[] PLACES = {null, null, "Kursk"};

  /** Random articles and claims: {articles, claims} as rows of the two tables. */
  record Corpus(List<Row> articles, List<Row> claims) {}

  static Corpus corpus(long seed, int stories, boolean withBatches) {
    Random random = new Random(seed);
    List<Row> articles = new ArrayList<>();
    List<Row> claims = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      String story = "story-" + seed + "-" + s;
      LocalDate day = START.plusDays(random.nextInt(DAYS));
      int copies = random.nextInt(4) == 0 ? 2 : 1;
      List<String> docs = new ArrayList<>();
      List<LocalDate> docDays = new ArrayList<>();
      for (int c = 0; c < copies; c++) {
        String doc = story + "-copy" + c;
        LocalDate published = day.plusDays(c == 0 ? 0 : random.nextInt(3));
        String outlet = OUTLETS[(s + c) % OUTLETS.length];
        articles.add(article(doc, outlet, published, story));
        docs.add(doc);
        docDays.add(published);
      }
      int claimsInStory = 1 + random.nextInt(3);
      for (int k = 0; k < claimsInStory; k++) {
        String[] theatre = THEATRES[random.nextInt(THEATRES.length)];
        String metric = METRICS[random.nextInt(METRICS.length)];
        boolean batch = withBatches && random.nextInt(4) == 0;
        long value = FIGURES[random.nextInt(FIGURES.length)];
        int shape = random.nextInt(4);
        Long low = shape == 3 ? null : value;
        Long high = shape == 2 ? null : shape == 1 ? value * 2 : value;
        String qualifier = new String[] {"approx", "range", "at_least", "at_most"}[shape];
        String source = SOURCES[random.nextInt(SOURCES.length)];
        String location = PLACES[random.nextInt(PLACES.length)];
        String sentence = "Sentence " + k + " of " + story + " gives " + value + ".";
        for (int c = 0; c < docs.size(); c++) {
          claims.add(
              claim(
                  docs.get(c),
                  docDays.get(c),
                  OUTLETS[(s + c) % OUTLETS.length],
                  sentence,
                  k,
                  theatre,
                  metric,
                  low,
                  high,
                  qualifier,
                  batch ? "increment" : random.nextBoolean() ? null : "total",
                  batch ? 2 + random.nextInt(2) : null,
                  random.nextInt(5) == 0,
                  source,
                  location));
        }
      }
    }
    return new Corpus(articles, claims);
  }

  private static Row article(String doc, String outlet, LocalDate published, String story) {
    return RowFactory.create(
        doc,
        null,
        outlet,
        Date.valueOf(published),
        null,
        "title",
        "text",
        "en",
        story,
        null,
        "generated",
        doc);
  }

  private static Row claim(
      String doc,
      LocalDate published,
      String outlet,
      String sentence,
      int index,
      String[] theatre,
      String metric,
      Long low,
      Long high,
      String qualifier,
      String scope,
      Integer wave,
      boolean planned,
      String source,
      String location) {
    return RowFactory.create(
        doc,
        sentence,
        theatre[0],
        theatre[1],
        location,
        metric,
        low,
        high,
        qualifier,
        scope,
        wave,
        planned,
        source,
        null,
        null,
        outlet,
        Date.valueOf(published),
        index,
        0,
        sentence.length(),
        0.9,
        null,
        false,
        "en",
        null);
  }

  private static Dataset<Row> table(SparkSession spark, Tables.Table table, List<Row> rows) {
    return spark.createDataFrame(rows, table.schema());
  }

  /** A table's rows as sorted strings: equal lists mean equal tables, whatever the row order. */
  private static List<String> canonical(Dataset<Row> rows) {
    List<String> lines = new ArrayList<>(rows.collectAsList().stream().map(Row::toString).toList());
    Collections.sort(lines);
    return lines;
  }

  private static Dataset<Row> figures(SparkSession spark, Corpus corpus) {
    return Combine.combineFigures(
        table(spark, Tables.CLAIMS, corpus.claims()),
        table(spark, Tables.ARTICLES, corpus.articles()));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 2024})
  void inputOrderChangesNothing(long seed, SparkSession spark) {
    Corpus corpus = corpus(seed, 120, true);
    List<Row> shuffledClaims = new ArrayList<>(corpus.claims());
    List<Row> shuffledArticles = new ArrayList<>(corpus.articles());
    Collections.shuffle(shuffledClaims, new Random(seed + 1));
    Collections.shuffle(shuffledArticles, new Random(seed + 2));
    Dataset<Row> ordered = figures(spark, corpus);
    Dataset<Row> shuffled =
        Combine.combineFigures(
            table(spark, Tables.CLAIMS, shuffledClaims).repartition(3),
            table(spark, Tables.ARTICLES, shuffledArticles).repartition(2));
    assertThat(canonical(shuffled)).isEqualTo(canonical(ordered)).isNotEmpty();
    assertThat(canonical(Flag.flagRevisions(shuffled.repartition(5), 30)))
        .isEqualTo(canonical(Flag.flagRevisions(ordered, 30)));
    assertThat(canonical(Flag.buildConsensus(shuffled.repartition(5))))
        .isEqualTo(canonical(Flag.buildConsensus(ordered)));
  }

  @Test
  void newWaveNeverCountsAsARevisionAndNoTollMakesOne(SparkSession spark) {
    Corpus levels = corpus(11, 120, false);
    Corpus batches = corpus(12, 60, true);
    List<Row> batchClaims =
        batches.claims().stream().filter(r -> "increment".equals(r.getAs(9))).toList();
    List<Row> allClaims = new ArrayList<>(levels.claims());
    allClaims.addAll(batchClaims);
    List<Row> allArticles = new ArrayList<>(levels.articles());
    allArticles.addAll(batches.articles());
    Dataset<Row> withBatches =
        Flag.flagRevisions(figures(spark, new Corpus(allArticles, allClaims)), 30);
    Dataset<Row> without = Flag.flagRevisions(figures(spark, levels), 30);

    assertThat(batchClaims).isNotEmpty();
    assertThat(
            canonical(
                withBatches
                    .filter("scope = 'increment' and metric = 'deployed'")
                    .select("revision_type")
                    .distinct()))
        .containsExactly("[new_wave]");
    // An added toll raises the occasion's toll or is a new event: never a new wave.
    assertThat(
            canonical(
                withBatches
                    .filter("scope = 'increment' and metric = 'killed'")
                    .select("revision_type")
                    .distinct()))
        .isNotEmpty()
        .doesNotContain("[new_wave]");
    assertThat(canonical(withBatches.filter("scope is null or scope <> 'increment'")))
        .isEqualTo(canonical(without));
  }

  @Test
  void rerunningOverTheSameClaimsAddsNoEvent(SparkSession spark, @TempDir Path dir) {
    Corpus corpus = corpus(5, 100, true);
    String warehouse = dir.resolve("warehouse").toString();
    Warehouse store = new Warehouse(spark, warehouse);
    store.publish(Tables.ARTICLES, table(spark, Tables.ARTICLES, corpus.articles()));
    store.publish(Tables.CLAIMS, table(spark, Tables.CLAIMS, corpus.claims()));
    runJobs(spark, warehouse, DateRange.ALL);
    List<String> first = canonical(store.read(Tables.REVISIONS));
    runJobs(spark, warehouse, DateRange.ALL);
    runJobs(spark, warehouse, new DateRange(START.plusDays(10), START.plusDays(20)));
    assertThat(canonical(store.read(Tables.REVISIONS))).isEqualTo(first).isNotEmpty();
  }

  @Test
  void incrementalRunOverNewDaysEqualsAFullRecomputation(SparkSession spark, @TempDir Path dir) {
    Corpus corpus = corpus(99, 150, true);
    LocalDate cut = START.plusDays(25);
    String incremental = dir.resolve("incremental").toString();
    Warehouse store = new Warehouse(spark, incremental);
    store.publish(Tables.ARTICLES, table(spark, Tables.ARTICLES, before(corpus.articles(), cut)));
    store.publish(Tables.CLAIMS, table(spark, Tables.CLAIMS, before(corpus.claims(), cut)));
    runJobs(spark, incremental, DateRange.ALL);
    store.publish(Tables.ARTICLES, table(spark, Tables.ARTICLES, corpus.articles()));
    store.publish(Tables.CLAIMS, table(spark, Tables.CLAIMS, corpus.claims()));
    runJobs(spark, incremental, new DateRange(cut, null));

    String full = dir.resolve("full").toString();
    Warehouse fullStore = new Warehouse(spark, full);
    fullStore.publish(Tables.ARTICLES, table(spark, Tables.ARTICLES, corpus.articles()));
    fullStore.publish(Tables.CLAIMS, table(spark, Tables.CLAIMS, corpus.claims()));
    runJobs(spark, full, DateRange.ALL);

    for (Tables.Table table :
        List.of(Tables.FIGURES, Tables.REVISIONS, Tables.CONSENSUS, Tables.COVERAGE)) {
      assertThat(canonical(store.read(table)))
          .as(table.name())
          .isEqualTo(canonical(fullStore.read(table)))
          .isNotEmpty();
    }
  }

  /** Rows published before the cut (column "published" of articles and claims). */
  private static List<Row> before(List<Row> rows, LocalDate cut) {
    return rows.stream().filter(r -> publishedOf(r).isBefore(cut)).toList();
  }

  private static LocalDate publishedOf(Row row) {
    // articles carry published at 3, claims at 16 (table column order)
    Object value = row.length() == Tables.ARTICLES.columns().length ? row.get(3) : row.get(16);
    return ((Date) value).toLocalDate();
  }

  private static void runJobs(SparkSession spark, String warehouse, DateRange dates) {
    StageOptions options = StageOptions.of(warehouse, List.of(), dates);
    new CombineJob().withOptions(options).runIn(spark);
    new FlagJob().withOptions(options).runIn(spark);
  }
}
