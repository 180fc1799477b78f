package org.troopwatch.nightly;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.troopwatch.common.Tables;
import org.troopwatch.ingest.InputReader;

/**
 * Test inputs laid out as a crawler drops them, made from the repository's own sample corpus: the
 * articles of 2022-02-11 under {@code date=2022-02-11/}, those of 2022-02-12 under {@code
 * 2022/02/12/}, and the article of 2022-02-14 in an undated file (picked up by the watermark).
 */
final class DatedCorpus {

  static final String DAY1 = "2022-02-11";
  static final String DAY2 = "2022-02-12";
  static final String UNDATED_DAY = "2022-02-14";

  private DatedCorpus() {}

  /** Writes the three files under {@code root} and returns {@code root}. */
  static Path write(Path root) {
    Map<String, List<String>> byDay = sampleLinesByDay();
    write(root.resolve("date=" + DAY1).resolve("articles.jsonl"), byDay.get(DAY1));
    write(root.resolve(DAY2.replace('-', '/')).resolve("articles.jsonl"), byDay.get(DAY2));
    write(root.resolve("extra").resolve("late.jsonl"), byDay.get(UNDATED_DAY));
    return root;
  }

  private static Map<String, List<String>> sampleLinesByDay() {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String>> byDay = new TreeMap<>();
    try (InputStream in =
        DatedCorpus.class.getClassLoader().getResourceAsStream(InputReader.SAMPLE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          String day = json.readTree(line).get("published").asText();
          byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byDay;
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every public table of a warehouse folder as sorted row strings (absent tables: none). */
  static Map<String, List<String>> snapshot(SparkSession spark, Path warehouse) {
    Map<String, List<String>> tables = new TreeMap<>();
    for (Tables.Table table : Tables.ALL) {
      Path folder = warehouse.resolve(table.name());
      List<String> rows =
          Files.exists(folder.resolve("_SUCCESS"))
              ? spark.read().parquet(folder.toString()).collectAsList().stream()
                  .map(Row::toString)
                  .sorted()
                  .collect(Collectors.toList())
              : List.of();
      tables.put(table.name(), rows);
    }
    return tables;
  }
}
