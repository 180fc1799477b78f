package org.troopwatch.flag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.troopwatch.combine.Figure;
import org.troopwatch.combine.FigureKey;
import org.troopwatch.combine.Interval;

/**
 * The events of an added toll: one source's {@code increment} figures of a toll ("another 200
 * killed"). A new wave is a deployment notion, so a toll never makes one. An added toll raises the
 * occasion's toll when it adds to the same occasion (same place and period, see {@link
 * FigureSeries#differentEvent}): an {@code upward_revision} from the reference toll to the sum.
 * Otherwise, or when the source gave no earlier toll, it is a {@code new_event}.
 *
 * <p>The reference is the source's latest toll reported before the addition (its figures of scope
 * none or total, same planned flag), or the sum after its previous addition when that is newer. The
 * same addition reported again (same figure, wave and period as the previous one, no newer toll in
 * between) is a repeat and makes no event.
 *
 * <pre>
 * 2025-01-13  NIS  killed        about 300         first_report (FigureSeries)
 * 2025-02-20  NIS  killed (incr) another 200       upward_revision 300 -> 500
 * 2025-02-21  NIS  killed (incr) another 200       (the same addition again: no event)
 * 2025-03-02  NIS  killed (incr) 40 at Pokrovsk    new_event (another place)
 * </pre>
 */
final class TollAdditions {

  private final Wording wording;

  TollAdditions(Wording wording) {
    this.wording = wording;
  }

  /** The events of one increment toll key, given the same source's tolls of the occasion. */
  List<Revision> events(List<Figure> additions, List<Figure> tolls) {
    List<Figure> sortedTolls =
        tolls.stream().sorted(Comparator.comparing(Figure::reportDate)).toList();
    List<Revision> events = new ArrayList<>();
    Figure previous = null;
    Reference running = null;
    for (Figure added :
        additions.stream().sorted(Comparator.comparing(Figure::reportDate)).toList()) {
      Figure toll = latestBefore(sortedTolls, added);
      boolean tollIsNewer =
          toll != null && (running == null || toll.reportDate().isAfter(running.date()));
      if (previous != null && !tollIsNewer && repeats(previous, added)) {
        continue;
      }
      Reference reference = tollIsNewer ? Reference.of(toll) : running;
      if (reference == null || FigureSeries.differentEvent(reference.occasion(), added)) {
        events.add(newEvent(reference, added));
        running = new Reference(added.figure(), added.reportDate(), added, List.of(added));
      } else {
        Interval sum =
            new Interval(
                reference.figure().lower() + added.figure().lower(),
                reference.figure().upper() + added.figure().upper());
        events.add(raise(reference, added, sum));
        running = new Reference(sum, added.reportDate(), reference.occasion(), List.of(added));
      }
      previous = added;
    }
    return events;
  }

  /** The toll the reference stands at, when, the figure that names its occasion, its evidence. */
  private record Reference(
      Interval figure, java.time.LocalDate date, Figure occasion, List<Figure> evidence) {
    static Reference of(Figure toll) {
      return new Reference(toll.figure(), toll.reportDate(), toll, List.of(toll));
    }
  }

  private static Figure latestBefore(List<Figure> sortedTolls, Figure added) {
    Figure latest = null;
    for (Figure toll : sortedTolls) {
      if (toll.reportDate().isBefore(added.reportDate())) {
        latest = toll;
      }
    }
    return latest;
  }

  private static boolean repeats(Figure a, Figure b) {
    return a.figure().overlaps(b.figure())
        && Objects.equals(a.wave(), b.wave())
        && !FigureSeries.differentEvent(a, b);
  }

  private Revision raise(Reference reference, Figure added, Interval sum) {
    String text =
        added.key().source()
            + " reported another "
            + Wording.figure(added.figure(), added.qualifier())
            + " "
            + subject(added)
            + " ("
            + added.reportDate()
            + "), raising its toll of the same occasion from "
            + Wording.figure(reference.figure(), null)
            + " ("
            + reference.date()
            + ") to "
            + Wording.figure(sum, null)
            + ".";
    Figure old = reference.evidence().get(0);
    return new Revision(
        Revision.UPWARD,
        added.key(),
        added.reportDate(),
        reference.date(),
        reference.figure(),
        sum,
        FigureSeries.evidence(old, added, Figure::docIds),
        FigureSeries.evidence(old, added, Figure::sentences),
        null,
        text,
        Revision.confidence(old, added));
  }

  private Revision newEvent(Reference reference, Figure added) {
    StringBuilder text =
        new StringBuilder(added.key().source())
            .append(" reported ")
            .append(Wording.figure(added.figure(), added.qualifier()))
            .append(" more ")
            .append(subject(added))
            .append(" (")
            .append(added.reportDate())
            .append(")");
    if (reference == null) {
      text.append(", with no earlier toll of its own to add them to: a new event.");
    } else {
      text.append(", on another occasion than its toll of ")
          .append(Wording.figure(reference.figure(), null))
          .append(" (")
          .append(reference.date())
          .append("): a new event, not a revision.");
    }
    Figure old = reference == null ? null : reference.evidence().get(0);
    return new Revision(
        Revision.NEW_EVENT,
        added.key(),
        added.reportDate(),
        reference == null ? null : reference.date(),
        reference == null ? null : reference.figure(),
        added.figure(),
        FigureSeries.evidence(old, added, Figure::docIds),
        FigureSeries.evidence(old, added, Figure::sentences),
        null,
        text.toString(),
        Revision.confidence(old, added));
  }

  private String subject(Figure figure) {
    return wording.subject(figure.key(), figure.location());
  }

  /** Whether a key holds added tolls: an increment of a toll metric. */
  static boolean holdsAdditions(Wording wording, FigureKey key) {
    return key.isIncrement() && wording.isToll(key.metric());
  }
}
