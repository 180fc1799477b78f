package org.troopwatch.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Scores tagged claims against gold claims exactly as spec/claims.md says: a tagged claim matches a
 * gold claim when doc_id, deploying_country and metric are equal and low and high are each equal
 * within 1% (null equals null); each gold claim matches at most one tagged claim. Field accuracy is
 * over the matched pairs; attributed_to matches the canonical name or an alias, case and
 * punctuation ignored; the period matches when both bounds are equal.
 */
public final class Scorer {

  /** The fields whose accuracy is reported, in report order. */
  public static final List<String> FIELDS =
      List.of("host_country", "qualifier", "scope", "wave", "planned", "attributed_to", "period");

  private Scorer() {}

  public static Score score(List<GoldClaim> gold, List<GoldClaim> tagged) {
    boolean[] used = new boolean[tagged.size()];
    List<GoldClaim[]> pairs = pairs(gold, tagged, used);
    List<GoldClaim> misses = new ArrayList<>();
    for (GoldClaim g : gold) {
      if (pairs.stream().noneMatch(p -> p[0] == g)) {
        misses.add(g);
      }
    }
    List<GoldClaim> spurious = new ArrayList<>();
    for (int i = 0; i < tagged.size(); i++) {
      if (!used[i]) {
        spurious.add(tagged.get(i));
      }
    }
    Map<String, double[]> byMetric = new LinkedHashMap<>();
    for (GoldClaim g : gold) {
      byMetric.computeIfAbsent(g.metric(), k -> new double[2])[1]++;
    }
    for (GoldClaim[] p : pairs) {
      byMetric.get(p[0].metric())[0]++;
    }
    Map<String, Double> accuracy = new LinkedHashMap<>();
    List<GoldClaim[]> fieldErrors = new ArrayList<>();
    for (String field : FIELDS) {
      BiPredicate<GoldClaim, GoldClaim> same = fieldEquality(field);
      long right = pairs.stream().filter(p -> same.test(p[0], p[1])).count();
      accuracy.put(field, pairs.isEmpty() ? 0.0 : (double) right / pairs.size());
    }
    for (GoldClaim[] p : pairs) {
      if (FIELDS.stream().anyMatch(f -> !fieldEquality(f).test(p[0], p[1]))) {
        fieldErrors.add(p);
      }
    }
    return new Score(
        gold.size(),
        tagged.size(),
        pairs.size(),
        byMetric,
        accuracy,
        misses,
        spurious,
        fieldErrors);
  }

  /**
   * The matched pairs {gold, tagged}: each gold claim with the unused tagged claim that matches it
   * and agrees with it on the most fields; {@code used} marks the tagged claims taken.
   */
  public static List<GoldClaim[]> pairs(
      List<GoldClaim> gold, List<GoldClaim> tagged, boolean[] used) {
    List<GoldClaim[]> pairs = new ArrayList<>();
    for (GoldClaim g : gold) {
      int best = -1;
      int bestAgreement = -1;
      for (int i = 0; i < tagged.size(); i++) {
        if (!used[i] && matches(g, tagged.get(i))) {
          int agreement = agreement(g, tagged.get(i));
          if (agreement > bestAgreement) {
            best = i;
            bestAgreement = agreement;
          }
        }
      }
      if (best >= 0) {
        used[best] = true;
        pairs.add(new GoldClaim[] {g, tagged.get(best)});
      }
    }
    return pairs;
  }

  /** The spec's matching rule. */
  public static boolean matches(GoldClaim gold, GoldClaim tagged) {
    return Objects.equals(gold.docId(), tagged.docId())
        && Objects.equals(gold.deployingCountry(), tagged.deployingCountry())
        && Objects.equals(gold.metric(), tagged.metric())
        && close(gold.low(), tagged.low())
        && close(gold.high(), tagged.high());
  }

  private static boolean close(Long a, Long b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
  }

  private static int agreement(GoldClaim g, GoldClaim t) {
    int n = Objects.equals(normalise(g.sentence()), normalise(t.sentence())) ? 10 : 0;
    for (String field : FIELDS) {
      n += fieldEquality(field).test(g, t) ? 1 : 0;
    }
    return n;
  }

  /** Whether gold and tagged agree on one field. */
  public static BiPredicate<GoldClaim, GoldClaim> fieldEquality(String field) {
    return switch (field) {
      case "host_country" -> (g, t) -> Objects.equals(g.hostCountry(), t.hostCountry());
      case "qualifier" -> (g, t) -> Objects.equals(g.qualifier(), t.qualifier());
      case "scope" -> (g, t) -> Objects.equals(g.scope(), t.scope());
      case "wave" -> (g, t) -> Objects.equals(g.wave(), t.wave());
      case "planned" ->
          (g, t) ->
              Objects.equals(Boolean.TRUE.equals(g.planned()), Boolean.TRUE.equals(t.planned()));
      case "attributed_to" -> Scorer::sameSource;
      case "period" ->
          (g, t) ->
              Objects.equals(g.periodStart(), t.periodStart())
                  && Objects.equals(g.periodEnd(), t.periodEnd());
      default -> throw new IllegalArgumentException("unknown field " + field);
    };
  }

  private static boolean sameSource(GoldClaim gold, GoldClaim tagged) {
    if (gold.attributedTo() == null || tagged.attributedTo() == null) {
      return gold.attributedTo() == null && tagged.attributedTo() == null;
    }
    String t = normalise(tagged.attributedTo());
    if (t.equals(normalise(gold.attributedTo()))) {
      return true;
    }
    return gold.attributedToAliases().stream().anyMatch(a -> normalise(a).equals(t));
  }

  /** Case, accents, punctuation and white space ignored. */
  static String normalise(String s) {
    if (s == null) {
      return null;
    }
    String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return folded
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\p{P}\\p{S}]", "")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
