package org.troopwatch.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A query result as text: an aligned table for people (numbers right-aligned, long cells cut with
 * an ellipsis) or CSV (RFC 4180) for other programs. Pure: rows in, text out.
 *
 * <pre>
 * source   |   low |  high
 * ---------+-------+------
 * NIS      |  1000 |  3000
 * Pentagon | 10000 |  NULL
 * (2 rows)
 * </pre>
 */
public final class TextTable {

  /** How a NULL cell is shown in the aligned table (CSV leaves it empty). */
  static final String NULL = "NULL";

  private final List<String> columns;
  private final List<Boolean> numeric;
  private final List<List<String>> rows;

  /**
   * A result: column names, whether each column is numeric (right-aligned), and the rows' cells as
   * text, null for SQL NULL.
   */
  public TextTable(List<String> columns, List<Boolean> numeric, List<List<String>> rows) {
    if (columns.size() != numeric.size()) {
      throw new IllegalArgumentException(
          columns.size() + " columns but " + numeric.size() + " alignment flags");
    }
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " cells, the result " + columns.size() + " columns");
      }
    }
    this.columns = List.copyOf(columns);
    this.numeric = List.copyOf(numeric);
    this.rows = rows;
  }

  /**
   * The aligned table with a header, a rule and a row count; cells longer than {@code maxWidth}
   * characters are cut (0: never).
   */
  public String aligned(int maxWidth) {
    if (maxWidth < 0) {
      throw new IllegalArgumentException("max width must be >= 0, got " + maxWidth);
    }
    List<List<String>> shown = new ArrayList<>();
    for (List<String> row : rows) {
      shown.add(row.stream().map(cell -> fit(cell == null ? NULL : cell, maxWidth)).toList());
    }
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = fit(columns.get(c), maxWidth).length();
      for (List<String> row : shown) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, columns.stream().map(name -> fit(name, maxWidth)).toList(), widths, false);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    out.append(String.join("-+-", rule)).append('\n');
    for (List<String> row : shown) {
      line(out, row, widths, true);
    }
    out.append('(').append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append('\n');
    return out.toString();
  }

  /** The result as CSV with a header line; NULL is an empty field. */
  public String csv() {
    StringBuilder out = new StringBuilder();
    out.append(columns.stream().map(TextTable::csvField).collect(Collectors.joining(",")));
    out.append('\n');
    for (List<String> row : rows) {
      out.append(
          row.stream()
              .map(cell -> cell == null ? "" : csvField(cell))
              .collect(Collectors.joining(",")));
      out.append('\n');
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths, boolean alignNumbers) {
    List<String> padded = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      padded.add(alignNumbers && numeric.get(c) ? pad + cell : cell + pad);
    }
    out.append(String.join(" | ", padded).stripTrailing()).append('\n');
  }

  // Line breaks inside a cell (sentences, payloads) would break the table's rows apart.
  private static String fit(String cell, int maxWidth) {
    String flat = cell.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    if (maxWidth == 0 || flat.length() <= maxWidth) {
      return flat;
    }
    return flat.substring(0, Math.max(0, maxWidth - 1)) + "…";
  }

  private static String csvField(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
