package org.troopwatch.combine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Folds the claims of one key into its dated figures, one per report date.
 *
 * <p>The claims of a day are first de-duplicated (a syndicated copy of a story repeats the same
 * sentence), then clustered: figures that overlap (see {@link Interval#overlaps}) say the same
 * thing, so "about 1,000" and "almost 1,000" form one cluster. The day's figure comes from the
 * cluster carried by the most stories, then by the most claims, then the one whose stated period
 * ends latest (the newest count), then the one mentioned earliest in its article (the lead). Inside
 * the cluster the most frequent figure wins, then the most specific (a point before a range before
 * an open bound). Every remaining tie is broken on the figure's bounds, so the result does not
 * depend on input order.
 *
 * <p>A figure its sentence presents as an earlier count ("2,000, up from 900") is not the day's
 * figure: it is kept as the figure's {@code stated} earlier count, so that flag can read the report
 * as a revision from it; a day that only restates old counts makes no row.
 */
public final class FigureFolder {

  private FigureFolder() {}

  /** Qualifiers from the most to the least specific; unknown ones rank last. */
  private static final List<String> SPECIFICITY =
      List.of("exact", "approx", "range", "at_least", "at_most");

  /** The key's figures in report-date order, each pointing at the previous one. */
  public static List<Figure> fold(FigureKey key, List<ClaimFigure> claims) {
    Map<LocalDate, List<ClaimFigure>> byDay = new TreeMap<>();
    for (ClaimFigure claim : claims) {
      byDay.computeIfAbsent(claim.reportDate(), day -> new ArrayList<>()).add(claim);
    }
    List<Figure> figures = new ArrayList<>();
    Figure previous = null;
    for (Map.Entry<LocalDate, List<ClaimFigure>> day : byDay.entrySet()) {
      List<ClaimFigure> own = day.getValue().stream().filter(c -> !c.earlier()).toList();
      if (own.isEmpty()) {
        continue; // a day that only restates an old count reports nothing new for the key
      }
      List<ClaimFigure> earlier = day.getValue().stream().filter(ClaimFigure::earlier).toList();
      Figure figure = foldDay(key, day.getKey(), own, previous, stated(earlier));
      figures.add(figure);
      previous = figure;
    }
    return figures;
  }

  /** The earlier count the day's reports state, chosen as the day's own figure is; or null. */
  private static Interval stated(List<ClaimFigure> earlier) {
    if (earlier.isEmpty()) {
      return null;
    }
    List<List<ClaimFigure>> clusters = cluster(distinctPerStory(earlier));
    clusters.sort(CLUSTER_ORDER);
    return representative(clusters.get(0)).figure();
  }

  private static Figure foldDay(
      FigureKey key, LocalDate day, List<ClaimFigure> claims, Figure previous, Interval stated) {
    List<List<ClaimFigure>> clusters = cluster(distinctPerStory(claims));
    clusters.sort(CLUSTER_ORDER);
    List<ClaimFigure> chosen = clusters.get(0);
    ClaimFigure representative = representative(chosen);
    List<ClaimFigure> byDoc =
        chosen.stream()
            .sorted(
                Comparator.comparing(ClaimFigure::published)
                    .thenComparing(ClaimFigure::docId)
                    .thenComparingInt(ClaimFigure::sentenceIndex))
            .toList();
    return new Figure(
        key,
        day,
        representative.figure(),
        representative.qualifier(),
        stories(chosen),
        outlets(claims, chosen),
        byDoc.get(0).docId(),
        previous == null ? null : previous.figure(),
        previous == null ? null : previous.reportDate(),
        chosen.size(),
        sorted(chosen.stream().map(ClaimFigure::docId)),
        byDoc.stream().map(ClaimFigure::sentence).distinct().toList(),
        chosen.stream().anyMatch(ClaimFigure::attributed),
        chosen.stream()
            .map(ClaimFigure::wave)
            .filter(Objects::nonNull)
            .max(Integer::compare)
            .orElse(null),
        mostFrequentLocation(chosen),
        representative.periodStart(),
        representative.periodEnd(),
        clusters.size() - 1,
        claims.stream().map(ClaimFigure::published).max(Comparator.naturalOrder()).orElse(day),
        stated,
        chosen.stream().mapToDouble(ClaimFigure::confidence).max().orElse(0),
        1,
        sorted(chosen.stream().map(ClaimFigure::language).filter(Objects::nonNull).distinct()));
  }

  /** One claim per story and sentence: a syndicated copy does not count twice. */
  private static List<ClaimFigure> distinctPerStory(List<ClaimFigure> claims) {
    Map<List<Object>, ClaimFigure> kept = new TreeMap<>(Comparator.comparing(Object::toString));
    for (ClaimFigure claim : claims) {
      List<Object> identity =
          List.of(claim.storyId(), claim.sentence(), String.valueOf(claim.figure()));
      kept.merge(identity, claim, (a, b) -> CLAIM_ORDER.compare(a, b) <= 0 ? a : b);
    }
    return new ArrayList<>(kept.values());
  }

  /** Groups overlapping figures, sweeping from the lowest; a chain of overlaps is one cluster. */
  private static List<List<ClaimFigure>> cluster(List<ClaimFigure> claims) {
    List<ClaimFigure> sorted = new ArrayList<>(claims);
    sorted.sort(
        Comparator.comparingLong((ClaimFigure c) -> c.figure().lower())
            .thenComparingLong(c -> c.figure().upper())
            .thenComparing(CLAIM_ORDER));
    List<List<ClaimFigure>> clusters = new ArrayList<>();
    long reach = Long.MIN_VALUE;
    for (ClaimFigure claim : sorted) {
      if (clusters.isEmpty() || claim.figure().lower() > reach) {
        clusters.add(new ArrayList<>());
        reach = claim.figure().upper();
      }
      clusters.get(clusters.size() - 1).add(claim);
      reach = Math.max(reach, claim.figure().upper());
    }
    return clusters;
  }

  /** The cluster's most frequent figure, then its most specific one. */
  private static ClaimFigure representative(List<ClaimFigure> cluster) {
    Map<String, List<ClaimFigure>> byFigure = new LinkedHashMap<>();
    for (ClaimFigure claim : cluster) {
      byFigure
          .computeIfAbsent(claim.figure() + "|" + claim.qualifier(), f -> new ArrayList<>())
          .add(claim);
    }
    return byFigure.values().stream()
        .sorted(
            Comparator.comparingLong((List<ClaimFigure> same) -> -stories(same))
                .thenComparingInt(same -> -same.size())
                .thenComparing(same -> same.get(0), SPECIFIC_FIRST))
        .findFirst()
        .map(same -> same.stream().min(CLAIM_ORDER).orElseThrow())
        .orElseThrow();
  }

  private static String mostFrequentLocation(List<ClaimFigure> cluster) {
    Map<String, Long> counts =
        cluster.stream()
            .map(ClaimFigure::location)
            .filter(Objects::nonNull)
            .collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** Every outlet of the chosen stories, including those of copies dropped as duplicates. */
  private static List<String> outlets(List<ClaimFigure> day, List<ClaimFigure> chosen) {
    Set<String> stories = chosen.stream().map(ClaimFigure::storyId).collect(Collectors.toSet());
    return sorted(
        day.stream()
            .filter(c -> stories.contains(c.storyId()))
            .flatMap(c -> c.storyOutlets().stream()));
  }

  private static long stories(List<ClaimFigure> claims) {
    return claims.stream().map(ClaimFigure::storyId).distinct().count();
  }

  private static List<String> sorted(java.util.stream.Stream<String> values) {
    Set<String> set =
        values.filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    return List.copyOf(set);
  }

  private static int specificity(String qualifier) {
    int rank = SPECIFICITY.indexOf(qualifier);
    return rank < 0 ? SPECIFICITY.size() : rank;
  }

  /** A total order on claims, from the most specific figure down: every tie ends here. */
  private static final Comparator<ClaimFigure> SPECIFIC_FIRST =
      Comparator.comparingInt((ClaimFigure c) -> specificity(c.qualifier()))
          .thenComparingLong(c -> c.figure().width())
          .thenComparingLong(c -> c.figure().lower())
          .thenComparingLong(c -> c.figure().upper());

  private static final Comparator<ClaimFigure> CLAIM_ORDER =
      SPECIFIC_FIRST
          .thenComparing(ClaimFigure::docId)
          .thenComparingInt(ClaimFigure::sentenceIndex)
          .thenComparing(ClaimFigure::sentence);

  /** Clusters from the one the day's reports stand behind most. */
  private static final Comparator<List<ClaimFigure>> CLUSTER_ORDER =
      Comparator.comparingLong((List<ClaimFigure> c) -> -stories(c))
          .thenComparingInt(c -> -c.size())
          .thenComparing(
              c ->
                  c.stream()
                      .map(ClaimFigure::periodEnd)
                      .filter(Objects::nonNull)
                      .max(Comparator.naturalOrder())
                      .orElse(null),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparingInt(
              c -> c.stream().mapToInt(ClaimFigure::sentenceIndex).min().orElse(Integer.MAX_VALUE))
          .thenComparing(c -> c.stream().min(CLAIM_ORDER).orElseThrow(), CLAIM_ORDER);
}
