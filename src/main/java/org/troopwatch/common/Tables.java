package org.troopwatch.common;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The warehouse's public tables: each name and schema is declared here once, and README.md
 * documents the same columns. Stages write exactly these schemas ({@link Warehouse} checks).
 */
public final class Tables {

  private Tables() {}

  /** One table: its folder name under the warehouse, its schema and its partition columns. */
  public record Table(String name, StructType schema, List<String> partitionBy) {
    /** The table's columns in order. */
    public String[] columns() {
      return schema.fieldNames();
    }
  }

  /**
   * Articles after ingest: one row per record read, duplicates kept and pointed at the original.
   */
  public static final Table ARTICLES =
      new Table(
          "articles",
          schema(
              field("doc_id", StringType, false),
              field("url", StringType, true),
              field("outlet", StringType, true),
              field("published", DateType, false),
              field("published_ts", TimestampType, true),
              field("title", StringType, true),
              field("text", StringType, false),
              field("language", StringType, true),
              field("story_id", StringType, false),
              field("duplicate_of", StringType, true),
              field("source_file", StringType, true),
              field("content_hash", StringType, false)),
          List.of());

  /** Input records that could not become articles, with the reason and the raw payload. */
  public static final Table REJECTS =
      new Table(
          "rejects",
          schema(
              field("reason", StringType, false),
              field("detail", StringType, true),
              field("source_file", StringType, true),
              field("line_number", LongType, true),
              field("byte_offset", LongType, true),
              field("doc_id", StringType, true),
              field("payload", StringType, true),
              field("run_date", DateType, true)),
          List.of());

  /**
   * Claims per ../shared/spec/claims.md (the contract: exactly those columns) plus provenance:
   * outlet, published, sentence_index, char_start, char_end, confidence.
   */
  public static final Table CLAIMS = new Table("claims", claimsSchema(), List.of());

  /**
   * One row per (source, deployer, host, metric, scope, planned) key and report date: the figure
   * the key's claims of that day agree on most (see README, "figures").
   */
  public static final Table FIGURES =
      new Table(
          "figures",
          schema(
              field("source", StringType, false),
              field("deploying_country", StringType, false),
              field("host_country", StringType, true),
              field("metric", StringType, false),
              field("scope", StringType, true),
              field("planned", BooleanType, false),
              field("report_date", DateType, false),
              field("low", LongType, true),
              field("high", LongType, true),
              field("point", LongType, false),
              field("qualifier", StringType, false),
              field("stories", LongType, false),
              field("outlets", createArrayType(StringType, true), false),
              field("first_doc_id", StringType, false),
              field("prev_low", LongType, true),
              field("prev_high", LongType, true),
              field("prev_report_date", DateType, true),
              field("change", LongType, true),
              field("claim_count", LongType, false),
              field("doc_ids", createArrayType(StringType, true), false),
              field("sentences", createArrayType(StringType, true), false),
              field("source_attributed", BooleanType, false),
              field("wave", IntegerType, true),
              field("location", StringType, true),
              field("period_start", DateType, true),
              field("period_end", DateType, true),
              field("other_figures", IntegerType, false),
              field("last_published", DateType, false),
              // The earlier count the day's reports state beside their own ("up from 900").
              field("stated_low", LongType, true),
              field("stated_high", LongType, true),
              // The highest confidence among the claims behind the figure.
              field("confidence", DoubleType, false),
              // Sources whose figure of the same group overlaps this one that day, itself included.
              field("originators", IntegerType, false),
              // The languages of the articles behind the figure (codes, sorted): a source's
              // Korean report and its English relay of the same day share one row.
              field("languages", createArrayType(StringType, true), true)),
          List.of());

  /**
   * Revision events: first reports, revisions up and down, new waves, new events (tolls of another
   * battle or period) and contradictions between sources.
   */
  public static final Table REVISIONS =
      new Table(
          "revisions",
          schema(
              field("revision_type", StringType, false),
              field("source", StringType, false),
              field("deploying_country", StringType, false),
              field("host_country", StringType, true),
              field("metric", StringType, false),
              field("scope", StringType, true),
              field("planned", BooleanType, false),
              field("report_date", DateType, false),
              field("old_report_date", DateType, true),
              field("old_low", LongType, true),
              field("old_high", LongType, true),
              field("new_low", LongType, true),
              field("new_high", LongType, true),
              field("evidence_doc_ids", createArrayType(StringType, true), false),
              field("evidence_sentences", createArrayType(StringType, true), false),
              field("other_source", StringType, true),
              field("explanation", StringType, false),
              // The lower confidence of the figures the event compares (the new one's alone when
              // there is no old one).
              field("confidence", DoubleType, false)),
          List.of());

