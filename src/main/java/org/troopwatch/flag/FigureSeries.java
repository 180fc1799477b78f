package org.troopwatch.flag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.troopwatch.combine.Figure;
import org.troopwatch.combine.FigureKey;
import org.troopwatch.combine.Interval;

/**
 * Walks one key's dated figures and emits its events.
 *
 * <ul>
 *   <li>A level (the key's first figure, later revised) is compared with the figure that last made
 *       an event (the reference), not with the day before: a figure that overlaps the reference is
 *       a repeat ("nearly 30,000" after "about 30,000", a range holding the old point) and changes
 *       nothing; one beyond it is an upward or downward revision and becomes the reference. So a
 *       slow drift through overlapping figures still ends in a revision.
 *   <li>A toll (killed, wounded ...) whose location or period differs from the reference's is a new
 *       event, not a revision.
 *   <li>An increment key holds batches: each batch is a new wave, never a revision; the same batch
 *       reported again (same figure, wave and period) is not a new one.
 *   <li>A key's first figure is a revision, not a first report, when its report states the earlier
 *       count it replaces ("2,000, up from 900") or, for a cumulative metric, when it continues
 *       another source's earlier count (25 withdrawn by one account, then 51 so far by another);
 *       otherwise it is a first report.
 * </ul>
 */
public final class FigureSeries {

  private final Wording wording;

  public FigureSeries(Wording wording) {
    this.wording = wording;
  }

  /** The events of one key's figures (any order in, report-date order out). */
  public List<Revision> events(List<Figure> figures) {
    return events(figures, null);
  }

  /**
   * The events of one key's figures, where {@code inherited} (or null) is another source's count
   * that the key's first figure continues (a cumulative metric, see {@link Wording#isCumulative}).
   */
  public List<Revision> events(List<Figure> figures, Figure inherited) {
    List<Figure> series =
        figures.stream().sorted(Comparator.comparing(Figure::reportDate)).toList();
    List<Revision> events = new ArrayList<>();
    Figure reference = null;
    for (Figure figure : series) {
      FigureKey key = figure.key();
      if (key.isIncrement()) {
        if (reference == null || !sameBatch(reference, figure)) {
          events.add(newWave(reference, figure));
        }
        reference = figure;
      } else if (reference == null) {
        if (figure.stated() != null && !figure.stated().overlaps(figure.figure())) {
          events.add(revisionFromStated(figure));
        } else if (inherited != null && !inherited.figure().overlaps(figure.figure())) {
          events.add(continuation(inherited, figure));
        } else {
          events.add(firstReport(figure));
        }
        reference = figure;
      } else if (wording.isToll(key.metric()) && differentEvent(reference, figure)) {
        events.add(newEvent(reference, figure));
        reference = figure;
      } else if (!reference.figure().overlaps(figure.figure())) {
        events.add(revision(reference, figure));
        reference = figure;
      }
    }
    return events;
  }

  /** Whether two tolls count different events: another place, or periods that do not overlap. */
  static boolean differentEvent(Figure a, Figure b) {
    if (a.location() != null
        && b.location() != null
        && !a.location().equalsIgnoreCase(b.location())) {
      return true;
    }
    LocalDate aStart = first(a.periodStart(), a.periodEnd());
    LocalDate aEnd = first(a.periodEnd(), a.periodStart());
    LocalDate bStart = first(b.periodStart(), b.periodEnd());
    LocalDate bEnd = first(b.periodEnd(), b.periodStart());
    if (aStart == null || bStart == null) {
      return false;
    }
    return aEnd.isBefore(bStart) || bEnd.isBefore(aStart);
  }

  private static boolean sameBatch(Figure a, Figure b) {
    return a.figure().overlaps(b.figure())
        && Objects.equals(a.wave(), b.wave())
        && !differentEvent(a, b);
  }

  private Revision firstReport(Figure figure) {
    String text =
        figure.key().source()
            + " first reported "
            + Wording.figure(figure.figure(), figure.qualifier())
            + " "
            + subject(figure)
            + " ("
            + figure.reportDate()
            + ").";
    return event(Revision.FIRST_REPORT, null, figure, text);
  }

  private Revision revision(Figure old, Figure figure) {
    boolean up = figure.figure().lower() > old.figure().upper();
    String text =
        figure.key().source()
            + (up ? " raised" : " lowered")
            + " its estimate of "
            + subject(figure)
            + " from "
            + dated(old)
            + " to "
            + dated(figure)
            + ".";
    return event(up ? Revision.UPWARD : Revision.DOWNWARD, old, figure, text);
  }

