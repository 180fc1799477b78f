package org.troopwatch.tag.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds every number expression in a text, left to right and without overlaps, with its bounds,
 * qualifier and flags for numbers that are not counts of people: "between 1,000 and 3,000" (range),
 * "some 3,000" (approx), "more than 60,000" (at least), "nearly 1,000" (at most), "1.5 million",
 * "15-hundred", "a couple thousand", "twenty-five", "hundreds" (vague), "$5 million" (money).
 *
 * <p>The scanner works on tokens and looks ahead a bounded number of tokens at each step, so it
 * runs in linear time on any input. All words it knows come from the knowledge files {@code
 * number-words.tsv}, {@code qualifiers.tsv}, {@code units.tsv}, {@code vague-words.tsv} and {@code
 * ranges.tsv}.
 */
public final class FigureParser {

  private enum WordKind {
    UNIT,
    TENS,
    HUNDRED,
    SCALE,
    DOZEN,
    COUPLE,
    ORDINAL,
    SUFFIX
  }

  private record NumberWord(long value, WordKind kind) {}

  private enum Applies {
    ANY,
    DAY,
    YEAR,
    INTEGER
  }

  private record UnitRule(Flag flag, Applies applies) {}

  /** A number read at some token: its value, the token after it, and how it was written. */
  private record Quantity(
      double value, int end, long magnitude, boolean plain, boolean approx, Set<Flag> flags) {}

  /** A number a caller reads at a token position: its whole value and the token index after it. */
  public record Amount(long value, int end) {}

  private static final class Holder {
    static final FigureParser DEFAULTS = load();
  }

  private final Map<String, NumberWord> numberWords;
  private final PhraseTable<Qualifier> qualifiersBefore;
  private final PhraseTable<Qualifier> qualifiersAfter;
  private final PhraseTable<UnitRule> unitsBefore;
  private final PhraseTable<UnitRule> unitsAfter;
  private final Map<String, UnitRule> attached;
  private final Set<String> yearContext;
  private final PhraseTable<Boolean> vagueModifiers;
  private final Set<String> vaguePlurals;
  private final Map<String, Set<String>> openers;
  private final Set<String> infixConnectors;

  private FigureParser(
      Map<String, NumberWord> numberWords,
      PhraseTable<Qualifier> qualifiersBefore,
      PhraseTable<Qualifier> qualifiersAfter,
      PhraseTable<UnitRule> unitsBefore,
      PhraseTable<UnitRule> unitsAfter,
      Map<String, UnitRule> attached,
      Set<String> yearContext,
      PhraseTable<Boolean> vagueModifiers,
      Set<String> vaguePlurals,
      Map<String, Set<String>> openers,
      Set<String> infixConnectors) {
    this.numberWords = numberWords;
    this.qualifiersBefore = qualifiersBefore;
    this.qualifiersAfter = qualifiersAfter;
    this.unitsBefore = unitsBefore;
    this.unitsAfter = unitsAfter;
    this.attached = attached;
    this.yearContext = yearContext;
    this.vagueModifiers = vagueModifiers;
    this.vaguePlurals = vaguePlurals;
    this.openers = openers;
    this.infixConnectors = infixConnectors;
  }

  /** The parser with the knowledge files shipped in the jar, loaded once. */
  public static FigureParser defaults() {
    return Holder.DEFAULTS;
  }

