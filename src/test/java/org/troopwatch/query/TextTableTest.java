package org.troopwatch.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTableTest {

  private static final TextTable FIGURES =
      new TextTable(
          List.of("source", "low", "high"),
          List.of(false, true, true),
          List.of(
              List.of("NIS", "1000", "3000"), Arrays.asList("Pentagon", "10000", (String) null)));

  @Test
  void alignedTableLeftAlignsTextRightAlignsNumbersAndShowsNull() {
    assertThat(FIGURES.aligned(0))
        .isEqualTo(
            """
            source   | low   | high
            ---------+-------+-----
            NIS      |  1000 | 3000
            Pentagon | 10000 | NULL
            (2 rows)
            """);
  }

  @Test
  void cellsLongerThanTheMaximumAreCutWithAnEllipsis() {
    TextTable sentence =
        new TextTable(
            List.of("sentence"),
            List.of(false),
            List.of(List.of("Seoul's spy agency said about 1,500 troops had moved.")));

    assertThat(sentence.aligned(12).lines().toList())
        .containsExactly("sentence", "------------", "Seoul's spy…", "(1 row)");
  }

  @Test
  void lineBreaksInsideACellDoNotBreakTheRow() {
    TextTable payload =
        new TextTable(List.of("payload"), List.of(false), List.of(List.of("{\"a\":\n1}")));

    assertThat(payload.aligned(0).lines()).contains("{\"a\": 1}").hasSize(4);
  }

  @Test
  void csvQuotesFieldsWithCommasAndQuotesAndLeavesNullEmpty() {
    TextTable rows =
        new TextTable(
            List.of("outlets", "note"),
            List.of(false, false),
            List.of(
                List.of("[Harbor Wire, The Meridian Post]", "said \"about\""),
                Arrays.asList("x", (String) null)));

    assertThat(rows.csv())
        .isEqualTo(
            """
            outlets,note
            "[Harbor Wire, The Meridian Post]","said ""about\"\"\"
            x,
            """);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a row shorter than the header   | 1 | 1 cells, the result 2 columns
          alignment flags of another size | 0 | alignment flags
          """)
  void malformedResultsAreRefusedWithAMessage(String what, int flags, String message) {
    List<Boolean> numeric = flags == 1 ? List.of(false, false) : List.of(false);
    List<List<String>> rows = flags == 1 ? List.of(List.of("only one")) : List.of();

    assertThatThrownBy(() -> new TextTable(List.of("a", "b"), numeric, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void negativeMaximumWidthIsRefused() {
    assertThatThrownBy(() -> FIGURES.aligned(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max width must be >= 0, got -1");
  }
}
