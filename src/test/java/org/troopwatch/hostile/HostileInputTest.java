package org.troopwatch.hostile;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.troopwatch.hostile.HostileFiles.AIRFIELD;
import static org.troopwatch.hostile.HostileFiles.CHOIR;
import static org.troopwatch.hostile.HostileFiles.DEPOT;
import static org.troopwatch.hostile.HostileFiles.FERRY;
import static org.troopwatch.hostile.HostileFiles.GARRISON;
import static org.troopwatch.hostile.HostileFiles.MARKET;
import static org.troopwatch.hostile.HostileFiles.ORCHARD;
import static org.troopwatch.hostile.HostileFiles.article;
import static org.troopwatch.hostile.HostileFiles.line;
import static org.troopwatch.hostile.HostileFiles.utf8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.ingest.IngestJob;
import org.troopwatch.ingest.IngestResult;
import org.troopwatch.tag.TagJob;
import org.troopwatch.testing.SparkTest;

/**
 * Hostile input through the real ingest and tag jobs in one run: each hostile file either gives
 * articles or lands in rejects with a reason, the counts reconcile exactly, and the control
 * articles and their claims are the same as when ingested and tagged alone.
 */
@SparkTest
class HostileInputTest {

  static final int TINY_RECORDS = 100_000;
  static final int BZIP2_RECORDS = 4_000;
  static final int TEXT_CAP = 200_000;

  @TempDir static Path dir;

  static Path control;
  static Path truncatedBzip2;
  static final List<String> inputs = new ArrayList<>();
  static IngestResult hostileRun;
  static Warehouse hostile;
  static Warehouse alone;

