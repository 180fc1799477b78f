package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article prefilter passes what may hold a claim and drops what cannot. */
class PrefilterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          About 3,000 soldiers arrived.                      | true
          Three thousand TROOPS were sent.                   | true
          A dozen marines landed.                            | true
          The troops were sent home.                         | false
          Shares rose 3% as market forces eased.             | true
          Shares rose 3% on strong demand.                   | false
          Personnel changes: 40 managers left the bank.      | false
          Some 200 military personnel arrived.               | true
          Four generals met in Brussels.                     | false
          Some 300 service members arrived.                  | true
          Some 300 service-members arrived.                  | true
          They put 300 boots on the ground.                  | true
          They put 300 boots on a ground.                    | false
          The soldiers' 12 medals were shown.                | true
          About 300 troops reached Zürich.                   | true
          Les 300 soldats sont arrivés.                      | false
          About 300 ſoldiers arrived.                        | false
          Counterinsurgencytroops and 12 more.               | false
          Up to 4,000 Chadian casualties were reported.      | true
          Kyiv put the enemy's deaths at 1,200.              | true
          The flu caused 40 deaths last winter.              | true
          Losses widened to 40 million dollars.              | false
          Nine dead after a bus crash.                       | false
          """)
  void passesTextsWithAPersonnelWordOrAWarTollNounAndANumber(String text, boolean expected) {
    assertThat(Prefilter.defaults().mayHoldClaim(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "text {index}")
  @CsvSource({"''", "12345"})
  void dropsEmptyOrWordlessTexts(String text) {
    assertThat(Prefilter.defaults().mayHoldClaim(text)).isFalse();
    assertThat(Prefilter.defaults().mayHoldClaim(null)).isFalse();
  }
}
