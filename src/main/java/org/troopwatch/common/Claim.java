package org.troopwatch.common;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One claim as the spec defines it (spec/claims.md), with its provenance: the sentence it stands in
 * (index among the article's sentences and character offsets into the article's text), who relayed
 * it, the evidence that decided its fields and a confidence in [0, 1]. {@link #COLUMNS} is the one
 * declaration of the claims table's columns the tagger fills: {@link Tables#CLAIMS} and {@link
 * #toRow()} are made from it.
 */
public record Claim(
    String docId,
    String sentence,
    String deployingCountry,
    String hostCountry,
    String location,
    String metric,
    Long low,
    Long high,
    String qualifier,
    String scope,
    Integer wave,
    boolean planned,
    String attributedTo,
    LocalDate periodStart,
    LocalDate periodEnd,
    int sentenceIndex,
    int charStart,
    int charEnd,
    double confidence,
    String relayedBy,
    boolean earlierCount,
    String language,
    String evidence)
    implements Serializable {

  /** One column of the claims table, and how a claim fills it. */
  public record Column(String name, DataType type, boolean nullable, Function<Claim, Object> value)
      implements Serializable {

    StructField field() {
      return new StructField(name, type, nullable, Metadata.empty());
    }
  }

  /**
   * The columns a claim fills, in table order; the tag job adds {@code outlet} and {@code
   * published} from the article after {@code period_end} ({@link Tables#CLAIMS}). New columns go
   * last, so older tables read as before.
   */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("doc_id", StringType, false, Claim::docId),
          new Column("sentence", StringType, false, Claim::sentence),
          new Column("deploying_country", StringType, false, Claim::deployingCountry),
          new Column("host_country", StringType, true, Claim::hostCountry),
          new Column("location", StringType, true, Claim::location),
          new Column("metric", StringType, false, Claim::metric),
          new Column("low", LongType, true, Claim::low),
          new Column("high", LongType, true, Claim::high),
          new Column("qualifier", StringType, false, Claim::qualifier),
          new Column("scope", StringType, true, Claim::scope),
          new Column("wave", IntegerType, true, Claim::wave),
          new Column("planned", BooleanType, false, Claim::planned),
          new Column("attributed_to", StringType, true, Claim::attributedTo),
          new Column("period_start", DateType, true, c -> date(c.periodStart())),
          new Column("period_end", DateType, true, c -> date(c.periodEnd())),
          new Column("sentence_index", IntegerType, false, Claim::sentenceIndex),
          new Column("char_start", IntegerType, false, Claim::charStart),
          new Column("char_end", IntegerType, false, Claim::charEnd),
          new Column("confidence", DoubleType, false, Claim::confidence),
          new Column("relayed_by", StringType, true, Claim::relayedBy),
          new Column("earlier_count", BooleanType, true, Claim::earlierCount),
          new Column("language", StringType, true, Claim::language),
          new Column("evidence", StringType, true, Claim::evidence));

  /** The struct of {@link #COLUMNS}: one claim as the tag pipeline emits it. */
  public static final StructType STRUCT =
      new StructType(COLUMNS.stream().map(Column::field).toArray(StructField[]::new));

  /** This claim as a row of {@link #STRUCT}. */
  public Row toRow() {
    return RowFactory.create(COLUMNS.stream().map(c -> c.value().apply(this)).toArray());
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }
}
