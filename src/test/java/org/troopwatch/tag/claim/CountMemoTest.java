package org.troopwatch.tag.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.troopwatch.tag.figure.Figure;

/** The counts of a sentence are parsed once per thread, and are the same as parsed afresh. */
class CountMemoTest {

  private static final String SENTENCE = "About 1,500 North Korean soldiers arrived on Friday.";

  @Test
  void aSentenceCountedTwiceGivesTheSameUnchangeableCounts() {
    ClaimExtractor extractor = ClaimExtractor.defaults();
    LocalDate published = LocalDate.of(2025, 1, 10);

    List<Figure> first = extractor.countFigures(SENTENCE, published);
    // Another extractor of the same rules, as ClaimExtractor.defaults() makes one per call.
    List<Figure> again = ClaimExtractor.defaults().countFigures(new String(SENTENCE), published);

    assertThat(again).isSameAs(first);
    assertThat(first).hasSize(1);
    assertThat(first.get(0).low()).isEqualTo(1500L);
    assertThatThrownBy(() -> first.add(first.get(0)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage(null);
  }

  @Test
  void theSameSentenceOnAnotherDayIsCountedAgain() {
    ClaimExtractor extractor = ClaimExtractor.defaults();
    String sentence = "The 200 soldiers killed on Monday were buried.";

    List<Figure> monday = extractor.countFigures(sentence, LocalDate.of(2025, 1, 10));
    List<Figure> later = extractor.countFigures(sentence, LocalDate.of(2025, 2, 10));

    assertThat(later).isNotSameAs(monday).isEqualTo(monday);
  }

  @Test
  void moreSentencesThanTheMemoKeepsAreStillCountedRight() {
    ClaimExtractor extractor = ClaimExtractor.defaults();
    LocalDate published = LocalDate.of(2025, 1, 10);
    for (int i = 0; i < CountMemo.SENTENCES + 10; i++) {
      List<Figure> counts = extractor.countFigures((i + 2) + " soldiers were killed.", published);
      assertThat(counts).hasSize(1);
      assertThat(counts.get(0).low()).isEqualTo(i + 2L);
    }
  }
}
