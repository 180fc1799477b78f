package org.troopwatch.ingest;

import java.io.BufferedInputStream;
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
 *
 * <p>A record is only given out once the record after it has parsed (or the file ended cleanly):
 * jwarc trusts Content-Length, so a record whose length lies shows up as a parse failure of the
 * next one. That record is then rejected as {@link RejectReason#BAD_WARC_RECORD}, and reading
 * resumes at the next record header found in the file, so one damaged record costs no other.
 */
final class WarcPages extends RecordIterator {

  /** HTML bodies are read up to this many bytes. */
  static final int BODY_CAP_BYTES = 8 << 20;

  /** Opens the file again at a byte offset, to resume after a damaged record. */
  @FunctionalInterface
  interface Reopener {
    InputStream openAt(long offset) throws IOException;
  }

  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_HEADER = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

  private final Reopener reopener;
  private final boolean gzip;
  private WarcReader reader;
  // File offset at which the current reader started; jwarc's positions are relative to it.
  private long base;
  private long offset;
  // The last page read, held back until the record after it has parsed.
  private SourceRecord pending;
  private final java.util.ArrayDeque<SourceRecord> ready = new java.util.ArrayDeque<>();
  private boolean ended;

  WarcPages(String sourceFile, InputStream in) throws IOException {
    this(sourceFile, in, null, false);
  }

  /**
   * Pages of a WARC file; {@code reopener} (null: no resuming) opens the same bytes again at an
   * offset, {@code gzip} says whether records are gzip members.
   */
  WarcPages(String sourceFile, InputStream in, Reopener reopener, boolean gzip) throws IOException {
    super(sourceFile);
    this.reader = new WarcReader(in);
    this.reopener = reopener;
    this.gzip = gzip;
  }

  @Override
  protected SourceRecord computeNext() throws IOException {
    while (ready.isEmpty() && !ended) {
      step();
    }
    return ready.poll();
  }

  // Reads one WARC record; what became certain (pages, rejects) goes to ready, in file order.
  private void step() throws IOException {
    Optional<WarcRecord> next;
    try {
      next = reader.next();
    } catch (IOException | RuntimeException e) {
      // The record before did not end where it said: it is the damaged one.
      long from = pending != null ? pending.byteOffset() : offset;
      ready.add(
          reject(
              pending == null ? null : pending.url(),
              pending == null ? null : pending.payload(),
              from,
              e));
      pending = null;
      resumeAfter(from);
      return;
    }
    if (next.isEmpty()) {
      release();
      ended = true;
      return;
    }
    offset = base + reader.position();
    if (next.get() instanceof WarcResponse response) {
      SourceRecord page;
      try {
        page = page(response, offset);
      } catch (IOException | RuntimeException e) {
        // This record's own block is damaged (a length past the end of the file, a bad body).
        release();
        ready.add(reject(response.target(), null, offset, e));
        resumeAfter(offset);
        return;
      }
      release();
      pending = page;
    }
  }

  private void release() {
    if (pending != null) {
      ready.add(pending);
      pending = null;
    }
  }

  private SourceRecord reject(String url, String payload, long from, Exception e) {
    return SourceRecord.failed(
        sourceFile,
        null,
        from,
        payload,
        RejectReason.BAD_WARC_RECORD,
        (url == null ? "WARC record" : "WARC record of " + url)
            + " at offset "
            + from
            + " does not end where its Content-Length says: "
            + e);
  }

  // Reading goes on at the next record header after the damaged record's start; it stops when
  // there is none, or no way to reopen the file.
  private void resumeAfter(long from) throws IOException {
    Long resume = reopener == null ? null : nextRecordStart(from + 1);
    reader.close();
    if (resume == null) {
      ended = true;
    } else {
      base = resume;
      offset = resume;
      reader = new WarcReader(reopener.openAt(resume));
    }
  }

  // The offset of the next gzip member (gzip files) or WARC header line (plain files) at or after
  // from, or null at the end of the file.
  private Long nextRecordStart(long from) throws IOException {
    byte[] pattern = gzip ? GZIP_MEMBER : WARC_HEADER;
    try (InputStream in = new BufferedInputStream(reopener.openAt(from), 1 << 16)) {
      int matched = 0;
      long position = from;
      int b;
      while ((b = in.read()) >= 0) {
        position++;
        if (b == (pattern[matched] & 0xff)) {
          matched++;
        } else {
          // Both patterns start with a byte that occurs nowhere else in them.
          matched = b == (pattern[0] & 0xff) ? 1 : 0;
        }
        if (matched == pattern.length) {
          // A WARC header starts after its line feed; a gzip member at its first byte.
          return gzip ? position - pattern.length : position - pattern.length + 1;
        }
      }
      return null;
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
    ended = true;
    reader.close();
  }
}
