package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troopwatch.ingest.TestArticles.HARBOUR;
import static org.troopwatch.ingest.TestArticles.PATROL;
import static org.troopwatch.ingest.TestArticles.article;
import static org.troopwatch.ingest.TestArticles.line;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.testing.SparkTest;

/** The whole ingest job on a file mixing good and bad lines: rejects, counts, re-runs, dates. */
@SparkTest
class IngestJobTest {

  @TempDir static Path dir;

  static Path mixed;
  static Path truncatedGzip;
  static Path longLine;
  static IngestResult first;
  static Warehouse warehouse;

  /**
   * The mixed file, line by line: 1-3 good articles; 4 not JSON; 5 a JSON array; 6 no text; 7 no
   * date; 8 an unreadable date; 9 February 30th; 10 a date before 1900; 11 a text over the cap
   * (2,000 characters in this test); 12 article a1 again, same content (a duplicate); 13 doc_id a1
   * with other content (a conflict); 14 blank (not a record); 15 a good article without doc_id. The
   * truncated gzip file holds one good line and then breaks off.
   */
  @BeforeAll
  static void ingestMixedFile(SparkSession spark) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(article("a1", "2024-03-04", "Brigade reaches border", PATROL));
    lines.add(article("a2", "Mon, 04 Mar 2024 10:15:00 GMT", "Harbour crane ready", HARBOUR));
    lines.add(article("a3", "Mar 5, 2024", "Crane", HARBOUR + " A later paragraph adds detail."));
    lines.add("this line is not JSON at all");
    lines.add("[1, 2, 3]");
    lines.add(article("b1", "2024-03-04", "Empty", "   "));
    lines.add(line("doc_id", "b2", "title", "Undated", "text", PATROL));
    lines.add(article("b3", "next Tuesday", "Vague", PATROL));
    lines.add(article("b4", "2024-02-30", "Leap", PATROL));
    lines.add(article("b5", "1850-06-01", "Old", PATROL));
    lines.add(article("b6", "2024-03-04", "Long", "word ".repeat(500)));
    lines.add(article("a1", "2024-03-04", "Brigade reaches border", PATROL));
    lines.add(article("a1", "2024-03-04", "Brigade reaches border", HARBOUR + " Changed."));
    lines.add("");
    lines.add(
        line(
            "url", "https://www.example.org/story/7?utm_source=feed",
            "published", "1709596800",
            "title", "No id",
            "text", "A short note about the weather on the coast, which stayed calm all week."));
    mixed = TestArticles.write(dir.resolve("in/mixed.jsonl"), lines);