  /**
   * Per deployer, host, metric, scope and planned flag: each source's latest figure, the range
   * across sources, and the consensus of the independent originators (low, best, high) with the
   * conservative figure (see README, "consensus").
   */
  public static final Table CONSENSUS =
      new Table(
          "consensus",
          schema(
              field("deploying_country", StringType, false),
              field("host_country", StringType, true),
              field("metric", StringType, false),
              field("scope", StringType, true),
              field("planned", BooleanType, false),
              field("source", StringType, false),
              field("report_date", DateType, false),
              field("low", LongType, true),
              field("high", LongType, true),
              field("point", LongType, false),
              field("qualifier", StringType, false),
              field("min_point", LongType, true),
              field("max_point", LongType, true),
              field("sources", IntegerType, false),
              field("confidence", DoubleType, false),
              field("originators", IntegerType, false),
              field("consensus_low", LongType, false),
              field("consensus_best", LongType, false),
              field("consensus_high", LongType, false),
              field("conservative", LongType, true)),
          List.of());

  /**
   * Per source and month: how many claims and stories the source gave, and its first and last
   * report in the month, so that a source going quiet shows (written by combine).
   */
  public static final Table COVERAGE =
      new Table(
          "coverage",
          schema(
              field("source", StringType, false),
              field("month", DateType, false),
              field("claims", LongType, false),
              field("stories", LongType, false),
              field("first_report", DateType, false),
              field("last_report", DateType, false)),
          List.of());

  /**
   * The nightly batch's run log: one row per day a {@code nightly} run processed (a backfill writes
   * one row per day, sharing its batch_id), with what it read, what each stage counted and how long
   * it took. Written last by {@code nightly}, so a killed run leaves no row.
   */
  public static final Table RUNS =
      new Table(
          "_runs",
          schema(
              field("run_id", StringType, false),
              field("batch_id", StringType, false),
              field("run_date", DateType, true),
              field("dates_from", DateType, true),
              field("dates_to", DateType, true),
              field("inputs", createArrayType(StringType, false), false),
              field("watermark", TimestampType, true),
              field("records_read", LongType, false),
              field("articles", LongType, false),
              field("rejects", LongType, false),
              field("duplicates", LongType, false),
              field("outside_dates", LongType, false),
              field("claims", LongType, false),
              field("figures", LongType, false),
              field("revisions", LongType, false),
              field("ingest_seconds", DoubleType, false),
              field("tag_seconds", DoubleType, false),
              field("combine_seconds", DoubleType, false),
              field("flag_seconds", DoubleType, false),
              field("status", StringType, false),
              field("error", StringType, true),
              field("spark_app_id", StringType, true),
              field("host", StringType, true),
              field("started", TimestampType, false),
              field("finished", TimestampType, false)),
          List.of());

  // Array columns of the combine/flag tables admit null elements (none are written) because Spark
  // reads Parquet arrays back as nullable and cannot cast them to non-null ones when republishing.

  /** Every table in stage order. */
  public static final List<Table> ALL =
      List.of(ARTICLES, REJECTS, CLAIMS, FIGURES, REVISIONS, CONSENSUS, COVERAGE);

  /** The columns of {@link Claim#COLUMNS}, with the article's outlet and date after period_end. */
  private static StructType claimsSchema() {
    List<StructField> fields = new java.util.ArrayList<>();
    for (Claim.Column c : Claim.COLUMNS) {
      fields.add(field(c.name(), c.type(), c.nullable()));
      if (c.name().equals("period_end")) {
        fields.add(field("outlet", StringType, true));
        fields.add(field("published", DateType, false));
      }
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return new StructField(name, type, nullable, org.apache.spark.sql.types.Metadata.empty());
  }
}