  @BeforeAll
  static void ingestAndTagEverything(SparkSession spark) throws IOException {
    Path in = dir.resolve("in");
    control =
        HostileFiles.writeLines(
            in.resolve("control.jsonl"),
            List.of(
                article("ctl-1", "2024-03-04", GARRISON),
                article("ctl-2", "2024-03-05", AIRFIELD),
                article("ctl-3", "2024-03-06", MARKET)));
    inputs.add(control.toString());
    inputs.add(HostileFiles.truncatedGzip(in.resolve("truncated.jsonl.gz")).toString());
    inputs.add(HostileFiles.corruptGzip(in.resolve("corrupt.jsonl.gz")).toString());
    inputs.add(HostileFiles.corruptBzip2(in.resolve("corrupt.jsonl.bz2")).toString());
    truncatedBzip2 = HostileFiles.truncatedBzip2(in.resolve("truncated.jsonl.bz2"), BZIP2_RECORDS);
    inputs.add(truncatedBzip2.toString());
    Random random = new Random(11);
    byte[] newline = {'\n'};
    inputs.add(
        HostileFiles.writeBytes(
                in.resolve("binary.jsonl"),
                HostileFiles.noise(random, 3000),
                newline,
                HostileFiles.noise(random, 70_000),
                newline,
                HostileFiles.noise(random, 10),
                newline,
                HostileFiles.noise(random, 5000))
            .toString());
    inputs.add(
        HostileFiles.writeBytes(
                in.resolve("nul-bytes.jsonl"),
                // escaped NULs inside a good text: removed by the cleaner, the article stays
                utf8(article("nul-1", "2024-03-04", "\u0000" + ORCHARD.replace(" ", " \u0000"))),
                utf8("\n{\"doc_id\":\"nul-2\",\"published\":\"2024-03-04\",\"text\":\"raw "),
                new byte[] {0, 0, 0},
                utf8(" NULs\"}\n"),
                utf8(article("nul-3", "2024-03-04", "\u0000\u0000\u0000")),
                utf8("\n"),
                new byte[] {0, 0, 0, 0},
                utf8("\n"))
            .toString());
    inputs.add(
        HostileFiles.writeBytes(
                in.resolve("invalid-utf8.jsonl"),
                utf8("{\"doc_id\":\"utf-1\",\"published\":\"2024-03-04\",\"text\":\"" + CHOIR),
                // a lone continuation byte, an overlong slash, a cut euro sign, bytes never valid
                new byte[] {
                  ' ',
                  (byte) 0x80,
                  ' ',
                  (byte) 0xC0,
                  (byte) 0xAF,
                  ' ',
                  (byte) 0xE2,
                  (byte) 0x82,
                  ' ',
                  (byte) 0xFE,
                  (byte) 0xFF
                },
                utf8("\"}\n{\"doc_id\":\"utf-2\","),
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                utf8("\"text\":\"" + CHOIR + "\"}\n"))
            .toString());
    inputs.add(HostileFiles.hugeLine(in.resolve("huge-line.jsonl"), 50).toString());
    inputs.add(HostileFiles.tinyRecords(in.resolve("tiny.jsonl"), TINY_RECORDS).toString());
    inputs.add(
        HostileFiles.writeLines(
                in.resolve("digits.jsonl"),
                List.of(
                    article("digits-1m", "2024-03-04", HostileFiles.digitsAndCommas(1 << 20)),
                    article(
                        "digits-100k",
                        "2024-03-04",
                        "Troops " + HostileFiles.digitsAndCommas(100_000) + ".")))
            .toString());
    inputs.add(
        HostileFiles.writeLines(
                in.resolve("nested.jsonl"),
                List.of(
                    HostileFiles.nested(100_000, false),
                    "{\"doc_id\":\"deep-1\",\"published\":\"2024-03-04\",\"text\":"
                        + HostileFiles.nested(500, true)
                        + "}",
                    "{\"doc_id\":\"deep-2\",\"published\":\"2024-03-04\",\"text\":\"Quiet.\","
                        + "\"extra\":"
                        + HostileFiles.nested(2000, false)
                        + "}",
                    HostileFiles.nested(100_000, true)))
            .toString());
    inputs.add(
        HostileFiles.writeLines(
                in.resolve("wrong-types.jsonl"),
                List.of(
                    line("doc_id", "wt-1", "published", "2024-03-04", "text", 42),
                    line("doc_id", "wt-2", "published", "2024-03-04", "text", List.of(FERRY)),
                    line(
                        "doc_id",
                        "wt-3",
                        "published",
                        "2024-03-04",
                        "text",
                        FERRY,
                        "title",
                        Map.of("main", "A title")),
                    line("doc_id", "wt-4", "published", true, "text", FERRY),
                    line("doc_id", "wt-5", "published", "2024-03-04", "text", FERRY, "url", 12),
                    line("doc_id", 1.5, "published", "2024-03-04", "text", FERRY),
                    // an integer doc_id and an epoch published are what feeds write: valid
                    line("doc_id", 777, "published", 1709596800, "text", DEPOT)))
            .toString());
    inputs.add(
        HostileFiles.writeLines(
                in.resolve("dates.jsonl"),
                Stream.of(
                        "0000-01-01",
                        "9999-12-31",
                        "9999-12-31T23:59:59Z",
                        "0000-00-00",
                        "Dec 31, 9999",
                        "+10000-01-01")
                    .map(d -> article("date-" + d, d, CHOIR))
                    .toList())
            .toString());
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("https://news.example.net/hostile/scripts", HostileFiles.hostilePage(10_000));
    pages.put("https://news.example.net/hostile/unclosed", HostileFiles.unclosedTags(10_000));
    inputs.add(HostileFiles.warc(in.resolve("hostile.warc.gz"), pages).toString());
    String good = HostileFiles.page(FERRY + " Extra sailings are planned for the summer.");
    String lying = HostileFiles.page(ORCHARD + " The cooperative also sells juice.");
    String goodAgain = HostileFiles.page(DEPOT + " The depot opens in May.");
    String lastLying = HostileFiles.page(CHOIR + " The choir sings again in autumn.");
    inputs.add(
        HostileFiles.writeBytes(
                in.resolve("lying.warc"),
                HostileFiles.rawWarcRecord("https://news.example.net/w/good", good, null),
                HostileFiles.rawWarcRecord("https://news.example.net/w/short", lying, 150),
                HostileFiles.rawWarcRecord("https://news.example.net/w/again", goodAgain, null),
                HostileFiles.rawWarcRecord("https://news.example.net/w/long", lastLying, 1 << 20))
            .toString());
    // The same four records, each its own gzip member: the lie is inside a member.
    inputs.add(
        HostileFiles.writeBytes(
                in.resolve("lying.warc.gz"),
                HostileFiles.gzipMember(
                    HostileFiles.rawWarcRecord("https://news.example.net/z/good", good, null)),
                HostileFiles.gzipMember(
                    HostileFiles.rawWarcRecord("https://news.example.net/z/short", lying, 150)),
                HostileFiles.gzipMember(
                    HostileFiles.rawWarcRecord(
                        "https://news.example.net/z/again", goodAgain, null)),
                HostileFiles.gzipMember(
                    HostileFiles.rawWarcRecord(
                        "https://news.example.net/z/long", lastLying, 1 << 20)))
            .toString());

    hostile = new Warehouse(spark, dir.resolve("hostile-warehouse").toString());
    hostileRun = ingest(spark, hostile, inputs);
    new TagJob().withOptions(options(hostile, List.of())).runIn(spark);

    alone = new Warehouse(spark, dir.resolve("control-warehouse").toString());
    ingest(spark, alone, List.of(control.toString()));
    new TagJob().withOptions(options(alone, List.of())).runIn(spark);
  }

