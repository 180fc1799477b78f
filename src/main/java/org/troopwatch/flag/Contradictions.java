package org.troopwatch.flag;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.troopwatch.combine.Figure;
import org.troopwatch.combine.FigureKey;

/**
 * Finds sources that disagree: when a source's figure makes an event (a first report, a revision, a
 * new event), it is compared with every other source's latest figure for the same deployer, host,
 * metric, scope and planned flag, reported up to {@code windowDays} before. Figures that do not
 * overlap are a contradiction, raised on the later report (on a tie, by the source whose name sorts
 * first). Batches (increments) and figures with no host country (a continent, several hosts) are
 * not compared; tolls of different events neither.
 */
public final class Contradictions {

  private final Wording wording;
  private final int windowDays;

  public Contradictions(Wording wording, int windowDays) {
    if (windowDays < 0) {
      throw new IllegalArgumentException(
          "contradiction window must be >= 0 days, got " + windowDays);
    }
    this.wording = wording;
    this.windowDays = windowDays;
  }

  /**
   * The contradictions among figures of one deployer, host and metric, given the figures that made
   * an event in their own key's series.
   */
  public List<Revision> find(List<Figure> figures, Set<Figure> eventFigures) {
    Map<FigureKey, List<Figure>> bySource = new TreeMap<>(KEY_ORDER);
    for (Figure figure : figures) {
      bySource.computeIfAbsent(figure.key(), k -> new ArrayList<>()).add(figure);
    }
    bySource.values().forEach(list -> list.sort(Comparator.comparing(Figure::reportDate)));
    List<Revision> found = new ArrayList<>();
    for (Figure figure : eventFigures.stream().sorted(FIGURE_ORDER).toList()) {
      FigureKey key = figure.key();
      if (key.isIncrement() || key.hostCountry() == null) {
        continue;
      }
      for (Map.Entry<FigureKey, List<Figure>> other : bySource.entrySet()) {
        FigureKey otherKey = other.getKey();
        if (otherKey.source().equals(key.source())
            || !otherKey.equals(key.withSource(otherKey.source()))) {
          continue;
        }
        Figure latest = latestUpTo(other.getValue(), figure.reportDate());
        if (latest == null
            || ChronoUnit.DAYS.between(latest.reportDate(), figure.reportDate()) > windowDays
            || latest.figure().overlaps(figure.figure())
            || (wording.isToll(key.metric()) && FigureSeries.differentEvent(latest, figure))) {
          continue;
        }
        boolean sameDayEvent =
            latest.reportDate().equals(figure.reportDate()) && eventFigures.contains(latest);
        if (sameDayEvent && otherKey.source().compareTo(key.source()) < 0) {
          continue; // the pair is raised once, by the source whose name sorts first
        }
        found.add(contradiction(figure, latest));
      }
    }
    return found;
  }

  private Revision contradiction(Figure figure, Figure other) {
    String text =
        figure.key().source()
            + " reported "
            + Wording.figure(figure.figure(), figure.qualifier())
            + " "
            + wording.subject(figure.key(), figure.location())
            + " ("
            + figure.reportDate()
            + ") while "
            + other.key().source()
            + " reported "
            + FigureSeries.dated(other)
            + "; the figures do not overlap.";
    return new Revision(
        Revision.CONTRADICTION,
        figure.key(),
        figure.reportDate(),
        other.reportDate(),
        other.figure(),
        figure.figure(),
        FigureSeries.evidence(other, figure, Figure::docIds),
        FigureSeries.evidence(other, figure, Figure::sentences),
        other.key().source(),
        text);
  }

  private static Figure latestUpTo(List<Figure> sorted, LocalDate day) {
    Figure latest = null;
    for (Figure figure : sorted) {
      if (figure.reportDate().isAfter(day)) {
        break;
      }
      latest = figure;
    }
    return latest;
  }

  /** A total order on keys (nulls first) so that every walk is deterministic. */
  static final Comparator<FigureKey> KEY_ORDER =
      Comparator.comparing(FigureKey::source)
          .thenComparing(FigureKey::deployingCountry)
          .thenComparing(FigureKey::hostCountry, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FigureKey::metric)
          .thenComparing(FigureKey::scope, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FigureKey::planned);

  static final Comparator<Figure> FIGURE_ORDER =
      Comparator.comparing(Figure::key, KEY_ORDER).thenComparing(Figure::reportDate);
}
