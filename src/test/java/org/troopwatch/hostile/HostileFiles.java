package org.troopwatch.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Hostile input files, generated at test time (never committed): broken compression, binary data,
 * NUL bytes, invalid UTF-8, huge and tiny records, deep nesting, wrong types, absurd dates, hostile
 * HTML in WARC records and a WARC record with a lying Content-Length. Texts are our own words.
 */
final class HostileFiles {

  private HostileFiles() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A deployment story, invented for these tests; the tagger finds a claim in it. */
  static final String GARRISON =
      "Canada has deployed 450 soldiers to Latvia, the defence minister said on Tuesday. The"
          + " battalion will train with local units near the capital until the end of the year.";

  /** A second invented story with a claim. */
  static final String AIRFIELD =
      "Germany keeps about 600 troops in Lithuania, a spokesman for the army said. More engineers"
          + " are expected at the airfield in the spring.";

  /** A third invented story without any claim. */
  static final String MARKET =
      "The weekly market moved to the old square after the bridge closed for repairs. Traders"
          + " said sales were slow at first but picked up once the buses were rerouted.";

  /** Texts of the hostile records, distinct from the control stories so no story links them. */
  static final String DEPOT =
      "Italy has stationed 350 troops in Bulgaria, officials said on Friday. A fuel depot"
          + " outside the port city is being expanded for the rotation.";

  static final String ORCHARD =
      "Apple growers in the valley expect a late harvest after the cold spring. The cooperative"
          + " hired extra pickers and rented two cold stores near the railway.";

  static final String CHOIR =
      "The town choir won the regional contest with a programme of folk songs. Its director"
          + " thanked the volunteers who sewed the costumes over the winter.";

  static final String FERRY =
      "The island ferry will run twice a day from June, the operator announced. A new boat"
          + " with room for forty cars joins the route after sea trials.";