  /** "2,000, up from 900" with no earlier figure of the key: a revision from the stated count. */
  private Revision revisionFromStated(Figure figure) {
    Interval old = figure.stated();
    boolean up = figure.figure().lower() > old.upper();
    String text =
        figure.key().source()
            + (up ? " raised" : " lowered")
            + " its count of "
            + subject(figure)
            + " from "
            + Wording.figure(old, null)
            + " (the earlier figure, as the report itself states it) to "
            + dated(figure)
            + ".";
    return new Revision(
        up ? Revision.UPWARD : Revision.DOWNWARD,
        figure.key(),
        figure.reportDate(),
        null,
        old,
        figure.figure(),
        figure.docIds(),
        figure.sentences(),
        null,
        text,
        figure.confidence());
  }

  /** A source's first count of a cumulative metric after another source's earlier count. */
  private Revision continuation(Figure other, Figure figure) {
    boolean up = figure.figure().lower() > other.figure().upper();
    String text =
        "The count of "
            + subject(figure)
            + (up ? " rose" : " fell")
            + " from "
            + dated(other)
            + ", as "
            + other.key().source()
            + " reported it, to "
            + dated(figure)
            + " as "
            + figure.key().source()
            + " reported it; the same people counted so far, so a revision, not a new series.";
    return new Revision(
        up ? Revision.UPWARD : Revision.DOWNWARD,
        figure.key(),
        figure.reportDate(),
        other.reportDate(),
        other.figure(),
        figure.figure(),
        evidence(other, figure, Figure::docIds),
        evidence(other, figure, Figure::sentences),
        other.key().source(),
        text,
        Revision.confidence(other, figure));
  }

  private Revision newWave(Figure previousBatch, Figure figure) {
    StringBuilder text =
        new StringBuilder(figure.key().source())
            .append(" reported a new batch of ")
            .append(Wording.figure(figure.figure(), figure.qualifier()))
            .append(" ")
            .append(subject(figure))
            .append(" (")
            .append(figure.reportDate());
    if (figure.wave() != null) {
      text.append(", wave ").append(figure.wave());
    }
    text.append(")");
    if (previousBatch != null) {
      text.append(", after a batch of ").append(dated(previousBatch));
    }
    text.append("; a new wave, not a revision of the total.");
    return event(Revision.NEW_WAVE, previousBatch, figure, text.toString());
  }

  private Revision newEvent(Figure old, Figure figure) {
    String text =
        figure.key().source()
            + " reported "
            + Wording.figure(figure.figure(), figure.qualifier())
            + " "
            + subject(figure)
            + occasion(figure)
            + " ("
            + figure.reportDate()
            + "), a different event from "
            + Wording.figure(old.figure(), old.qualifier())
            + occasion(old)
            + " ("
            + old.reportDate()
            + "); not a revision.";
    return event(Revision.NEW_EVENT, old, figure, text);
  }

  private String subject(Figure figure) {
    return wording.subject(figure.key(), figure.location());
  }

  private static String occasion(Figure figure) {
    StringBuilder text = new StringBuilder();
    if (figure.location() != null) {
      text.append(" at ").append(figure.location());
    }
    if (figure.periodStart() != null || figure.periodEnd() != null) {
      text.append(" over ")
          .append(first(figure.periodStart(), figure.periodEnd()))
          .append("..")
          .append(first(figure.periodEnd(), figure.periodStart()));
    }
    return text.toString();
  }

  static String dated(Figure figure) {
    return Wording.figure(figure.figure(), figure.qualifier()) + " (" + figure.reportDate() + ")";
  }

  private static Revision event(String type, Figure old, Figure figure, String explanation) {
    Interval oldFigure = old == null ? null : old.figure();
    return new Revision(
        type,
        figure.key(),
        figure.reportDate(),
        old == null ? null : old.reportDate(),
        oldFigure,
        figure.figure(),
        evidence(old, figure, Figure::docIds),
        evidence(old, figure, Figure::sentences),
        null,
        explanation,
        Revision.confidence(old, figure));
  }

  /** The old figure's evidence first, then the new one's, each once. */
  static List<String> evidence(
      Figure old, Figure figure, java.util.function.Function<Figure, List<String>> part) {
    Stream<String> before = old == null ? Stream.empty() : part.apply(old).stream();
    return Stream.concat(before, part.apply(figure).stream()).distinct().toList();
  }

  private static LocalDate first(LocalDate a, LocalDate b) {
    return a != null ? a : b;
  }
}