  /** Every number expression in {@code text}, left to right, non-overlapping. */
  public List<Figure> find(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Figure> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Found f = expressionAt(tokens, i, found);
      if (f == null) {
        i++;
        continue;
      }
      int start = tokens.get(f.start).start();
      int end = tokens.get(f.end - 1).end();
      found.add(
          new Figure(f.low, f.high, f.qualifier, start, end, text.substring(start, end), f.flags));
      i = f.end;
    }
    return found;
  }

  /**
   * A whole number written in digits or words at token {@code i} ("24", "three", "1.5 million"),
   * without qualifiers or units, or null; for callers that read durations ("the past three weeks").
   */
  /** The number words this parser reads ("three", "dozen", "thousand"), single words only. */
  public java.util.Set<String> numberWords() {
    return numberWords.keySet().stream()
        .filter(w -> w.indexOf(' ') < 0)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  public Amount amountAt(List<Token> tokens, int i) {
    Quantity q = quantityAt(tokens, i);
    return q == null || q.flags.contains(Flag.ORDINAL) || q.flags.contains(Flag.TIME)
        ? null
        : new Amount(Math.round(q.value), q.end);
  }

  /** A number expression starting at token i, before it becomes a {@link Figure}. */
  private record Found(
      int start, Long low, Long high, Qualifier qualifier, int end, Set<Flag> flags) {

    Found(Long low, Long high, Qualifier qualifier, int end, Set<Flag> flags) {
      this(-1, low, high, qualifier, end, flags);
    }

    Found startingAt(int token) {
      return new Found(token, low, high, qualifier, end, flags);
    }
  }

  private Found expressionAt(List<Token> tokens, int i, List<Figure> before) {
    Qualifier qualifier = null;
    int j = i;
    PhraseTable.Match<Qualifier> q = qualifiersBefore.match(tokens, i);
    int start = i;
    if (q != null) {
      qualifier = q.value();
      j = q.end();
      if (qualifier == Qualifier.EXACT) {
        // A phrasal verb ("shot up to"): not a bound, and not part of the figure.
        qualifier = null;
        start = j;
      }
    }
    Found found = null;
    PhraseTable.Match<UnitRule> unit = unitsBefore.match(tokens, j);
    if (unit != null) {
      found = countAt(tokens, unit.end(), qualifier);
      if (found != null && applies(unit.value().applies(), tokens, unit.end(), found)) {
        found = withFlag(found, unit.value().flag());
      } else {
        found = null;
      }
    }
    if (found == null) {
      found = countAt(tokens, j, qualifier);
      if (found != null && isYearContext(tokens, j, before) && isYearLike(tokens, j, found)) {
        found = withFlag(found, Flag.YEAR);
      }
    }
    if (found == null) {
      found = vagueAt(tokens, j, qualifier);
    }
    return found == null ? null : found.startingAt(start);
  }

  /** A figure (point, range, or bound) at token j, with the units written after it. */
  private Found countAt(List<Token> tokens, int j, Qualifier before) {
    Found core = rangeAt(tokens, j);
    if (core == null) {
      Quantity q = quantityAt(tokens, j);
      if (q == null) {
        return null;
      }
      Qualifier qualifier = before != null ? before : q.approx ? Qualifier.APPROX : Qualifier.EXACT;
      int end = q.end;
      if (before == null) {
        int k = skipGluedHyphen(tokens, end);
        PhraseTable.Match<Qualifier> after = qualifiersAfter.match(tokens, k);
        if (after != null && !startsNumber(tokens, after.end())) {
          qualifier = after.value();
          end = after.end();
        }
      }
      long value = Math.round(q.value);
      core = bounded(value, qualifier, end, q.flags);
    }
    int k = skipGluedHyphen(tokens, core.end);
    PhraseTable.Match<UnitRule> unit = unitsAfter.match(tokens, k);
    if (unit != null && applies(unit.value().applies(), tokens, j, core)) {
      core =
          withFlag(
              new Found(core.low, core.high, core.qualifier, unit.end(), core.flags),
              unit.value().flag());
    }
    return core;
  }

  private static Found bounded(long value, Qualifier qualifier, int end, Set<Flag> flags) {
    return switch (qualifier) {
      case AT_LEAST -> new Found(value, null, qualifier, end, flags);
      case AT_MOST -> new Found(null, value, qualifier, end, flags);
      default -> new Found(value, value, qualifier, end, flags);
    };
  }

  /** "between 1,000 and 3,000", "from 10 to 12,000", "3,000-4,000", "two or three", or null. */
  private Found rangeAt(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return null;
    }
    Set<String> connectors =
        tokens.get(j).kind() == Token.Kind.WORD ? openers.get(tokens.get(j).lower()) : null;
    int first = connectors != null ? j + 1 : j;
    if (connectors == null) {
      connectors = infixConnectors;
    }
    Quantity low = quantityAt(tokens, first);
    if (low == null
        || low.end >= tokens.size()
        || !connectors.contains(tokens.get(low.end).lower())) {
      return null;
    }
    Quantity high = quantityAt(tokens, low.end + 1);
    if (high == null || low.flags.contains(Flag.VAGUE) || high.flags.contains(Flag.VAGUE)) {
      return null;
    }
    double lowValue = low.value;
    // Convention 5: "11 to 12,000" is 11,000-12,000 when the scaled first number fits below the
    // second.
    if (low.plain && high.magnitude > 1) {
      double scaled = low.value * high.magnitude;
      if (scaled <= high.value && high.value < scaled * 10) {
        lowValue = scaled;
      }
    }
    if (lowValue >= high.value) {
      return null;
    }
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    flags.addAll(low.flags);
    flags.addAll(high.flags);
    if (isYearNumber(tokens.get(first)) && isYearNumber(tokens.get(low.end + 1))) {
      flags.add(Flag.YEAR);
    }
    return new Found(
        Math.round(lowValue), Math.round(high.value), Qualifier.RANGE, high.end, flags);
  }

  /** "hundreds", "tens of thousands", "several thousand", "a few dozen": no figure. */
  private Found vagueAt(List<Token> tokens, int j, Qualifier before) {
    int k = j;
    PhraseTable.Match<Boolean> modifier = vagueModifiers.match(tokens, j);
    if (modifier != null && modifier.end() < tokens.size()) {
      NumberWord w = word(tokens.get(modifier.end()));
      if (w != null
          && (w.kind == WordKind.HUNDRED || w.kind == WordKind.SCALE || w.kind == WordKind.DOZEN)) {
        return vague(modifier.end() + 1, before);
      }
      k = modifier.end();
    }
    if (k >= tokens.size() || !isVaguePlural(tokens.get(k))) {
      return null;
    }
    int end = k + 1;
    // "tens of thousands of ...": each "of" joins another plural amount.
    while (end + 1 < tokens.size()
        && tokens.get(end).isWord("of")
        && isVaguePlural(tokens.get(end + 1))) {
      end += 2;
    }
    return vague(end, before);
  }

  private static Found vague(int end, Qualifier before) {
    return new Found(
        null, null, before != null ? before : Qualifier.APPROX, end, EnumSet.of(Flag.VAGUE));
  }

  private boolean isVaguePlural(Token t) {
    return t.kind() == Token.Kind.WORD && vaguePlurals.contains(t.lower());
  }

  /** One number in digits or words at token j, with its scale words and suffixes, or null. */
  private Quantity quantityAt(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(j);
    if (t.kind() == Token.Kind.NUMBER) {
      return digitsAt(tokens, j);
    }
    if (t.kind() != Token.Kind.WORD) {
      return null;
    }
    if ((t.lower().equals("a") || t.lower().equals("an")) && j + 1 < tokens.size()) {
      return articleAt(tokens, j + 1);
    }
    return wordsAt(tokens, j, 0, null);
  }

  private Quantity digitsAt(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    if (!standsAlone(tokens, j) || Double.isNaN(t.value())) {
      return null;
    }
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (t.clock()) {
      flags.add(Flag.TIME);
      return new Quantity(0, j + 1, 1, false, false, flags);
    }
    double value = t.value();
    long magnitude = pow1000(t.thousandGroups());
    boolean plain = t.plainDigits();
    boolean approx = false;
    int k = j + 1;
    if (k < tokens.size() && tokens.get(k).glued() && tokens.get(k).kind() != Token.Kind.NUMBER) {
      Token next = tokens.get(k);
      NumberWord suffix = word(next);
      UnitRule rule = attached.get(next.lower());
      if (suffix != null && suffix.kind == WordKind.SUFFIX) {
        value *= suffix.value;
        magnitude = suffix.value;
        plain = false;
        k++;
      } else if (rule != null && t.plainDigits()) {
        flags.add(rule.flag());
        k++;
      } else if (next.isWord("s") && isYearNumber(t)) {
        flags.add(Flag.YEAR); // "the 1990s"
        k++;
      } else if (next.kind() == Token.Kind.WORD && unitsAfter.match(tokens, k) == null) {
        return null; // digits glued to unknown letters: "3D", "4x4"
      }
    }
    // Scale words: "3 million", "1.5 billion", "15-hundred", "12-thousand", "two dozen".
    int m = skipGluedHyphen(tokens, k);
    NumberWord w = m < tokens.size() ? word(tokens.get(m)) : null;
    if (w != null && w.kind == WordKind.HUNDRED && value < 100) {
      value *= 100;
      magnitude = 100;
      plain = false;
      k = m + 1;
      w = k < tokens.size() ? word(tokens.get(k)) : null;
      m = k;
    }
    if (w != null && w.kind == WordKind.SCALE) {
      value *= w.value;
      magnitude = w.value;
      plain = false;
      k = m + 1;
    } else if (w != null && w.kind == WordKind.DOZEN) {
      value *= w.value;
      approx = true;
      k = m + 1;
    }
    return new Quantity(value, k, magnitude, plain, approx, flags);
  }

  /** After "a"/"an": "a hundred", "a thousand", "a dozen", "a couple (of) thousand". */
  private Quantity articleAt(List<Token> tokens, int k) {
    NumberWord w = word(tokens.get(k));
    if (w == null) {
      return null;
    }
    switch (w.kind) {
      case HUNDRED, SCALE:
        return wordsAt(tokens, k, 1, WordKind.UNIT);
      case DOZEN:
        return new Quantity(12, k + 1, 1, false, true, EnumSet.noneOf(Flag.class));
      case COUPLE:
        int m = k + 1;
        if (m < tokens.size() && tokens.get(m).isWord("of")) {
          m++;
        }
        NumberWord scale = m < tokens.size() ? word(tokens.get(m)) : null;
        if (scale != null && (scale.kind == WordKind.HUNDRED || scale.kind == WordKind.SCALE)) {
          return new Quantity(
              w.value * scale.value, m + 1, scale.value, false, false, EnumSet.noneOf(Flag.class));
        }
        return null;
      default:
        return null;
    }
  }

  /**
   * A number in words from token k: "three thousand", "one hundred and fifty", "twenty-five",
   * "fifteen hundred", "third". {@code current} and {@code last} carry an "a" already read.
   */
  private Quantity wordsAt(List<Token> tokens, int k, long current, WordKind last) {
    long total = 0;
    long lastScale = Long.MAX_VALUE;
    long magnitude = 1;
    boolean approx = false;
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    int good = last == null ? -1 : k;
    boolean afterAnd = false;
    int i = k;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (last == WordKind.TENS
          && t.text().equals("-")
          && t.glued()
          && i + 1 < tokens.size()
          && tokens.get(i + 1).glued()) {
        NumberWord next = word(tokens.get(i + 1));
        if (next != null
            && (next.kind == WordKind.UNIT || next.kind == WordKind.ORDINAL)
            && next.value > 0
            && next.value < 10) {
          i++;
          continue;
        }
        break;
      }
      if (t.isWord("and")
          && (last == WordKind.HUNDRED || last == WordKind.SCALE)
          && !afterAnd
          && i + 1 < tokens.size()) {
        NumberWord next = word(tokens.get(i + 1));
        if (next != null && (next.kind == WordKind.UNIT || next.kind == WordKind.TENS)) {
          afterAnd = true;
          i++;
          continue;
        }
        break;
      }
      NumberWord w = word(t);
      if (w == null) {
        break;
      }
      boolean open = last == null || last == WordKind.HUNDRED || last == WordKind.SCALE;
      boolean ok =
          switch (w.kind) {
            case UNIT -> open || (last == WordKind.TENS && w.value > 0 && w.value < 10);
            case TENS -> open;
            case HUNDRED ->
                (last == WordKind.UNIT || last == WordKind.TENS) && current > 0 && current < 100;
            case SCALE ->
                (last == WordKind.UNIT || last == WordKind.TENS || last == WordKind.HUNDRED)
                    && w.value < lastScale;
            case DOZEN -> (last == WordKind.UNIT || last == WordKind.TENS) && total == 0;
            case ORDINAL -> last == null || (last == WordKind.TENS && w.value < 10);
            default -> false;
          };
      if (!ok) {
        break;
      }
      switch (w.kind) {
        case HUNDRED -> {
          current *= 100;
          magnitude = Math.max(magnitude, 100);
        }
        case SCALE -> {
          total += current * w.value;
          current = 0;
          lastScale = w.value;
          magnitude = Math.max(magnitude, w.value);
        }
        case DOZEN -> {
          current *= 12;
          approx = true;
        }
        case ORDINAL -> {
          current += w.value;
          flags.add(Flag.ORDINAL);
        }
        default -> current += w.value;
      }
      last = w.kind;
      i++;
      good = i;
      afterAnd = false;
      if (w.kind == WordKind.DOZEN || w.kind == WordKind.ORDINAL) {
        break;
      }
    }
    if (good < 0) {
      return null;
    }
    boolean plain = magnitude == 1 && !approx;
    return new Quantity(total + current, good, magnitude, plain, approx, flags);
  }

  /**
   * False for digits glued to a word ("A400M", "G7") or to a word and a hyphen ("F-16", "Su-35"),
   * which name things; "mid-2011" and "end-2011" stand alone (their word is a year context).
   */
  private boolean standsAlone(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    if (!t.glued() || j == 0) {
      return true;
    }
    Token prev = tokens.get(j - 1);
    if (prev.kind() == Token.Kind.WORD) {
      return false;
    }
    if (prev.text().equals("-") && j >= 2 && prev.glued()) {
      Token word = tokens.get(j - 2);
      return word.kind() != Token.Kind.WORD || yearContext.contains(word.lower());
    }
    return true;
  }

  /** True when the word before token j shows that a four-digit number there is a year. */
  private boolean isYearContext(List<Token> tokens, int j, List<Figure> before) {
    if (j == 0) {
      return false;
    }
    Token prev = tokens.get(j - 1);
    if (prev.kind() == Token.Kind.WORD && yearContext.contains(prev.lower())) {
      return true;
    }
    if (prev.text().equals("-") && j >= 2 && tokens.get(j - 2).kind() == Token.Kind.WORD) {
      return yearContext.contains(tokens.get(j - 2).lower());
    }
    // "March 7, 2024": a day just read, then a comma.
    if (prev.text().equals(",") && !before.isEmpty()) {
      Figure last = before.get(before.size() - 1);
      return last.end() == prev.start() && last.flags().contains(Flag.TIME);
    }
    return false;
  }

  private static boolean isYearLike(List<Token> tokens, int j, Found f) {
    return isYearNumber(tokens.get(j)) && f.end == j + 1 || f.flags.contains(Flag.YEAR);
  }

  private static boolean isYearNumber(Token t) {
    return t.kind() == Token.Kind.NUMBER
        && t.plainDigits()
        && t.text().length() == 4
        && t.value() >= 1800
        && t.value() <= 2100;
  }

  private static boolean applies(Applies applies, List<Token> tokens, int j, Found f) {
    return switch (applies) {
      case ANY -> true;
      case DAY -> f.low != null && f.high != null && f.low >= 1 && f.high <= 31;
      case YEAR -> isYearLike(tokens, j, f);
      case INTEGER -> tokens.get(j).kind() == Token.Kind.NUMBER && tokens.get(j).plainDigits();
    };
  }

  private static Found withFlag(Found f, Flag flag) {
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    flags.addAll(f.flags);
    flags.add(flag);
    return new Found(f.start, f.low, f.high, f.qualifier, f.end, flags);
  }

  private boolean startsNumber(List<Token> tokens, int k) {
    return k < tokens.size()
        && (tokens.get(k).kind() == Token.Kind.NUMBER || word(tokens.get(k)) != null);
  }

  private static int skipGluedHyphen(List<Token> tokens, int k) {
    if (k + 1 < tokens.size()
        && tokens.get(k).text().equals("-")
        && tokens.get(k).glued()
        && tokens.get(k + 1).glued()
        && tokens.get(k + 1).kind() == Token.Kind.WORD) {
      return k + 1;
    }
    return k;
  }

  private NumberWord word(Token t) {
    return t.kind() == Token.Kind.WORD ? numberWords.get(t.lower()) : null;
  }

  private static long pow1000(int groups) {
    long m = 1;
    for (int g = 0; g < groups && g < 6; g++) {
      m *= 1000;
    }
    return m;
  }

  private static FigureParser load() {
    Map<String, NumberWord> numberWords = new HashMap<>();
    for (String[] row : TsvResource.rows("en/number-words.tsv", "word", "value", "kind")) {
      numberWords.put(
          row[0], new NumberWord(Long.parseLong(row[1]), WordKind.valueOf(upper(row[2]))));
    }
    PhraseTable<Qualifier> before = new PhraseTable<>();
    PhraseTable<Qualifier> after = new PhraseTable<>();
    for (String[] row : TsvResource.rows("en/qualifiers.tsv", "phrase", "qualifier", "position")) {
      Qualifier q = Qualifier.ofCode(row[1]);
      switch (row[2]) {
        case "before" -> before.add(row[0], q);
        case "after" -> after.add(row[0], q);
        default ->
            throw new IllegalStateException(
                "qualifiers.tsv: position must be before or after: " + row[2]);
      }
    }
    PhraseTable<UnitRule> unitsBefore = new PhraseTable<>();
    PhraseTable<UnitRule> unitsAfter = new PhraseTable<>();
    Map<String, UnitRule> attached = new HashMap<>();
    Set<String> yearContext = new HashSet<>();
    for (String[] row : TsvResource.rows("en/units.tsv", "phrase", "flag", "position", "applies")) {
      UnitRule rule = new UnitRule(Flag.valueOf(row[1]), Applies.valueOf(upper(row[3])));
      switch (row[2]) {
        case "before" -> unitsBefore.add(row[0], rule);
        case "after" -> unitsAfter.add(row[0], rule);
        case "attached" -> attached.put(row[0], rule);
        case "context" -> yearContext.add(row[0]);
        default ->
            throw new IllegalStateException(
                "units.tsv: position must be before, after, context or attached: " + row[2]);
      }
    }
    PhraseTable<Boolean> modifiers = new PhraseTable<>();
    Set<String> plurals = new HashSet<>();
    for (String[] row : TsvResource.rows("en/vague-words.tsv", "word", "kind")) {
      switch (row[1]) {
        case "modifier" -> modifiers.add(row[0], Boolean.TRUE);
        case "plural" -> plurals.add(row[0]);
        default ->
            throw new IllegalStateException(
                "vague-words.tsv: kind must be plural or modifier: " + row[1]);
      }
    }
    Map<String, Set<String>> openers = new HashMap<>();
    Set<String> infix = new HashSet<>();
    for (String[] row : TsvResource.rows("en/ranges.tsv", "opener", "connector")) {
      if (row[0].equals("-")) {
        infix.add(row[1]);
      } else {
        openers.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
      }
    }
    return new FigureParser(
        Map.copyOf(numberWords),
        before,
        after,
        unitsBefore,
        unitsAfter,
        Map.copyOf(attached),
        Set.copyOf(yearContext),
        modifiers,
        Set.copyOf(plurals),
        Map.copyOf(openers),
        Set.copyOf(infix));
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
