package org.troopwatch.tag.lang.ko;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.figure.Flag;
import org.troopwatch.tag.figure.Qualifier;
import org.troopwatch.tag.lang.NumberReader;

/**
 * Reads Korean number expressions: digits with Sino-Korean places ("1만 2000명", "4천700명", "1만1천여
 * 명"), 여 and the qualifier words around them ("약", "이상", "넘는", "최소"), ranges ("1만~1만 2천 명", "2~3천
 * 명"), native numbers before a counter ("두 명"), and amounts without a figure ("수천 명", flagged
 * VAGUE).
 *
 * <p>Words come from {@code lang/ko/number-words.tsv}, {@code qualifiers.tsv} and {@code
 * units.tsv}; one left-to-right pass over the characters.
 */
public final class KoreanNumbers implements NumberReader {

  private static final long serialVersionUID = 1L;

  /** Digits with thousands commas ("1,500"), or with a decimal point ("1.5만"). */
  private static final Pattern DIGITS =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?");

  /** An amount read from the text: value null when vague; lastScale the place of its last part. */
  private record Amount(Long value, int end, long lastScale, boolean nativeWord) {}

  private static final class Holder {
    static final KoreanNumberData DATA = KoreanNumberData.load();
  }

  @Override
  public List<Figure> find(String sentence) {
    KoreanNumberData data = Holder.DATA;
    List<Figure> found = new ArrayList<>();
    int i = 0;
    while (i < sentence.length()) {
      Amount a =
          mayStart(data, sentence.charAt(i)) && boundary(sentence, i)
              ? amountAt(data, sentence, i)
              : null;
      if (a == null) {
        i++;
        continue;
      }
      Figure f = figure(data, sentence, i, a);
      if (f != null) {
        found.add(f);
        i = Math.max(f.end(), a.end());
      } else {
        i = a.end();
      }
    }
    return found;
  }

  private Figure figure(KoreanNumberData data, String s, int start, Amount first) {
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    Qualifier qualifier = Qualifier.EXACT;
    int end = first.end();
    KoreanNumberData.Word suffix = wordAt(data.suffixes(), s, end, false);
    if (suffix != null) {
      qualifier = suffix.qualifier();
      end += suffix.text().length();
    }
    Long low = first.value();
    Long high = first.value();
    // A range: "1만~1만 2천", "2~3천", "1천에서 3천".
    Amount second = null;
    int joinAt = skipSpace(s, end);
    for (String join : data.joins()) {
      if (s.startsWith(join, joinAt) && first.value() != null) {
        Amount b = amountAt(data, s, skipSpace(s, joinAt + join.length()));
        if (b != null && b.value() != null && !b.nativeWord()) {
          second = b;
          break;
        }
      }
    }
    if (second != null) {
      long a = first.value();
      if (first.lastScale() == 1
          && second.lastScale() > 1
          && a * second.lastScale() <= second.value()) {
        a *= second.lastScale(); // "2~3천 명": 2,000-3,000
      }
      if (a < second.value()) {
        low = a;
        high = second.value();
        qualifier = Qualifier.RANGE;
        end = second.end();
        KoreanNumberData.Word suffix2 = wordAt(data.suffixes(), s, end, false);
        if (suffix2 != null) {
          end += suffix2.text().length();
        }
      }
    }
    // The counter or unit after the number.
    int afterUnit = end;
    KoreanNumberData.Unit unit = unitAt(data.unitsAfter(), s, skipSpace(s, end));
    if (unit != null) {
      afterUnit = skipSpace(s, end) + unit.text().length();
      if (!unit.flag().equals("COUNT")) {
        flags.add(flagOf(unit.flag(), high));
      }
    }
    if (unit == null && end + 1 < s.length() && s.charAt(end) == ',') {
      // "1,2차", "8,9일": a list of numbers shares the unit after its last one.
      Matcher next = DIGITS.matcher(s).region(end + 1, s.length());
      KoreanNumberData.Unit shared =
          next.lookingAt() ? unitAt(data.unitsAfter(), s, next.end()) : null;
      if (shared != null && !shared.flag().equals("COUNT")) {
        flags.add(flagOf(shared.flag(), high));
      }
    }
    if (first.nativeWord() && (unit == null || !unit.flag().equals("COUNT"))) {
      return null; // "한 나라", "세 차례": a native number counts people only before 명
    }
    for (KoreanNumberData.Unit u : data.unitsBefore()) {
      int at = start - u.text().length();
      if (at >= 0 && s.startsWith(u.text(), at)) {
        flags.add(flagOf(u.flag(), high));
      }
    }
    if (unit == null && qualifier == Qualifier.RANGE && isYear(low) && isYear(high)) {
      flags.add(Flag.YEAR); // "(1964~1975)"
    }
    if (first.value() == null) {
      flags.add(Flag.VAGUE);
    }
    // Words before ("약", "최소") and after ("이상", "넘는") the figure.
    int figureStart = start;
    Qualifier outer = null;
    int back = start;
    while (back > 0 && s.charAt(back - 1) == ' ') {
      back--;
    }
    for (KoreanNumberData.Word w : data.before()) {
      int at = back - w.text().length();
      if (at >= 0 && s.startsWith(w.text(), at) && boundary(s, at) && back < start) {
        outer = w.qualifier();
        figureStart = at;
        break;
      }
    }
    int after = afterUnit;
    for (String particle : data.particles()) {
      if (unit != null && s.startsWith(particle, after)) {
        after += particle.length();
        break;
      }
    }
    KoreanNumberData.Word afterWord = wordAt(data.after(), s, skipSpace(s, after), true);
    if (afterWord != null) {
      end = skipSpace(s, after) + afterWord.text().length();
      if (outer == null || afterWord.qualifier() != Qualifier.APPROX) {
        outer = afterWord.qualifier();
      }
    }
    if (qualifier != Qualifier.RANGE && outer != null) {
      if (qualifier == Qualifier.EXACT || outer != Qualifier.APPROX) {
        qualifier = outer;
      }
    }
    if (qualifier == Qualifier.AT_LEAST) {
      high = null;
    } else if (qualifier == Qualifier.AT_MOST) {
      low = null;
    }
    if (first.value() == null) {
      low = null;
      high = null;
      qualifier = Qualifier.APPROX;
    }
    return new Figure(low, high, qualifier, figureStart, end, s.substring(figureStart, end), flags);
  }

