package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troopwatch.ingest.TestArticles.HARBOUR;
import static org.troopwatch.ingest.TestArticles.PATROL;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/**
 * Files that start with a byte-order mark: UTF-8 JSON Lines and CSV with the mark, UTF-16 (both
 * byte orders) JSON Lines and TSV. Every record becomes an article, with its accents intact.
 */
@SparkTest
class ByteOrderMarkTest {

  private static final byte[] UTF8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final String ACCENTS = " Le ministère a précisé: «Kyïv» — naïve déjà vu.";

  @TempDir static Path dir;
  static IngestResult counts;
  static Dataset<Row> articles;
  static Dataset<Row> rejects;

  @BeforeAll
  static void ingestMarkedFiles(SparkSession spark) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    write(in.resolve("utf8-mark.jsonl"), UTF8_MARK, StandardCharsets.UTF_8, jsonl("u8"));
    write(in.resolve("utf16le.jsonl"), le(), StandardCharsets.UTF_16LE, jsonl("le"));
    write(in.resolve("utf16be.jsonl"), be(), StandardCharsets.UTF_16BE, jsonl("be"));
    write(
        in.resolve("utf8-mark.csv"),
        UTF8_MARK,
        StandardCharsets.UTF_8,
        "doc_id,published,title,text\n"
            + "csv-1,2024-03-04,Brigade,\""
            + PATROL
            + ACCENTS
            + " csv one\"\n"
            + "csv-2,2024-03-05,Crane,\""
            + HARBOUR
            + ACCENTS
            + " csv two\"\n");
    write(
        in.resolve("utf16le-crlf.tsv"),
        le(),
        StandardCharsets.UTF_16LE,
        "doc_id\tpublished\ttitle\ttext\r\n"
            + "tsv-1\t2024-03-04\tBrigade\t"
            + PATROL
            + ACCENTS
            + " tsv one\r\n"
            + "tsv-2\t2024-03-05\tCrane\t"
            + HARBOUR
            + ACCENTS
            + " tsv two\r\n");
    String warehouse = dir.resolve("warehouse").toString();
    IngestJob job = new IngestJob();
    job.withOptions(StageOptions.of(warehouse, List.of(in.toString()), DateRange.ALL));
    Warehouse store = new Warehouse(spark, warehouse);
    counts = job.ingest(spark, store);
    articles = store.read(Tables.ARTICLES).cache();
    rejects = store.read(Tables.REJECTS).cache();
  }

  private static String jsonl(String prefix) {
    return TestArticles.article(prefix + "-1", "2024-03-04", "Brigade" + ACCENTS, PATROL + ACCENTS)
        + "\n"
        + TestArticles.article(
            prefix + "-2", "2024-03-05", "Crane", HARBOUR + ACCENTS + " " + prefix)
        + "\n";
  }

  private static byte[] le() {
    return new byte[] {(byte) 0xFF, (byte) 0xFE};
  }

  private static byte[] be() {
    return new byte[] {(byte) 0xFE, (byte) 0xFF};
  }

  private static void write(Path file, byte[] mark, Charset charset, String text)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(mark);
    bytes.write(text.getBytes(charset));
    Files.write(file, bytes.toByteArray());
  }

  @Test
  void everyRecordOfTheMarkedFilesBecomesAnArticle() {
    assertThat(rejects.collectAsList()).isEmpty();
    assertThat(TestArticles.sorted(articles.select("doc_id")))
        .containsExactly(
            "[be-1]", "[be-2]", "[csv-1]", "[csv-2]", "[le-1]", "[le-2]", "[tsv-1]", "[tsv-2]",
            "[u8-1]", "[u8-2]");
  }

  @Test
  void countsReconcileWithTenRecordsRead() {
    assertThat(counts.recordsRead()).isEqualTo(10);
    assertThat(counts.articles()).isEqualTo(10);
    assertThat(counts.rejects()).isZero();
    assertThat(counts.reconciles()).isTrue();
  }

  @Test
  void utf16TextKeepsItsAccents() {
    Map<String, String> titles = TestArticles.byDocId(articles, "title");
    assertThat(titles.get("le-1")).isEqualTo("Brigade" + ACCENTS);
    assertThat(titles.get("be-1")).isEqualTo("Brigade" + ACCENTS);
    assertThat(TestArticles.byDocId(articles, "text").get("tsv-2"))
        .isEqualTo(HARBOUR + ACCENTS + " tsv two");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "UTF-8 mark, EFBBBF7B7D, UTF-8, 3, 7B7D",
    "UTF-16LE mark, FFFE7B00, UTF-16LE, 2, 7B",
    "UTF-16BE mark, FEFF007B, UTF-16BE, 2, 7B",
    "no mark, 7B7D0A, UTF-8, 0, 7B7D0A",
    "one byte, 7B, UTF-8, 0, 7B",
    "half a UTF-8 mark, EFBB, UTF-8, 0, EFBB",
  })
  void markIsReadOffAndTheRestIsUtf8(
      String why, String hex, String charset, int markBytes, String utf8Hex) throws IOException {
    ByteOrderMark.Detected detected = ByteOrderMark.detect(stream(hex));
    assertThat(detected.charset().name()).as(why).isEqualTo(charset);
    assertThat(detected.markBytes()).as(why).isEqualTo(markBytes);
    assertThat(hex(detected.utf8().readAllBytes())).as(why).isEqualTo(utf8Hex);
  }

  @Test
  void longUtf16TextWithSurrogatePairsReencodesExactly() throws IOException {
    String text = "troops 🪖 ".repeat(5000) + "é";
    byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
    InputStream utf8 = ByteOrderMark.detect(new ByteArrayInputStream(bytes)).utf8();
    assertThat(new String(utf8.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
  }

  private static InputStream stream(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return new ByteArrayInputStream(bytes);
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02X", b & 0xff));
    }
    return out.toString();
  }
}
