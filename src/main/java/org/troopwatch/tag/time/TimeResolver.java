package org.troopwatch.tag.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troopwatch.tag.figure.FigureParser;
import org.troopwatch.tag.figure.PhraseTable;
import org.troopwatch.tag.figure.Token;
import org.troopwatch.tag.figure.Tokenizer;
import org.troopwatch.tag.figure.TsvResource;

/**
 * Finds time expressions in a text and resolves them against the article's publication date: a
 * month or day without a year is the latest such one on or before that date, unless the expression
 * looks forward ("by December", "until March", "next month") or the caller asks for planned
 * figures, when it is the next one on or after it. A caller reading a reported figure may ask that
 * "by" look back too ("by early July, 200 were left" in a report of August).
 *
 * <p>Words come from the knowledge files {@code time-words.tsv}, {@code months.tsv} and {@code
 * weekdays.tsv}; numbers are read with {@link FigureParser}. One left-to-right pass over the
 * tokens, bounded look-ahead at each step.
 */
public final class TimeResolver {

  /** Durations longer than this many units ("the past 50,000 years") resolve to no date. */
  private static final long MAX_DURATION = 10_000;

  private enum Role {
    BOTH,
    START,
    END,
    END_PAST
  }

  private enum Unit {
    DAY,
    WEEK,
    FORTNIGHT,
    MONTH,
    YEAR,
    HOUR
  }

  /** Part of a month (days; 0 = its last day) and of a year (months). */
  private record Part(int dayFrom, int dayTo, int monthFrom, int monthTo) {}

  private record Month(int number, boolean alone) {}

  /** A date written with a month: year may be null; dayTo 0 means the month's last day. */
  private record MonthDate(
      Integer year, int month, int dayFrom, int dayTo, int end, boolean bare) {}

  /** Resolved dates and the token after the expression. */
  private record Span(LocalDate start, LocalDate end, int endToken) {}

  private static final class Holder {
    static final TimeResolver DEFAULTS = load();
  }

  private final PhraseTable<Role> prefixes;
  private final PhraseTable<Set<String>> openers;
  private final Set<String> connectors;
  private final Map<String, Integer> relatives;
  private final Map<String, Integer> dayWords;
  private final Map<String, Unit> units;
  private final Set<String> pluralUnits;
  private final Map<String, int[]> seasons;
  private final Set<String> dayparts;
  private final Map<String, Boolean> sides;
  private final PhraseTable<Part> parts;
  private final PhraseTable<Boolean> pastWords;
  private final Set<String> agoWords;
  private final PhraseTable<Boolean> fiscalWords;
  private final Map<String, Month> months;
  private final Map<String, Integer> weekdays;
  private final Set<String> ordinalSuffixes;
  private final FigureParser numbers;

  private TimeResolver(
      PhraseTable<Role> prefixes,
      PhraseTable<Set<String>> openers,
      Set<String> connectors,
      Map<String, Integer> relatives,
      Map<String, Integer> dayWords,
      Map<String, Unit> units,
      Set<String> pluralUnits,
      Map<String, int[]> seasons,
      Set<String> dayparts,
      Map<String, Boolean> sides,
      PhraseTable<Part> parts,
      PhraseTable<Boolean> pastWords,
      Set<String> agoWords,
      PhraseTable<Boolean> fiscalWords,
      Map<String, Month> months,
      Map<String, Integer> weekdays,
      Set<String> ordinalSuffixes,
      FigureParser numbers) {
    this.prefixes = prefixes;
    this.openers = openers;
    this.connectors = connectors;
    this.relatives = relatives;
    this.dayWords = dayWords;
    this.units = units;
    this.pluralUnits = pluralUnits;
    this.seasons = seasons;
    this.dayparts = dayparts;
    this.sides = sides;
    this.parts = parts;
    this.pastWords = pastWords;
    this.agoWords = agoWords;
    this.fiscalWords = fiscalWords;
    this.months = months;
    this.weekdays = weekdays;
    this.ordinalSuffixes = ordinalSuffixes;
    this.numbers = numbers;
  }

