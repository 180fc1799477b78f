package org.troopwatch.tag.lang.ru;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.figure.Flag;
import org.troopwatch.tag.figure.Qualifier;
import org.troopwatch.tag.figure.TsvResource;
import org.troopwatch.tag.lang.NumberReader;
import org.troopwatch.tag.lang.Word;

/**
 * Reads the number expressions of Russian or Ukrainian text from its language folder's data: digits
 * with space-grouped thousands ("12 000") or a decimal comma and a scale ("1,1 тыс.", "11 тис."),
 * number words in their case forms ("шести тысяч", "шістьох"), qualifier words ("около", "понад",
 * "тысяча с лишним"), ranges ("от 1 до 3 тыс.", "10-12 тисяч"), and flags for years ("2024 года",
 * "2025-го"), dates, money and shares.
 */
public class CyrillicNumbers implements NumberReader {

  private static final long serialVersionUID = 1L;

  private static final Map<String, Data> LOADED = new ConcurrentHashMap<>();

  enum Kind {
    UNIT,
    TENS,
    HUNDRED,
    SCALE,
    PLURAL,
    ABBREV,
    VAGUE,
    JOIN,
    OPENER,
    CLOSER;

    /** A word that is (part of) a number written out: not vague, abbreviated or a range word. */
    boolean isNumber() {
      return this == UNIT || this == TENS || this == HUNDRED || this == SCALE || this == PLURAL;
    }
  }

  record NumberWord(double value, Kind kind) {}

  record Data(
      PhraseMap<NumberWord> words,
      PhraseMap<Qualifier> before,
      PhraseMap<Qualifier> after,
      PhraseMap<Flag> unitsAfter,
      PhraseMap<Flag> unitsBefore,
      PhraseMap<Flag> attached,
      PhraseMap<Flag> context,
      PhraseMap<Integer> months) {}

  /** An amount: value null when it has no figure; scale the place written after its digits. */
  private record Amount(Double value, int end, double scale, boolean digits) {}

  private final String language;

  /** A reader over the data folder {@code lang/<language>/}. */
  public CyrillicNumbers(String language) {
    this.language = language;
  }

