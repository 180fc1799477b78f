package org.troopwatch.benchmark;

import java.util.Objects;
import java.util.StringJoiner;
import org.apache.spark.sql.Row;
import org.troopwatch.common.Claim;

/**
 * One claim as one line of text, the same whether it comes as a claims-table row or a {@link
 * Claim}: every field but outlet and published (which the LightPipeline path does not set), tab
 * separated, nulls as {@code null}.
 */
public final class ClaimRows {

  private ClaimRows() {}

  /** The fields compared, in the claims table's column names: every column a claim fills. */
  static final String[] FIELDS =
      Claim.COLUMNS.stream().map(Claim.Column::name).toArray(String[]::new);

  /** A row of the claims table as a line. */
  public static String of(Row row) {
    Object[] values = new Object[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      values[i] = row.get(row.fieldIndex(FIELDS[i]));
    }
    return line(values);
  }

  /**
   * A claim as a line: the assembler's own row of it, whose fields are {@link #FIELDS} in order, so
   * both paths go through one conversion.
   */
  public static String of(Claim c) {
    Row row = c.toRow();
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    return line(values);
  }

  private static String line(Object... values) {
    StringJoiner line = new StringJoiner("\t");
    for (Object v : values) {
      // java.sql.Date and LocalDate both print as yyyy-MM-dd; newlines would split the line.
      line.add(Objects.toString(v).replace("\n", "\\n"));
    }
    return line.toString();
  }
}