  /** The resolver with the knowledge files shipped in the jar, loaded once. */
  public static TimeResolver defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * Every time expression in {@code text}, resolved against {@code published} (reported figures).
   */
  public List<TimeSpan> find(String text, LocalDate published) {
    return find(text, published, false);
  }

  /**
   * Every time expression in {@code text}, resolved against {@code published}; with {@code future}
   * (planned figures) a month or day without a year is the next one on or after that date.
   */
  public List<TimeSpan> find(String text, LocalDate published, boolean future) {
    return find(text, published, future, true);
  }

  /**
   * As {@link #find(String, LocalDate, boolean)}; without {@code endsAhead} an end ("by July",
   * "until March") looks back like any date unless {@code future} is set.
   */
  public List<TimeSpan> find(String text, LocalDate published, boolean future, boolean endsAhead) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<TimeSpan> found = new ArrayList<>();
    Resolution r = new Resolution(tokens, published, future, endsAhead);
    int i = 0;
    while (i < tokens.size()) {
      Span s;
      try {
        s = r.expressionAt(i);
      } catch (java.time.DateTimeException | ArithmeticException e) {
        s = null; // "15 billion years ago": no date a claim could refer to
      }
      if (s == null) {
        i++;
        continue;
      }
      int start = tokens.get(i).start();
      int end = tokens.get(s.endToken - 1).end();
      found.add(new TimeSpan(s.start, s.end, start, end, text.substring(start, end)));
      i = s.endToken;
    }
    return found;
  }

  /** One pass over one text. */
  private final class Resolution {
    private final List<Token> tokens;
    private final LocalDate published;
    private final boolean future;
    private final boolean endsAhead;

    Resolution(List<Token> tokens, LocalDate published, boolean future, boolean endsAhead) {
      this.tokens = tokens;
      this.published = published;
      this.future = future;
      this.endsAhead = endsAhead;
    }

    Span expressionAt(int i) {
      Role role = Role.BOTH;
      int j = i;
      PhraseTable.Match<Role> prefix = prefixes.match(tokens, i);
      if (prefix != null) {
        role = prefix.value();
        j = prefix.end();
      }
      // "earlier this month": the side word before a relative period cuts it at the article's date.
      Boolean before = null;
      if (j + 1 < tokens.size()
          && sides.containsKey(tokens.get(j).lower())
          && relatives.containsKey(tokens.get(j + 1).lower())) {
        before = sides.get(tokens.get(j).lower());
        j++;
      }
      // "since May" lies behind even in a plan ("will push the total added since May to 14,000").
      boolean forward = (future && role != Role.START) || (endsAhead && role == Role.END);
      Span s = rangeAt(j, forward);
      if (s == null) {
        s = singleAt(j, forward, prefix != null);
      }
      if (s == null) {
        return null;
      }
      if (before != null) {
        s = cutAtPublished(s, before);
      }
      boolean oneDay = s.start != null && s.start.equals(s.end);
      return switch (role) {
        case START -> new Span(s.start, null, s.endToken);
        case END -> new Span(null, s.end, s.endToken);
        // "as of January 26" ends a count on that day; "as of last year" is the whole year.
        case END_PAST -> oneDay || s.start == null ? new Span(null, s.end, s.endToken) : s;
        case BOTH -> s;
      };
    }

    /** The part of a period before (or after) the article's date, when that date falls in it. */
    private Span cutAtPublished(Span s, boolean before) {
      boolean inside =
          s.start != null
              && !s.start.isAfter(published)
              && (s.end == null || !s.end.isBefore(published));
      if (!inside || (before && s.end == null)) {
        return s;
      }
      return before
          ? new Span(s.start, published, s.endToken)
          : new Span(published, s.end, s.endToken);
    }

    /** "between January and February this year", "from March 7 to 9", "early to mid-October". */
    private Span rangeAt(int j, boolean forward) {
      Set<String> joins = connectors;
      int k = j;
      PhraseTable.Match<Set<String>> opener = openers.match(tokens, j);
      if (opener != null) {
        joins = opener.value();
        k = opener.end();
      }
      if (k >= tokens.size()) {
        return null;
      }
      Integer firstYear = yearNumber(k);
      MonthDate a = monthDateAt(k, true);
      Integer firstDay = a == null ? dayNumber(k) : null;
      int afterFirst = a != null ? a.end : firstYear != null || firstDay != null ? k + 1 : -1;
      if (afterFirst < 0
          || afterFirst >= tokens.size()
          || !joins.contains(tokens.get(afterFirst).lower())) {
        return null;
      }
      int second = afterFirst + 1;
      if (firstYear != null && a == null) {
        Integer lastYear = yearNumber(second);
        if (lastYear == null || lastYear < firstYear) {
          return null;
        }
        return new Span(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31), second + 1);
      }
      MonthDate b = monthDateAt(second, true);
      if (b == null && a != null && a.dayFrom == a.dayTo && dayNumber(second) != null) {
        // "March 7 to 9": the second day takes the first one's month.
        int day = dayNumber(second);
        b = new MonthDate(a.year, a.month, day, day, second + 1, false);
      }
      if (b == null) {
        return null;
      }
      if (a == null) {
        // "between 7 and 9 March": the first day takes the second one's month.
        a = new MonthDate(b.year, b.month, firstDay, firstDay, afterFirst, false);
      }
      int end = b.end;
      Integer year = b.year;
      if (year == null) {
        int[] suffix = yearSuffixAt(end);
        if (suffix != null) {
          year = suffix[0];
          end = suffix[1];
        }
      }
      Span last = resolve(b, year, forward, end);
      int firstYearResolved =
          a.year != null ? a.year : a.month > b.month ? last.end.getYear() - 1 : last.end.getYear();
      Span first = resolve(a, firstYearResolved, forward, end);
      if (first.start.isAfter(last.end)) {
        return null;
      }
      return new Span(first.start, last.end, end);
    }

    private Span singleAt(int j, boolean forward, boolean prefixed) {
      if (j >= tokens.size()) {
        return null;
      }
      MonthDate md = monthDateAt(j, prefixed);
      if (md != null) {
        int end = md.end;
        Integer year = md.year;
        if (year == null) {
          int[] suffix = yearSuffixAt(end);
          if (suffix != null) {
            year = suffix[0];
            end = suffix[1];
          }
        }
        return resolve(md, year, forward, end);
      }
      Span s = periodAt(j, prefixed);
      if (s == null) {
        s = relativeDayAt(j, forward);
      }
      if (s == null) {
        s = durationAt(j);
      }
      return s;
    }

    /**
     * A month with an optional part and day, and a year if written: "mid-January", "early
     * November", "March 7", "7 March", "November 2024", "March 7, 2024", "early to mid-October". A
     * bare month whose name is also a common word ("May") needs a word before it.
     */
    private MonthDate monthDateAt(int k, boolean prefixed) {
      int m = k;
      Part part = null;
      PhraseTable.Match<Part> p = parts.match(tokens, m);
      if (p != null) {
        part = p.value();
        m = skipHyphen(p.end());
        if (m < tokens.size() && connectors.contains(tokens.get(m).lower())) {
          PhraseTable.Match<Part> p2 = parts.match(tokens, m + 1);
          if (p2 != null) {
            part = new Part(part.dayFrom, p2.value().dayTo, part.monthFrom, p2.value().monthTo);
            m = skipHyphen(p2.end());
          }
        }
      }
      Integer dayFirst = part == null ? dayNumber(m) : null;
      if (dayFirst != null) {
        m = afterDay(m);
        if (m < tokens.size() && tokens.get(m).isWord("of")) {
          m++;
        }
      }
      Month month = monthAt(m);
      if (month == null) {
        return null;
      }
      m = afterMonth(m);
      int dayFrom = 1;
      int dayTo = 0;
      if (part != null) {
        dayFrom = part.dayFrom;
        dayTo = part.dayTo;
      } else if (dayFirst != null) {
        dayFrom = dayFirst;
        dayTo = dayFirst;
      } else if (dayNumber(m) != null) {
        dayFrom = dayNumber(m);
        dayTo = dayFrom;
        m = afterDay(m);
      }
      Integer year = null;
      int y = m < tokens.size() && tokens.get(m).text().equals(",") ? m + 1 : m;
      if (yearNumber(y) != null) {
        year = yearNumber(y);
        m = y + 1;
      }
      boolean bare = part == null && dayFirst == null && dayTo == 0 && year == null;
      if (bare && !month.alone && !prefixed) {
        return null;
      }
      return new MonthDate(year, month.number, dayFrom, dayTo, m, bare);
    }

    /**
     * "this year" / "of last year" / ", 2011" after a month or a range of days, or null: {year,
     * end}.
     */
    private int[] yearSuffixAt(int k) {
      int y = k < tokens.size() && tokens.get(k).text().equals(",") ? k + 1 : k;
      if (yearNumber(y) != null) {
        return new int[] {yearNumber(y), y + 1};
      }
      int m = k < tokens.size() && tokens.get(k).isWord("of") ? k + 1 : k;
      if (m + 1 < tokens.size()
          && relatives.containsKey(tokens.get(m).lower())
          && units.get(tokens.get(m + 1).lower()) == Unit.YEAR) {
        return new int[] {published.getYear() + relatives.get(tokens.get(m).lower()), m + 2};
      }
      return null;
    }

    /** A date with a month resolved: a missing year is inferred from the article's date. */
    private Span resolve(MonthDate md, Integer year, boolean forward, int end) {
      int y = year != null ? year : published.getYear();
      if (year == null) {
        LocalDate first = LocalDate.of(y, md.month, 1);
        LocalDate from = dayOf(first, md.dayFrom);
        LocalDate to = dayOf(first, md.dayTo);
        if (forward && to.isBefore(published)) {
          y++;
        } else if (!forward && from.isAfter(published)) {
          y--;
        }
      }
      LocalDate first = LocalDate.of(y, md.month, 1);
      return new Span(dayOf(first, md.dayFrom), dayOf(first, md.dayTo), end);
    }

    /**
     * Whole periods: "in 1987", "end-2011", "early 2024", "the 1990s", "fiscal 2012", "this year"
     * (start only, convention 14), "last year", "last month", "this month", "last week", "the end
     * of the year", "the end of the month".
     */
    private Span periodAt(int j, boolean prefixed) {
      int m = j;
      Part part = null;
      PhraseTable.Match<Part> p = parts.match(tokens, m);
      if (p != null) {
        part = p.value();
        m = skipHyphen(p.end());
      }
      PhraseTable.Match<Boolean> fiscal = fiscalWords.match(tokens, m);
      if (fiscal != null && part == null) {
        Integer year = fiscalYear(fiscal.end());
        if (year != null) {
          int end = fiscal.end() + (tokens.get(fiscal.end()).text().equals("'") ? 2 : 1);
          return new Span(LocalDate.of(year - 1, 10, 1), LocalDate.of(year, 9, 30), end);
        }
      }
      // A bare four-digit number is a year only after a word such as "in" or "since", or a part.
      Integer year = prefixed || part != null ? yearNumber(m) : null;
      int end = m + 1;
      boolean thisYear = false;
      if (year == null && m < tokens.size() && tokens.get(m).isWord("the")) {
        Token t = m + 1 < tokens.size() ? tokens.get(m + 1) : null;
        if (t != null
            && t.kind() == Token.Kind.NUMBER
            && t.plainDigits()
            && t.text().length() == 4
            && m + 2 < tokens.size()
            && tokens.get(m + 2).isWord("s")
            && tokens.get(m + 2).glued()) {
          int decade = (int) t.value();
          if (decade % 10 == 0 && part == null) {
            return new Span(LocalDate.of(decade, 1, 1), LocalDate.of(decade + 9, 12, 31), m + 3);
          }
        }
      }
      Unit unit = null;
      int offset = 0;
      if (year == null && m + 1 < tokens.size()) {
        Token first = tokens.get(m);
        Integer rel = relatives.get(first.lower());
        boolean the = first.isWord("the") && part != null;
        String next = tokens.get(m + 1).lower();
        if (rel != null && pluralUnits.contains(next)) {
          return null; // "in the coming weeks": no one period
        }
        if (rel != null && seasons.containsKey(next) && part == null) {
          int[] months = seasons.get(next);
          int y = published.getYear() + rel;
          LocalDate to = LocalDate.of(y, months[1], 1).with(TemporalAdjusters.lastDayOfMonth());
          return new Span(LocalDate.of(y, months[0], 1), to, m + 2);
        }
        if (rel != null && dayparts.contains(next)) {
          LocalDate day = published.plusDays(rel); // "early this morning", "last night"
          return new Span(day, day, m + 2);
        }
        if (rel != null || the) {
          unit = units.get(next);
          offset = rel == null ? 0 : rel;
          end = m + 2;
          if (unit == Unit.YEAR) {
            year = published.getYear() + offset;
            thisYear = rel != null && offset == 0;
          }
        }
      }
      if (year != null) {
        if (part == null) {
          return thisYear
              ? new Span(LocalDate.of(year, 1, 1), null, end)
              : new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), end);
        }
        LocalDate from = LocalDate.of(year, part.monthFrom, 1);
        LocalDate to = LocalDate.of(year, part.monthTo, 1).with(TemporalAdjusters.lastDayOfMonth());
        return new Span(from, to, end);
      }
      if (unit == Unit.MONTH) {
        LocalDate first = published.withDayOfMonth(1).plusMonths(offset);
        if (part != null) {
          return new Span(dayOf(first, part.dayFrom), dayOf(first, part.dayTo), end);
        }
        return new Span(first, first.with(TemporalAdjusters.lastDayOfMonth()), end);
      }
      if (unit == Unit.WEEK && part == null) {
        LocalDate monday =
            published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
        return new Span(monday, monday.plusDays(6), end);
      }
      return null;
    }

    /** "yesterday", "today", "on Sunday", "last Friday", "next Monday". */
    private Span relativeDayAt(int j, boolean forward) {
      Token t = tokens.get(j);
      Integer offset = dayWords.get(t.lower());
      if (offset != null) {
        LocalDate d = published.plusDays(offset);
        return new Span(d, d, j + 1);
      }
      Integer rel = relatives.get(t.lower());
      int k = rel != null ? j + 1 : j;
      Integer weekday = k < tokens.size() ? weekdayAt(k) : null;
      if (weekday == null) {
        return null;
      }
      DayOfWeek day = DayOfWeek.of(weekday);
      LocalDate d;
      if (rel != null && rel < 0) {
        d = published.with(TemporalAdjusters.previous(day));
      } else if (rel != null && rel > 0) {
        d = published.with(TemporalAdjusters.next(day));
      } else if (forward) {
        d = published.with(TemporalAdjusters.nextOrSame(day));
      } else {
        d = published.with(TemporalAdjusters.previousOrSame(day));
      }
      return new Span(d, d, k + 1);
    }

    /** "the past three weeks", "the past 24 hours", "the past year", "four days ago". */
    private Span durationAt(int j) {
      PhraseTable.Match<Boolean> past = pastWords.match(tokens, j);
      int k = past != null ? past.end() : j;
      long count = 1;
      FigureParser.Amount amount = numbers.amountAt(tokens, k);
      if (amount != null) {
        count = amount.value();
        k = amount.end();
      } else if (past == null
          && k < tokens.size()
          && (tokens.get(k).isWord("a") || tokens.get(k).isWord("an"))) {
        k++;
      } else if (past == null) {
        return null;
      }
      Unit unit = k < tokens.size() ? units.get(tokens.get(k).lower()) : null;
      if (unit == null || count > MAX_DURATION) {
        return null;
      }
      LocalDate back = minus(published, unit, count);
      if (past != null) {
        return new Span(back, published, k + 1);
      }
      if (k + 1 < tokens.size() && agoWords.contains(tokens.get(k + 1).lower())) {
        return new Span(back, back, k + 2);
      }
      return null;
    }

    private Integer fiscalYear(int k) {
      if (k >= tokens.size()) {
        return null;
      }
      Integer year = yearNumber(k);
      if (year != null) {
        return year;
      }
      // "FY '12": an apostrophe and two digits.
      if (tokens.get(k).text().equals("'") && k + 1 < tokens.size()) {
        Token t = tokens.get(k + 1);
        if (t.kind() == Token.Kind.NUMBER && t.plainDigits() && t.text().length() == 2) {
          return 2000 + (int) t.value();
        }
      }
      return null;
    }

    private Month monthAt(int k) {
      if (k >= tokens.size()) {
        return null;
      }
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || !Character.isUpperCase(t.text().charAt(0))) {
        return null;
      }
      return months.get(t.lower());
    }

    private int afterMonth(int k) {
      // "Jan. 26" / "Sept. 11": an abbreviation's dot, when a day or year follows.
      if (k + 2 < tokens.size()
          && tokens.get(k + 1).text().equals(".")
          && tokens.get(k + 1).glued()
          && tokens.get(k + 2).kind() == Token.Kind.NUMBER) {
        return k + 2;
      }
      return k + 1;
    }

    private Integer weekdayAt(int k) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.WORD || !Character.isUpperCase(t.text().charAt(0))) {
        return null;
      }
      return weekdays.get(t.lower());
    }

    /** A day of a month written in digits (1-31), optionally "7th". */
    private Integer dayNumber(int k) {
      if (k >= tokens.size()) {
        return null;
      }
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.NUMBER || !t.plainDigits() || t.text().length() > 2) {
        return null;
      }
      int day = (int) t.value();
      return day >= 1 && day <= 31 ? day : null;
    }

    private int afterDay(int k) {
      if (k + 1 < tokens.size()
          && tokens.get(k + 1).glued()
          && ordinalSuffixes.contains(tokens.get(k + 1).lower())) {
        return k + 2;
      }
      return k + 1;
    }

    private Integer yearNumber(int k) {
      if (k >= tokens.size()) {
        return null;
      }
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.NUMBER
          || !t.plainDigits()
          || t.text().length() != 4
          || t.value() < 1800
          || t.value() > 2100
          || (k + 1 < tokens.size()
              && tokens.get(k + 1).glued()
              && tokens.get(k + 1).kind() == Token.Kind.WORD)) {
        return null;
      }
      return (int) t.value();
    }

    private int skipHyphen(int k) {
      return k < tokens.size() && tokens.get(k).text().equals("-") ? k + 1 : k;
    }
  }

  private static LocalDate dayOf(LocalDate firstOfMonth, int day) {
    int last = firstOfMonth.lengthOfMonth();
    return firstOfMonth.withDayOfMonth(day == 0 ? last : Math.min(day, last));
  }

  private static LocalDate minus(LocalDate date, Unit unit, long count) {
    return switch (unit) {
      case DAY -> date.minusDays(count);
      case WEEK -> date.minusWeeks(count);
      case FORTNIGHT -> date.minusWeeks(2 * count);
      case MONTH -> date.minusMonths(count);
      case YEAR -> date.minusYears(count);
      case HOUR -> date.minusDays((count + 23) / 24);
    };
  }

  private static TimeResolver load() {
    PhraseTable<Role> prefixes = new PhraseTable<>();
    PhraseTable<Set<String>> openers = new PhraseTable<>();
    Set<String> connectors = new HashSet<>();
    Map<String, Integer> relatives = new HashMap<>();
    Map<String, Integer> dayWords = new HashMap<>();
    Map<String, Unit> units = new HashMap<>();
    Set<String> pluralUnits = new HashSet<>();
    Map<String, int[]> seasons = new HashMap<>();
    Set<String> dayparts = new HashSet<>();
    Map<String, Boolean> sides = new HashMap<>();
    PhraseTable<Part> parts = new PhraseTable<>();
    PhraseTable<Boolean> pastWords = new PhraseTable<>();
    Set<String> agoWords = new HashSet<>();
    PhraseTable<Boolean> fiscalWords = new PhraseTable<>();
    for (String[] row : TsvResource.rows("en/time-words.tsv", "phrase", "kind", "value")) {
      String phrase = row[0];
      String value = row[2];
      switch (row[1]) {
        case "prefix" ->
            prefixes.add(phrase, Role.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
        case "opener" -> openers.add(phrase, Set.copyOf(Arrays.asList(value.split("\\|"))));
        case "connector" -> connectors.add(value);
        case "relative" -> relatives.put(phrase, Integer.parseInt(value));
        case "day" -> dayWords.put(phrase, Integer.parseInt(value));
        case "unit" -> units.put(phrase, Unit.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
        case "units" -> {
          units.put(phrase, Unit.valueOf(value.toUpperCase(java.util.Locale.ROOT)));
          pluralUnits.add(phrase);
        }
        case "season" ->
            seasons.put(
                phrase, Arrays.stream(value.split("-")).mapToInt(Integer::parseInt).toArray());
        case "daypart" -> dayparts.add(phrase);
        case "side" -> sides.put(phrase, value.equals("before"));
        case "part" -> parts.add(phrase, part(value));
        case "past" -> pastWords.add(phrase, Boolean.TRUE);
        case "ago" -> agoWords.add(phrase);
        case "fiscal" -> fiscalWords.add(phrase, Boolean.TRUE);
        default ->
            throw new IllegalStateException(
                "time-words.tsv: unknown kind " + row[1] + " for " + phrase);
      }
    }
    Map<String, Month> months = new HashMap<>();
    for (String[] row : TsvResource.rows("en/months.tsv", "name", "month", "alone")) {
      months.put(row[0], new Month(Integer.parseInt(row[1]), row[2].equals("yes")));
    }
    Map<String, Integer> weekdays = new HashMap<>();
    for (String[] row : TsvResource.rows("en/weekdays.tsv", "name", "day")) {
      weekdays.put(row[0], Integer.parseInt(row[1]));
    }
    // The suffixes of ordinals written in digits ("7th") are the figure parser's, in units.tsv.
    Set<String> ordinalSuffixes = new HashSet<>();
    for (String[] row : TsvResource.rows("en/units.tsv", "phrase", "flag", "position", "applies")) {
      if (row[1].equals("ORDINAL") && row[2].equals("attached")) {
        ordinalSuffixes.add(row[0]);
      }
    }
    return new TimeResolver(
        prefixes,
        openers,
        Set.copyOf(connectors),
        Map.copyOf(relatives),
        Map.copyOf(dayWords),
        Map.copyOf(units),
        Set.copyOf(pluralUnits),
        Map.copyOf(seasons),
        Set.copyOf(dayparts),
        Map.copyOf(sides),
        parts,
        pastWords,
        Set.copyOf(agoWords),
        fiscalWords,
        Map.copyOf(months),
        Map.copyOf(weekdays),
        Set.copyOf(ordinalSuffixes),
        FigureParser.defaults());
  }

  /** "1-10/1-4": days 1-10 of a month, months 1-4 of a year; "L" is the month's last day. */
  private static Part part(String value) {
    String[] halves = value.split("/");
    String[] days = halves[0].split("-");
    String[] monthRange = halves[1].split("-");
    return new Part(
        day(days[0]),
        day(days[1]),
        Integer.parseInt(monthRange[0]),
        Integer.parseInt(monthRange[1]));
  }

  private static int day(String s) {
    return s.equals("L") ? 0 : Integer.parseInt(s);
  }
}
