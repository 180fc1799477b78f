package org.troopwatch.tag.lang.ko;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.troopwatch.tag.figure.TsvResource;
import org.troopwatch.tag.lang.TimeReader;
import org.troopwatch.tag.time.TimeSpan;

/**
 * Finds Korean time expressions and resolves them against the article's date as the English
 * TimeResolver does: "30일" (a day of the article's month, or the one before), "지난달", "이달", "작년",
 * "올해" (start only, gold dev convention 14), "1~3월", "지난해 10월", "10월 말", "8일에서 13일", "12월까지" (end
 * only, looking forward). A month or day without a year is the latest one on or before the
 * article's date, unless it looks forward ("오는", "까지") or the caller asks for planned figures.
 *
 * <p>Words come from {@code lang/ko/time-words.tsv}; one left-to-right pass over the characters.
 */
public final class KoreanTime implements TimeReader {

  private static final long serialVersionUID = 1L;

  enum Role {
    BOTH,
    START,
    END
  }

  /** Days of a month (0 = last) and months of a year; role start for "초" of a year. */
  private record Part(int dayFrom, int dayTo, int monthFrom, int monthTo, Role yearRole) {}

  private record Entry(String phrase, String kind, String value) {}

  /** A period named from the article's date: unit day/week/month/year, offset, part, role. */
  private record Relative(String unit, int offset, Part part, Role role) {}

  /**
   * A date as written, before resolution: any of year, months (from-to), days (from-to), or a
   * relative period; end is the offset after it.
   */
  private record Written(
      Integer year,
      Integer month,
      Integer monthTo,
      Integer day,
      Integer dayTo,
      Part part,
      Relative relative,
      int end) {}

  private record Span(LocalDate start, LocalDate end) {}

  private static final class Holder {
    static final List<Entry> ENTRIES = load();
    static final java.util.Map<String, List<Entry>> BY_KIND =
        ENTRIES.stream().collect(java.util.stream.Collectors.groupingBy(Entry::kind));
    static final java.util.Set<Character> STARTS =
        ENTRIES.stream()
            .filter(e -> e.kind().equals("prefix") || e.kind().equals("relative"))
            .map(e -> e.phrase().charAt(0))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  @Override
  public List<TimeSpan> find(String sentence, LocalDate published) {
    return find(sentence, published, false);
  }

  /** As {@link #find(String, LocalDate)}; with {@code future} a bare month looks forward. */
  public List<TimeSpan> find(String sentence, LocalDate published, boolean future) {
    List<TimeSpan> found = new ArrayList<>();
    int i = 0;
    while (i < sentence.length()) {
      TimeSpan t = null;
      char c = sentence.charAt(i);
      boolean mayStart = Character.isDigit(c) || Holder.STARTS.contains(c);
      if (mayStart && (i == 0 || !Character.isDigit(sentence.charAt(i - 1)))) {
        try {
          t = expressionAt(sentence, i, published, future);
        } catch (java.time.DateTimeException e) {
          t = null;
        }
      }
      if (t == null) {
        i++;
      } else {
        found.add(t);
        i = t.charEnd();
      }
    }
    return found;
  }

  private TimeSpan expressionAt(String s, int i, LocalDate published, boolean future) {
    int k = i;
    boolean forward = future;
    Entry prefix = entryAt(s, i, "prefix");
    if (prefix != null
        && k + prefix.phrase().length() < s.length()
        && s.charAt(k + prefix.phrase().length()) == ' ') {
      forward = prefix.value().equals("future") || (future && !prefix.value().equals("past"));
      k += prefix.phrase().length() + 1;
    }
    Written a = writtenAt(s, k, published);
    if (a == null) {
      return null;
    }
    int end = a.end();
    Written b = null;
    for (Entry c : entriesOf("connector")) {
      int at = skipSpace(s, end);
      if (s.startsWith(c.phrase(), at)) {
        b = writtenAt(s, skipSpace(s, at + c.phrase().length()), published);
        if (b != null) {
          break;
        }
      }
    }
    Role role = Role.BOTH;
    int after = b != null ? b.end() : end;
    Entry suffix = entryAt(s, after, "suffix");
    if (suffix != null) {
      role = Role.valueOf(suffix.value().toUpperCase(Locale.ROOT));
      after += suffix.phrase().length();
      if (role == Role.END && b == null) {
        forward = true; // "12월까지": by December
      }
    }
    Span first = resolve(a, published, forward);
    if (first == null) {
      return null;
    }
    LocalDate start = first.start();
    LocalDate stop = first.end();
    if (b != null) {
      Written second = b;
      if (second.month() == null
          && second.year() == null
          && a.month() != null
          && second.relative() == null) {
        // "10월 8일에서 13일": the second day takes the first one's month.
        second =
            new Written(a.year(), a.month(), null, b.day(), b.dayTo(), b.part(), null, b.end());
      }
      Span last = resolve(second, published, forward);
      if (last != null && last.end() != null && start != null && !last.end().isBefore(start)) {
        stop = last.end();
      }
      role = role == Role.END ? Role.BOTH : role; // "10월부터 12월까지" is the whole range
    }
    if (role == Role.START) {
      stop = null;
    } else if (role == Role.END) {
      start = null;
    }
    return new TimeSpan(start, stop, i, after, s.substring(i, after));
  }

