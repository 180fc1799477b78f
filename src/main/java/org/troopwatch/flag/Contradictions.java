package org.troopwatch.flag;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.troopwatch.combine.Figure;
import org.troopwatch.combine.FigureKey;
import org.troopwatch.combine.Interval;

/**
 * Finds sources that disagree: when a source's figure makes an event (a first report, a revision, a
 * new event), it is compared with every other source's latest report (its figures of scope none or
 * total, on its latest report day up to this one) for the same deployer, host, metric and planned
 * flag, reported up to {@code windowDays} before. When no figure of that report fits (see {@link
 * #fits}), it is a contradiction, raised on the later report (on a tie, by the source whose name
 * sorts first). Batches (increments) and figures with no host country (a continent, several hosts)
 * are not compared, nor figures of different places ({@link #samePlace}: a part is not the whole);
 * tolls only when they count the same occasion (see {@link #sameOccasion}).
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
    Map<FigureKey, List<Figure>> byKey = new TreeMap<>(KEY_ORDER);
    for (Figure figure : figures) {
      byKey.computeIfAbsent(figure.key(), k -> new ArrayList<>()).add(figure);
    }
    byKey.values().forEach(list -> list.sort(Comparator.comparing(Figure::reportDate)));
    List<Revision> found = new ArrayList<>();
    for (Figure figure : eventFigures.stream().sorted(FIGURE_ORDER).toList()) {
      FigureKey key = figure.key();
      if (key.isIncrement() || key.hostCountry() == null) {
        continue;
      }
      Map<String, List<Figure>> latestBySource = new TreeMap<>();
      for (Map.Entry<FigureKey, List<Figure>> other : byKey.entrySet()) {
        FigureKey otherKey = other.getKey();
        Figure latest = latestUpTo(other.getValue(), figure.reportDate());
        if (latest != null && comparableKeys(key, otherKey)) {
          latestBySource.computeIfAbsent(otherKey.source(), s -> new ArrayList<>()).add(latest);
        }
      }
      for (Map.Entry<String, List<Figure>> other : latestBySource.entrySet()) {
        Figure against = disagreement(figure, latestReport(other.getValue()));
        if (against == null) {
          continue;
        }
        boolean sameDayEvent =
            against.reportDate().equals(figure.reportDate()) && eventFigures.contains(against);
        if (sameDayEvent && other.getKey().compareTo(key.source()) < 0) {
          continue; // the pair is raised once, by the source whose name sorts first
        }
        found.add(contradiction(figure, against));
      }
    }
    return found;
  }

  /**
   * Keys of two sources whose figures can be compared: same deployer, host, metric and planned
   * flag, and both levels with a scope of none or total. A figure without a scope word may be the
   * whole or a part, so a source's figures of both scopes are read together: "an advance party of
   * 20" and "about 5,000 in total" on one day do not make the source disagree with "about 4,800".
   */
  private static boolean comparableKeys(FigureKey key, FigureKey other) {
    return !other.source().equals(key.source())
        && other.deployingCountry().equals(key.deployingCountry())
        && Objects.equals(other.hostCountry(), key.hostCountry())
        && other.metric().equals(key.metric())
        && other.planned() == key.planned()
        && !other.isIncrement();
  }

  /** A source's latest report: its figures (one per scope) of its latest report day. */
  private static List<Figure> latestReport(List<Figure> latestPerKey) {
    LocalDate day =
        latestPerKey.stream().map(Figure::reportDate).max(Comparator.naturalOrder()).orElseThrow();
    return latestPerKey.stream()
        .filter(f -> f.reportDate().equals(day))
        .sorted(FIGURE_ORDER)
        .toList();
  }

  /**
   * The figure of the other source's latest report that the figure contradicts, or null when that
   * report is out of the window, holds a figure that fits, or holds none that can be compared.
   */
  private Figure disagreement(Figure figure, List<Figure> report) {
    if (ChronoUnit.DAYS.between(report.get(0).reportDate(), figure.reportDate()) > windowDays) {
      return null;
    }
    List<Figure> comparable =
        report.stream()
            .filter(o -> samePlace(o, figure))
            .filter(o -> !wording.isToll(figure.key().metric()) || sameOccasion(o, figure))
            .toList();
    if (comparable.isEmpty() || comparable.stream().anyMatch(o -> fits(o, figure))) {
      return null;
    }
    return comparable.stream()
        .filter(o -> Objects.equals(o.key().scope(), figure.key().scope()))
        .findFirst()
        .orElse(comparable.get(0));
  }

  /**
   * Whether two figures can describe the same head count: their intervals overlap once an
   * approximate round figure is read as what rounds to it ("about 5,000" is 4,500-5,500, "about
   * 4,800" 4,750-4,850). For a cumulative metric, a higher count reported later is the process
   * going on, not a disagreement.
   */
  private boolean fits(Figure earlier, Figure figure) {
    if (wording.isCumulative(figure.key().metric())
        && earlier.reportDate().isBefore(figure.reportDate())
        && earlier.figure().upper() < figure.figure().lower()) {
      return true;
    }
    return rounded(earlier).overlaps(rounded(figure));
  }

  /** An approximate point figure widened by half the unit of its last non-zero digit. */
  static Interval rounded(Figure figure) {
    Interval f = figure.figure();
    if (!"approx".equals(figure.qualifier()) || f.low() == null || !f.low().equals(f.high())) {
      return f;
    }
    long unit = 1;
    long value = f.low();
    while (value != 0 && value % (unit * 10) == 0) {
      unit *= 10;
    }
    long half = unit / 2;
    return new Interval(Math.max(0, value - half), value + half);
  }

  /**
   * Whether two tolls demonstrably count the same occasion: the same place (or neither names one)
   * and overlapping periods (or neither states one). Tolls of different sources are compared only
   * then: "1,100 since December" and "over 3,000 in Kursk" may count different things.
   */
  static boolean sameOccasion(Figure a, Figure b) {
    boolean aDated = a.periodStart() != null || a.periodEnd() != null;
    boolean bDated = b.periodStart() != null || b.periodEnd() != null;
    if (!samePlace(a, b) || aDated != bDated) {
      return false;
    }
    return !aDated || !FigureSeries.differentEvent(a, b);
  }

  /**
   * Whether two figures count the same place: the same place below country level, or neither names
   * one. "8,000 in Kursk" is a part of the troops in Russia, so it does not contradict "12,000 in
   * Russia".
   */
  static boolean samePlace(Figure a, Figure b) {
    return a.location() == null
        ? b.location() == null
        : b.location() != null && a.location().equalsIgnoreCase(b.location());
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
        text,
        Revision.confidence(other, figure));
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
