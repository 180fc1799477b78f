package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.Main;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.tag.claim.ClaimExtractor;
import org.troopwatch.testing.SparkTest;
import picocli.CommandLine;

/** The explain command: its options, and what it prints of each figure. */
@SparkTest
class ExplainJobTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no text and no doc id           | --published=2025-01-01            | give either --text or --doc-id
          a text without its date         | --text=Ten soldiers were sent.     | --text needs --published
          a date that is not one          | --text=Ten soldiers.,--published=2025-13-40 | not a date YYYY-MM-DD: 2025-13-40
          """)
  void badOptionsAreRejectedBeforeSparkStarts(String covers, String args, String message) {
    StringWriter err = new StringWriter();
    String[] argv = ("explain," + args).split(",");
    int exit = new CommandLine(new Main()).setErr(new PrintWriter(err)).execute(argv);
    assertThat(exit).as(covers).isEqualTo(2);
    assertThat(err.toString()).as(covers).contains(message);
  }

  /** A Korean or Russian text is explained by its language's word reader; English is not. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ko|국정원은 벨라루스에 러시아군 3천 명이 주둔 중이라고 밝혔다.|figure '3천'|=> claim RUS -> BLR deployed 3000..3000",
        "ru|По данным ГУР, в Белоруссии находятся 4 тыс. российских военных.|figure '4 тыс.'|=> claim RUS -> BLR deployed 4000..4000",
      })
  void aTextInAnotherLanguageIsExplainedByItsWordReader(
      String language, String text, String figure, String claim) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean read =
        ExplainJob.explainInLanguage(
            "t",
            LocalDate.of(2025, 3, 12),
            text,
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(read).isTrue();
    assertThat(out).contains("language: " + language, "sentence 0: " + text, figure, claim);
    assertThat(
            ExplainJob.explainInLanguage(
                "t", LocalDate.of(2025, 3, 12), "Norway will send 150 soldiers.", System.out))
        .isFalse();
  }

  @Test
  void everyFigureShowsItsStepsAndItsClaimOrWhyNot(SparkSession spark) {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    String text =
        "Norway will send 150 soldiers to Lithuania in 2026, its defence minister said. The force"
            + " will include 12 tanks.";
    ArticleText article = TagPipeline.annotate(model, "t", LocalDate.of(2025, 3, 12), text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ExplainJob.print(
        article,
        ClaimExtractor.defaults().read(article),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains(
            "sentence 0: Norway will send 150 soldiers to Lithuania in 2026, its defence minister said.")
        .contains("figure '150'")
        .contains("head       'soldiers'")
        .contains("=> claim NOR -> LTU deployed 150..150 (exact), planned");
    assertThat(out).doesNotContain("figure '2026'").contains("figure '12'");
    assertThat(out).contains("=> no claim: step head rejected it, counts_things");
  }

  @Test
  void repeatedDocIdsExplainEachArticleOfTheWarehouseInTurn(SparkSession spark, @TempDir Path dir)
      throws Exception {
    String warehouse = dir.resolve("wh").toString();
    new Warehouse(spark, warehouse)
        .publish(
            Tables.ARTICLES,
            spark.createDataFrame(
                List.of(
                    article("a1", "Chile will send 40 soldiers to Haiti, its army said."),
                    article("a2", "About 300 Polish troops left Iraq on Monday.")),
                Tables.ARTICLES.schema()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit =
          new CommandLine(new Main())
              .execute("explain", "--warehouse", warehouse, "--doc-id", "a2", "--doc-id", "a1");
    } finally {
      System.setOut(saved);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(exit).isZero();
    assertThat(out.indexOf("== a2")).isNotNegative().isLessThan(out.indexOf("== a1"));
    assertThat(out).contains("=> claim CHL -> HTI deployed 40..40").contains("figure 'About 300'");
    int missing =
        new CommandLine(new Main())
            .setErr(new PrintWriter(new StringWriter()))
            .execute("explain", "--warehouse", warehouse, "--doc-id", "a1", "--doc-id", "zz");
    assertThat(missing).isEqualTo(2);
  }

  private static org.apache.spark.sql.Row article(String id, String text) {
    return RowFactory.create(
        id, null, "test", Date.valueOf("2025-03-12"), null, null, text, "en", id, null, "t", id);
  }
}
