package org.troopwatch.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses the publication dates real feeds carry: ISO 8601 dates and timestamps, RFC 822/1123, "Feb
 * 27, 2025", "27 February 2025", epoch seconds or milliseconds. The date is the publisher's local
 * date as written (the dateline), the timestamp the instant when a time is given (UTC when the text
 * names no zone).
 */
public final class PublishedDates {

  private PublishedDates() {}

  /** A parsed date: {@code date} and maybe {@code timestamp}, or the reason it was rejected. */
  public record Parsed(LocalDate date, Instant timestamp, RejectReason error, String detail) {
    static Parsed ok(LocalDate date, Instant timestamp) {
      return new Parsed(date, timestamp, null, null);
    }

    static Parsed error(RejectReason reason, String detail) {
      return new Parsed(null, null, reason, detail);
    }
  }

  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final Pattern DIGITS = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
  private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          english("[EEE, ]d MMM yyyy HH:mm[:ss] zzz"),
          english("[EEE, ]d MMM yyyy HH:mm[:ss] Z"),
          english("EEE MMM d HH:mm:ss zzz yyyy"));

  private static final List<DateTimeFormatter> LOCAL_DATES =
      List.of(
          english("MMM d, yyyy"),
          english("MMMM d, yyyy"),
          english("MMM. d, yyyy"),
          english("d MMM yyyy"),
          english("d MMMM yyyy"),
          english("[EEE, ]d MMM yyyy"),
          english("[EEEE, ]MMMM d, yyyy"),
          english("yyyy/MM/dd"),
          english("yyyyMMdd"));

  private static final DateTimeFormatter LOCAL_DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** Parses {@code raw} as of {@code today}: dates more than a day after it are impossible. */
  public static Parsed parse(String raw, LocalDate today) {
    if (raw == null || raw.isBlank()) {
      return Parsed.error(RejectReason.MISSING_DATE, "no publication date");
    }
    String value = raw.strip();
    Parsed parsed = parseValue(value);
    if (parsed.error() != null) {
      return parsed;
    }
    if (parsed.date().isBefore(EARLIEST) || parsed.date().isAfter(today.plusDays(1))) {
      return Parsed.error(
          RejectReason.IMPOSSIBLE_DATE,
          "date " + parsed.date() + " from '" + value + "' is before 1900 or after " + today);
    }
    return parsed;
  }

  private static Parsed parseValue(String value) {
    if (DIGITS.matcher(value).matches()) {
      return fromNumber(value);
    }
    if (ISO_SHAPE.matcher(value).matches()) {
      return fromIso(value);
    }
    for (DateTimeFormatter format : ZONED) {
      try {
        ZonedDateTime zoned = ZonedDateTime.parse(value, format);
        return Parsed.ok(zoned.toLocalDate(), zoned.toInstant());
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    for (DateTimeFormatter format : LOCAL_DATES) {
      try {
        return Parsed.ok(LocalDate.parse(value, format), null);
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return Parsed.error(RejectReason.BAD_DATE, "unreadable date '" + value + "'");
  }

  // 8 digits read as yyyyMMdd; up to 11 digits epoch seconds; more, epoch milliseconds.
  private static Parsed fromNumber(String value) {
    String digits = value.contains(".") ? value.substring(0, value.indexOf('.')) : value;
    try {
      if (digits.length() == 8 && !digits.startsWith("-")) {
        return Parsed.ok(LocalDate.parse(digits, english("yyyyMMdd")), null);
      }
      long number = Long.parseLong(digits);
      Instant instant =
          digits.length() <= 11 ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
      return Parsed.ok(instant.atOffset(ZoneOffset.UTC).toLocalDate(), instant);
    } catch (DateTimeException | NumberFormatException e) {
      return Parsed.error(RejectReason.IMPOSSIBLE_DATE, "no such date '" + value + "'");
    }
  }

  // The ISO shape: a date that does not exist (2025-02-30) is impossible, not unreadable.
  private static Parsed fromIso(String value) {
    try {
      return Parsed.ok(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE), null);
    } catch (DateTimeParseException ignored) {
      // not a plain date
    }
    try {
      OffsetDateTime offset = OffsetDateTime.parse(value.replace(' ', 'T'));
      return Parsed.ok(offset.toLocalDate(), offset.toInstant());
    } catch (DateTimeParseException ignored) {
      // no offset
    }
    try {
      LocalDateTime local = LocalDateTime.parse(value, LOCAL_DATE_TIME);
      return Parsed.ok(local.toLocalDate(), local.toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // not a timestamp either
    }
    try {
      LocalDate.parse(value.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE);
      return Parsed.error(RejectReason.BAD_DATE, "unreadable date '" + value + "'");
    } catch (DateTimeParseException e) {
      return Parsed.error(RejectReason.IMPOSSIBLE_DATE, "no such date '" + value + "'");
    }
  }

  private static DateTimeFormatter english(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.SMART);
  }
}
