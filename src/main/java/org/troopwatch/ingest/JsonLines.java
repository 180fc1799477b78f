package org.troopwatch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads JSON Lines: one JSON object a line, with line numbers and byte offsets. */
final class JsonLines extends RecordIterator {

  /** Lines are read up to this many bytes; a longer line is rejected. */
  static final int LINE_CAP_BYTES = 16 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final InputStream in;
  private final FieldMapping mapping;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private long lineNumber;
  private long offset;

  JsonLines(String sourceFile, InputStream in, FieldMapping mapping) {
    this(sourceFile, in, mapping, 0);
  }

  /**
   * Lines of {@code in}, whose first byte is at {@code firstOffset} of the file (after a byte-order
   * mark, see {@link ByteOrderMark}).
   */
  JsonLines(String sourceFile, InputStream in, FieldMapping mapping, long firstOffset) {
    super(sourceFile);
    this.in = in;
    this.mapping = mapping;
    this.offset = firstOffset;
  }

  @Override
  protected SourceRecord computeNext() throws IOException {
    while (true) {
      long start = offset;
      line.reset();
      long length = 0;
      int b;
      while ((b = read()) >= 0 && b != '\n') {
        length++;
        if (length <= LINE_CAP_BYTES) {
          line.write(b);
        }
      }
      if (b < 0 && length == 0) {
        return null;
      }
      offset += length + (b < 0 ? 0 : 1);
      lineNumber++;
      String text = line.toString(StandardCharsets.UTF_8);
      if (length > LINE_CAP_BYTES) {
        return SourceRecord.failed(
            sourceFile,
            lineNumber,
            start,
            text,
            RejectReason.LINE_TOO_LONG,
            "line of " + length + " bytes is over the cap of " + LINE_CAP_BYTES);
      }
      if (!text.isBlank()) {
        return parse(sourceFile, lineNumber, start, text, mapping);
      }
    }
  }

  /** One line as a source record; pure. */
  static SourceRecord parse(
      String sourceFile, Long lineNumber, Long offset, String line, FieldMapping mapping) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return SourceRecord.failed(
          sourceFile,
          lineNumber,
          offset,
          line,
          RejectReason.NOT_JSON,
          "not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return SourceRecord.failed(
          sourceFile,
          lineNumber,
          offset,
          line,
          RejectReason.NOT_JSON,
          "not a JSON object: " + (node == null ? "empty" : node.getNodeType()));
    }
    String wrongType = wrongType(node, mapping);
    if (wrongType != null) {
      return SourceRecord.failed(
          sourceFile, lineNumber, offset, line, RejectReason.WRONG_TYPE, wrongType);
    }
    return new SourceRecord(
        sourceFile,
        lineNumber,
        offset,
        line,
        value(node, mapping.sourceName("doc_id")),
        value(node, mapping.sourceName("url")),
        value(node, mapping.sourceName("outlet")),
        value(node, mapping.sourceName("published")),
        value(node, mapping.sourceName("title")),
        value(node, mapping.sourceName("text")),
        null,
        null);
  }

  /**
   * Why a field holds a value of the wrong JSON type, or null when all are fine. Every field is a
   * string; doc_id may also be an integer and published a number (epoch time), as feeds write them.
   * An object, array or boolean is never read as text: its JSON would become the article.
   */
  static String wrongType(JsonNode object, FieldMapping mapping) {
    for (String field : FieldMapping.FIELDS) {
      JsonNode value = object.get(mapping.sourceName(field));
      if (value == null || value.isNull() || value.isTextual()) {
        continue;
      }
      boolean allowed =
          switch (field) {
            case "doc_id" -> value.isIntegralNumber();
            case "published" -> value.isNumber();
            default -> false;
          };
      if (!allowed) {
        return "field "
            + mapping.sourceName(field)
            + " holds "
            + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + ", not a string";
      }
    }
    return null;
  }

  private static String value(JsonNode object, String name) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return Long.toString(value.asLong());
    }
    return value.asText();
  }

  // Our own buffer: InputStream.read() per byte is a synchronised call on buffered streams.
  private int read() throws IOException {
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    return buffer[position++] & 0xff;
  }

  @Override
  protected Long lineReached() {
    return lineNumber + 1;
  }

  @Override
  protected Long offsetReached() {
    return offset;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