  /** A date as written at {@code k}: a relative word, or year / month / day numbers. */
  private Written writtenAt(String s, int k, LocalDate published) {
    Entry rel = entryAt(s, k, "relative");
    if (rel != null) {
      Relative r = relative(rel.value());
      int end = k + rel.phrase().length();
      int next = skipSpace(s, end);
      if (r.unit().equals("year") && r.part() == null || rel.phrase().equals("올")) {
        Written md = calendarAt(s, next, published.getYear() + r.offset());
        if (md != null) {
          return md; // "지난해 10월", "올 3월"
        }
      }
      if (rel.phrase().length() == 1) {
        return null; // "올" alone is no date
      }
      Entry part = entryAt(s, next, "part");
      if (part != null && r.unit().equals("year") && r.part() == null) {
        return new Written(
            published.getYear() + r.offset(),
            null,
            null,
            null,
            null,
            part(part.value()),
            null,
            next + part.phrase().length());
      }
      return new Written(null, null, null, null, null, null, r, end);
    }
    return calendarAt(s, k, null);
  }

  /** "2024년 10월 30일", "10월 말", "1~3월", "8~13일", "30일"; year given by a relative word. */
  private Written calendarAt(String s, int k, Integer year) {
    int j = k;
    int[] y = numberWith(s, j, unit("year"), 4);
    boolean any = false;
    if (y != null && y[0] >= 1800 && y[0] <= 2100) {
      year = y[0];
      j = y[2];
      any = true;
    }
    Integer month = null;
    Integer monthTo = null;
    int[] m = numberWith(s, any ? skipSpace(s, j) : j, unit("month"), 2);
    if (m != null && m[0] >= 1 && m[0] <= 12 && m[1] <= 12 && m[1] >= m[0]) {
      month = m[0];
      monthTo = m[1] != m[0] ? m[1] : null;
      j = m[2];
      any = true;
    }
    Integer day = null;
    Integer dayTo = null;
    int[] d = numberWith(s, any ? skipSpace(s, j) : j, unit("day"), 2);
    if (d != null
        && d[0] >= 1
        && d[1] <= 31
        && d[1] >= d[0]
        && monthTo == null
        && entryAt(s, d[2], "duration") == null) {
      day = d[0];
      dayTo = d[1] != d[0] ? d[1] : null;
      j = d[2];
      any = true;
    }
    if (!any) {
      return null;
    }
    Part part = null;
    Entry p = day == null ? entryAt(s, skipSpace(s, j), "part") : null;
    if (p != null) {
      part = part(p.value());
      j = skipSpace(s, j) + p.phrase().length();
    }
    return new Written(year, month, monthTo, day, dayTo, part, null, j);
  }

  private static Span resolve(Written w, LocalDate published, boolean forward) {
    if (w.relative() != null) {
      return relative(w.relative(), published);
    }
    if (w.month() == null && w.day() == null) {
      Part p = w.part();
      if (p == null) {
        return new Span(LocalDate.of(w.year(), 1, 1), LocalDate.of(w.year(), 12, 31));
      }
      LocalDate from = LocalDate.of(w.year(), p.monthFrom(), 1);
      LocalDate to =
          LocalDate.of(w.year(), p.monthTo(), 1).with(TemporalAdjusters.lastDayOfMonth());
      return p.yearRole() == Role.START ? new Span(from, null) : new Span(from, to);
    }
    if (w.month() == null) {
      // "30일": a day of the article's month, else of the month before (after, looking forward).
      LocalDate first = published.withDayOfMonth(1);
      if (!forward && w.day() > published.getDayOfMonth()) {
        first = first.minusMonths(1);
      } else if (forward && (w.dayTo() != null ? w.dayTo() : w.day()) < published.getDayOfMonth()) {
        first = first.plusMonths(1);
      }
      return new Span(dayOf(first, w.day()), dayOf(first, w.dayTo() != null ? w.dayTo() : w.day()));
    }
    int monthTo = w.monthTo() != null ? w.monthTo() : w.month();
    int dayFrom = w.day() != null ? w.day() : w.part() != null ? w.part().dayFrom() : 1;
    int dayTo =
        w.day() != null
            ? (w.dayTo() != null ? w.dayTo() : w.day())
            : w.part() != null ? w.part().dayTo() : 0;
    int year = w.year() != null ? w.year() : published.getYear();
    if (w.year() == null) {
      LocalDate from = dayOf(LocalDate.of(year, w.month(), 1), dayFrom);
      LocalDate to = dayOf(LocalDate.of(year, monthTo, 1), dayTo);
      if (forward && to.isBefore(published)) {
        year++;
      } else if (!forward && from.isAfter(published)) {
        year--;
      }
    }
    return new Span(
        dayOf(LocalDate.of(year, w.month(), 1), dayFrom),
        dayOf(LocalDate.of(year, monthTo, 1), dayTo));
  }

