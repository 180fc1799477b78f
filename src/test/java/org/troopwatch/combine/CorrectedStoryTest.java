package org.troopwatch.combine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.common.Tables;
import org.troopwatch.testing.SparkTest;

/**
 * A story with a corrected copy (the wire convention: "CORRECTED - ..." in the title, or a text
 * opening with "(Corrects ..."): combine reads its figures from that copy only. Written for this
 * test: a wire's first copy says about 2,500 troops, its correction about 2,000.
 */
@SparkTest
class CorrectedStoryTest {

  private static final Date DAY = Date.valueOf("2024-12-19");

  private static Row article(String doc, String title, String text) {
    return RowFactory.create(
        doc,
        "https://example.test/story",
        "Wire",
        DAY,
        null,
        title,
        text,
        "en",
        "story",
        null,
        "test",
        doc);
  }

  private static Row claim(String doc, long figure) {
    String sentence = "The ministry said about " + figure + " soldiers are in the country.";
    return RowFactory.create(
        doc,
        sentence,
        "USA",
        "SYR",
        null,
        "deployed",
        figure,
        figure,
        "approx",
        null,
        null,
        false,
        "Pentagon",
        null,
        null,
        "Wire",
        DAY,
        0,
        0,
        sentence.length(),
        0.75,
        null,
        false,
        "en",
        null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a CORRECTED title | CORRECTED - Troops in the country | The ministry said... | 0",
        "a (Corrects ...) first line | Troops in the country | (Corrects figure to 2,000) | 0",
        "no correction: both copies count | Troops in the country again | The ministry said | 1",
        "spaces and lines before (corrects | Troops in the country | '  \n\t (corrects toll)' | 0",
        "(Correction: ...) is no (Corrects | Troops in the country | (Correction: troops) | 1",
        "(Correctsy ...) is no (Corrects | Troops in the country | (Correctsy troops) | 1",
        "(CORRECTS- ...) | Troops in the country | (CORRECTS-figure) | 0",
        "twenty spaces before (Corrects | Troops in the country | '                    (Corrects x)' | 0"
      })
  void theCorrectedCopyOfAStoryGivesItsFigures(
      String what, String secondTitle, String secondText, int others, SparkSession spark) {
    Dataset<Row> articles =
        spark.createDataFrame(
            List.of(
                article("first", "Troops in the country", "The ministry said ..."),
                article("second", secondTitle, secondText)),
            Tables.ARTICLES.schema());
    Dataset<Row> claims =
        spark.createDataFrame(
            List.of(claim("first", 2500), claim("second", 2000)), Tables.CLAIMS.schema());
    List<Row> figures = Combine.combineFigures(claims, articles).collectAsList();
    assertThat(figures)
        .as(what)
        .singleElement()
        .satisfies(
            f -> {
              // Without a correction the copies' figures tie and the lower, 2,000, wins the day;
              // the 2,500 stays as another figure of the day. With one, the 2,500 is gone.
              assertThat(f.<Long>getAs("low")).isEqualTo(2000L);
              assertThat(f.<Integer>getAs("other_figures")).isEqualTo(others);
            });
  }
}
