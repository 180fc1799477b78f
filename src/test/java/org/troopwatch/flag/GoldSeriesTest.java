package org.troopwatch.flag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.combine.Combine;
import org.troopwatch.testing.SparkTest;

/**
 * The series of shared/gold/dev/series.md, computed from the DEV gold claims (read at test time).
 * Where this system knowingly differs from series.md the case says so. The S5 and S6 revisions rely
 * on {@link org.troopwatch.tag.EarlierFigures} reading the gold sentences ("previously announced")
 * and on withdrawals being a cumulative metric (flag/metrics.tsv).
 */
@SparkTest
class GoldSeriesTest {

  private static List<String> events;
  private static List<Row> figures;

  @BeforeAll
  static void flagGoldClaims(SparkSession spark) {
    Dataset<Row> figureRows =
        Combine.combineFigures(GoldClaims.claims(spark), GoldClaims.articles(spark)).cache();
    figures = figureRows.collectAsList();
    events =
        Flag.flagRevisions(figureRows, Flag.DEFAULT_WINDOW_DAYS).collectAsList().stream()
            .map(GoldSeriesTest::describe)
            .collect(Collectors.toList());
  }

  /** type|source|deployer|host|metric|scope|planned|date|old low-high|new low-high|other source. */
  private static String describe(Row r) {
    return String.join(
        "|",
        r.getAs("revision_type"),
        r.getAs("source"),
        r.getAs("deploying_country"),
        str(r, "host_country"),
        r.getAs("metric"),
        str(r, "scope"),
        str(r, "planned"),
        str(r, "report_date"),
        r.getAs("old_low") + "-" + r.getAs("old_high"),
        r.getAs("new_low") + "-" + r.getAs("new_high"),
        str(r, "other_source"));
  }

