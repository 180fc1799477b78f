package org.troopwatch.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.troopwatch.hostile.HostileFiles.GARRISON;
import static org.troopwatch.hostile.HostileFiles.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.ingest.IngestJob;
import org.troopwatch.tag.TagJob;
import org.troopwatch.testing.SparkTest;

/**
 * Security promises: paths named by input records never become files the jobs write, the warehouse
 * path is checked, and neither ingest nor tag opens a network connection, even for pages that link
 * remote scripts and images.
 */
@SparkTest
class SafetyTest {

  @TempDir static Path dir;

  static Path warehouse;
  static final List<URI> asked = Collections.synchronizedList(new ArrayList<>());

  /**
   * One ingest and tag run over records whose fields name paths and a page that links remote
   * content, with every proxy lookup (which each URL connection and plain socket makes) recorded.
   */
  @BeforeAll
  static void ingestAndTagWhileWatchingTheNetwork(SparkSession spark) throws IOException {
    Path input = HostileFiles.writeLines(dir.resolve("in/paths.jsonl"), pathRecords());
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("file://" + dir.resolve("escaped-warc"), HostileFiles.page(GARRISON + " Again."));
    pages.put(
        "https://news.example.net/remote",
        "<html><head><base href=\"http://fetch-me.invalid/\">"
            + "<meta http-equiv=\"refresh\" content=\"0; url=http://fetch-me.invalid/next\">"
            + "<link rel=\"import\" href=\"http://fetch-me.invalid/part.html\">"
            + "</head><body><object data=\"http://203.0.113.9/x.swf\"></object>"
            + HostileFiles.hostilePage(20).substring(6));
    Path warc = HostileFiles.warc(dir.resolve("in/pages.warc.gz"), pages);
    warehouse = dir.resolve("wh");
    ProxySelector before = ProxySelector.getDefault();
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            asked.add(uri);
            return List.of(Proxy.NO_PROXY);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress address, IOException e) {}
        });
    try {
      runIngestAndTag(spark, warehouse, List.of(input.toString(), warc.toString()));
    } finally {
      ProxySelector.setDefault(before);
    }
  }

  /** Records whose fields name paths; each names a file that must never appear. */
  static List<String> pathRecords() {
    String target = dir.resolve("escaped").toString();
    return List.of(
        line("doc_id", "../../escaped-doc", "published", "2024-03-04", "text", GARRISON),
        line(
            "doc_id",
            target + "-abs",
            "url",
            "file://" + target + "-url",
            "outlet",
            "../escaped-outlet",
            "title",
            "/../../escaped-title",
            "published",
            "2024-03-05",
            "text",
            HostileFiles.AIRFIELD),
        line("doc_id", "..", "published", "2024-03-06", "text", HostileFiles.MARKET));
  }

  @Test
  void pathsFromInputRecordsNeverBecomeFilesTheJobsWrite(SparkSession spark) throws IOException {
    List<Path> written;
    try (Stream<Path> files = Files.walk(dir)) {
      written = files.filter(Files::isRegularFile).toList();
    }
    assertThat(written).isNotEmpty();
    assertThat(written)
        .allMatch(p -> p.startsWith(dir.resolve("in")) || p.startsWith(warehouse))
        .noneMatch(p -> p.toString().contains("escaped"));
    // the three path records and both pages are articles, so their fields were all read
    assertThat(new Warehouse(spark, warehouse.toString()).read(Tables.ARTICLES).count())
        .isEqualTo(5);
  }

  @Test
  void ingestAndTagOpenNoNetworkConnectionForPagesLinkingRemoteContent(SparkSession spark) {
    assertThat(asked).filteredOn(SafetyTest::remote).isEmpty();
    // the remote-linking page went all the way through the tagger
    assertThat(
            new Warehouse(spark, warehouse.toString())
                .read(Tables.CLAIMS)
                .where(org.apache.spark.sql.functions.col("sentence").contains("Bulgaria"))
                .count())
        .isPositive();
  }

  @ParameterizedTest(name = "main sources never call {0}")
  @ValueSource(
      strings = {
        "Jsoup.connect",
        "openConnection(",
        "openStream(",
        "HttpClient",
        "new Socket(",
        "new URL(",
        ".pretrained(",
        "ResourceDownloader",
        "downloadModel"
      })
  void noMainSourceUsesAFetchOrDownloadApi(String api) throws IOException {
    Path sources = Path.of("src/main/java");
    assertThat(sources).isDirectory();
    try (Stream<Path> files = Files.walk(sources)) {
      List<Path> using =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> read(p).contains(api))
              .toList();
      assertThat(using).as("main sources using " + api).isEmpty();
    }
  }

  @Test
  void aWarehousePathThatIsAFileIsRefusedWithItsName(SparkSession spark, @TempDir Path other)
      throws IOException {
    Path file = Files.writeString(other.resolve("not-a-folder"), "x");
    assertThatThrownBy(() -> new Warehouse(spark, file.toString()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot open warehouse " + file)
        .hasMessageContaining("not a directory");
  }

  // Loopback is Spark talking to itself; anything else would be the jobs reaching out.
  static boolean remote(URI uri) {
    String host = uri.getHost();
    return host != null
        && !(host.equals("localhost")
            || host.startsWith("127.")
            || host.equals("::1")
            || host.equals("[::1]"));
  }

  static void runIngestAndTag(SparkSession spark, Path warehouse, List<String> inputs) {
    StageOptions options = StageOptions.of(warehouse.toString(), inputs, DateRange.ALL);
    IngestJob ingest = new IngestJob().withReading(null, 200_000);
    ingest.withOptions(options);
    ingest.ingest(spark, new Warehouse(spark, warehouse.toString()));
    new TagJob().withOptions(options).runIn(spark);
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