  static IngestResult ingest(SparkSession spark, Warehouse warehouse, List<String> files) {
    IngestJob job = new IngestJob().withReading(null, TEXT_CAP);
    job.withOptions(options(warehouse, files));
    return job.ingest(spark, warehouse);
  }

  static StageOptions options(Warehouse warehouse, List<String> files) {
    return StageOptions.of(warehouse.root().toString(), files, DateRange.ALL);
  }

  static Stream<Arguments> hostileFiles() {
    return Stream.of(
        Arguments.of("truncated.jsonl.gz", List.of("unreadable_file"), 1),
        Arguments.of("corrupt.jsonl.gz", List.of("unreadable_file"), 0),
        Arguments.of("corrupt.jsonl.bz2", List.of("unreadable_file"), 0),
        Arguments.of("binary.jsonl", List.of("not_json", "not_json", "not_json", "not_json"), 0),
        Arguments.of("nul-bytes.jsonl", List.of("missing_text", "not_json", "not_json"), 1),
        Arguments.of("invalid-utf8.jsonl", List.of("not_json"), 1),
        Arguments.of("huge-line.jsonl", List.of("line_too_long"), 1),
        Arguments.of("tiny.jsonl", List.of(), TINY_RECORDS),
        Arguments.of("digits.jsonl", List.of("text_too_long"), 1),
        Arguments.of("nested.jsonl", List.of("not_json", "not_json", "not_json", "wrong_type"), 0),
        Arguments.of(
            "wrong-types.jsonl",
            List.of("wrong_type").stream().flatMap(r -> Stream.of(r, r, r, r, r, r)).toList(),
            1),
        Arguments.of(
            "dates.jsonl",
            List.of(
                "bad_date",
                "impossible_date",
                "impossible_date",
                "impossible_date",
                "impossible_date",
                "impossible_date"),
            0),
        Arguments.of("hostile.warc.gz", List.of(), 2),
        Arguments.of("lying.warc", List.of("bad_warc_record", "bad_warc_record"), 2),
        Arguments.of("lying.warc.gz", List.of("bad_warc_record", "bad_warc_record"), 2));
  }

  @ParameterizedTest(name = "{0}: rejects {1}, articles {2}")
  @MethodSource("hostileFiles")
  void eachHostileFileGivesItsArticlesAndRejectsWithReasons(
      String file, List<String> reasons, long articles) {
    List<String> found =
        hostile
            .read(Tables.REJECTS)
            .where(col("source_file").endsWith("/" + file))
            .select("reason")
            .collectAsList()
            .stream()
            .map(r -> r.getString(0))
            .sorted()
            .toList();
    assertThat(found).isEqualTo(reasons);
    assertThat(hostile.read(Tables.ARTICLES).where(col("source_file").endsWith("/" + file)).count())
        .isEqualTo(articles);
  }

  @Test
  void countsReconcileExactlyOverAllHostileFiles() {
    long expectedRejects = hostileFiles().mapToLong(a -> ((List<?>) a.get()[1]).size()).sum();
    long truncatedBzip2Articles =
        hostile.read(Tables.ARTICLES).where(col("doc_id").startsWith("bz")).count();
    long expectedArticles =
        3
            + hostileFiles().mapToLong(a -> ((Number) a.get()[2]).longValue()).sum()
            + truncatedBzip2Articles;
    System.out.println("hostile: " + hostileRun.reconciliationLine());
    assertThat(hostileRun.reconciles()).isTrue();
    assertThat(hostileRun.rejects()).isEqualTo(expectedRejects + 1);
    assertThat(hostileRun.articles()).isEqualTo(expectedArticles);
    assertThat(hostileRun.recordsRead()).isEqualTo(expectedRejects + 1 + expectedArticles);
    assertThat(hostile.read(Tables.REJECTS).count()).isEqualTo(hostileRun.rejects());
    assertThat(hostile.read(Tables.ARTICLES).count()).isEqualTo(hostileRun.articles());
  }

