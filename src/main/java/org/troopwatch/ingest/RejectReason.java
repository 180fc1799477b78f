package org.troopwatch.ingest;

import java.util.Locale;

/** Why an input record did not become an article; the lower-case name is stored in rejects. */
public enum RejectReason {
  /** A JSON Lines line that is not a JSON object. */
  NOT_JSON,
  /** A CSV/TSV row whose field count differs from the header's. */
  MALFORMED_ROW,
  /** A raw line longer than the line cap (read only up to the cap). */
  LINE_TOO_LONG,
  /** A JSON field of the wrong type: an object, array or boolean where a string belongs. */
  WRONG_TYPE,
  /** A record with no text, or text that is blank after cleaning. */
  MISSING_TEXT,
  /** A record with no publication date. */
  MISSING_DATE,
  /** A publication date in no format we read. */
  BAD_DATE,
  /** A date that cannot exist (Feb 30) or lies before 1900 or in the future. */
  IMPOSSIBLE_DATE,
  /** A text longer than the text cap. */
  TEXT_TOO_LONG,
  /** A doc_id already taken by a record with different content. */
  DUPLICATE_ID_CONFLICT,
  /** A file that cannot be opened or decompressed (from the byte offset where reading failed). */
  UNREADABLE_FILE,
  /**
   * A WARC record that does not end where its Content-Length says (a lying length, or damage);
   * reading resumes at the next record.
   */
  BAD_WARC_RECORD,
  /** A WARC response that is not an HTML page with status 200. */
  NOT_AN_ARTICLE;

  /** The name stored in the rejects table. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
