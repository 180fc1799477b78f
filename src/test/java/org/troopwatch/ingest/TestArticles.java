package org.troopwatch.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Small test corpora written by the tests themselves (texts in our own words). */
final class TestArticles {

  private TestArticles() {}

  static final ObjectMapper JSON = new ObjectMapper();

  /** A story about a deployment, invented for the tests. */
  static final String PATROL =
      "The defence ministry said on Monday that 1,200 soldiers from the northern brigade had"
          + " reached the border town after a two day march. Officials expect the unit to stay"
          + " until the spring, when a smaller force will relieve it. Local leaders welcomed the"
          + " troops but asked for clear rules on patrols near farms and schools.";

  /** A second, unrelated story. */
  static final String HARBOUR =
      "Work on the new harbour crane finished ahead of schedule, the port authority said. The"
          + " crane can lift containers twice as fast as the old one, and the operators hope it"
          + " will cut waiting times for ships during the busy summer months.";

  /** One JSON object a line; values in insertion order. */
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
  static String article(String docId, String published, String title, String text) {
    return line(
        "doc_id",
        docId,
        "url",
        "https://www.example.org/news/" + docId,
        "outlet",
        "Example News",
        "published",
        published,
        "title",
        title,
        "text",
        text);
  }

  static Path write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows as sorted strings, for comparing whole tables. */
  static List<String> sorted(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).sorted().collect(Collectors.toList());
  }

  /** A column of the rows keyed by doc_id. */
  static Map<String, String> byDocId(Dataset<Row> rows, String column) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Row row : rows.collectAsList()) {
      values.put(row.getAs("doc_id"), row.getAs(column));
    }
    return values;
  }

  static List<String> list(String... values) {
    return new ArrayList<>(List.of(values));
  }
}