  private static String str(Row row, String column) {
    return String.valueOf(row.get(row.fieldIndex(column)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          S1 NIS's first figure is a first report; first_report|National Intelligence Service (South Korea)|PRK|RUS|deployed|null|false|2024-10-18|null-null|1500-1500|null
          S1 NIS's 3,000 after 1,500 is an upward revision; upward_revision|National Intelligence Service (South Korea)|PRK|RUS|deployed|null|false|2024-10-23|1500-1500|3000-3000|null
          S1 the second wave to Kursk is a new wave; new_wave|National Intelligence Service (South Korea)|PRK|RUS|deployed|increment|false|2025-02-27|null-null|1000-3000|null
          S2 at least 100 killed is a first report; first_report|National Intelligence Service (South Korea)|PRK|RUS|killed|null|false|2024-12-19|null-null|100-null|null
          S2 about 300 killed after at least 100 is an upward revision; upward_revision|National Intelligence Service (South Korea)|PRK|RUS|killed|null|false|2025-02-27|100-null|300-300|null
          S3 about 1000 wounded (and almost 1000) is one first report; first_report|National Intelligence Service (South Korea)|PRK|RUS|wounded|null|false|2024-12-19|null-null|1000-1000|null
          S3 about 2700 wounded is an upward revision; upward_revision|National Intelligence Service (South Korea)|PRK|RUS|wounded|null|false|2025-02-27|1000-1000|2700-2700|null
          S5 the US military's 2000 and Jarrard's 4000 contradict each other; contradiction|James B. Jarrard|USA|SYR|deployed|null|false|2017-12-07|2000-2000|4000-4000|US military
          S5 the US military's 2000 revises the 503 the same article gives as its November count; upward_revision|US military|USA|SYR|deployed|null|false|2017-12-07|503-503|2000-2000|null
          S5 the Pentagon's 2000 of 2024 revises the 900 it had previously announced; upward_revision|Pentagon|USA|SYR|deployed|null|false|2024-12-20|900-900|2000-2000|null
          S6 the Maldivian government's 51 withdrawn so far continues Mihaaru's count of 25; upward_revision|Maldivian government|IND|MDV|withdrawn|total|false|2024-05-06|25-25|51-51|Mihaaru
          S6 Mihaaru's 25 is a first report; first_report|Mihaaru|IND|MDV|withdrawn|null|false|2024-03-12|null-null|25-25|null
          S10 the Chadian toll near Ouadi Doum is a first report; first_report|Chadian government|LBY|TCD|killed|null|false|1987-03-20|null-null|384-384|null
          S12 Reuters' own 32000 is a first report; first_report|Reuters|USA|AFG|deployed|null|false|2009-01-06|null-null|32000-32000|null
          S13 Gates' planned total of about 60000 is a first report; first_report|Robert Gates|USA|AFG|deployed|total|true|2009-01-06|null-null|60000-60000|null
          S15 Obama's 30000 more is a new wave; new_wave|Barack Obama|USA|AFG|deployed|increment|true|2010-06-02|null-null|30000-30000|null
          S15 Biden's planned drawdown is a first report of withdrawals; first_report|Joe Biden|USA|AFG|withdrawn|null|true|2010-07-18|null-null|2000-null|null
          S16 the 15 captured are a first report; first_report|Reuters|GBR|IRN|captured|null|false|2007-03-23|null-null|15-15|null
          S18 about 30000 in Korea is a first report; first_report|Reuters|USA|KOR|deployed|null|false|2006-11-08|null-null|30000-30000|null
          S19 the Beirut toll of 241 is a first report; first_report|Reuters|USA|LBN|killed|null|false|2012-05-17|null-null|241-241|null
          """)
  void seriesEventComesOutAsDescribed(String why, String expected) {
    assertThat(events).as(why).contains(expected);
  }

  @Test
  void onlyTheNorthKoreanSyrianAndMaldivianSeriesAreRevisedInTheDevSet() {
    assertThat(events.stream().filter(e -> e.contains("_revision|")))
        .extracting(e -> e.split("\\|")[3] + " " + e.split("\\|")[4] + "@" + e.split("\\|")[7])
        .containsExactlyInAnyOrder(
            "RUS deployed@2024-10-23",
            "RUS killed@2025-02-27",
            "RUS wounded@2025-02-27",
            "SYR deployed@2017-12-07",
            "SYR deployed@2024-12-20",
            "MDV withdrawn@2024-05-06");
  }

  @Test
  void theOnlyContradictionInTheDevSetIsJarrardsCountAgainstTheOfficialOne() {
    // Not contradictions: DEU in LTU, an advance party of 20 beside about 5,000 in total, against
    // about 4,800 (S7); North Korean casualties since December against Zelensky's count in Kursk.
    assertThat(events)
        .filteredOn(e -> e.startsWith("contradiction|"))
        .containsExactly(
            "contradiction|James B. Jarrard|USA|SYR|deployed|null|false|2017-12-07|2000-2000"
                + "|4000-4000|US military");
  }

  @Test
  void germanPlansForLithuaniaAreNotRevisions() {
    assertThat(events)
        .filteredOn(e -> e.contains("|DEU|LTU|"))
        .noneMatch(e -> e.contains("_revision|"));
  }

  @Test
  void nisRevisionReadsAsASentence() {
    Row revision =
        Flag.flagRevisions(figureRowsOf(SparkSession.active()), Flag.DEFAULT_WINDOW_DAYS)
            .filter("revision_type = 'upward_revision' and metric = 'deployed'")
            .first();
    assertThat((String) revision.getAs("explanation"))
        .isEqualTo(
            "National Intelligence Service (South Korea) raised its estimate of North Korean"
                + " troops deployed in Russia from 1,500 (2024-10-18) to about 3,000 (2024-10-23).");
    assertThat(revision.<String>getList(revision.fieldIndex("evidence_doc_ids")))
        .containsExactly(
            "nk-nis-1500-sf-2024-10-18-urdupoint", "nk-pentagon-confirms-2024-10-23-fox");
  }

  @Test
  void figuresHoldOneRowPerKeyAndDay() {
    assertThat(figures)
        .extracting(
            r ->
                Combine.KEY_COLUMNS.stream().map(c -> str(r, c)).collect(Collectors.joining("|"))
                    + "@"
                    + r.getAs("report_date"))
        .doesNotHaveDuplicates();
  }

  private static Dataset<Row> figureRowsOf(SparkSession spark) {
    return spark.createDataFrame(figures, org.troopwatch.common.Tables.FIGURES.schema());
  }
}
