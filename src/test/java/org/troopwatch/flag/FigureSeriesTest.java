package org.troopwatch.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.combine.Figure;
import org.troopwatch.combine.FigureKey;
import org.troopwatch.combine.Interval;

/** The semantics of one key's series, on hand-made figures (no Spark). */
class FigureSeriesTest {

  private static final Wording WORDING = Wording.load();
  private static final FigureSeries SERIES = new FigureSeries(WORDING);
  private static final LocalDate DAY1 = LocalDate.of(2024, 10, 23);
  private static final LocalDate DAY2 = LocalDate.of(2024, 11, 13);

  static FigureKey key(String source, String metric, String scope) {
    return new FigureKey(source, "PRK", "RUS", metric, scope, false);
  }

  static Figure figure(FigureKey key, LocalDate day, Long low, Long high, String qualifier) {
    return figure(key, day, low, high, qualifier, null, null, null);
  }

  static Figure figure(
      FigureKey key,
      LocalDate day,
      Long low,
      Long high,
      String qualifier,
      Integer wave,
      String location,
      LocalDate period) {
    return new Figure(
        key,
        day,
        new Interval(low, high),
        qualifier,
        1,
        List.of("Outlet"),
        "doc-" + day,
        null,
        null,
        1,
        List.of("doc-" + day),
        List.of("A sentence written for this test on " + day + "."),
        true,
        wave,
        location,
        period,
        period,
        0,
        day,
        null,
        0.9,
        1,
        List.of("en"));
  }

  private static List<String> types(Figure... figures) {
    return SERIES.events(List.of(figures)).stream().map(Revision::type).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      textBlock =
          """
          a repeat is not a revision;                            3000; 3000; exact;  3000;  3000;  exact;    first_report
          nearly 30000 after about 30000 is the same;            30000;30000;approx; -;     30000; at_most;  first_report
          a range holding the old point is not a revision;      3000; 3000; approx; 2000;  4000;  range;    first_report
          overlapping ranges are not a revision;                 1000; 3000; range;  2500;  5000;  range;    first_report
          a higher point is an upward revision;                  3000; 3000; approx; 10000; 12000; range;    first_report upward_revision
          a lower point is a downward revision;                  3000; 3000; approx; 1500;  1500;  exact;    first_report downward_revision
          more than 2000 after 2000 is the same figure;          2000; 2000; exact;  2000;  -;     at_least; first_report
          about 300 after at least 100 is an upward revision;    100;  -;    at_least;300;  300;   approx;   first_report upward_revision
          """)
  void twoFiguresOfOneKeyFlagAsExpected(
      String why,
      Long oldLow,
      Long oldHigh,
      String oldQualifier,
      Long newLow,
      Long newHigh,
      String newQualifier,
      String expected) {
    FigureKey key = key("NIS", "deployed", null);
    assertThat(
            types(
                figure(key, DAY1, oldLow, oldHigh, oldQualifier),
                figure(key, DAY2, newLow, newHigh, newQualifier)))
        .as(why)
        .containsExactly(expected.split(" "));
  }

  @Test
  void aRevisionIsMeasuredFromTheLastReportedChangeNotTheDayBefore() {
    FigureKey key = key("NIS", "deployed", null);
    List<Revision> events =
        SERIES.events(
            List.of(
                figure(key, DAY1, 1000L, 1000L, "exact"),
                figure(key, DAY1.plusDays(5), 1000L, 3000L, "range"),
                figure(key, DAY2, 3000L, 3000L, "exact")));
    assertThat(events)
        .extracting(Revision::type)
        .containsExactly("first_report", "upward_revision");
    assertThat(events.get(1).oldFigure()).isEqualTo(new Interval(1000L, 1000L));
  }

  @Test
  void batchesAreNewWavesAndNeverRevisions() {
    FigureKey batches = key("NIS", "deployed", FigureKey.INCREMENT);
    assertThat(
            types(
                figure(batches, DAY1, 1500L, 1500L, "exact", 1, null, null),
                figure(batches, DAY2, 1000L, 3000L, "range", 2, "Kursk", null),
                figure(batches, DAY2.plusDays(3), 1000L, 3000L, "range", 2, "Kursk", null)))
        .containsExactly("new_wave", "new_wave");
  }

  @Test
  void aTollOfAnotherBattleIsANewEventNotARevision() {
    FigureKey killed = key("Chadian government", "killed", null);
    List<Revision> events =
        SERIES.events(
            List.of(
                figure(killed, DAY1, 384L, 384L, "exact", null, "Ouadi Doum", DAY1.minusDays(2)),
                figure(killed, DAY2, 1269L, 1269L, "exact", null, "Wadi Doum airbase", DAY2)));
    assertThat(events).extracting(Revision::type).containsExactly("first_report", "new_event");
    assertThat(events.get(1).explanation())
        .contains("a different event")
        .contains("not a revision");
  }

