package org.troopwatch.combine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one key's claims of a day fold into one figure (no Spark). */
class FigureFolderTest {

  private static final FigureKey KEY = new FigureKey("NIS", "PRK", "RUS", "deployed", null, false);
  private static final LocalDate DAY = LocalDate.of(2024, 10, 23);

  private static ClaimFigure claim(
      String story, String doc, int index, Long low, Long high, String qualifier) {
    return new ClaimFigure(
        story,
        doc,
        DAY,
        DAY,
        List.of("Outlet of " + story),
        "Sentence " + index + " of " + doc + ".",
        index,
        new Interval(low, high),
        qualifier,
        null,
        null,
        null,
        null,
        true,
        false,
        0.9,
        "en");
  }

  @Test
  void aSyndicatedCopyCountsOnceButKeepsItsOutlet() {
    ClaimFigure original = claim("s1", "doc-a", 0, 3000L, 3000L, "approx");
    ClaimFigure copy =
        new ClaimFigure(
            "s1",
            "doc-b",
            DAY.plusDays(1),
            DAY,
            List.of("Outlet of s1", "Mirror"),
            original.sentence(),
            0,
            original.figure(),
            "approx",
            null,
            null,
            null,
            null,
            true,
            false,
            0.7,
            "en");
    Figure figure = FigureFolder.fold(KEY, List.of(original, copy)).get(0);
    assertThat(figure.stories()).isEqualTo(1);
    assertThat(figure.claimCount()).isEqualTo(1);
    assertThat(figure.outlets()).containsExactly("Mirror", "Outlet of s1");
    assertThat(figure.lastPublished()).isEqualTo(DAY.plusDays(1));
  }

  @Test
  void aSourcesReportAndItsRelayInAnotherLanguageShareOneFigureWithBothLanguages() {
    ClaimFigure korean = inLanguage(claim("s1", "doc-ko", 0, 3000L, 3000L, "approx"), "ko");
    ClaimFigure english = claim("s2", "doc-en", 0, 3000L, 3000L, "approx");
    ClaimFigure untagged = inLanguage(claim("s3", "doc-old", 0, 3000L, 3000L, "approx"), null);
    Figure figure = FigureFolder.fold(KEY, List.of(english, korean, untagged)).get(0);
    assertThat(figure.stories()).isEqualTo(3);
    assertThat(figure.languages()).containsExactly("en", "ko");
  }

  private static ClaimFigure inLanguage(ClaimFigure c, String language) {
    return copy(c, c.earlier(), language);
  }

  @Test
  void theFigureMoreStoriesCarryWinsTheDay() {
    List<ClaimFigure> claims =
        List.of(
            claim("s1", "doc-a", 0, 10000L, 10000L, "exact"),
            claim("s2", "doc-b", 3, 3000L, 3000L, "approx"),
            claim("s3", "doc-c", 5, 3000L, 3000L, "approx"));
    Figure figure = FigureFolder.fold(KEY, claims).get(0);
    assertThat(figure.figure()).isEqualTo(new Interval(3000L, 3000L));
    assertThat(figure.stories()).isEqualTo(2);
    assertThat(figure.otherFigures()).isEqualTo(1);
    assertThat(figure.docIds()).containsExactly("doc-b", "doc-c");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      textBlock =
          """
          about 1000 and almost 1000 are one figure, the closed one wins;   1000; 1000; approx; -;    1000; at_most;  1000; 1000
          a point inside a range is preferred to the range;                  1000; 3000; range;  2000; 2000; exact;    2000; 2000
          2000 and more than 2000 fold to 2000;                              2000; -;    at_least;2000;2000; exact;    2000; 2000
          """)
  void overlappingFiguresOfADayFoldToTheMostSpecific(
      String why,
      Long lowA,
      Long highA,
      String qA,
      Long lowB,
      Long highB,
      String qB,
      long low,
      long high) {
    List<ClaimFigure> claims =
        List.of(claim("s1", "doc-a", 0, lowA, highA, qA), claim("s1", "doc-a", 1, lowB, highB, qB));
    Figure figure = FigureFolder.fold(KEY, claims).get(0);
    assertThat(figure.figure()).as(why).isEqualTo(new Interval(low, high));
    assertThat(figure.claimCount()).isEqualTo(2);
    assertThat(figure.otherFigures()).isZero();
  }

