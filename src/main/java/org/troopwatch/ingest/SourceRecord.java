package org.troopwatch.ingest;

import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One record as a reader found it, before any checking: where it came from, its raw payload, the
 * article fields as strings, or the reason the reader could not read it.
 */
public record SourceRecord(
    String sourceFile,
    Long lineNumber,
    Long byteOffset,
    String payload,
    String docId,
    String url,
    String outlet,
    String published,
    String title,
    String text,
    String errorReason,
    String errorDetail)
    implements Serializable {

  /** The Spark schema of a source record row, fields in record order. */
  public static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            field("source_file", StringType),
            new StructField("line_number", LongType, true, Metadata.empty()),
            new StructField("byte_offset", LongType, true, Metadata.empty()),
            field("payload", StringType),
            field("doc_id", StringType),
            field("url", StringType),
            field("outlet", StringType),
            field("published", StringType),
            field("title", StringType),
            field("text", StringType),
            field("error_reason", StringType),
            field("error_detail", StringType)
          });

  /** Payloads are kept up to this many characters. */
  public static final int PAYLOAD_CAP = 10_000;

  /** A record the reader could not read at all. */
  public static SourceRecord failed(
      String sourceFile,
      Long lineNumber,
      Long byteOffset,
      String payload,
      RejectReason reason,
      String detail) {
    return new SourceRecord(
        sourceFile,
        lineNumber,
        byteOffset,
        truncate(payload),
        null,
        null,
        null,
        null,
        null,
        null,
        reason.code(),
        detail);
  }

  /** The record as a row of {@link #SCHEMA}. */
  public Row toRow() {
    return RowFactory.create(
        sourceFile,
        lineNumber,
        byteOffset,
        truncate(payload),
        docId,
        url,
        outlet,
        published,
        title,
        text,
        errorReason,
        errorDetail);
  }

  /** The record held by a row of {@link #SCHEMA}. */
  public static SourceRecord fromRow(Row row) {
    return new SourceRecord(
        row.getString(0),
        row.isNullAt(1) ? null : row.getLong(1),
        row.isNullAt(2) ? null : row.getLong(2),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        row.getString(10),
        row.getString(11));
  }

  /** {@code text} cut to {@link #PAYLOAD_CAP} characters. */
  public static String truncate(String text) {
    return text == null || text.length() <= PAYLOAD_CAP ? text : text.substring(0, PAYLOAD_CAP);
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }
}