  private static Span relative(Relative r, LocalDate published) {
    Span s =
        switch (r.unit()) {
          case "day" -> new Span(published.plusDays(r.offset()), published.plusDays(r.offset()));
          case "week" -> {
            LocalDate monday =
                published
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .plusWeeks(r.offset());
            yield new Span(monday, monday.plusDays(6));
          }
          case "month" -> {
            LocalDate first = published.withDayOfMonth(1).plusMonths(r.offset());
            yield new Span(first, first.with(TemporalAdjusters.lastDayOfMonth()));
          }
          default -> {
            int y = published.getYear() + r.offset();
            Part p = r.part();
            if (p == null) {
              yield new Span(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            LocalDate first = LocalDate.of(y, p.monthFrom(), 1);
            LocalDate last = LocalDate.of(y, p.monthTo(), 1);
            yield new Span(dayOf(first, p.dayFrom()), dayOf(last, p.dayTo()));
          }
        };
    return switch (r.role()) {
      case START -> new Span(s.start(), null);
      case END -> new Span(null, s.end());
      case BOTH -> s;
    };
  }

  /** Digits (and "~" digits) glued to {@code unit}: {from, to, end}; or null. */
  private static int[] numberWith(String s, int k, String unit, int maxDigits) {
    int[] a = digits(s, k, maxDigits);
    if (a == null) {
      return null;
    }
    int from = a[0];
    int to = from;
    int j = a[1];
    Entry join = j < s.length() ? entryAt(s, j, "connector") : null;
    if (join != null && join.phrase().length() == 1) {
      int[] b = digits(s, j + 1, maxDigits);
      if (b != null && s.startsWith(unit, b[1])) {
        to = b[0];
        j = b[1];
      }
    }
    return s.startsWith(unit, j) ? new int[] {from, to, j + unit.length()} : null;
  }

  private static int[] digits(String s, int k, int maxDigits) {
    int j = k;
    while (j < s.length() && Character.isDigit(s.charAt(j)) && j - k < maxDigits) {
      j++;
    }
    if (j == k || (j < s.length() && Character.isDigit(s.charAt(j)))) {
      return null;
    }
    return new int[] {Integer.parseInt(s.substring(k, j)), j};
  }

  /** The counter of a date unit ("년" for year), from the data's unit rows. */
  private static String unit(String value) {
    for (Entry e : entriesOf("unit")) {
      if (e.value().equals(value)) {
        return e.phrase();
      }
    }
    throw new IllegalStateException("ko/time-words.tsv: no unit row for " + value);
  }

  private static Entry entryAt(String s, int k, String kind) {
    for (Entry e : entriesOf(kind)) {
      if (s.startsWith(e.phrase(), k)) {
        return e;
      }
    }
    return null;
  }

  private static List<Entry> entriesOf(String kind) {
    return Holder.BY_KIND.getOrDefault(kind, List.of());
  }

  private static Relative relative(String value) {
    String[] f = value.split(":");
    Part part = f.length > 2 ? part(f[2]) : null;
    Role role = f.length > 3 ? Role.valueOf(f[3].toUpperCase(Locale.ROOT)) : Role.BOTH;
    return new Relative(f[0], Integer.parseInt(f[1]), part, role);
  }

  /** "1-10/1-4[:start]": days of a month ("L" = last), months of a year, a year's role. */
  private static Part part(String value) {
    String[] roleSplit = value.split(":");
    String[] halves = roleSplit[0].split("/");
    String[] d = halves[0].split("-");
    String[] m = halves[1].split("-");
    Role role =
        roleSplit.length > 1 ? Role.valueOf(roleSplit[1].toUpperCase(Locale.ROOT)) : Role.BOTH;
    return new Part(day(d[0]), day(d[1]), Integer.parseInt(m[0]), Integer.parseInt(m[1]), role);
  }

  private static int day(String s) {
    return s.equals("L") ? 0 : Integer.parseInt(s);
  }

  private static LocalDate dayOf(LocalDate firstOfMonth, int day) {
    int last = firstOfMonth.lengthOfMonth();
    return firstOfMonth.withDayOfMonth(day == 0 ? last : Math.min(day, last));
  }

  private static int skipSpace(String s, int i) {
    return i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
  }

  private static List<Entry> load() {
    List<Entry> entries = new ArrayList<>();
    for (String[] row : TsvResource.rows("ko/time-words.tsv", "phrase", "kind", "value")) {
      switch (row[1]) {
        case "prefix", "suffix", "connector", "unit", "duration" -> {}
        case "relative" -> relative(row[2]);
        case "part" -> part(row[2]);
        default -> throw new IllegalStateException("ko/time-words.tsv: kind " + row[1]);
      }
      entries.add(new Entry(row[0], row[1], row[2]));
    }
    entries.sort(Comparator.comparingInt((Entry e) -> -e.phrase().length()));
    return List.copyOf(entries);
  }
}
