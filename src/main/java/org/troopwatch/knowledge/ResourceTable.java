package org.troopwatch.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One knowledge file read from the classpath: a UTF-8 TSV with a header comment, a line of column
 * names, then rows.
 *
 * <pre>
 * # What the file holds, its columns, where the entries came from.   (required, at the top)
 * iso3    name     aliases
 * RUS     Russia   Russian Federation
 * PRK     North Korea  DPRK|N. Korea
 * </pre>
 *
 * <p>Further {@code #} lines and blank lines anywhere are comments. Cells are trimmed; an empty
 * cell is null (or an empty list); a list cell separates its values with {@code |}. The first
 * column is the key and must be unique. Every problem is reported as an IllegalArgumentException
 * naming {@code file:line}.
 */
public final class ResourceTable {

  /** One data row: its line number in the file and its cells by column name. */
  public record Row(int line, Map<String, String> cells) {

    public Row {
      cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The cell of a column, null when empty; fails on a column the file does not have. */
    public String get(String col) {
      if (!cells.containsKey(col)) {
        throw new IllegalArgumentException("no column '" + col + "' (have " + cells.keySet() + ")");
      }
      String value = cells.get(col);
      return value == null || value.isEmpty() ? null : value;
    }

    /** The values of a list cell split on {@code |} and trimmed; empty when the cell is empty. */
    public List<String> list(String col) {
      String value = get(col);
      if (value == null) {
        return List.of();
      }
      List<String> values = new ArrayList<>();
      for (String part : value.split("\\|", -1)) {
        String trimmed = part.trim();
        if (!trimmed.isEmpty()) {
          values.add(trimmed);
        }
      }
      return List.copyOf(values);
    }
  }

  private final String file;
  private final List<String> columns;
  private final List<Row> rows;

  private ResourceTable(String file, List<String> columns, List<Row> rows) {
    this.file = file;
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads a TSV resource from the classpath and checks that it has the required columns.
   *
   * @param classpathResource e.g. {@code org/troopwatch/knowledge/countries.tsv}
   */
  public static ResourceTable load(String classpathResource, String... requiredColumns) {
    String path =
        classpathResource.startsWith("/") ? classpathResource.substring(1) : classpathResource;
    ClassLoader loader = ResourceTable.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(path + ": no such classpath resource");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(path, reader.lines().toList(), requiredColumns);
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses the lines of a TSV file; {@code file} names it in error messages. */
  static ResourceTable parse(String file, List<String> lines, String... requiredColumns) {
    int next = 0;
    boolean headerComment = false;
    // The header comment: '#' lines (blank lines allowed) before the column names.
    while (next < lines.size() && isComment(clean(lines.get(next), next))) {
      headerComment |= !clean(lines.get(next), next).isBlank();
      next++;
    }
    if (!headerComment) {
      throw new IllegalArgumentException(
          file
              + ":1: no header comment (the file must start with '#' lines saying what it holds,"
              + " its columns and where its entries came from)");
    }
    if (next == lines.size()) {
      throw new IllegalArgumentException(file + ":" + next + ": no line of column names");
    }
    int headerLine = next + 1;
    List<String> columns =
        Arrays.stream(clean(lines.get(next), next).split("\t", -1)).map(String::trim).toList();
    checkColumns(file, headerLine, columns, requiredColumns);
    next++;

    List<Row> rows = new ArrayList<>();
    Map<String, Integer> keys = new HashMap<>();
    for (; next < lines.size(); next++) {
      int lineNo = next + 1;
      String line = clean(lines.get(next), next);
      if (isComment(line)) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException(
            String.format(
                "%s:%d: %d cells, expected %d (%s)",
                file, lineNo, cells.length, columns.size(), String.join(", ", columns)));
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int i = 0; i < cells.length; i++) {
        byColumn.put(columns.get(i), cells[i].trim());
      }
      String key = cells[0].trim();
      if (key.isEmpty()) {
        throw new IllegalArgumentException(
            file + ":" + lineNo + ": empty key (column '" + columns.get(0) + "')");
      }
      Integer first = keys.putIfAbsent(key, lineNo);
      if (first != null) {
        throw new IllegalArgumentException(
            file + ":" + lineNo + ": duplicate key '" + key + "' (first on line " + first + ")");
      }
      rows.add(new Row(lineNo, byColumn));
    }
    return new ResourceTable(file, columns, rows);
  }

  private static void checkColumns(
      String file, int lineNo, List<String> columns, String... requiredColumns) {
    Map<String, Integer> seen = new HashMap<>();
    for (String column : columns) {
      if (column.isEmpty()) {
        throw new IllegalArgumentException(file + ":" + lineNo + ": empty column name");
      }
      if (seen.merge(column, 1, Integer::sum) > 1) {
        throw new IllegalArgumentException(
            file + ":" + lineNo + ": duplicate column '" + column + "'");
      }
    }
    for (String required : requiredColumns) {
      if (!seen.containsKey(required)) {
        throw new IllegalArgumentException(
            file + ":" + lineNo + ": missing column '" + required + "' (have " + columns + ")");
      }
    }
  }

  private static boolean isComment(String line) {
    return line.isBlank() || line.startsWith("#");
  }

  // A UTF-8 byte order mark on the first line and Windows line ends are not data.
  private static String clean(String line, int index) {
    String cleaned = index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    return cleaned.endsWith("\r") ? cleaned.substring(0, cleaned.length() - 1) : cleaned;
  }

  /** The file as named in error messages (its classpath path). */
  public String file() {
    return file;
  }

  /** The column names in file order. */
  public List<String> columns() {
    return columns;
  }

  /** The data rows in file order. */
  public List<Row> rows() {
    return rows;
  }
}
