package org.troopwatch.flag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.troopwatch.combine.Figure;
import org.troopwatch.combine.FigureKey;

/**
 * All events of one deployer, host and metric: each source key's own series ({@link FigureSeries})
 * and the contradictions between sources ({@link Contradictions}), in a fixed order.
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
    List<Revision> events = new ArrayList<>();
    Set<Figure> eventFigures = new HashSet<>();
    for (List<Figure> keyFigures : byKey.values()) {
      for (Revision event : series.events(keyFigures)) {
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

  private static final Comparator<Revision> ORDER =
      Comparator.comparing(Revision::reportDate)
          .thenComparing(Revision::key, Contradictions.KEY_ORDER)
          .thenComparing(Revision::type)
          .thenComparing(Revision::otherSource, Comparator.nullsFirst(Comparator.naturalOrder()));
}
