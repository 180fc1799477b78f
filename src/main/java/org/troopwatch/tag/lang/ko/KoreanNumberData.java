package org.troopwatch.tag.lang.ko;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.troopwatch.tag.figure.Flag;
import org.troopwatch.tag.figure.Qualifier;
import org.troopwatch.tag.figure.TsvResource;

/**
 * The data of {@link KoreanNumbers}, loaded from {@code lang/ko/number-words.tsv}, {@code
 * qualifiers.tsv} and {@code units.tsv}: places and number words, qualifier words by position,
 * counters and units by position, and the characters a number may start with.
 */
record KoreanNumberData(
    Map<Character, Long> scales,
    Map<String, Integer> natives,
    List<String> vague,
    List<String> joins,
    List<String> particles,
    List<Word> before,
    List<Word> after,
    List<Word> suffixes,
    List<Unit> unitsAfter,
    List<Unit> unitsBefore,
    Set<Character> starts) {

  /** A qualifier word. */
  record Word(String text, Qualifier qualifier) {}

  /** A counter or unit and its flag name ("COUNT" for 명). */
  record Unit(String text, String flag) {}

  static KoreanNumberData load() {
    Map<Character, Long> scales = new HashMap<>();
    Map<String, Integer> natives = new HashMap<>();
    List<String> vague = new ArrayList<>();
    List<String> joins = new ArrayList<>();
    List<String> particles = new ArrayList<>();
    for (String[] row : TsvResource.rows("ko/number-words.tsv", "word", "value", "kind")) {
      switch (row[2]) {
        case "scale" -> scales.put(row[0].charAt(0), Long.parseLong(row[1]));
        case "native" -> natives.put(row[0], Integer.parseInt(row[1]));
        case "vague" -> vague.add(row[0]);
        case "join" -> joins.add(row[0]);
        case "particle" -> particles.add(row[0]);
        default -> throw new IllegalStateException("ko/number-words.tsv: unknown kind " + row[2]);
      }
    }
    List<Word> before = new ArrayList<>();
    List<Word> after = new ArrayList<>();
    List<Word> suffixes = new ArrayList<>();
    for (String[] row : TsvResource.rows("ko/qualifiers.tsv", "phrase", "qualifier", "position")) {
      Word w = new Word(row[0], Qualifier.ofCode(row[1]));
      switch (row[2]) {
        case "before" -> before.add(w);
        case "after" -> after.add(w);
        case "suffix" -> suffixes.add(w);
        default -> throw new IllegalStateException("ko/qualifiers.tsv: position " + row[2]);
      }
    }
    List<Unit> unitsAfter = new ArrayList<>();
    List<Unit> unitsBefore = new ArrayList<>();
    for (String[] row : TsvResource.rows("ko/units.tsv", "phrase", "flag", "position")) {
      if (!row[1].equals("COUNT")) {
        Flag.valueOf(row[1]); // fails on a misspelt flag
      }
      (row[2].equals("before") ? unitsBefore : unitsAfter)
          .add(new Unit(row[0].toLowerCase(Locale.ROOT), row[1]));
    }
    Comparator<Word> longestWord = Comparator.comparingInt(w -> -w.text().length());
    Comparator<Unit> longestUnit = Comparator.comparingInt(u -> -u.text().length());
    before.sort(longestWord);
    after.sort(longestWord);
    suffixes.sort(longestWord);
    unitsAfter.sort(longestUnit);
    vague.sort(Comparator.comparingInt(v -> -v.length()));
    Set<Character> starts = new HashSet<>(scales.keySet());
    natives.keySet().forEach(w -> starts.add(w.charAt(0)));
    vague.forEach(w -> starts.add(w.charAt(0)));
    return new KoreanNumberData(
        Map.copyOf(scales),
        Map.copyOf(natives),
        List.copyOf(vague),
        List.copyOf(joins),
        List.copyOf(particles),
        List.copyOf(before),
        List.copyOf(after),
        List.copyOf(suffixes),
        List.copyOf(unitsAfter),
        List.copyOf(unitsBefore),
        Set.copyOf(starts));
  }
}
