package org.troopwatch.flag;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.troopwatch.combine.Figure;
import org.troopwatch.combine.FigureKey;

/**
 * All events of one deployer, host and metric: each source key's own series ({@link FigureSeries};
 * added tolls through {@link TollAdditions}) and the contradictions between sources ({@link
 * Contradictions}), in a fixed order.
 */
public final class RevisionFlagger implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Wording wording;
  private final int windowDays;

  public RevisionFlagger(Wording wording, int windowDays) {
    this.wording = wording;
    this.windowDays = windowDays;
  }

  /** The events of the given figures, sorted by report date, key and type. */
  public List<Revision> flag(List<Figure> figures) {
    Map<FigureKey, List<Figure>> byKey = new TreeMap<>(Contradictions.KEY_ORDER);
    for (Figure figure : figures) {
      byKey.computeIfAbsent(figure.key(), k -> new ArrayList<>()).add(figure);
    }
    FigureSeries series = new FigureSeries(wording);
    TollAdditions additions = new TollAdditions(wording);
    List<Revision> events = new ArrayList<>();
    Set<Figure> eventFigures = new HashSet<>();
    for (List<Figure> keyFigures : byKey.values()) {
      FigureKey key = keyFigures.get(0).key();
      List<Revision> keyEvents =
          TollAdditions.holdsAdditions(wording, key)
              ? additions.events(keyFigures, occasionTolls(key, figures))
              : series.events(keyFigures, inherited(keyFigures, figures));
      for (Revision event : keyEvents) {
        events.add(event);
        keyFigures.stream()
            .filter(f -> f.reportDate().equals(event.reportDate()))
            .forEach(eventFigures::add);
      }
    }
    events.addAll(new Contradictions(wording, windowDays).find(figures, eventFigures));
    events.sort(ORDER);
    return events;
  }

  /** The same source's tolls that an added toll of {@code key} adds to: scope none or total. */
  private static List<Figure> occasionTolls(FigureKey key, List<Figure> group) {
    return group.stream()
        .filter(f -> f.key().source().equals(key.source()))
        .filter(f -> f.key().planned() == key.planned() && !f.key().isIncrement())
        .filter(f -> Objects.equals(f.key().hostCountry(), key.hostCountry()))
        .toList();
  }

  /**
   * For a cumulative metric (troops withdrawn so far), the count the key's first figure continues:
   * the latest earlier figure of another source with the same planned flag and a scope of none or
   * total (a count without a scope word is already the count so far). Null otherwise.
   */
  private Figure inherited(List<Figure> keyFigures, List<Figure> group) {
    FigureKey key = keyFigures.get(0).key();
    if (!wording.isCumulative(key.metric()) || key.isIncrement()) {
      return null;
    }
    LocalDate first =
        keyFigures.stream().map(Figure::reportDate).min(Comparator.naturalOrder()).orElseThrow();
    return group.stream()
        .filter(f -> !f.key().source().equals(key.source()))
        .filter(f -> f.key().planned() == key.planned() && !f.key().isIncrement())
        .filter(f -> Objects.equals(f.key().hostCountry(), key.hostCountry()))
        .filter(f -> f.reportDate().isBefore(first))
        .max(
            Comparator.comparing(Figure::reportDate)
                .thenComparing(Figure::key, Contradictions.KEY_ORDER.reversed()))
        .orElse(null);
  }

  private static final Comparator<Revision> ORDER =
      Comparator.comparing(Revision::reportDate)
          .thenComparing(Revision::key, Contradictions.KEY_ORDER)
          .thenComparing(Revision::type)
          .thenComparing(Revision::otherSource, Comparator.nullsFirst(Comparator.naturalOrder()));
}
