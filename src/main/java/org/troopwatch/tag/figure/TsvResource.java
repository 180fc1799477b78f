package org.troopwatch.tag.figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a knowledge file of the tag stage: UTF-8 TSV on the class path, '#' comment lines (the
 * header saying what the file holds and where its entries came from), a line of column names, then
 * rows.
 */
public final class TsvResource {

  /** Folder of the language folders on the class path: a name is {@code <code>/<file>.tsv}. */
  public static final String FOLDER = "/org/troopwatch/tag/lang/";

  private TsvResource() {}

  /**
   * The rows of {@code FOLDER + name} ("en/months.tsv", "ko/units.tsv"), each with exactly the
   * given columns in that order.
   *
   * @throws IllegalStateException naming the file and line when the file is missing, has no header
   *     comment, has other columns, or a row has the wrong number of fields or an empty field
   */
  public static List<String[]> rows(String name, String... columns) {
    String path = FOLDER + name;
    try (InputStream in = TsvResource.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("knowledge file not on the class path: " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      boolean sawComment = false;
      String[] header = null;
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("#")) {
          sawComment = true;
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (header == null) {
          if (!sawComment) {
            throw new IllegalStateException(path + ": no header comment before the column names");
          }
          if (!Arrays.equals(fields, columns)) {
            throw new IllegalStateException(
                path
                    + ":"
                    + number
                    + ": columns "
                    + Arrays.toString(fields)
                    + ", expected "
                    + Arrays.toString(columns));
          }
          header = fields;
          continue;
        }
        if (fields.length != columns.length) {
          throw new IllegalStateException(
              path + ":" + number + ": " + fields.length + " fields, expected " + columns.length);
        }
        for (String field : fields) {
          if (field.isBlank()) {
            throw new IllegalStateException(path + ":" + number + ": empty field");
          }
        }
        rows.add(fields);
      }
      if (header == null) {
        throw new IllegalStateException(path + ": no line of column names");
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
