package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troopwatch.ingest.TestArticles.HARBOUR;
import static org.troopwatch.ingest.TestArticles.PATROL;
import static org.troopwatch.ingest.TestArticles.line;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.testing.SparkTest;

/**
 * Each input format on small files written here: a folder of CSV, TSV, Parquet and a WARC of HTML
 * responses (one run), and news-please style JSON Lines, gzip and bzip2, with a field mapping
 * (another run).
 */
@SparkTest
class InputFormatsTest {

  @TempDir static Path dir;
  static Dataset<Row> articles;
  static Dataset<Row> rejects;

  static final String PAGE =
      "<html><head><title>Site | Brigade at the border</title>"
          + "<meta property=\"og:title\" content=\"Brigade at the border\">"
          + "<meta property=\"article:published_time\" content=\"2024-03-04T08:30:00+01:00\">"
          + "</head><body><header><a href=\"/\">Home</a> <a href=\"/world\">World news menu</a>"
          + "</header><nav><ul><li>Politics</li><li>Business</li></ul></nav><article>"
          + "<h1>Brigade at the border</h1><p>The defence ministry said on Monday that 1,200"
          + " soldiers had reached the border town after a two day march.</p><p>Officials expect"
          + " the unit to stay until the spring &amp; then rotate home.</p>"
          + "<div class=\"share\"><p>Share this story on social media today</p></div></article>"
          + "<footer><p>Copyright and cookie settings for all readers of this site.</p></footer>"
          + "</body></html>";

