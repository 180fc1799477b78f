package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which figures a sentence presents as earlier counts; sentences written for this test (no corpus
 * text). No Spark.
 */
class EarlierFiguresTest {

  private static final EarlierFigures EARLIER = EarlierFigures.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          up from marks the old count     | Officials now put the force at 3,100, up from 2,400 in the spring.     | 2400 | 2400 | true
          the new count beside up from    | Officials now put the force at 3,100, up from 2,400 in the spring.     | 3100 | 3100 | false
          down from marks the old count   | The garrison shrank to 700 soldiers, down from about 1,200.            | 1200 | 1200 | true
          previously announced after      | There are 1,800 marines there, twice the 900 it had previously announced. | 900 | 900 | true
          previously announced: new one   | There are 1,800 marines there, twice the 900 it had previously announced. | 1800 | 1800 | false
          the old number of               | The ministry dropped the old number of 650 troops from its website.    | 650  | 650  | true
          as recently as a month          | The army had as recently as March said its contingent in Mali was 410. | 410  | 410  | true
          an open bound read by its digits | Analysts said more than 5000 troops were sent, up from 4000 last year. | 4000 | -   | true
          a plain count is not earlier    | Some 2,500 Dutch soldiers are based in Lithuania, the army said.       | 2500 | 2500 | false
          a starting level is not earlier | The force could grow from 32,000 troops to more than 60,000.           | 32000 | 32000 | false
          a cue in another clause         | Up from last year; 4,000 troops are now in the country.                | 4000 | 4000 | false
          a figure in words is not found  | Up from nine hundred, the force now counts 1,500 soldiers.             | 900  | 900  | false
          a longer number is not the figure | The count rose to 12,000, up from 8,000 a year before.               | 2000 | 2000 | false
          """)
  void aFigureIsEarlierWhenItsSentenceSaysSo(
      String why, String sentence, Long low, Long high, boolean earlier) {
    assertThat(EARLIER.isEarlier(sentence, low, high)).as(why).isEqualTo(earlier);
  }
}
