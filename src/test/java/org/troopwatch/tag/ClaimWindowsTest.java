package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences of an article the Spark NLP annotators get to see. */
class ClaimWindowsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 10);

  private static final String[] SENTENCES = {
    "The talks opened in Moscow on Monday.",
    "Markets were calm.",
    "The defence ministry spoke on Tuesday.",
    "It said that 300 soldiers had crossed the border.",
    "This was the second wave.",
    "The weather was cold.",
    "Prices rose 3 percent.",
    "Officials said French troops would stay.",
    "Trade talks went on."
  };

  private static String article() {
    return String.join(" ", SENTENCES);
  }

  private static List<Integer> kept(ClaimWindows.Selection selection) {
    return selection.sentences().stream().map(ClaimWindows.Part::index).toList();
  }

  @Test
  void keepsCountsTheirNeighboursAndWhatSetsContextThenAfterTheLastCountOnlyGroups() {
    // 0 names a capital, 2 comes before the count, 3 counts, 4 comes after it, 7 names troops;
    // 1 names nothing, and 5, 6, 8 come after the last count without a group.
    ClaimWindows.Selection s = ClaimWindows.defaults().select(article(), DAY);
    assertThat(kept(s)).containsExactly(0, 2, 3, 4, 7);
  }

  @Test
  void marksTheSentencesThatHoldACountTheOthersAreContext() {
    ClaimWindows.Selection s = ClaimWindows.defaults().select(article(), DAY);
    assertThat(
            s.sentences().stream().filter(ClaimWindows.Part::counts).map(ClaimWindows.Part::index))
        .as("only 3 counts people; 6 has a number but no group, 7 a group but no number")
        .containsExactly(3);
    String twoCounts =
        "Some 40 marines landed in Dili. The navy said 12 sailors stayed aboard. Talks went on.";
    ClaimWindows.Selection t = ClaimWindows.defaults().select(twoCounts, DAY);
    assertThat(t.sentences().stream().map(ClaimWindows.Part::counts))
        .containsExactly(true, true, false);
    assertThat(ClaimWindows.wholeText().select(article(), DAY).sentences())
        .filteredOn(ClaimWindows.Part::counts)
        .extracting(ClaimWindows.Part::index)
        .containsExactly(3);
  }

  @Test
  void blanksTheSentencesLeftOutAndKeepsEveryOffset() {
    String text = article();
    ClaimWindows.Selection s = ClaimWindows.defaults().select(text, DAY);
    assertThat(s.text()).hasSameSizeAs(text);
    for (ClaimWindows.Part p : s.sentences()) {
      assertThat(s.text().substring(p.begin(), p.end()))
          .isEqualTo(text.substring(p.begin(), p.end()));
      assertThat(text.substring(p.begin(), p.end())).isEqualTo(SENTENCES[p.index()]);
    }
    assertThat(s.text())
        .doesNotContain("Markets")
        .doesNotContain("weather")
        .doesNotContain("Prices")
        .doesNotContain("Trade");
  }

  @Test
  void theWholeTextKeepsEverySentence() {
    ClaimWindows.Selection s = ClaimWindows.wholeText().select(article(), DAY);
    assertThat(kept(s)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(s.text()).isEqualTo(article());
  }

  @Test
  void aCountBeforeAnyGroupIsNamedIsNotReadButTheWholeTextReadsIt() {
    String text =
        "About 300 workers lost their jobs. Markets fell. Prices rose. French troops left in May.";
    assertThat(ClaimWindows.defaults().select(text, DAY)).isNull();
    assertThat(kept(ClaimWindows.wholeText().select(text, DAY))).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aForceOfTheGazetteerNamesAGroupAsAPersonnelNounDoes() {
    String text = "The Wagner Group moved in May. Some 300 of them reached the town. Prices rose.";
    assertThat(kept(ClaimWindows.defaults().select(text, DAY))).containsExactly(0, 1, 2);
  }

  @Test
  void aPhraseTheScannerCannotReadWholeGoesByItsLongestReadableWord() {
    assertThat(ClaimWindows.letterWords("U.S. Army")).isEqualTo("u s army");
    assertThat(ClaimWindows.letterWords("Bundesverteidigungsministerium Berlin"))
        .isEqualTo("berlin");
    assertThat(ClaimWindows.letterWords("Armed Forces of the Russian Federation"))
        .isEqualTo("federation");
  }

  @Test
  void anArticleWithoutAFigureThatCountsPeopleHasNothingToRead() {
    String text = "French troops stayed in 2024. Prices rose 3 percent on March 3.";
    assertThat(ClaimWindows.defaults().select(text, DAY)).isNull();
    assertThat(ClaimWindows.wholeText().select(text, DAY)).isNull();
    assertThat(ClaimWindows.defaults().select("", DAY)).isNull();
    assertThat(ClaimWindows.defaults().select(null, DAY)).isNull();
  }

  @Test
  void aTollOfOneWrittenWithTheArticleCountsThoughItHasNoDigit() {
    // 0 counts 300; 2 has no digit but counts one soldier killed, so it and 3 after it are read.
    String text =
        "Norway sent 300 soldiers to Lithuania in 2024. Markets were calm. A Norwegian soldier"
            + " was killed in a training accident there on Friday. The weather was cold.";
    assertThat(kept(ClaimWindows.defaults().select(text, DAY))).containsExactly(0, 1, 2, 3);
    // Without a toll the soldier's sentence is kept for naming a group, and the one after it is
    // not.
    String noToll =
        "Norway sent 300 soldiers to Lithuania in 2024. Markets were calm. A Norwegian soldier"
            + " spoke to reporters there on Friday. The weather was cold.";
    assertThat(kept(ClaimWindows.defaults().select(noToll, DAY))).containsExactly(0, 1, 2);
  }

  @Test
  void aTollNounCountsAGroupAsAPersonnelNounDoes() {
    // No personnel word anywhere: the casualties and the deaths are what the figures count.
    String headline = "Up to 4,000 Chadian casualties claimed near Abeche";
    assertThat(kept(ClaimWindows.defaults().select(headline, DAY))).containsExactly(0);
    String text =
        "Fighting went on near the border. Kyiv put Belarusian deaths at 1,200 on Monday. Talks"
            + " stalled.";
    assertThat(kept(ClaimWindows.defaults().select(text, DAY))).containsExactly(0, 1, 2);
  }
}
