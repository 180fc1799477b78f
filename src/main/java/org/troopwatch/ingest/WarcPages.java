package org.troopwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTTP responses of a WARC file (plain or gzip per record, as Common Crawl News publishes
 * them) with jwarc; each response is one record, its article taken out of the HTML by {@link
 * HtmlArticles}. Other WARC records (warcinfo, request, metadata) are not articles and are passed
 * over.
 */
final class WarcPages extends RecordIterator {

  /** HTML bodies are read up to this many bytes. */
  static final int BODY_CAP_BYTES = 8 << 20;

  private final WarcReader reader;
  private long offset;

  WarcPages(String sourceFile, InputStream in) throws IOException {
    super(sourceFile);
    this.reader = new WarcReader(in);
  }

  @Override
  protected SourceRecord computeNext() throws IOException {
    while (true) {
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        return null;
      }
      offset = reader.position();
      if (next.get() instanceof WarcResponse response) {
        return page(response, offset);
      }
    }
  }

  private SourceRecord page(WarcResponse response, long at) throws IOException {
    String url = response.target();
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      return SourceRecord.failed(
          sourceFile, null, at, url, RejectReason.NOT_AN_ARTICLE, "no HTTP response: " + e);
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString();
    if (http.status() != 200
        || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
      return SourceRecord.failed(
          sourceFile,
          null,
          at,
          url,
          RejectReason.NOT_AN_ARTICLE,
          "HTTP " + http.status() + " " + (base.isEmpty() ? "without content type" : base));
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes(BODY_CAP_BYTES);
    }
    String charset = type.parameters().get("charset");
    Document page =
        Jsoup.parse(new java.io.ByteArrayInputStream(body), charset == null ? null : charset, url);
    HtmlArticles.Extracted article = HtmlArticles.extract(page);
    String published =
        article.published() != null ? article.published() : response.date().toString();
    return new SourceRecord(
        sourceFile,
        null,
        at,
        new String(
            body, 0, Math.min(body.length, SourceRecord.PAYLOAD_CAP), StandardCharsets.UTF_8),
        null,
        url,
        null,
        published,
        article.title(),
        article.text(),
        null,
        null);
  }

  @Override
  protected Long offsetReached() {
    return offset;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
