package org.troopwatch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceTableTest {

  private static final String DIR = "org/troopwatch/knowledge/fixtures/table/";

  @Test
  void wellFormedFileIgnoresByteOrderMarkLineEndsBlankLinesAndComments() {
    ResourceTable table = ResourceTable.load(DIR + "good.tsv", "iso3", "name");

    assertThat(table.columns()).containsExactly("iso3", "name", "aliases");
    assertThat(table.rows()).extracting(r -> r.get("iso3")).containsExactly("PRK", "RUS");
    assertThat(table.rows()).extracting(ResourceTable.Row::line).containsExactly(4, 7);
  }

  @Test
  void listCellsAreSplitOnBarsAndTrimmedAndEmptyCellsAreNullOrEmpty() {
    List<ResourceTable.Row> rows = ResourceTable.load(DIR + "good.tsv").rows();

    assertThat(rows.get(0).list("aliases")).containsExactly("DPRK", "N. Korea");
    assertThat(rows.get(1).get("name")).isEqualTo("Russia");
    assertThat(rows.get(1).get("aliases")).isNull();
    assertThat(rows.get(1).list("aliases")).isEmpty();
  }

  @Test
  void askingForAColumnTheFileDoesNotHaveFails() {
    ResourceTable.Row row = ResourceTable.load(DIR + "good.tsv").rows().get(0);

    assertThatThrownBy(() -> row.get("capitals"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no column 'capitals' (have [iso3, name, aliases])");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "no-header-comment.tsv => no-header-comment.tsv:1: no header comment",
        "missing-column.tsv => missing-column.tsv:2: missing column 'name' (have [iso3, aliases])",
        "wrong-cell-count.tsv => wrong-cell-count.tsv:4: 3 cells, expected 2 (iso3, name)",
        "duplicate-key.tsv => duplicate-key.tsv:5: duplicate key 'RUS' (first on line 3)",
        "no-column-line.tsv => no-column-line.tsv:1: no line of column names",
        "absent.tsv => absent.tsv: no such classpath resource",
      })
  void malformedFileFailsNamingFileLineAndProblem(String file, String message) {
    assertThatThrownBy(() -> ResourceTable.load(DIR + file, "iso3", "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(DIR + message);
  }
}
