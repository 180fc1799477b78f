package org.troopwatch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.troopwatch.ingest.ArticleChecker;
import org.troopwatch.ingest.Urls;
import org.troopwatch.testing.SparkTest;

/** The replica maker: N copies that ingest's dedup cannot fold into each other. */
@SparkTest
class ReplicasTest {

  // Three short articles written for this test; the first two are a syndicated pair a day apart.
  private static final List<Row> ARTICLES =
      List.of(
          RowFactory.create(
              "t:1",
              "https://news.example/a/1",
              "Example",
              "2012-03-01",
              "Ferry resumes",
              "The island ferry ran again on Thursday after a week of storms."),
          RowFactory.create(
              "t:2",
              "https://wire.example/b/2",
              "Wire",
              "2012-03-02",
              "Ferry back",
              "The island ferry ran again on Thursday after a week of storms, its owner said."),
          RowFactory.create(
              "t:3", null, "Example", "2012-04-10", "Budget", "The council passed its budget."));

  private static Dataset<Row> articles;

  @BeforeAll
  static void makeArticles(SparkSession spark) {
    articles = spark.createDataFrame(ARTICLES, BenchmarkJob.CORPUS);
  }

  @Test
  void theShiftIsLongerThanTheCorpusSpan() {
    assertThat(Replicas.shiftDays(LocalDate.of(2012, 3, 1), LocalDate.of(2012, 4, 10)))
        .isEqualTo(40 + Replicas.SHIFT_MARGIN_DAYS);
  }

  @Test
  void threeCopiesHoldEveryArticleThriceWithDistinctIds() {
    List<Row> rows = Replicas.replicate(articles, 3, 100).collectAsList();

    assertThat(rows).hasSize(9);
    assertThat(rows.stream().map(r -> r.<String>getAs("doc_id")))
        .containsExactlyInAnyOrder(
            "t:1", "t:2", "t:3", "t:1#r1", "t:2#r1", "t:3#r1", "t:1#r2", "t:2#r2", "t:3#r2");
  }

  @Test
  void theFirstCopyIsTheCorpusUnchanged() {
    Map<String, Row> byId = byId(Replicas.replicate(articles, 2, 100));

    for (Row original : ARTICLES) {
      Row copy = byId.get(original.getString(0));
      for (String field : BenchmarkJob.CORPUS.fieldNames()) {
        assertThat((Object) copy.getAs(field))
            .as(field)
            .isEqualTo(original.get(BenchmarkJob.CORPUS.fieldIndex(field)));
      }
    }
  }

  @Test
  void copyKIsShiftedBackKShiftsAndMarkedInUrlAndText() {
    Map<String, Row> byId = byId(Replicas.replicate(articles, 3, 100));

    Row second = byId.get("t:1#r2");
    assertThat(second.<String>getAs("published")).isEqualTo("2011-08-14"); // 2012-03-01 - 200 days
    assertThat(second.<String>getAs("url")).isEqualTo("https://news.example/a/1/r2");
    assertThat(second.<String>getAs("text"))
        .isEqualTo("The island ferry ran again on Thursday after a week of storms.\n\n(r2)");
    assertThat(second.<String>getAs("title")).isEqualTo("Ferry resumes");
    assertThat(byId.get("t:3#r1").<String>getAs("url")).isNull();
  }

  @Test
  void copiesDifferInTheKeysDedupFoldsExactCopiesBy() {
    List<Row> rows = Replicas.replicate(articles, 3, 100).collectAsList();

    assertThat(rows.stream().map(r -> ArticleChecker.contentHash(r.getAs("text"))).distinct())
        .hasSize(9);
    assertThat(
            rows.stream()
                .filter(r -> r.getAs("url") != null)
                .map(r -> Urls.canonical(r.getAs("url")))
                .distinct())
        .hasSize(6);
  }

  @Test
  void fewerThanOneCopyIsRefused() {
    assertThatThrownBy(() -> Replicas.replicate(articles, 0, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("copies must be at least 1, not 0");
  }

  private static Map<String, Row> byId(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.<String>getAs("doc_id"), Function.identity()));
  }
}
