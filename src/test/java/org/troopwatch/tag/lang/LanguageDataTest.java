package org.troopwatch.tag.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every data file of the Korean, Russian and Ukrainian folders parses with its header and columns,
 * names only valid ISO codes, and uses the English canonical names of sources, forces, places and
 * regions.
 */
class LanguageDataTest {

  private static final String LANG = "/org/troopwatch/tag/lang/";

  /**
   * Each file of a language folder and its columns (those of the English file of the same kind).
   */
  private static final Map<String, List<String>> COLUMNS =
      Map.ofEntries(
          Map.entry("personnel.tsv", List.of("word", "kind", "prefilter")),
          Map.entry("metrics.tsv", List.of("phrase", "metric", "priority")),
          Map.entry("cues.tsv", List.of("phrase", "roles")),
          Map.entry("regions.tsv", List.of("name", "aliases")),
          Map.entry("countries.tsv", List.of("iso3", "name", "aliases", "demonyms", "capitals")),
          Map.entry("places.tsv", List.of("name", "iso3", "aliases", "kind")),
          Map.entry("forces.tsv", List.of("name", "iso3", "aliases")),
          Map.entry("sources.tsv", List.of("canonical", "iso3", "aliases", "kind")),
          Map.entry("qualifiers.tsv", List.of("phrase", "qualifier", "position")),
          Map.entry("units.tsv", List.of("phrase", "flag", "position")),
          Map.entry("time-words.tsv", List.of("phrase", "kind", "value")));

  private static final Set<String> METRICS =
      Set.of("deployed", "killed", "wounded", "casualties", "captured", "withdrawn");
  private static final Set<String> PERSONNEL_KINDS = Set.of("person", "body", "rank", "casualty");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ko", "ru", "uk"})
  void everyFileOfALanguageFolderParsesWithItsHeaderAndColumns(String language) {
    for (Map.Entry<String, List<String>> file : COLUMNS.entrySet()) {
      List<String[]> rows = rows(LANG + language + "/" + file.getKey(), file.getValue());
      assertThat(rows).as(language + "/" + file.getKey()).isNotEmpty();
      Set<String> keys = new HashSet<>();
      for (String[] row : rows) {
        // A phrase may stand once per kind or position ("м" after a number and glued to it).
        boolean perKind = Set.of("time-words.tsv", "units.tsv").contains(file.getKey());
        String key = perKind ? row[0] + "\t" + row[row.length - 1] + row[1] : row[0];
        assertThat(keys.add(key)).as(language + "/" + file.getKey() + " repeats " + key).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ko", "ru", "uk"})
  void everyIsoCodeIsOneOfTheEnglishCountries(String language) {
    Set<String> iso = column("/org/troopwatch/knowledge/countries.tsv", 5, 0);
    for (String file : List.of("countries.tsv", "places.tsv", "forces.tsv", "sources.tsv")) {
      int col = file.equals("countries.tsv") ? 0 : 1;
      for (String[] row : rows(LANG + language + "/" + file, COLUMNS.get(file))) {
        if (!row[col].isEmpty()) {
          assertThat(iso).as(language + "/" + file + ": " + row[0]).contains(row[col]);
        }
      }
    }
    assertThat(rows(LANG + language + "/countries.tsv", COLUMNS.get("countries.tsv")))
        .as("the deployers, hosts and neighbours of the English gold pairs")
        .hasSizeGreaterThanOrEqualTo(60);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ko", "ru", "uk"})
  void everySourceForceAndRegionCarriesAnEnglishCanonicalName(String language) {
    Set<String> sources = column("/org/troopwatch/knowledge/sources.tsv", 4, 0);
    for (String[] row : rows(LANG + language + "/sources.tsv", COLUMNS.get("sources.tsv"))) {
      assertThat(sources).as(language + "/sources.tsv").contains(row[0]);
      assertThat(row[2]).as(row[0] + " has its original forms").isNotEmpty();
    }
    Set<String> forces = column("/org/troopwatch/knowledge/forces.tsv", 3, 0);
    for (String[] row : rows(LANG + language + "/forces.tsv", COLUMNS.get("forces.tsv"))) {
      assertThat(forces).as(language + "/forces.tsv").contains(row[0]);
    }
    Set<String> regions = column("/org/troopwatch/tag/lang/en/regions.tsv", 2, 0);
    for (String[] row : rows(LANG + language + "/regions.tsv", COLUMNS.get("regions.tsv"))) {
      assertThat(regions).as(language + "/regions.tsv").contains(row[0]);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ko", "ru", "uk"})
  void everyMetricAndPersonnelKindIsOneTheClaimSpecKnows(String language) {
    for (String[] row : rows(LANG + language + "/metrics.tsv", COLUMNS.get("metrics.tsv"))) {
      assertThat(METRICS).as(row[0]).contains(row[1]);
      assertThat(Integer.parseInt(row[2])).as(row[0]).isBetween(1, 9);
    }
    for (String[] row : rows(LANG + language + "/personnel.tsv", COLUMNS.get("personnel.tsv"))) {
      assertThat(PERSONNEL_KINDS).as(row[0]).contains(row[1]);
      assertThat(row[2]).as(row[0]).isIn("yes", "no");
    }
    Set<String> roles = new HashSet<>();
    for (String[] row : rows("/org/troopwatch/tag/lang/en/cues.tsv", List.of("phrase", "roles"))) {
      roles.addAll(Arrays.asList(row[1].split("\\|")));
    }
    roles.addAll(WORD_READER_ROLES);
    for (String[] row : rows(LANG + language + "/cues.tsv", COLUMNS.get("cues.tsv"))) {
      assertThat(roles).as(row[0]).containsAll(Arrays.asList(row[1].split("\\|")));
    }
  }

  /**
   * Cue roles only the word reader reads (tag.claim.words): the side troops help, a sentence that
   * refers back to the one before, a turn to the outlet's own background, a count to date anywhere
   * in the figure's clause, a verb of growth whose subject is the figure.
   */
  private static final Set<String> WORD_READER_ROLES =
      Set.of("ally", "about_this", "topic_shift", "to_date", "rise_by");

  /** The values of one column, every row of a file with {@code width} columns. */
  private static Set<String> column(String path, int width, int col) {
    Set<String> values = new HashSet<>();
    for (String[] row : rows(path, null)) {
      assertThat(row).as(path).hasSize(width);
      values.add(row[col]);
    }
    return values;
  }

  /**
   * The rows of a resource TSV: '#' comment lines first (the header that says what the file holds
   * and where it came from), then the column names (checked when given), then rows of that width.
   */
  private static List<String[]> rows(String path, List<String> columns) {
    try (InputStream in = LanguageDataTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path + " is on the class path").isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String[] header = null;
      boolean comment = false;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          comment = true;
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (header == null) {
          assertThat(comment).as(path + " starts with a header comment").isTrue();
          if (columns != null) {
            assertThat(fields).as(path + " columns").containsExactlyElementsOf(columns);
          }
          header = fields;
          continue;
        }
        assertThat(fields).as(path + ": " + line).hasSameSizeAs(header);
        assertThat(fields[0]).as(path + ": " + line).isNotBlank();
        rows.add(fields);
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }
}
