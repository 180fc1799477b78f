package org.troopwatch.evaluate;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.troopwatch.common.SparkSessions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores the claims table against a gold set in the spec's format (a folder with articles.jsonl and
 * claims.jsonl): precision, recall, F1, recall per metric, accuracy per field, then every miss and
 * spurious claim with its sentence.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Score the claims table against a gold set (a folder with articles.jsonl and claims.jsonl,"
            + " as spec/claims.md describes). Only claims of the gold set's articles are scored.")
public final class EvaluateJob implements Callable<Integer> {

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "The gold set folder.")
  String gold;

  @Option(
      names = "--warehouse",
      paramLabel = "DIR",
      defaultValue = "warehouse",
      description = "Folder of the tables. Default: ${DEFAULT-VALUE}.")
  String warehouse;

  @Option(
      names = "--min-f1",
      paramLabel = "X",
      description = "Exit with code 3 when F1 is below X (for scheduled quality checks).")
  Double minF1;

  private static final StructType GOLD_SCHEMA =
      new StructType()
          .add("doc_id", "string")
          .add("sentence", "string")
          .add("deploying_country", "string")
          .add("host_country", "string")
          .add("metric", "string")
          .add("low", "long")
          .add("high", "long")
          .add("qualifier", "string")
          .add("scope", "string")
          .add("wave", "int")
          .add("planned", "boolean")
          .add("attributed_to", "string")
          .add("attributed_to_aliases", "array<string>")
          .add("period_start", "string")
          .add("period_end", "string");

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.forJob("evaluate");
    Score score = evaluate(spark, gold, new Warehouse(spark, warehouse));
    report(score, System.out);
    return minF1 != null && score.f1() < minF1 ? 3 : 0;
  }

  /** Scores the warehouse's claims of the gold set's articles. */
  public static Score evaluate(SparkSession spark, String goldDir, Warehouse warehouse) {
    String dir = goldDir.endsWith("/") ? goldDir : goldDir + "/";
    List<GoldClaim> gold = readGold(spark, dir + "claims.jsonl");
    Dataset<Row> docIds = spark.read().json(dir + "articles.jsonl").select("doc_id");
    Dataset<Row> claims = warehouse.read(Tables.CLAIMS).join(docIds, "doc_id");
    List<GoldClaim> tagged = new ArrayList<>();
    for (Row r : claims.orderBy(col("doc_id"), col("char_start")).collectAsList()) {
      tagged.add(fromClaimRow(r));
    }
    return Scorer.score(gold, tagged);
  }

  static List<GoldClaim> readGold(SparkSession spark, String path) {
    List<GoldClaim> out = new ArrayList<>();
    for (Row r : spark.read().schema(GOLD_SCHEMA).json(path).collectAsList()) {
      List<String> aliases = r.isNullAt(12) ? List.of() : r.getList(12);
      out.add(
          new GoldClaim(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getString(4),
              r.isNullAt(5) ? null : r.getLong(5),
              r.isNullAt(6) ? null : r.getLong(6),
              r.getString(7),
              r.getString(8),
              r.isNullAt(9) ? null : r.getInt(9),
              r.isNullAt(10) ? null : r.getBoolean(10),
              r.getString(11),
              aliases,
              date(r.getString(13)),
              date(r.getString(14))));
    }
    return out;
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static GoldClaim fromClaimRow(Row r) {
    java.sql.Date start = r.getAs("period_start");
    java.sql.Date end = r.getAs("period_end");
    return new GoldClaim(
        r.getAs("doc_id"),
        r.getAs("sentence"),
        r.getAs("deploying_country"),
        r.getAs("host_country"),
        r.getAs("metric"),
        r.getAs("low"),
        r.getAs("high"),
        r.getAs("qualifier"),
        r.getAs("scope"),
        r.getAs("wave"),
        r.getAs("planned"),
        r.getAs("attributed_to"),
        List.of(),
        start == null ? null : start.toLocalDate(),
        end == null ? null : end.toLocalDate());
  }

  /** Prints the score as people read it. */
  public static void report(Score s, PrintStream out) {
    out.printf(Locale.ROOT, "gold %d  tagged %d  matched %d%n", s.gold(), s.tagged(), s.matched());
    out.printf(
        Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", s.precision(), s.recall(), s.f1());
    out.println("recall per metric:");
    for (Map.Entry<String, double[]> e : s.recallByMetric().entrySet()) {
      double[] v = e.getValue();
      out.printf(
          Locale.ROOT, "  %-11s %.3f (%d/%d)%n", e.getKey(), v[0] / v[1], (int) v[0], (int) v[1]);
    }
    out.println("accuracy per field (matched pairs):");
    s.fieldAccuracy().forEach((k, v) -> out.printf(Locale.ROOT, "  %-14s %.3f%n", k, v));
    out.println("misses (gold claims not found):");
    s.misses().forEach(g -> out.println("  " + describe(g)));
    out.println("spurious (tagged claims not in the gold set):");
    s.spurious().forEach(t -> out.println("  " + describe(t)));
    out.println("field disagreements (gold | tagged):");
    for (GoldClaim[] p : s.fieldErrors()) {
      out.println("  " + describe(p[0]));
      out.println("   | " + fields(p[1]));
    }
    out.flush();
  }

  private static String describe(GoldClaim c) {
    String sentence = c.sentence() == null ? "" : c.sentence().replaceAll("\\s+", " ");
    if (sentence.length() > 160) {
      sentence = sentence.substring(0, 157) + "...";
    }
    return c.docId() + " " + fields(c) + "\n      \"" + sentence + "\"";
  }

  private static String fields(GoldClaim c) {
    return String.format(
        Locale.ROOT,
        "%s->%s %s %s..%s %s scope=%s wave=%s planned=%s src=%s period=%s..%s",
        c.deployingCountry(),
        c.hostCountry(),
        c.metric(),
        c.low(),
        c.high(),
        c.qualifier(),
        c.scope(),
        c.wave(),
        c.planned(),
        c.attributedTo(),
        c.periodStart(),
        c.periodEnd());
  }
}