  @Override
  public List<Figure> find(String sentence) {
    Data data = LOADED.computeIfAbsent(language, CyrillicNumbers::load);
    List<Word> w = CyrillicWords.words(sentence, UnaryOperator.identity());
    List<Figure> found = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      int[] next = new int[1];
      Figure f = figureAt(data, sentence, w, i, next);
      if (f == null) {
        i++;
      } else {
        found.add(f);
        i = next[0];
      }
    }
    return found;
  }

  private Figure figureAt(Data data, String s, List<Word> w, int i, int[] next) {
    int j = i;
    Qualifier qualifier = Qualifier.EXACT;
    PhraseMap.Match<Qualifier> before = data.before().match(w, i);
    boolean opener = isKind(data, w, i, Kind.OPENER);
    if (before != null) {
      qualifier = before.value();
      j = before.end();
    } else if (opener) {
      j = i + 1;
    }
    Amount a = amountAt(data, w, j, before != null);
    if (a == null) {
      return null;
    }
    Double low = a.value();
    Double high = a.value();
    int end = a.end();
    // "от 1 до 3 тыс.", "10-12 тысяч", "10 000 – 12 000".
    boolean closer =
        opener && before == null && end < w.size() && isKind(data, w, end, Kind.CLOSER);
    boolean dash = end < w.size() && isKind(data, w, end, Kind.JOIN);
    if ((closer || dash) && a.value() != null) {
      Amount b = amountAt(data, w, end + 1, false);
      if (b != null && b.value() != null) {
        double first = a.value();
        if (a.scale() == 1 && b.scale() > 1 && first * b.scale() <= b.value()) {
          first *= b.scale();
        }
        if (first < b.value()) {
          low = first;
          high = b.value();
          qualifier = Qualifier.RANGE;
          end = b.end();
        }
      }
    }
    if (opener && before == null && qualifier != Qualifier.RANGE) {
      i++; // "от" was no range opener: it is not part of the figure
    }
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (a.value() == null) {
      flags.add(Flag.VAGUE);
    }
    long whole = high == null ? 0 : Math.round(high);
    boolean yearLike = a.digits() && a.scale() == 1 && whole >= 1800 && whole <= 2100;
    // A suffix glued by a hyphen: "2025-го", "45-ту".
    if (end + 1 < w.size()
        && w.get(end).lemma().equals("-")
        && glued(w, end)
        && glued(w, end + 1)) {
      PhraseMap.Match<Flag> suffix = data.attached().match(w, end + 1);
      if (suffix != null) {
        flags.add(yearLike ? Flag.YEAR : suffix.value());
        end = suffix.end();
      }
    }
    PhraseMap.Match<Flag> unit = data.unitsAfter().match(w, end);
    if (unit != null) {
      flags.add(unit.value() == Flag.YEAR && !yearLike ? Flag.TIME : unit.value());
    } else if (data.months().match(w, end) != null && whole >= 1 && whole <= 31) {
      flags.add(Flag.TIME); // "6 февраля"
    }
    if (i > 0 && data.unitsBefore().get(w.get(i - 1).lemma()) != null) {
      flags.add(data.unitsBefore().get(w.get(i - 1).lemma()));
    }
    if (yearLike && i > 0 && flags.isEmpty()) {
      String prev = w.get(i - 1).lemma();
      if (data.context().get(prev) != null || data.months().get(prev) != null) {
        flags.add(Flag.YEAR); // "в 2024", "в декабре 2025"
      }
    }
    PhraseMap.Match<Qualifier> after = data.after().match(w, end);
    if (after != null && qualifier != Qualifier.RANGE) {
      qualifier = after.value();
      end = after.end();
    }
    if (a.value() == null) {
      low = null;
      high = null;
      qualifier = Qualifier.APPROX;
    } else if (qualifier == Qualifier.AT_LEAST) {
      high = null;
    } else if (qualifier == Qualifier.AT_MOST) {
      low = null;
    }
    next[0] = end;
    int start = w.get(i).begin();
    int stop = w.get(end - 1).end();
    return new Figure(
        round(low), round(high), qualifier, start, stop, s.substring(start, stop), flags);
  }

  /** A number at word {@code j}: digits with an optional scale, or number words. */
  private Amount amountAt(Data data, List<Word> w, int j, boolean qualified) {
    if (j >= w.size()) {
      return null;
    }
    String first = w.get(j).lemma();
    if (Character.isDigit(first.charAt(0))) {
      return digitsAt(data, w, j);
    }
    PhraseMap.Match<NumberWord> m = data.words().match(w, j);
    if (m == null) {
      return null;
    }
    if (m.value().kind() == Kind.VAGUE) {
      int end = m.end();
      PhraseMap.Match<NumberWord> scale = data.words().match(w, end);
      if (scale != null && scale.value().kind() == Kind.PLURAL) {
        end = scale.end();
      }
      return new Amount(null, end, 1, false);
    }
    if (m.value().kind() == Kind.PLURAL && !qualified) {
      return new Amount(null, m.end(), 1, false); // "тысячи военных": thousands
    }
    if (!m.value().kind().isNumber()) {
      return null; // an abbreviation without digits, or a range word
    }
    double total = 0;
    double current = 0;
    double lastScale = 1;
    int k = j;
    while (k < w.size()) {
      PhraseMap.Match<NumberWord> n = data.words().match(w, k);
      if (n == null || !n.value().kind().isNumber()) {
        break;
      }
      switch (n.value().kind()) {
        case SCALE, PLURAL -> {
          total += (current == 0 ? 1 : current) * n.value().value();
          current = 0;
          lastScale = n.value().value();
        }
        default -> current += n.value().value();
      }
      k = n.end();
    }
    return new Amount(total + current, k, lastScale, false);
  }

  /** "12 000", "1,1 тыс.", "11 тис.", "1,500", "6 тысяч". */
  private Amount digitsAt(Data data, List<Word> w, int j) {
    StringBuilder digits = new StringBuilder(w.get(j).lemma());
    int k = j + 1;
    // Thousands grouped by a space: "12 000", "1 200 000".
    while (digits.length() <= 3 || k > j + 1) {
      if (k < w.size() && spaced(w, k) && isDigits(w.get(k).lemma(), 3)) {
        digits.append(w.get(k).lemma());
        k++;
      } else {
        break;
      }
    }
    double value = Double.parseDouble(digits.toString());
    if (k + 1 < w.size()
        && k == j + 1
        && (w.get(k).lemma().equals(",") || w.get(k).lemma().equals("."))
        && glued(w, k)
        && glued(w, k + 1)
        && isDigits(w.get(k + 1).lemma(), -1)) {
      String part = w.get(k + 1).lemma();
      boolean scaleAfter = scaleAt(data, w, k + 2) != null;
      if (part.length() == 3 && !scaleAfter) {
        value = value * 1000 + Double.parseDouble(part); // "1,500": thousands
      } else {
        value = Double.parseDouble(w.get(j).lemma() + "." + part); // "1,1 тыс."
      }
      k += 2;
    }
    double scale = 1;
    PhraseMap.Match<NumberWord> sc = scaleAt(data, w, k);
    if (sc != null) {
      scale = sc.value().value();
      value *= scale;
      k = sc.end();
      if (sc.value().kind() == Kind.ABBREV
          && k < w.size()
          && w.get(k).lemma().equals(".")
          && glued(w, k)) {
        k++; // "тыс."
      }
    }
    return new Amount(value, k, scale, true);
  }

  private static boolean isKind(Data data, List<Word> w, int k, Kind kind) {
    NumberWord n = k < w.size() ? data.words().get(w.get(k).lemma()) : null;
    return n != null && n.kind() == kind;
  }

  private static PhraseMap.Match<NumberWord> scaleAt(Data data, List<Word> w, int k) {
    PhraseMap.Match<NumberWord> m = data.words().match(w, k);
    if (m == null) {
      return null;
    }
    Kind kind = m.value().kind();
    return kind == Kind.SCALE || kind == Kind.PLURAL || kind == Kind.ABBREV ? m : null;
  }

  private static boolean isDigits(String s, int length) {
    if (length > 0 && s.length() != length) {
      return false;
    }
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  /** Word {@code k} follows the one before it without a gap. */
  private static boolean glued(List<Word> w, int k) {
    return w.get(k).begin() == w.get(k - 1).end();
  }

  /** Word {@code k} follows the one before it after exactly one space of any kind. */
  private static boolean spaced(List<Word> w, int k) {
    return w.get(k).begin() == w.get(k - 1).end() + 1;
  }

  private static Long round(Double value) {
    return value == null ? null : Math.round(value);
  }

  private static Data load(String language) {
    String folder = language + "/";
    PhraseMap<NumberWord> words = new PhraseMap<>();
    for (String[] row : TsvResource.rows(folder + "number-words.tsv", "forms", "value", "kind")) {
      NumberWord n =
          new NumberWord(
              Double.parseDouble(row[1]), Kind.valueOf(row[2].toUpperCase(java.util.Locale.ROOT)));
      for (String form : row[0].split("\\|")) {
        words.put(form, n);
      }
    }
    PhraseMap<Qualifier> before = new PhraseMap<>();
    PhraseMap<Qualifier> after = new PhraseMap<>();
    for (String[] row :
        TsvResource.rows(folder + "qualifiers.tsv", "phrase", "qualifier", "position")) {
      (row[2].equals("before") ? before : after).put(row[0], Qualifier.ofCode(row[1]));
    }
    PhraseMap<Flag> unitsAfter = new PhraseMap<>();
    PhraseMap<Flag> unitsBefore = new PhraseMap<>();
    PhraseMap<Flag> attached = new PhraseMap<>();
    PhraseMap<Flag> context = new PhraseMap<>();
    for (String[] row : TsvResource.rows(folder + "units.tsv", "phrase", "flag", "position")) {
      Flag flag = Flag.valueOf(row[1]);
      switch (row[2]) {
        case "after" -> unitsAfter.put(row[0], flag);
        case "before" -> unitsBefore.put(row[0], flag);
        case "attached" -> attached.put(row[0], flag);
        case "context" -> context.put(row[0], flag);
        default -> throw new IllegalStateException(folder + "units.tsv: position " + row[2]);
      }
    }
    PhraseMap<Integer> months = new PhraseMap<>();
    for (String[] row : TsvResource.rows(folder + "months.tsv", "name", "month")) {
      months.put(row[0], Integer.parseInt(row[1]));
    }
    return new Data(words, before, after, unitsAfter, unitsBefore, attached, context, months);
  }
}