  /** A number at {@code i}: digits with places, a native number, or a vague amount ("수천"). */
  private Amount amountAt(KoreanNumberData data, String s, int i) {
    if (i >= s.length()) {
      return null;
    }
    boolean wordStart = i == 0 || !isHangul(s.charAt(i - 1));
    for (String v : data.vague()) {
      int j = i + v.length();
      if (wordStart
          && s.startsWith(v, i)
          && j < s.length()
          && data.scales().containsKey(s.charAt(j))) {
        while (j < s.length() && data.scales().containsKey(s.charAt(j))) {
          j++;
        }
        return new Amount(null, j, 1, false);
      }
    }
    for (Map.Entry<String, Integer> n : data.natives().entrySet()) {
      int j = i + n.getKey().length();
      if (wordStart && s.startsWith(n.getKey(), i) && (j == s.length() || !isHangul(s.charAt(j)))) {
        KoreanNumberData.Unit u = unitAt(data.unitsAfter(), s, skipSpace(s, j));
        if (u != null && u.flag().equals("COUNT")) {
          return new Amount((long) n.getValue(), j, 1, true);
        }
      }
    }
    double total = 0;
    double section = 0;
    long lastScale = 0;
    int j = i;
    boolean any = false;
    while (j < s.length()) {
      Matcher m = DIGITS.matcher(s).region(j, s.length());
      double d;
      int k;
      if (m.lookingAt()) {
        d = Double.parseDouble(m.group().replace(",", ""));
        k = m.end();
      } else if (!any
          && wordStart
          && data.scales().containsKey(s.charAt(j))
          && startsCount(data, s, j + 1)) {
        d = 1; // "천여 명", "만 명"
        k = j;
      } else {
        break;
      }
      Long scale = k < s.length() ? data.scales().get(s.charAt(k)) : null;
      if (any && lastScale > 1 && d * (scale == null ? 1 : scale) >= lastScale) {
        break; // "1만 2024년": the next number is not a lower place of this one
      }
      if (scale == null) {
        section += d;
        lastScale = any ? lastScale : 1;
        j = k;
        any = true;
        break;
      }
      k++;
      if (scale < 10_000) {
        section += d * scale;
      } else {
        total += (section + d) * scale;
        section = 0;
      }
      lastScale = scale;
      any = true;
      j = k;
      if (j + 1 < s.length() && s.charAt(j) == ' ' && Character.isDigit(s.charAt(j + 1))) {
        int save = j;
        j++;
        Matcher next = DIGITS.matcher(s).region(j, s.length());
        if (!next.lookingAt() || Double.parseDouble(next.group().replace(",", "")) >= scale) {
          j = save;
          break;
        }
      } else if (j >= s.length() || !Character.isDigit(s.charAt(j))) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    return new Amount(Math.round(total + section), j, lastScale, false);
  }

  private static boolean startsCount(KoreanNumberData data, String s, int j) {
    KoreanNumberData.Word suffix = wordAt(data.suffixes(), s, j, false);
    int k = skipSpace(s, suffix == null ? j : j + suffix.text().length());
    KoreanNumberData.Unit u = unitAt(data.unitsAfter(), s, k);
    return suffix != null || (u != null && u.flag().equals("COUNT"));
  }

  private static KoreanNumberData.Word wordAt(
      List<KoreanNumberData.Word> words, String s, int i, boolean wordStart) {
    if (wordStart && i > 0 && isHangul(s.charAt(i - 1))) {
      return null;
    }
    for (KoreanNumberData.Word w : words) {
      if (s.startsWith(w.text(), i)) {
        return w;
      }
    }
    return null;
  }

  private static KoreanNumberData.Unit unitAt(List<KoreanNumberData.Unit> units, String s, int i) {
    for (KoreanNumberData.Unit u : units) {
      if (s.startsWith(u.text(), i)) {
        return u;
      }
    }
    return null;
  }

  private static Flag flagOf(String flag, Long value) {
    if (flag.equals("YEAR") && !isYear(value)) {
      return Flag.TIME; // "3년": a duration
    }
    return Flag.valueOf(flag);
  }

  private static boolean isYear(Long value) {
    return value != null && value >= 1800 && value <= 2100;
  }

  /** A digit, or the first letter of a number word, a place or a vague prefix. */
  private static boolean mayStart(KoreanNumberData data, char c) {
    return Character.isDigit(c) || data.starts().contains(c);
  }

  /** A number does not start inside another one ("1.5"); "1,2차" is two numbers. */
  private static boolean boundary(String s, int i) {
    if (i == 0) {
      return true;
    }
    char c = s.charAt(i - 1);
    return !Character.isDigit(c) && c != '.';
  }

  private static boolean isHangul(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }

  private static int skipSpace(String s, int i) {
    return i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
  }
}
