package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tagger's own sentence splitter: where news sentences end and where they do not. */
class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.defaults().split(text).stream()
        .map(s -> text.substring(s.begin(), s.end()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          About 300 troops arrived. They left in May.              | About 300 troops arrived.~They left in May.
          Did they stay? No! They left.                            | Did they stay?~No!~They left.
          The U.S. Army sent 300 troops.                           | The U.S. Army sent 300 troops.
          On Feb. 3 the troops left. Gen. Smith stayed.            | On Feb. 3 the troops left.~Gen. Smith stayed.
          George W. Bush sent them. They went.                     | George W. Bush sent them.~They went.
          It cost 1.5 billion. Then 300 more came.                 | It cost 1.5 billion.~Then 300 more came.
          The troops left. 300 stayed.                             | The troops left.~300 stayed.
          They left... Then they came back.                        | They left...~Then they came back.
          They left. then they came back.                          | They left. then they came back.
          `"We stay. You go," he said. Then he left.`              | `"We stay. You go," he said.~Then he left.`
          `“We stay. You go,” he said.`                            | `“We stay.~You go,” he said.`
          `He said "we stay." Others left.`                        | `He said "we stay."~Others left.`
          (About 300 troops arrived.) They left.                   | (About 300 troops arrived.)~They left.
          """)
  void endsSentencesWhereNewsDoes(String text, String expected) {
    assertThat(sentences(text)).containsExactlyElementsOf(Arrays.asList(expected.split("~")));
  }

  @Test
  void aBlankLineEndsASentenceAndASingleLineBreakDoesNot() {
    assertThat(sentences("About 300 troops\narrived in May\n\nThey left"))
        .containsExactly("About 300 troops\narrived in May", "They left");
  }

  @Test
  void aQuoteLeftOpenDoesNotHoldTheRestOfTheParagraphTogether() {
    assertThat(sentences("He said \"we stay. They left.\n\nMore came."))
        .containsExactly("He said \"we stay.", "They left.", "More came.");
  }

  @Test
  void spansAreTrimmedAndPointIntoTheText() {
    String text = "  About 300 troops arrived.   They left.  ";
    var spans = SentenceSplitter.defaults().split(text);
    assertThat(spans).hasSize(2);
    assertThat(text.substring(spans.get(0).begin(), spans.get(0).end()))
        .isEqualTo("About 300 troops arrived.");
    assertThat(spans.get(1).end()).isEqualTo(text.length() - 2);
  }

  @Test
  void aSentenceWithoutAnEndIsCutAtItsMaximumLengthOnASpace() {
    String text = "word ".repeat(SentenceSplitter.MAX_LENGTH);
    var spans = SentenceSplitter.defaults().split(text);
    assertThat(spans).hasSizeGreaterThan(1);
    assertThat(spans).allMatch(s -> s.end() - s.begin() <= SentenceSplitter.MAX_LENGTH);
    assertThat(spans).allMatch(s -> text.substring(s.begin(), s.end()).startsWith("word"));
  }

  @ParameterizedTest(name = "text {index}")
  @CsvSource({"''", "'   '", "'\n\n\n'"})
  void anEmptyTextHasNoSentences(String text) {
    assertThat(sentences(text)).isEmpty();
  }
}
