package org.troopwatch.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV or TSV with a header row (RFC 4180 quoting: fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes); each row's line number is the line it starts on.
 */
final class DelimitedRows extends RecordIterator {

  private final Reader in;
  private final char delimiter;
  private final FieldMapping mapping;
  private Map<String, Integer> columns;
  private int headerSize;
  private long line = 1;
  private int pushedBack = -2;

  DelimitedRows(String sourceFile, Reader in, char delimiter, FieldMapping mapping) {
    super(sourceFile);
    this.in = in;
    this.delimiter = delimiter;
    this.mapping = mapping;
  }

  @Override
  protected SourceRecord computeNext() throws IOException {
    if (columns == null) {
      List<String> header = readRow(new StringBuilder());
      if (header == null) {
        return null;
      }
      columns = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        columns.put(header.get(i).strip().replace("\uFEFF", ""), i);
      }
      headerSize = header.size();
    }
    while (true) {
      long start = line;
      StringBuilder raw = new StringBuilder();
      List<String> row = readRow(raw);
      if (row == null) {
        return null;
      }
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != headerSize) {
        return SourceRecord.failed(
            sourceFile,
            start,
            null,
            raw.toString(),
            RejectReason.MALFORMED_ROW,
            "row has " + row.size() + " fields, the header " + headerSize);
      }
      return new SourceRecord(
          sourceFile,
          start,
          null,
          raw.toString(),
          get(row, "doc_id"),
          get(row, "url"),
          get(row, "outlet"),
          get(row, "published"),
          get(row, "title"),
          get(row, "text"),
          null,
          null);
    }
  }

  private String get(List<String> row, String field) {
    Integer index = columns.get(mapping.sourceName(field));
    return index == null ? null : row.get(index);
  }

  // One row's fields, or null at the end of input; raw receives the row as written.
  private List<String> readRow(StringBuilder raw) throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    while (true) {
      int c = read();
      if (c < 0) {
        if (!any) {
          return null;
        }
        fields.add(field.toString());
        return fields;
      }
      any = true;
      if (c == '\n') {
        line++;
      }
      if (quoted) {
        if (c == '"') {
          int following = read();
          if (following == '"') {
            field.append('"');
            raw.append("\"\"");
            continue;
          }
          quoted = false;
          raw.append('"');
          unread(following);
          continue;
        }
        field.append((char) c);
        raw.append((char) c);
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        raw.append('"');
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        raw.append((char) c);
      } else if (c == '\n') {
        fields.add(stripCarriageReturn(field));
        return fields;
      } else {
        field.append((char) c);
        raw.append((char) c);
      }
    }
  }

  private static String stripCarriageReturn(StringBuilder field) {
    int end = field.length();
    return end > 0 && field.charAt(end - 1) == '\r'
        ? field.substring(0, end - 1)
        : field.toString();
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }

  @Override
  protected Long lineReached() {
    return line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
