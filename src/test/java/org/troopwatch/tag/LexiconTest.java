package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lexicon's phrase form and its phrase lookup by token. */
class LexiconTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "TROOPS|troops",
        "U.S.|u.s.",
        "Korea\u2019s|korea ' s",
        "  Marines   and\tsailors |marines and sailors",
        "peacekeepers'|peacekeepers '",
        "İzmir|i\u0307zmir"
      })
  void phrasesAreLowerCasedWithApostrophesApartAndSingleSpaces(String raw, String phrase) {
    assertThat(Lexicon.normalise(raw)).isEqualTo(phrase);
  }

  @Test
  void aPersonnelPhraseIsFoundAtItsFirstToken() {
    Lexicon lexicon = Lexicon.defaults();
    List<String> tokens = List.of("some", "300", "special", "forces", "troops");
    assertThat(lexicon.phraseAt(tokens, 2, "personnel")).isEqualTo(2);
    assertThat(lexicon.phraseAt(tokens, 1, "personnel")).isZero();
  }
}
