package org.troopwatch.tag.lang.ru;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.troopwatch.tag.figure.TsvResource;
import org.troopwatch.tag.lang.TimeReader;
import org.troopwatch.tag.lang.Word;
import org.troopwatch.tag.time.TimeSpan;

/**
 * Finds the time expressions of Russian or Ukrainian text and resolves them against the article's
 * date as the English TimeResolver does ("6 февраля", "в декабре 2025 года", "у грудні 2025-го", "в
 * прошлом месяце", "минулого місяця", "с января по март", "з січня по березень"): a month or day
 * without a year is the latest one on or before that date, unless it looks forward ("до марта") or
 * the caller asks for planned figures.
 *
 * <p>Words come from the language folder's {@code time-words.tsv} and {@code months.tsv}.
 */
public class CyrillicTime implements TimeReader {

  private static final long serialVersionUID = 1L;

  private static final Map<String, Data> LOADED = new ConcurrentHashMap<>();

  enum Role {
    BOTH,
    START,
    END
  }

  /** Days of a month (0 = its last) and months of a year that a part word names. */
  record Part(int dayFrom, int dayTo, int monthFrom, int monthTo) {}

  record Data(
      PhraseMap<Role> prefixes,
      PhraseMap<Set<String>> openers,
      PhraseMap<Integer> relatives,
      PhraseMap<String> units,
      PhraseMap<Integer> days,
      PhraseMap<String> yearWords,
      PhraseMap<Part> parts,
      PhraseMap<Integer> weekdays,
      PhraseMap<Integer> lastYear,
      PhraseMap<Integer> months) {}

  /** A date with a month: year may be null; dayTo 0 is the month's last day; end the next word. */
  private record MonthDate(Integer year, int month, int dayFrom, int dayTo, int end) {}

  private record Span(LocalDate start, LocalDate end, int endWord) {}

  private final String language;

  /** A reader over the data folder {@code lang/<language>/}. */
  public CyrillicTime(String language) {
    this.language = language;
  }

  @Override
  public List<TimeSpan> find(String sentence, LocalDate published) {
    return find(sentence, published, false);
  }

