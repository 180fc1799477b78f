package org.troopwatch.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troopwatch.flag.FigureSeriesTest.figure;
import static org.troopwatch.flag.FigureSeriesTest.key;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.troopwatch.combine.Figure;
import org.troopwatch.combine.FigureKey;

/** Added tolls ("another 200 killed"): revisions of the occasion's toll or new events, no waves. */
class TollAdditionsTest {

  private static final RevisionFlagger FLAGGER = new RevisionFlagger(Wording.load(), 30);
  private static final LocalDate JAN = LocalDate.of(2025, 1, 13);
  private static final LocalDate FEB = LocalDate.of(2025, 2, 20);
  private static final LocalDate MAR = LocalDate.of(2025, 3, 2);

  /** type old-new of each event of the increment key, in order. */
  private static List<String> additionEvents(Figure... figures) {
    return FLAGGER.flag(List.of(figures)).stream()
        .filter(r -> r.key().isIncrement())
        .map(
            r ->
                r.type()
                    + " "
                    + (r.oldFigure() == null ? "null" : r.oldFigure().low())
                    + "-"
                    + r.newFigure().low())
        .toList();
  }

  @Test
  void anotherTwoHundredKilledRaisesTheSameOccasionsToll() {
    Figure toll = figure(key("NIS", "killed", null), JAN, 300L, 300L, "approx");
    Figure added = figure(key("NIS", "killed", "increment"), FEB, 200L, 200L, "exact");
    List<Revision> events = FLAGGER.flag(List.of(toll, added));
    assertThat(events)
        .filteredOn(r -> r.key().isIncrement())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo(Revision.UPWARD);
              assertThat(r.oldReportDate()).isEqualTo(JAN);
              assertThat(r.newFigure().low()).isEqualTo(500L);
              assertThat(r.explanation())
                  .isEqualTo(
                      "NIS reported another 200 North Korean troops killed in Russia (2025-02-20),"
                          + " raising its toll of the same occasion from 300 (2025-01-13) to"
                          + " 500.");
            });
  }

  @Test
  void successiveAdditionsRaiseTheRunningToll() {
    FigureKey increment = key("NIS", "killed", "increment");
    assertThat(
            additionEvents(
                figure(key("NIS", "killed", null), JAN, 300L, 300L, "approx"),
                figure(increment, FEB, 200L, 200L, "exact"),
                figure(increment, MAR, 100L, 100L, "exact")))
        .containsExactly("upward_revision 300-500", "upward_revision 500-600");
  }

  @Test
  void theSameAdditionReportedAgainIsNoEvent() {
    FigureKey increment = key("NIS", "killed", "increment");
    assertThat(
            additionEvents(
                figure(key("NIS", "killed", null), JAN, 300L, 300L, "approx"),
                figure(increment, FEB, 200L, 200L, "exact"),
                figure(increment, FEB.plusDays(1), 200L, 200L, "approx")))
        .containsExactly("upward_revision 300-500");
  }

  @Test
  void anAdditionAtAnotherPlaceIsANewEvent() {
    Figure toll =
        figure(key("NIS", "killed", null), JAN, 300L, 300L, "approx", null, "Kursk", null);
    Figure elsewhere =
        figure(key("NIS", "killed", "increment"), FEB, 40L, 40L, "exact", null, "Pokrovsk", null);
    assertThat(additionEvents(toll, elsewhere)).containsExactly("new_event 300-40");
  }

  @Test
  void anAdditionWithNoEarlierTollOfItsSourceIsANewEvent() {
    Figure otherSource = figure(key("Kyiv", "killed", null), JAN, 3000L, 3000L, "approx");
    Figure added = figure(key("NIS", "killed", "increment"), FEB, 200L, 200L, "exact");
    assertThat(additionEvents(otherSource, added)).containsExactly("new_event null-200");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"killed", "wounded", "casualties", "captured"})
  void noTollEverMakesANewWave(String metric) {
    FigureKey increment = key("NIS", metric, "increment");
    List<Revision> events =
        FLAGGER.flag(
            List.of(
                figure(key("NIS", metric, null), JAN, 300L, 300L, "approx"),
                figure(increment, FEB, 200L, 200L, "exact", 2, null, null),
                figure(increment, MAR, 1000L, 1000L, "exact", 3, null, null)));
    assertThat(events).extracting(Revision::type).doesNotContain(Revision.NEW_WAVE).isNotEmpty();
  }

  @Test
  void aDeploymentBatchIsStillANewWave() {
    assertThat(
            additionEvents(
                figure(key("NIS", "deployed", null), JAN, 3000L, 3000L, "approx"),
                figure(key("NIS", "deployed", "increment"), FEB, 1000L, 1000L, "exact")))
        .containsExactly("new_wave null-1000");
  }
}