  @BeforeAll
  static void ingestEveryFormat(SparkSession spark) throws IOException {
    Path mixed = dir.resolve("formats");
    TestArticles.write(
        mixed.resolve("feed.csv"),
        List.of(
            "doc_id,url,outlet,published,title,text",
            "csv-1,https://example.org/a,Example,2024-03-04,\"Brigade, border\",\"" + PATROL + "\"",
            "csv-2,,Example,2024-03-05,Quoted,\"He said \"\"no\"\"\nacross two lines.\"",
            "csv-3,only,three fields"));
    TestArticles.write(
        mixed.resolve("feed.tsv"),
        List.of("doc_id\tpublished\ttitle\ttext", "tsv-1\t04 Mar 2024\tCrane\t" + HARBOUR));
    StructType schema =
        new StructType()
            .add("doc_id", DataTypes.StringType)
            .add("published", DataTypes.DateType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("extra", DataTypes.IntegerType);
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    "pq-1", java.sql.Date.valueOf("2024-03-06"), "Parquet crane", HARBOUR, 7),
                RowFactory.create(
                    "pq-2", java.sql.Date.valueOf("2024-03-06"), "Parquet gap", null, 8)),
            schema)
        .coalesce(1)
        .write()
        .parquet(mixed.resolve("table.parquet").toString());
    writeWarc(mixed.resolve("crawl.warc.gz"));

    ingest(spark, null, mixed.toString());

    Path newsPlease = dir.resolve("news-please");
    String one =
        line(
            "url", "https://www.example.net/world/brigade",
            "source_domain", "example.net",
            "date_publish", "2024-03-07 09:00:00",
            "title", "Brigade Â£ cost",
            "maintext", PATROL + " The march cost Â£2m.");
    String two =
        line(
            "url", "https://www.example.net/world/crane",
            "source_domain", "example.net",
            "date_publish", "2024-03-08 10:00:00",
            "title", "Crane",
            "maintext", HARBOUR);
    compress(newsPlease.resolve("a.jsonl.gz"), "gzip", one);
    compress(newsPlease.resolve("b.jsonl.bz2"), "bzip2", two);
    ingest(
        spark, "published=date_publish,text=maintext,outlet=source_domain", newsPlease.toString());

    Warehouse warehouse = new Warehouse(spark, dir.resolve("warehouse").toString());
    articles = warehouse.read(Tables.ARTICLES).cache();
    rejects = warehouse.read(Tables.REJECTS).cache();
  }

  static void ingest(SparkSession spark, String fieldMap, String input) {
    String warehouse = dir.resolve("warehouse").toString();
    IngestJob job = new IngestJob().withReading(fieldMap, 200_000);
    job.withOptions(StageOptions.of(warehouse, List.of(input), DateRange.ALL));
    job.ingest(spark, new Warehouse(spark, warehouse));
  }

  static void writeWarc(Path file) throws IOException {
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      writer.write(response("https://news.example.com/2024/brigade", 200, PAGE));
      writer.write(response("https://news.example.com/missing", 404, "<html>gone</html>"));
      writer.write(
          response(
              "https://news.example.com/2024/crane",
              200,
              "<html><body><main><p>" + HARBOUR + "</p></main></body></html>"));
    }
  }

  static WarcResponse response(String url, int status, String html) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(
                MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2024-03-09T12:00:00Z"))
        .body(http)
        .build();
  }

  static void compress(Path file, String codecName, String content) throws IOException {
    Files.createDirectories(file.getParent());
    CompressionCodec codec =
        new CompressionCodecFactory(new Configuration()).getCodecByName(codecName);
    try (OutputStream out = codec.createOutputStream(Files.newOutputStream(file))) {
      out.write((content + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  static Row article(String where) {
    List<Row> rows = articles.where(where).collectAsList();
    assertThat(rows).as(where).hasSize(1);
    return rows.get(0);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "csv (quoted comma)   | doc_id = 'csv-1'                          | Brigade, border",
        "tsv                  | doc_id = 'tsv-1'                          | Crane",
        "parquet              | doc_id = 'pq-1'                           | Parquet crane",
        "warc                 | url = 'https://news.example.com/2024/brigade' | Brigade at the border",
        "json lines gzip      | url = 'https://www.example.net/world/brigade' | Brigade £ cost",
        "json lines bzip2     | url = 'https://www.example.net/world/crane'   | Crane"
      })
  void everyFormatYieldsItsArticle(String format, String where, String title) {
    assertThat((String) article(where).getAs("title")).isEqualTo(title);
  }

  @Test
  void aQuotedCsvFieldKeepsDoubledQuotesAndLineBreaks() {
    assertThat((String) article("doc_id = 'csv-2'").getAs("text"))
        .isEqualTo("He said \"no\"\nacross two lines.");
  }

  @Test
  void aCsvRowWithTooFewFieldsIsRejectedAtItsLine() {
    Row reject = rejects.where("reason = 'malformed_row'").first();
    assertThat((Long) reject.getAs("line_number")).isEqualTo(5L);
    assertThat((String) reject.getAs("detail")).isEqualTo("row has 3 fields, the header 6");
    assertThat((String) reject.getAs("payload")).isEqualTo("csv-3,only,three fields");
  }

  @Test
  void aParquetRecordWithoutTextIsRejectedWithItsFieldsAsJson() {
    Row reject = rejects.where("doc_id = 'pq-2'").first();
    assertThat((String) reject.getAs("reason")).isEqualTo("missing_text");
    assertThat((String) reject.getAs("payload"))
        .isEqualTo(
            "{\"doc_id\":\"pq-2\",\"published\":\"2024-03-06\",\"title\":\"Parquet gap\","
                + "\"extra\":8}");
  }

  @Test
  void aWarcPageGivesItsTextWithoutNavigationAndItsPublishedDate() {
    Row page = article("url = 'https://news.example.com/2024/brigade'");
    String text = page.getAs("text");
    assertThat(text)
        .startsWith("The defence ministry said on Monday that 1,200 soldiers")
        .contains("until the spring & then rotate home.")
        .doesNotContain("menu", "Politics", "Share this", "cookie");
    assertThat(String.valueOf((Object) page.getAs("published"))).isEqualTo("2024-03-04");
    assertThat((String) page.getAs("outlet")).isEqualTo("news.example.com");
  }

  @Test
  void aWarcResponseThatIsNoArticleIsRejectedWithItsOffset() {
    Row reject = rejects.where("reason = 'not_an_article'").first();
    assertThat((String) reject.getAs("detail")).isEqualTo("HTTP 404 text/html");
    assertThat((Long) reject.getAs("byte_offset")).isPositive();
  }

  @Test
  void newsPleaseFieldsAreMappedAndMojibakeIsRepaired() {
    Row row = article("url = 'https://www.example.net/world/brigade'");
    assertThat((String) row.getAs("outlet")).isEqualTo("example.net");
    assertThat((String) row.getAs("text")).endsWith("The march cost £2m.");
    assertThat(String.valueOf((Object) row.getAs("published_ts")))
        .isEqualTo("2024-03-07 09:00:00.0");
    assertThat((String) row.getAs("doc_id")).startsWith("url:");
  }

  @Test
  void theSourceFileOfEachArticleIsKept() {
    Map<String, String> files = TestArticles.byDocId(articles, "source_file");
    assertThat(files.get("csv-1")).endsWith("feed.csv");
    assertThat(files.get("pq-1")).contains("table.parquet");
  }
}
