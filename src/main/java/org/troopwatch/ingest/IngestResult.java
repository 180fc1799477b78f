package org.troopwatch.ingest;

/**
 * The counts of one ingest run. {@code recordsRead = articles + rejects + duplicates +
 * outsideDates} always holds: {@code articles} are new article rows, {@code duplicates} are records
 * that repeat an article already read (same doc_id and content), {@code outsideDates} are records
 * left out by --date/--from/--to. {@code copies} counts the new articles that are copies of an
 * earlier story (their duplicate_of is set) and {@code stories} the distinct stories among them.
 */
public record IngestResult(
    long recordsRead,
    long articles,
    long rejects,
    long duplicates,
    long outsideDates,
    long copies,
    long stories,
    long seconds) {

  /** Whether the counts add up. */
  public boolean reconciles() {
    return recordsRead == articles + rejects + duplicates + outsideDates;
  }

  /** The line printed at the end of a run. */
  public String reconciliationLine() {
    return String.format(
        "ingest: records read %d = articles %d + rejects %d + duplicates %d + outside dates %d"
            + " (%s); of the new articles %d are copies of an earlier story, %d stories; %d s",
        recordsRead,
        articles,
        rejects,
        duplicates,
        outsideDates,
        reconciles() ? "reconciled" : "NOT RECONCILED",
        copies,
        stories,
        seconds);
  }

  /** The counts as one JSON object, for the run manifest. */
  public String toJson() {
    return String.format(
        "{\"records_read\":%d,\"articles\":%d,\"rejects\":%d,\"duplicates\":%d,"
            + "\"outside_dates\":%d,\"copies\":%d,\"stories\":%d,\"seconds\":%d}",
        recordsRead, articles, rejects, duplicates, outsideDates, copies, stories, seconds);
  }
}