  @Test
  void aTollWithoutAPlaceOrPeriodIsComparedWithThePreviousOne() {
    FigureKey killed = key("NIS", "killed", null);
    assertThat(
            types(
                figure(killed, DAY1, 100L, null, "at_least"),
                figure(killed, DAY2, 300L, 300L, "approx", null, "Kursk", null)))
        .containsExactly("first_report", "upward_revision");
  }

  @Test
  void revisionExplanationNamesSourceTroopsPlacesFiguresAndDates() {
    FigureKey key = key("National Intelligence Service (South Korea)", "deployed", null);
    List<Revision> events =
        SERIES.events(
            List.of(
                figure(key, DAY1, 3000L, 3000L, "approx"),
                figure(key, DAY2, 10000L, 12000L, "range")));
    assertThat(events.get(1).explanation())
        .isEqualTo(
            "National Intelligence Service (South Korea) raised its estimate of North Korean troops"
                + " deployed in Russia from about 3,000 (2024-10-23) to 10,000-12,000 (2024-11-13).");
  }

  @Test
  void inputOrderDoesNotChangeTheEvents() {
    FigureKey key = key("NIS", "deployed", null);
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      long value = 1000L * ((i * 7) % 5 + 1);
      figures.add(figure(key, DAY1.plusDays(i), value, value, "exact"));
    }
    List<Revision> inOrder = SERIES.events(figures);
    java.util.Collections.shuffle(figures, new java.util.Random(42));
    assertThat(SERIES.events(figures)).isEqualTo(inOrder);
  }

  @Test
  void contradictionWindowMustNotBeNegative() {
    assertThatThrownBy(() -> new Contradictions(WORDING, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contradiction window must be >= 0 days, got -1");
  }

  @Test
  void sourcesAreContradictoryOnlyWithinTheWindow() {
    Figure nis = figure(key("NIS", "deployed", null), DAY1, 3000L, 3000L, "approx");
    Figure ukraine = figure(key("Ukraine", "deployed", null), DAY2, 11000L, 11000L, "approx");
    RevisionFlagger wide = new RevisionFlagger(WORDING, 30);
    RevisionFlagger narrow = new RevisionFlagger(WORDING, 7);
    assertThat(wide.flag(List.of(nis, ukraine)))
        .filteredOn(r -> r.type().equals("contradiction"))
        .singleElement()
        .satisfies(r -> assertThat(r.otherSource()).isEqualTo("NIS"));
    assertThat(narrow.flag(List.of(nis, ukraine)))
        .extracting(Revision::type)
        .doesNotContain("contradiction");
  }

  private static Figure withStated(Figure f, long low, long high) {
    return new Figure(
        f.key(),
        f.reportDate(),
        f.figure(),
        f.qualifier(),
        f.stories(),
        f.outlets(),
        f.firstDocId(),
        f.previous(),
        f.previousReportDate(),
        f.claimCount(),
        f.docIds(),
        f.sentences(),
        f.sourceAttributed(),
        f.wave(),
        f.location(),
        f.periodStart(),
        f.periodEnd(),
        f.otherFigures(),
        f.lastPublished(),
        new Interval(low, high),
        f.confidence(),
        f.originators(),
        List.of("en"));
  }

  @Test
  void aFirstFigureBesideTheEarlierCountItReplacesIsARevisionFromThatCount() {
    Figure figure =
        withStated(
            figure(key("Pentagon", "deployed", null), DAY1, 2000L, 2000L, "approx"), 900, 900);
    assertThat(SERIES.events(List.of(figure)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo("upward_revision");
              assertThat(r.oldFigure()).isEqualTo(new Interval(900L, 900L));
              assertThat(r.oldReportDate()).isNull();
              assertThat(r.explanation())
                  .isEqualTo(
                      "Pentagon raised its count of North Korean troops deployed in Russia from 900"
                          + " (the earlier figure, as the report itself states it) to about 2,000"
                          + " (2024-10-23).");
            });
  }

  @Test
  void aStatedEarlierCountThatOverlapsIsAFirstReport() {
    Figure figure =
        withStated(
            figure(key("Pentagon", "deployed", null), DAY1, 2000L, 2000L, "approx"), 2000, 2000);
    assertThat(types(figure)).containsExactly("first_report");
  }

  @Test
  void aWithdrawalCountContinuesAnotherSourcesEarlierCount() {
    Figure paper = figure(key("A newspaper", "withdrawn", null), DAY1, 25L, 25L, "exact");
    Figure government =
        figure(key("The government", "withdrawn", "total"), DAY2, 51L, 51L, "exact");
    List<Revision> events = new RevisionFlagger(WORDING, 30).flag(List.of(government, paper));
    assertThat(events)
        .extracting(r -> r.type() + " " + r.key().source() + " " + r.otherSource())
        .containsExactly(
            "first_report A newspaper null", "upward_revision The government A newspaper");
    assertThat(events.get(1).explanation())
        .as("each figure is credited to its own source, never 'by' the later one as if it acted")
        .contains("as A newspaper reported it, to 51")
        .contains("as The government reported it;")
        .doesNotContain(" by The government");
  }

  @Test
  void aDeploymentCountDoesNotContinueAnotherSourcesCount() {
    Figure paper = figure(key("A newspaper", "deployed", null), DAY1, 25L, 25L, "exact");
    Figure government = figure(key("The government", "deployed", null), DAY2, 51L, 51L, "exact");
    assertThat(new RevisionFlagger(WORDING, 30).flag(List.of(government, paper)))
        .extracting(Revision::type)
        .containsExactlyInAnyOrder("first_report", "first_report", "contradiction");
  }

  @Test
  void aHigherWithdrawalCountOfAnotherSourceIsNoContradiction() {
    Figure paper = figure(key("A newspaper", "withdrawn", null), DAY1, 25L, 25L, "exact");
    Figure government =
        figure(key("The government", "withdrawn", null), DAY1.plusDays(5), 51L, 51L, "exact");
    assertThat(new RevisionFlagger(WORDING, 30).flag(List.of(paper, government)))
        .extracting(Revision::type)
        .doesNotContain("contradiction");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      textBlock =
          """
          about 4800 is about 5000 read as rounded;             5000; approx; 4800; approx; false
          about 4000 is not 2000 exactly;                       2000; exact;  4000; approx; true
          an exact 4800 is not an exact 5000;                   5000; exact;  4800; exact;  true
          about 1890 is read to the nearest ten;                  1890; approx; 1850; approx; true
          """)
  void approximateRoundFiguresContradictOnlyBeyondTheirRounding(
      String why,
      long oldValue,
      String oldQualifier,
      long newValue,
      String newQualifier,
      boolean contradiction) {
    Figure a = figure(key("Ministry", "deployed", null), DAY1, oldValue, oldValue, oldQualifier);
    Figure b =
        figure(key("Outlet", "deployed", null), DAY1.plusDays(4), newValue, newValue, newQualifier);
    assertThat(new RevisionFlagger(WORDING, 30).flag(List.of(a, b)))
        .as(why)
        .extracting(Revision::type)
        .contains(contradiction ? "contradiction" : "first_report")
        .filteredOn("contradiction"::equals)
        .hasSize(contradiction ? 1 : 0);
  }

  @Test
  void aPartBesideTheWholeOnOneDayDoesNotContradictAnotherSourcesWhole() {
    Figure part = figure(key("Ministry", "deployed", null), DAY1, 20L, 20L, "exact");
    Figure whole = figure(key("Ministry", "deployed", "total"), DAY1, 5000L, 5000L, "approx");
    Figure outlet =
        figure(key("Outlet", "deployed", null), DAY1.plusDays(4), 4800L, 4800L, "approx");
    assertThat(new RevisionFlagger(WORDING, 30).flag(List.of(part, whole, outlet)))
        .extracting(Revision::type)
        .doesNotContain("contradiction");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      textBlock =
          """
          a toll since a date against one with no period;     -;     2024-12-01; Kursk; -;          false
          a toll in a place against one with no place;        -;     -;          Kursk; -;          false
          tolls of the same place and no period;              Kursk; -;          Kursk; -;          true
          tolls of overlapping periods and no place;          -;     2024-12-01; -;     2024-12-01; true
          """)
  void tollsOfTwoSourcesContradictOnlyWhenTheyCountTheSameOccasion(
      String why,
      String placeA,
      LocalDate periodA,
      String placeB,
      LocalDate periodB,
      boolean contradiction) {
    Figure a =
        figure(
            key("South Korea", "casualties", null),
            DAY1,
            1100L,
            1100L,
            "approx",
            null,
            placeA,
            periodA);
    Figure b =
        figure(
            key("Zelensky", "casualties", null),
            DAY1,
            3000L,
            null,
            "at_least",
            null,
            placeB,
            periodB);
    assertThat(new RevisionFlagger(WORDING, 30).flag(List.of(a, b)))
        .as(why)
        .filteredOn(r -> r.type().equals("contradiction"))
        .hasSize(contradiction ? 1 : 0);
  }
}
