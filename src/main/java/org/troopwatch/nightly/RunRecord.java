package org.troopwatch.nightly;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.troopwatch.ingest.IngestResult;

/**
 * One row of the {@code _runs} table (columns in {@code Tables.RUNS}): what one day of a nightly
 * run read, counted and took. Built up as the stages finish, then turned into a row.
 */
public final class RunRecord {

  /** The run finished every stage. */
  public static final String SUCCEEDED = "succeeded";

  /** A stage threw; {@code error} says what. */
  public static final String FAILED = "failed";

  /** The inputs held no file for the day: no stage ran. */
  public static final String NO_INPUT = "no-input";

  final String runId;
  final String batchId;
  final LocalDate runDate;
  final Instant started;
  LocalDate datesFrom;
  LocalDate datesTo;
  List<String> inputs = List.of();
  Instant watermark;
  IngestResult ingest;
  long claims;
  long figures;
  long revisions;
  double ingestSeconds;
  double tagSeconds;
  double combineSeconds;
  double flagSeconds;
  String status = FAILED;
  String error;
  String sparkAppId;
  String host;

  RunRecord(String runId, String batchId, LocalDate runDate, Instant started) {
    this.runId = runId;
    this.batchId = batchId;
    this.runDate = runDate;
    this.started = started;
  }

  /** The row, in the column order of {@code Tables.RUNS}, finished at {@code finished}. */
  Row toRow(Instant finished) {
    IngestResult counts = ingest == null ? new IngestResult(0, 0, 0, 0, 0, 0, 0, 0) : ingest;
    return RowFactory.create(
        runId,
        batchId,
        date(runDate),
        date(datesFrom),
        date(datesTo),
        List.copyOf(inputs),
        watermark == null ? null : Timestamp.from(watermark),
        counts.recordsRead(),
        counts.articles(),
        counts.rejects(),
        counts.duplicates(),
        counts.outsideDates(),
        claims,
        figures,
        revisions,
        ingestSeconds,
        tagSeconds,
        combineSeconds,
        flagSeconds,
        status,
        error,
        sparkAppId,
        host,
        Timestamp.from(started),
        Timestamp.from(finished));
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