  /** As {@link #find(String, LocalDate)}; with {@code future} a bare month looks forward. */
  public List<TimeSpan> find(String sentence, LocalDate published, boolean future) {
    Data data = LOADED.computeIfAbsent(language, CyrillicTime::load);
    List<Word> w = CyrillicWords.words(sentence, UnaryOperator.identity());
    Pass pass = new Pass(data, w, published, future);
    List<TimeSpan> found = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      Span s;
      try {
        s = pass.expressionAt(i);
      } catch (java.time.DateTimeException e) {
        s = null;
      }
      if (s == null) {
        i++;
        continue;
      }
      int start = w.get(i).begin();
      int end = w.get(s.endWord - 1).end();
      found.add(new TimeSpan(s.start, s.end, start, end, sentence.substring(start, end)));
      i = s.endWord;
    }
    return found;
  }

  /** One pass over one sentence. */
  private record Pass(Data data, List<Word> w, LocalDate published, boolean future) {

    Span expressionAt(int i) {
      PhraseMap.Match<Set<String>> opener = data.openers().match(w, i);
      if (opener != null) {
        Span range = rangeAt(opener, i);
        if (range != null) {
          return range;
        }
      }
      Role role = Role.BOTH;
      int j = i;
      PhraseMap.Match<Role> prefix = data.prefixes().match(w, i);
      if (prefix != null) {
        role = prefix.value();
        j = prefix.end();
      }
      Span s = singleAt(j, future || role == Role.END, prefix != null);
      if (s == null) {
        return null;
      }
      return switch (role) {
        case START -> new Span(s.start, null, s.endWord);
        case END -> new Span(null, s.end, s.endWord);
        case BOTH -> s;
      };
    }

    /** "с января по март", "з 8 по 13 лютого", "от 6 до 9 февраля". */
    private Span rangeAt(PhraseMap.Match<Set<String>> opener, int i) {
      int k = opener.end();
      MonthDate a = monthDateAt(k, true);
      Integer firstDay = a == null ? dayAt(k) : null;
      int afterFirst = a != null ? a.end : firstDay != null ? k + 1 : -1;
      if (afterFirst < 0 || afterFirst >= w.size() || !opener.value().contains(lemma(afterFirst))) {
        return null;
      }
      MonthDate b = monthDateAt(afterFirst + 1, true);
      if (b == null) {
        return null;
      }
      if (a == null) {
        a = new MonthDate(b.year, b.month, firstDay, firstDay, afterFirst);
      }
      Span last = resolve(b, b.year, future, b.end);
      int year =
          a.year != null ? a.year : a.month > b.month ? last.end.getYear() - 1 : last.end.getYear();
      Span first = resolve(a, year, future, b.end);
      return first.start.isAfter(last.end) ? null : new Span(first.start, last.end, b.end);
    }

    private Span singleAt(int j, boolean forward, boolean prefixed) {
      if (j >= w.size()) {
        return null;
      }
      MonthDate md = monthDateAt(j, prefixed);
      if (md != null) {
        return resolve(md, md.year, forward, md.end);
      }
      Span s = yearAt(j, prefixed);
      if (s == null) {
        s = relativeAt(j);
      }
      if (s == null) {
        s = dayWordAt(j, forward, prefixed);
      }
      return s;
    }

    /**
     * "6 февраля", "в начале марта", "декабре 2025 года", "грудні 2025-го", "березні цього року". A
     * month alone needs a word before it ("в декабре"), a day or a part.
     */
    private MonthDate monthDateAt(int k, boolean prefixed) {
      int m = k;
      Part part = null;
      PhraseMap.Match<Part> p = data.parts().match(w, m);
      if (p != null) {
        part = p.value();
        m = p.end();
      }
      Integer day = part == null ? dayAt(m) : null;
      if (day != null) {
        m++;
      }
      PhraseMap.Match<Integer> month = data.months().match(w, m);
      if (month == null || (!prefixed && part == null && day == null)) {
        return null;
      }
      m = month.end();
      Integer year = null;
      int[] y = yearAfterMonth(m);
      if (y != null) {
        year = y[0];
        m = y[1];
      }
      int from = part != null ? part.dayFrom : day != null ? day : 1;
      int to = part != null ? part.dayTo : day != null ? day : 0;
      return new MonthDate(year, month.value(), from, to, m);
    }

    /**
     * "2025 года", "2025 г.", "2025-го", "этого года", "минулого року" after a month: {year, end}.
     */
    private int[] yearAfterMonth(int m) {
      Integer year = yearNumber(m);
      if (year != null) {
        return new int[] {year, afterYearWord(m + 1)};
      }
      PhraseMap.Match<Integer> rel = data.relatives().match(w, m);
      if (rel != null
          && rel.end() < w.size()
          && "year".equals(data.units().get(lemma(rel.end())))) {
        return new int[] {published.getYear() + rel.value(), rel.end() + 1};
      }
      return null;
    }

    /** "в 2024 году", "у 2024 році", "2024 г.", "в начале 2024 года". */
    private Span yearAt(int j, boolean prefixed) {
      int m = j;
      PhraseMap.Match<Part> p = data.parts().match(w, m);
      if (p != null) {
        m = p.end();
      }
      Integer year = yearNumber(m);
      if (year == null) {
        return null;
      }
      int end = afterYearWord(m + 1);
      if (end == m + 1 && !prefixed) {
        return null; // a bare four-digit number is a year only after a word such as "в"
      }
      if (p == null) {
        return new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), end);
      }
      Part part = p.value();
      LocalDate from = LocalDate.of(year, part.monthFrom, 1);
      LocalDate to = LocalDate.of(year, part.monthTo, 1).with(TemporalAdjusters.lastDayOfMonth());
      return new Span(from, to, end);
    }

    /** "прошлом месяце", "минулого року", "этом году" (start only), "прошлой неделе", "торік". */
    private Span relativeAt(int j) {
      PhraseMap.Match<Integer> last = data.lastYear().match(w, j);
      if (last != null) {
        int y = published.getYear() + last.value();
        return new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), last.end());
      }
      PhraseMap.Match<Integer> rel = data.relatives().match(w, j);
      if (rel == null || rel.end() >= w.size()) {
        return null;
      }
      String unit = data.units().get(lemma(rel.end()));
      int offset = rel.value();
      int end = rel.end() + 1;
      if ("year".equals(unit)) {
        int y = published.getYear() + offset;
        return offset == 0
            ? new Span(LocalDate.of(y, 1, 1), null, end)
            : new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), end);
      }
      if ("month".equals(unit)) {
        LocalDate first = published.withDayOfMonth(1).plusMonths(offset);
        return new Span(first, first.with(TemporalAdjusters.lastDayOfMonth()), end);
      }
      if ("week".equals(unit)) {
        LocalDate monday =
            published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
        return new Span(monday, monday.plusDays(6), end);
      }
      return null;
    }

    /** "вчера", "сьогодні", "в воскресенье", "у неділю". */
    private Span dayWordAt(int j, boolean forward, boolean prefixed) {
      PhraseMap.Match<Integer> day = data.days().match(w, j);
      if (day != null) {
        LocalDate d = published.plusDays(day.value());
        return new Span(d, d, day.end());
      }
      PhraseMap.Match<Integer> weekday = data.weekdays().match(w, j);
      if (weekday == null || !prefixed) {
        return null;
      }
      DayOfWeek dow = DayOfWeek.of(weekday.value());
      LocalDate d =
          forward
              ? published.with(TemporalAdjusters.nextOrSame(dow))
              : published.with(TemporalAdjusters.previousOrSame(dow));
      return new Span(d, d, weekday.end());
    }

    private Span resolve(MonthDate md, Integer year, boolean forward, int end) {
      int y = year != null ? year : published.getYear();
      if (year == null) {
        LocalDate first = LocalDate.of(y, md.month, 1);
        if (forward && dayOf(first, md.dayTo).isBefore(published)) {
          y++;
        } else if (!forward && dayOf(first, md.dayFrom).isAfter(published)) {
          y--;
        }
      }
      LocalDate first = LocalDate.of(y, md.month, 1);
      return new Span(dayOf(first, md.dayFrom), dayOf(first, md.dayTo), end);
    }

    /** After a year number: "года", "г.", "-го", "року", "р."; the index after them. */
    private int afterYearWord(int k) {
      if (k + 1 < w.size()
          && lemma(k).equals("-")
          && "year".equals(data.yearWords().get(lemma(k + 1)))) {
        return k + 2; // "2025-го"
      }
      if (k < w.size() && "year".equals(data.yearWords().get(lemma(k)))) {
        boolean abbreviation = lemma(k).length() <= 2; // "г.", "р.", "гг."
        return abbreviation && k + 1 < w.size() && lemma(k + 1).equals(".") ? k + 2 : k + 1;
      }
      return k;
    }

    private Integer yearNumber(int k) {
      if (k >= w.size()) {
        return null;
      }
      String t = lemma(k);
      if (t.length() != 4 || !t.chars().allMatch(Character::isDigit)) {
        return null;
      }
      int y = Integer.parseInt(t);
      return y >= 1800 && y <= 2100 ? y : null;
    }

    private Integer dayAt(int k) {
      if (k >= w.size()) {
        return null;
      }
      String t = lemma(k);
      if (t.length() > 2 || !t.chars().allMatch(Character::isDigit)) {
        return null;
      }
      int d = Integer.parseInt(t);
      return d >= 1 && d <= 31 ? d : null;
    }

    private String lemma(int k) {
      return w.get(k).lemma();
    }
  }

  private static LocalDate dayOf(LocalDate firstOfMonth, int day) {
    int last = firstOfMonth.lengthOfMonth();
    return firstOfMonth.withDayOfMonth(day == 0 ? last : Math.min(day, last));
  }

  private static Data load(String language) {
    String folder = language + "/";
    PhraseMap<Role> prefixes = new PhraseMap<>();
    PhraseMap<Set<String>> openers = new PhraseMap<>();
    PhraseMap<Integer> relatives = new PhraseMap<>();
    PhraseMap<String> units = new PhraseMap<>();
    PhraseMap<Integer> days = new PhraseMap<>();
    PhraseMap<String> yearWords = new PhraseMap<>();
    PhraseMap<Part> parts = new PhraseMap<>();
    PhraseMap<Integer> weekdays = new PhraseMap<>();
    PhraseMap<Integer> lastYear = new PhraseMap<>();
    for (String[] row : TsvResource.rows(folder + "time-words.tsv", "phrase", "kind", "value")) {
      String phrase = row[0];
      String value = row[2];
      switch (row[1]) {
        case "prefix" -> prefixes.put(phrase, Role.valueOf(value.toUpperCase(Locale.ROOT)));
        case "opener" -> openers.put(phrase, Set.of(value.split("\\|")));
        case "relative" -> relatives.put(phrase, Integer.parseInt(value));
        case "unit" -> units.put(phrase, value);
        case "day" -> days.put(phrase, Integer.parseInt(value));
        case "year" -> yearWords.put(phrase, value);
        case "part" -> parts.put(phrase, part(value));
        case "weekday" -> weekdays.put(phrase, Integer.parseInt(value));
        case "lastyear" -> lastYear.put(phrase, Integer.parseInt(value));
        default ->
            throw new IllegalStateException(folder + "time-words.tsv: unknown kind " + row[1]);
      }
    }
    PhraseMap<Integer> months = new PhraseMap<>();
    for (String[] row : TsvResource.rows(folder + "months.tsv", "name", "month")) {
      months.put(row[0], Integer.parseInt(row[1]));
    }
    return new Data(
        prefixes, openers, relatives, units, days, yearWords, parts, weekdays, lastYear, months);
  }

  /** "1-10/1-4": days 1-10 of a month, months 1-4 of a year; "L" is the month's last day. */
  static Part part(String value) {
    String[] halves = value.split("/");
    String[] d = halves[0].split("-");
    String[] m = halves[1].split("-");
    return new Part(day(d[0]), day(d[1]), Integer.parseInt(m[0]), Integer.parseInt(m[1]));
  }

  private static int day(String s) {
    return s.equals("L") ? 0 : Integer.parseInt(s);
  }
}
