package org.troopwatch.ingest;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.troopwatch.common.DateRange;

/**
 * Turns one {@link SourceRecord} into a checked record: an article (normalised, with doc_id,
 * language, content hash and MinHash signature), a reject with its reason, or a record outside the
 * dates asked for. Pure Java on one record.
 */
public final class ArticleChecker implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Outcome of a record that became an article. */
  public static final String ARTICLE = "article";

  /** Outcome of a rejected record. */
  public static final String REJECT = "reject";

  /** Outcome of a record published outside the dates asked for. */
  public static final String OUTSIDE = "outside";

  /** Schema of a checked record row. */
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            field("outcome", StringType),
            field("reason", StringType),
            field("detail", StringType),
            field("source_file", StringType),
            field("line_number", LongType),
            field("byte_offset", LongType),
            field("payload", StringType),
            field("doc_id", StringType),
            field("url", StringType),
            field("outlet", StringType),
            field("published", DateType),
            field("published_ts", TimestampType),
            field("title", StringType),
            field("text", StringType),
            field("language", StringType),
            field("content_hash", StringType),
            field("canonical_url", StringType),
            field("signature", BinaryType)
          });

  private final LocalDate today;
  // DateRange's bounds, kept apart because DateRange is not serializable.
  private final LocalDate from;
  private final LocalDate to;
  private final int textCap;
  private final MinHasher hasher;

  /**
   * A checker as of {@code today} (later dates are impossible), taking only {@code dates},
   * rejecting texts longer than {@code textCap} characters, and signing each article's text with
   * {@code hasher}.
   */
  public ArticleChecker(LocalDate today, DateRange dates, int textCap, MinHasher hasher) {
    this.today = today;
    this.from = dates.from();
    this.to = dates.to();
    this.textCap = textCap;
    this.hasher = hasher;
  }

  /** The checked record as a row of {@link #SCHEMA}. */
  public Row check(SourceRecord record) {
    if (record.errorReason() != null) {
      return reject(record, record.errorReason(), record.errorDetail(), record.docId());
    }
    if (record.text() != null && record.text().length() > textCap) {
      return reject(
          record,
          RejectReason.TEXT_TOO_LONG.code(),
          "text of " + record.text().length() + " characters is over the cap of " + textCap,
          record.docId());
    }
    String text = TextCleaner.clean(record.text());
    if (text == null || text.isEmpty()) {
      return reject(record, RejectReason.MISSING_TEXT.code(), "no text", record.docId());
    }
    PublishedDates.Parsed published = PublishedDates.parse(record.published(), today);
    if (published.error() != null) {
      return reject(record, published.error().code(), published.detail(), record.docId());
    }
    String url = blankToNull(record.url());
    String canonicalUrl = Urls.canonical(url);
    String title = blankToNull(TextCleaner.clean(record.title()));
    String outlet = blankToNull(TextCleaner.clean(record.outlet()));
    if (outlet == null) {
      outlet = Urls.outlet(url);
    }
    String docId = docId(record.docId(), canonicalUrl, outlet, title, text);
    String outcome = new DateRange(from, to).contains(published.date()) ? ARTICLE : OUTSIDE;
    // The content hash and the signature take the same words: found once, and for ASCII text
    // (news wire copy nearly always is) in one pass with their lower-casing and hashing.
    AsciiWords asciiWords = AsciiWords.of(text);
    return RowFactory.create(
        outcome,
        null,
        null,
        record.sourceFile(),
        record.lineNumber(),
        record.byteOffset(),
        null,
        docId,
        url,
        outlet,
        dateOf(published.date()),
        published.timestamp() == null ? null : Timestamp.from(published.timestamp()),
        title,
        text,
        LanguageDetector.detect(text, asciiWords != null),
        asciiWords != null ? contentHash(asciiWords) : contentHash(text),
        canonicalUrl,
        // Signed here, where the cleaned text is at hand, so that grouping stories never reads
        // the texts again.
        MinHasher.toBytes(
            asciiWords != null ? hasher.signature(asciiWords) : hasher.signature(text)));
  }

  // java.sql.Date.valueOf goes through the JVM's calendar and time zone for every row (measured
  // 4% of ingest's samples); a run's articles fall on a few thousand days, each made once here.
  // A Date is mutable, but the row's converter only reads it.
  private transient Map<LocalDate, Date> days;

  private Date dateOf(LocalDate day) {
    if (days == null || days.size() > MAX_DAYS) {
      days = new ConcurrentHashMap<>();
    }
    return days.computeIfAbsent(day, Date::valueOf);
  }

  private static final int MAX_DAYS = 100_000;

  /** The given id, else "url:" and a hash of the canonical URL, else a hash of the content. */
  static String docId(String given, String canonicalUrl, String outlet, String title, String text) {
    String id = blankToNull(given);
    if (id != null) {
      return id.strip();
    }
    if (canonicalUrl != null) {
      return "url:" + sha256(canonicalUrl).substring(0, 24);
    }
    return "text:" + sha256(outlet + "\u0001" + title + "\u0001" + text).substring(0, 24);
  }

  /**
   * A hash of the text's words in lower case, so that copies differing only in spacing, punctuation
   * or case hash alike.
   */
  public static String contentHash(String text) {
    AsciiWords ascii = AsciiWords.of(text);
    if (ascii != null) {
      return contentHash(ascii);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int[] bounds = Words.bounds(lower);
    StringBuilder words = new StringBuilder(lower.length());
    for (int i = 0; i < bounds.length; i += 2) {
      if (i > 0) {
        words.append(' ');
      }
      words.append(lower, bounds[i], bounds[i + 1]);
    }
    return sha256(words.toString()).substring(0, 32);
  }

  // contentHash of an ASCII text: its UTF-8 bytes are its chars, so its words lower-cased and
  // joined are digested as they are, with no lower-cased copy, builder or encoding pass.
  private static String contentHash(AsciiWords words) {
    MessageDigest digest = sha256();
    digest.update(words.joined, 0, words.size);
    return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
  }

  // One digest per thread, reused: looking the algorithm up cost 0.2 us per text, a tenth of
  // hashing a typical article.
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
          });

  private static MessageDigest sha256() {
    MessageDigest digest = SHA_256.get();
    digest.reset();
    return digest;
  }

  private Row reject(SourceRecord record, String reason, String detail, String docId) {
    String payload = record.payload();
    return RowFactory.create(
        REJECT,
        reason,
        detail,
        record.sourceFile(),
        record.lineNumber(),
        record.byteOffset(),
        SourceRecord.truncate(payload),
        blankToNull(docId),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static String sha256(String value) {
    return HexFormat.of().formatHex(sha256().digest(value.getBytes(StandardCharsets.UTF_8)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }
}