  /** One JSON object as a line. */
  static String line(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    try {
      return JSON.writeValueAsString(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An article line with the default field names. */
  static String article(String docId, String published, String text) {
    return line(
        "doc_id",
        docId,
        "url",
        "https://news.example.net/" + docId,
        "published",
        published,
        "title",
        "Story " + docId,
        "text",
        text);
  }

  static Path writeLines(Path file, List<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  static Path writeBytes(Path file, byte[]... parts) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      for (byte[] part : parts) {
        out.write(part);
      }
    }
    return file;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Random bytes without a line feed, starting with a byte that is no whitespace. */
  static byte[] noise(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        bytes[i] = (byte) 0xA5;
      }
    }
    bytes[0] = (byte) 0xFF;
    return bytes;
  }

  /** A gzip file holding one good article, cut off in the middle of the incompressible rest. */
  static Path truncatedGzip(Path file) throws IOException {
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzipped, true)) {
      out.write(utf8(article("gz1", "2024-03-04", ORCHARD) + "\n"));
      out.flush();
      out.write(noise(new Random(1), 50_000));
    }
    byte[] whole = gzipped.toByteArray();
    return writeBytes(file, Arrays.copyOf(whole, whole.length - 20_000));
  }

  /** A gzip header followed by garbage. */
  static Path corruptGzip(Path file) throws IOException {
    return writeBytes(
        file, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, noise(new Random(2), 4096));
  }

  /** A bzip2 signature followed by garbage. */
  static Path corruptBzip2(Path file) throws IOException {
    return writeBytes(file, utf8("BZh91AY&SY"), noise(new Random(3), 4096));
  }

  /**
   * A bzip2 file of {@code count} numbered tiny articles (several 900 kB blocks), cut off at 60%:
   * the complete blocks before the cut must be read.
   */
  static Path truncatedBzip2(Path file, int count) throws IOException {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    CompressionCodec codec =
        new CompressionCodecFactory(new Configuration()).getCodecByName("bzip2");
    Random random = new Random(5);
    try (OutputStream out = codec.createOutputStream(compressed)) {
      for (int i = 0; i < count; i++) {
        // Random words keep the blocks large when compressed, so the file has several.
        StringBuilder words = new StringBuilder("Note " + i + ":");
        for (int w = 0; w < 60; w++) {
          words.append(' ').append(Long.toString(random.nextLong() & 0xffffffL, 36));
        }
        out.write(utf8(article("bz" + i, "2024-03-05", words + ".") + "\n"));
      }
    }
    byte[] whole = compressed.toByteArray();
    return writeBytes(file, Arrays.copyOf(whole, whole.length * 6 / 10));
  }

  /** A 50 MB single-line record, then a good line that must still be read. */
  static Path hugeLine(Path file, int megabytes) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write(utf8("{\"doc_id\":\"huge\",\"published\":\"2024-03-04\",\"text\":\""));
      byte[] chunk = utf8("word ".repeat(1 << 18));
      for (long written = 0; written < (long) megabytes << 20; written += chunk.length) {
        out.write(chunk);
      }
      out.write(utf8("\"}\n"));
      out.write(utf8(article("after-huge", "2024-03-04", FERRY) + "\n"));
    }
    return file;
  }

  /** {@code count} tiny valid articles, one short sentence each. */
  static Path tinyRecords(Path file, int count) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      for (int i = 0; i < count; i++) {
        out.write(
            utf8(
                "{\"doc_id\":\"t"
                    + i
                    + "\",\"published\":\"2024-03-06\",\"text\":\"Calm day "
                    + i
                    + ".\"}\n"));
      }
    }
    return file;
  }

  /** Digits and commas, {@code length} characters, in groups of one to four digits. */
  static String digitsAndCommas(int length) {
    StringBuilder text = new StringBuilder(length);
    Random random = new Random(7);
    while (text.length() < length) {
      int group = 1 + random.nextInt(4);
      for (int i = 0; i < group && text.length() < length; i++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
      if (text.length() < length) {
        text.append(',');
      }
    }
    return text.toString();
  }

  /** JSON nested {@code depth} levels deep: arrays, or objects with one key. */
  static String nested(int depth, boolean objects) {
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      json.append(objects ? "{\"a\":" : "[");
    }
    json.append("1");
    for (int i = 0; i < depth; i++) {
      json.append(objects ? "}" : "]");
    }
    return json.toString();
  }

  /**
   * A hostile page: scripts (inline and remote), remote images and styles, an iframe, and the
   * article paragraph inside {@code depth} nested div tags.
   */
  static String hostilePage(int depth) {
    StringBuilder html = new StringBuilder();
    html.append("<html><head><title>Garrison news</title>")
        .append("<meta property=\"article:published_time\" content=\"2024-03-07T08:00:00Z\">")
        .append("<script src=\"http://203.0.113.9/track.js\"></script>")
        .append("<link rel=\"stylesheet\" href=\"https://203.0.113.9/style.css\">")
        .append("<script>document.write('<p>Injected text from a script.</p>');")
        .append("fetch('http://203.0.113.9/beacon');</script></head><body>")
        .append("<img src=\"http://203.0.113.9/pixel.gif\">")
        .append("<iframe src=\"http://203.0.113.9/frame.html\"></iframe>");
    html.append("<div>".repeat(depth));
    html.append("<p>").append(DEPOT).append("</p>");
    html.append("</div>".repeat(depth));
    html.append("<script>alert('never run');</script></body></html>");
    return html.toString();
  }

  /** Ten thousand unclosed inline tags around a paragraph. */
  static String unclosedTags(int depth) {
    return "<html><body><article>"
        + "<b><i>".repeat(depth / 2)
        + "<p>"
        + CHOIR
        + "</p></article></body></html>";
  }

  /** A gzip-per-record WARC file with the given pages. */
  static Path warc(Path file, Map<String, String> pages) throws IOException {
    Files.createDirectories(file.getParent());
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      for (Map.Entry<String, String> page : pages.entrySet()) {
        writer.write(response(page.getKey(), page.getValue()));
      }
    }
    return file;
  }

  static WarcResponse response(String url, String html) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), utf8(html))
            .build();
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2024-03-07T12:00:00Z"))
        .body(http)
        .build();
  }

  /**
   * One raw (uncompressed) WARC response record; {@code declaredLength} is written as its
   * Content-Length whatever the block's real length.
   */
  static byte[] rawWarcRecord(String url, String html, Integer declaredLength) {
    byte[] body = utf8(html);
    byte[] httpHead =
        utf8(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length
                + "\r\n\r\n");
    int blockLength = httpHead.length + body.length;
    String head =
        "WARC/1.0\r\n"
            + "WARC-Type: response\r\n"
            + "WARC-Target-URI: "
            + url
            + "\r\n"
            + "WARC-Date: 2024-03-07T12:00:00Z\r\n"
            + "WARC-Record-ID: <urn:uuid:"
            + java.util.UUID.nameUUIDFromBytes(utf8(url))
            + ">\r\n"
            + "Content-Type: application/http; msgtype=response\r\n"
            + "Content-Length: "
            + (declaredLength == null ? blockLength : declaredLength)
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(head));
    out.writeBytes(httpHead);
    out.writeBytes(body);
    out.writeBytes(utf8("\r\n\r\n"));
    return out.toByteArray();
  }

  /** One gzip member holding {@code record}, as gzip-per-record WARC files store each record. */
  static byte[] gzipMember(byte[] record) {
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(member)) {
      out.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return member.toByteArray();
  }

  /** A simple page holding one paragraph. */
  static String page(String paragraph) {
    return "<html><body><article><p>" + paragraph + "</p></article></body></html>";
  }
}