  @Test
  void aTruncatedBzip2FileKeepsEveryRecordOfItsCompleteBlocksAndEndsInOneReject() {
    List<Long> numbers =
        hostile
            .read(Tables.ARTICLES)
            .where(col("doc_id").startsWith("bz"))
            .select("doc_id")
            .collectAsList()
            .stream()
            .map(r -> Long.parseLong(r.getString(0).substring(2)))
            .sorted()
            .toList();
    List<Row> rejects =
        hostile
            .read(Tables.REJECTS)
            .where(col("source_file").endsWith("/truncated.jsonl.bz2"))
            .collectAsList();
    assertThat(numbers).isNotEmpty().hasSizeLessThan(BZIP2_RECORDS);
    // a prefix of the file without gaps, and the reject names the line where reading stopped
    assertThat(numbers.get(numbers.size() - 1)).isEqualTo(numbers.size() - 1L);
    assertThat(rejects).hasSize(1);
    assertThat(rejects.get(0).<String>getAs("reason")).isEqualTo("unreadable_file");
    assertThat(rejects.get(0).<Long>getAs("line_number")).isEqualTo(numbers.size() + 1L);
  }

  @Test
  void theControlArticlesAreExactlyWhatTheyAreWhenIngestedAlone() {
    String[] columns = {
      "doc_id",
      "url",
      "published",
      "title",
      "text",
      "story_id",
      "duplicate_of",
      "content_hash",
      "language"
    };
    Dataset<Row> mine = hostile.read(Tables.ARTICLES).where(col("doc_id").startsWith("ctl-"));
    assertThat(sorted(mine.selectExpr(columns)))
        .hasSize(3)
        .isEqualTo(sorted(alone.read(Tables.ARTICLES).selectExpr(columns)));
  }

  @Test
  void theControlClaimsAreExactlyWhatTheyAreWhenTaggedAlone() {
    Dataset<Row> claims = hostile.read(Tables.CLAIMS).where(col("doc_id").startsWith("ctl-"));
    List<String> expected = sorted(alone.read(Tables.CLAIMS));
    assertThat(expected).isNotEmpty();
    assertThat(sorted(claims)).isEqualTo(expected);
  }

  @Test
  void validHostileRecordsAreTaggedNormally() {
    // the deployment inside 10,000 nested divs, behind scripts, is found like any other
    List<Row> claims =
        hostile
            .read(Tables.CLAIMS)
            .where(col("sentence").contains("350 troops in Bulgaria"))
            .collectAsList();
    assertThat(claims).isNotEmpty();
  }

  @Test
  void scriptsAreNeverPartOfAnArticleText() {
    List<String> texts =
        hostile
            .read(Tables.ARTICLES)
            .where(col("url").contains("/hostile/"))
            .select("text")
            .collectAsList()
            .stream()
            .map(r -> r.getString(0))
            .toList();
    assertThat(texts).hasSize(2);
    assertThat(texts)
        .noneMatch(t -> t.contains("Injected") || t.contains("alert") || t.contains("fetch("));
    assertThat(texts).anyMatch(t -> t.contains(DEPOT)).anyMatch(t -> t.contains(CHOIR));
  }

  @Test
  void nulBytesAndInvalidUtf8InsideAValidRecordAreCleanedNotSpread() {
    Map<String, String> texts = new LinkedHashMap<>();
    hostile
        .read(Tables.ARTICLES)
        .where(col("doc_id").isin("nul-1", "utf-1"))
        .collectAsList()
        .forEach(r -> texts.put(r.getAs("doc_id"), r.getAs("text")));
    assertThat(texts.get("nul-1")).doesNotContain("\u0000").contains("Apple growers in the valley");
    assertThat(texts.get("utf-1")).startsWith(CHOIR).contains("\uFFFD");
  }

  static List<String> sorted(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).sorted().toList();
  }
}