  @Test
  void aTieBetweenDisagreeingFiguresGoesToTheLead() {
    List<ClaimFigure> claims =
        List.of(
            claim("s1", "doc-a", 4, 900L, 900L, "exact"),
            claim("s1", "doc-a", 0, 2000L, 2000L, "approx"));
    assertThat(FigureFolder.fold(KEY, claims).get(0).figure())
        .isEqualTo(new Interval(2000L, 2000L));
  }

  @Test
  void eachDayPointsAtThePreviousFigure() {
    ClaimFigure first = claim("s1", "doc-a", 0, 1500L, 1500L, "exact");
    ClaimFigure later =
        new ClaimFigure(
            "s2",
            "doc-b",
            DAY.plusDays(5),
            DAY.plusDays(5),
            List.of("B"),
            "Later.",
            0,
            new Interval(3000L, 3000L),
            "approx",
            null,
            null,
            null,
            null,
            true,
            false,
            0.7,
            "en");
    List<Figure> figures = FigureFolder.fold(KEY, List.of(later, first));
    assertThat(figures).extracting(Figure::reportDate).containsExactly(DAY, DAY.plusDays(5));
    assertThat(figures.get(1).previous()).isEqualTo(new Interval(1500L, 1500L));
    assertThat(figures.get(1).change()).isEqualTo(1500L);
  }

  @Test
  void claimOrderDoesNotChangeTheFigures() {
    Random random = new Random(3);
    List<ClaimFigure> claims = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      long value = 500L * (1 + random.nextInt(6));
      claims.add(
          claim(
              "s" + random.nextInt(8),
              "doc-" + i,
              i % 5,
              value,
              value * (1 + random.nextInt(2)),
              "range"));
    }
    List<Figure> expected = FigureFolder.fold(KEY, claims);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(claims, random);
      assertThat(FigureFolder.fold(KEY, claims)).isEqualTo(expected);
    }
  }

  @Test
  void aFigureNeedsABound() {
    assertThatThrownBy(() -> new Interval(null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a figure needs a low or a high bound, both are null");
  }

  private static ClaimFigure earlier(ClaimFigure c) {
    return copy(c, true, c.language());
  }

  /** The claim with its earlier mark and language replaced. */
  private static ClaimFigure copy(ClaimFigure c, boolean earlier, String language) {
    return new ClaimFigure(
        c.storyId(),
        c.docId(),
        c.published(),
        c.reportDate(),
        c.storyOutlets(),
        c.sentence(),
        c.sentenceIndex(),
        c.figure(),
        c.qualifier(),
        c.wave(),
        c.location(),
        c.periodStart(),
        c.periodEnd(),
        c.attributed(),
        earlier,
        c.confidence(),
        language);
  }

  @Test
  void anEarlierCountBesideTheNewOneIsStatedNotChosen() {
    ClaimFigure now = claim("s1", "doc-a", 0, 2000L, 2000L, "approx");
    ClaimFigure before = earlier(claim("s1", "doc-a", 1, 900L, 900L, "exact"));
    ClaimFigure repeat = earlier(claim("s1", "doc-a", 2, 900L, 900L, "exact"));
    Figure figure = FigureFolder.fold(KEY, List.of(before, now, repeat)).get(0);
    assertThat(figure.figure()).isEqualTo(new Interval(2000L, 2000L));
    assertThat(figure.stated()).isEqualTo(new Interval(900L, 900L));
    assertThat(figure.otherFigures()).isZero();
  }

  @Test
  void aDayThatOnlyRestatesAnOldCountMakesNoFigure() {
    ClaimFigure before = earlier(claim("s1", "doc-a", 0, 900L, 900L, "exact"));
    assertThat(FigureFolder.fold(KEY, List.of(before))).isEmpty();
  }
}