    // The good line is flushed whole; the second line is incompressible noise cut off midway.
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzipped, true)) {
      String good = article("c1", "2024-03-06", "Crane again", HARBOUR + " Third telling.") + "\n";
      out.write(good.getBytes(StandardCharsets.UTF_8));
      out.flush();
      java.util.Random noise = new java.util.Random(4);
      StringBuilder second = new StringBuilder();
      for (int i = 0; i < 20_000; i++) {
        second.append((char) ('a' + noise.nextInt(26)));
      }
      out.write((second + "\n").getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = gzipped.toByteArray();
    truncatedGzip = dir.resolve("in/broken.jsonl.gz");
    Files.write(truncatedGzip, Arrays.copyOf(whole, whole.length - 5_000));

    longLine =
        TestArticles.write(
            dir.resolve("in/long.jsonl"),
            List.of("{\"text\": \"" + "a".repeat(JsonLines.LINE_CAP_BYTES + 10) + "\"}"));

    first =
        ingest(
            spark, DateRange.ALL, mixed.toString(), truncatedGzip.toString(), longLine.toString());
    warehouse = new Warehouse(spark, dir.resolve("warehouse").toString());
  }

  static IngestResult ingest(SparkSession spark, DateRange dates, String... inputs) {
    IngestJob job = new IngestJob().withReading(null, 2000);
    job.withOptions(StageOptions.of(dir.resolve("warehouse").toString(), List.of(inputs), dates));
    return job.ingest(spark, new Warehouse(spark, dir.resolve("warehouse").toString()));
  }

  @Test
  void countsReconcileExactlyOnAFileMixingGoodAndBadLines() {
    // 14 records in the mixed file (the blank line is none), 2 from the broken gzip file, 1 long.
    assertThat(first.recordsRead()).isEqualTo(17);
    assertThat(first.articles()).isEqualTo(5);
    assertThat(first.rejects()).isEqualTo(11);
    assertThat(first.duplicates()).isEqualTo(1);
    assertThat(first.outsideDates()).isZero();
    assertThat(first.reconciles()).isTrue();
    assertThat(first.reconciliationLine())
        .contains("records read 17 = articles 5 + rejects 11 + duplicates 1 + outside dates 0");
  }

  @ParameterizedTest(name = "{0} is rejected with line {2}")
  @CsvSource({
    "not_json, mixed.jsonl, 4",
    "not_json, mixed.jsonl, 5",
    "missing_text, mixed.jsonl, 6",
    "missing_date, mixed.jsonl, 7",
    "bad_date, mixed.jsonl, 8",
    "impossible_date, mixed.jsonl, 9",
    "impossible_date, mixed.jsonl, 10",
    "text_too_long, mixed.jsonl, 11",
    "duplicate_id_conflict, mixed.jsonl, 13",
    "unreadable_file, broken.jsonl.gz, 2",
    "line_too_long, long.jsonl, 1"
  })
  void everyBadRecordIsRejectedWithItsReasonPlaceAndPayload(
      String reason, String file, long lineNumber) {
    List<Row> rejects =
        warehouse
            .read(Tables.REJECTS)
            .where(
                "reason = '"
                    + reason
                    + "' and line_number = "
                    + lineNumber
                    + " and source_file like '%"
                    + file
                    + "'")
            .collectAsList();
    assertThat(rejects).hasSize(1);
    Row reject = rejects.get(0);
    assertThat((String) reject.getAs("detail")).isNotBlank();
    assertThat((Object) reject.getAs("byte_offset")).isNotNull();
    assertThat((Object) reject.getAs("run_date")).isNotNull();
    if (!reason.equals("unreadable_file")) {
      assertThat((String) reject.getAs("payload")).isNotBlank();
    }
  }

  @Test
  void theRejectOfAnUnreadableFileNamesTheFailureAndTheGoodLinesBeforeItAreKept() {
    Row reject = warehouse.read(Tables.REJECTS).where("reason = 'unreadable_file'").first();
    assertThat((String) reject.getAs("detail")).startsWith("reading stopped: java.io.EOFException");
    assertThat(TestArticles.byDocId(warehouse.read(Tables.ARTICLES), "title"))
        .containsEntry("c1", "Crane again");
  }

  @Test
  void aConflictKeepsTheFirstRecordAndSaysWhereItIs() {
    Row conflict = warehouse.read(Tables.REJECTS).where("reason = 'duplicate_id_conflict'").first();
    assertThat((String) conflict.getAs("doc_id")).isEqualTo("a1");
    assertThat((String) conflict.getAs("detail"))
        .startsWith("doc_id a1 is taken by different content at ")
        .endsWith("mixed.jsonl:1");
    assertThat(TestArticles.byDocId(warehouse.read(Tables.ARTICLES), "text"))
        .containsEntry("a1", PATROL);
  }

  @Test
  void articlesAreNormalisedWithDatesOutletsAndIds() {
    Dataset<Row> articles = warehouse.read(Tables.ARTICLES);
    Map<String, String> outlets = TestArticles.byDocId(articles, "outlet");
    String derivedId =
        outlets.keySet().stream().filter(id -> id.startsWith("url:")).findFirst().orElseThrow();
    assertThat(outlets).containsEntry(derivedId, "example.org").containsEntry("a1", "Example News");
    Row a2 = articles.where("doc_id = 'a2'").first();
    assertThat(String.valueOf((Object) a2.getAs("published"))).isEqualTo("2024-03-04");
    assertThat(String.valueOf((Object) a2.getAs("published_ts")))
        .isEqualTo("2024-03-04 10:15:00.0");
    assertThat((String) a2.getAs("language")).isEqualTo("en");
    assertThat((Object) articles.where("doc_id = 'a1'").first().getAs("published_ts")).isNull();
  }

  @Test
  void reIngestingTheSameInputLeavesBothTablesIdentical(SparkSession spark) {
    List<String> articlesBefore = TestArticles.sorted(warehouse.read(Tables.ARTICLES));
    List<String> rejectsBefore = TestArticles.sorted(warehouse.read(Tables.REJECTS));

    IngestResult again =
        ingest(
            spark, DateRange.ALL, mixed.toString(), truncatedGzip.toString(), longLine.toString());

    assertThat(again.articles()).isZero();
    assertThat(again.duplicates()).isEqualTo(first.articles() + first.duplicates());
    assertThat(again.reconciles()).isTrue();
    assertThat(TestArticles.sorted(warehouse.read(Tables.ARTICLES))).isEqualTo(articlesBefore);
    assertThat(TestArticles.sorted(warehouse.read(Tables.REJECTS))).isEqualTo(rejectsBefore);
  }

  @Test
  void aDateOptionTakesOnlyThatDayAndKeepsTheOtherDatesInTheTable(SparkSession spark) {
    Path later =
        TestArticles.write(
            dir.resolve("in/later.jsonl"),
            List.of(
                article("d1", "2024-04-10", "April crane", HARBOUR + " April."),
                article("d2", "2024-04-11", "April patrol", PATROL + " April.")));
    IngestResult result =
        ingest(
            spark,
            new DateRange(
                java.time.LocalDate.parse("2024-04-11"), java.time.LocalDate.parse("2024-04-11")),
            later.toString());

    assertThat(result.articles()).isEqualTo(1);
    assertThat(result.outsideDates()).isEqualTo(1);
    List<String> ids =
        warehouse.read(Tables.ARTICLES).select("doc_id").collectAsList().stream()
            .map(r -> r.getString(0))
            .collect(Collectors.toList());
    assertThat(ids).contains("d2", "a1", "a2").doesNotContain("d1");
  }
}
