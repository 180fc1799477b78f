package org.troopwatch.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's result: the floor and each stage, the nightly as their sum, the tag stage's Spark
 * NLP part on its own (when measured) and the claim check; printed as a table, then one JSON line
 * (the last line of the output).
 *
 * <pre>
 * step       articles    MB  seconds  articles/s   MB/s  rss MB  heap MB  x floor
 * floor        105360 319.0      9.1     11578.0   35.1    1200      600    1.000
 * ingest       105360 319.0     40.2      2620.9    7.9    2900     2100    0.226
 * </pre>
 */
public record BenchmarkReport(
    String input,
    int replicas,
    Measurement floor,
    List<Measurement> stages,
    ClaimParity parity,
    Measurement tagNlp) {

  /** A report without the tag stage's Spark NLP part measured on its own. */
  public BenchmarkReport(
      String input, int replicas, Measurement floor, List<Measurement> stages, ClaimParity parity) {
    this(input, replicas, floor, stages, parity, null);
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MB = 1_000_000.0;
  private static final int STAGES = 4;

  /** The whole nightly: the stages' seconds added up, their largest peaks. */
  public Measurement nightly() {
    double seconds = stages.stream().mapToDouble(Measurement::seconds).sum();
    long rss = stages.stream().mapToLong(Measurement::peakRssBytes).max().orElse(-1);
    long heap = stages.stream().mapToLong(Measurement::peakHeapBytes).max().orElse(-1);
    String failure =
        stages.stream()
            .filter(s -> !s.completed())
            .map(s -> s.name() + ": " + s.failure())
            .findFirst()
            .orElse(stages.size() < STAGES ? "stopped after " + stages.size() + " stages" : null);
    return new Measurement(
        "nightly", floor.articles(), floor.textBytes(), seconds, rss, heap, failure);
  }

  // The stage of that name, null when it did not run.
  private Measurement find(String name) {
    return stages.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  /**
   * How cost grows with the corpus: one line per report (a size), the seconds of each stage and the
   * nightly, and the nightly's seconds per 1,000 articles (flat when the cost is linear).
   *
   * <pre>
   * replicas   articles   ingest      tag  combine     flag  nightly  s/1k art  x articles  x seconds
   *        1     105360     30.1     34.6      4.5      2.0     71.2     0.676        1.00       1.00
   *       10    1053600    220.0    180.0     15.9      2.1    418.0     0.397       10.00       5.87
   * </pre>
   */
  public static List<String> costCurve(List<BenchmarkReport> reports) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%8s %10s %8s %8s %8s %8s %8s %9s %11s %10s",
            "replicas",
            "articles",
            "ingest",
            "tag",
            "combine",
            "flag",
            "nightly",
            "s/1k art",
            "x articles",
            "x seconds"));
    Measurement first = reports.isEmpty() ? null : reports.get(0).nightly();
    for (BenchmarkReport report : reports) {
      Measurement nightly = report.nightly();
      StringBuilder line =
          new StringBuilder(
              String.format(Locale.ROOT, "%8d %10d", report.replicas(), nightly.articles()));
      for (String name : List.of("ingest", "tag", "combine", "flag")) {
        Measurement stage = report.find(name);
        line.append(
            stage == null
                ? String.format(Locale.ROOT, " %8s", "-")
                : String.format(Locale.ROOT, " %8.1f", stage.seconds()));
      }
      line.append(
          String.format(
              Locale.ROOT,
              " %8.1f %9.3f %11.2f %10.2f",
              nightly.seconds(),
              nightly.articles() > 0 ? 1000 * nightly.seconds() / nightly.articles() : 0,
              first.articles() > 0 ? (double) nightly.articles() / first.articles() : 0,
              first.seconds() > 0 ? nightly.seconds() / first.seconds() : 0));
      if (!nightly.completed()) {
        line.append("  FAILED: ").append(nightly.failure());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** The stage of that name; IllegalArgumentException when the benchmark did not run it. */
  public Measurement stage(String name) {
    return stages.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stage named " + name));
  }

  /** The table, one line per step, then the claim check. */
  public List<String> tableLines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%-8s %10s %9s %9s %11s %8s %7s %8s %8s",
            "step",
            "articles",
            "MB",
            "seconds",
            "articles/s",
            "MB/s",
            "rss MB",
            "heap MB",
            "x floor"));
    List<Measurement> rows = new ArrayList<>();
    rows.add(floor);
    rows.addAll(stages);
    rows.add(nightly());
    if (tagNlp != null) {
      rows.add(tagNlp);
    }
    for (Measurement m : rows) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%-8s %10d %9.1f %9.1f %11.1f %8.2f %7d %8d %8.3f",
              m.name(),
              m.articles(),
              m.textMb(),
              m.seconds(),
              m.articlesPerSecond(),
              m.mbPerSecond(),
              Math.round(m.peakRssBytes() / MB),
              Math.round(m.peakHeapBytes() / MB),
              m.ratioTo(floor)));
      if (!m.completed()) {
        lines.add("  " + m.name() + " FAILED after the seconds above: " + m.failure());
      }
    }
    if (tagNlp != null) {
      lines.add(
          "  "
              + tagNlp.name()
              + ": the tag stage without part-of-speech tags and claim rules (articles read,"
              + " prefilter, sentence windows, Spark NLP's DocumentAssembler, Tokenizer and"
              + " TextMatcher), not in the nightly: no claim rules, however fast, take the tag stage"
              + " past its ratio to the floor");
    }
    if (parity == null) {
      lines.add("claims on the dev gold: not checked (no --gold, or a stage failed)");
    } else {
      lines.add(
          String.format(
              Locale.ROOT,
              "claims on the dev gold: %s (Spark path %d, LightPipeline path %d, only Spark %d,"
                  + " only LightPipeline %d)",
              parity.identical() ? "identical" : "DIFFERENT",
              parity.sparkClaims(),
              parity.lightClaims(),
              parity.onlySpark().size(),
              parity.onlyLight().size()));
      parity.onlySpark().forEach(row -> lines.add("  only Spark:         " + row));
      parity.onlyLight().forEach(row -> lines.add("  only LightPipeline: " + row));
    }
    return lines;
  }

  /** The JSON object for the whole nightly, on one line. */
  public String jsonLine() {
    Measurement nightly = nightly();
    // A failed or missing tag stage has no throughput to report.
    Measurement tag = stages.stream().filter(s -> s.name().equals("tag")).findFirst().orElse(null);
    boolean tagDone = tag != null && tag.completed();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("input", input);
    json.put("replicas", replicas);
    json.put("articles", nightly.articles());
    json.put("text_mb", round(nightly.textMb()));
    json.put("seconds", round(nightly.seconds()));
    json.put("articles_per_s", round(nightly.articlesPerSecond()));
    json.put("mb_per_s", round(nightly.mbPerSecond()));
    json.put("floor_seconds", round(floor.seconds()));
    json.put("floor_articles_per_s", round(floor.articlesPerSecond()));
    json.put("ratio_to_floor", round(nightly.ratioTo(floor)));
    for (String name : List.of("ingest", "tag", "combine", "flag")) {
      Measurement stage = find(name);
      json.put(name + "_seconds", stage == null ? null : round(stage.seconds()));
    }
    Measurement ingest = find("ingest");
    json.put(
        "ingest_ratio_to_floor",
        ingest != null && ingest.completed() ? round(ingest.ratioTo(floor)) : null);
    json.put("tag_articles_per_s", tagDone ? round(tag.articlesPerSecond()) : null);
    json.put("tag_ratio_to_floor", tagDone ? round(tag.ratioTo(floor)) : null);
    boolean nlpDone = tagNlp != null && tagNlp.completed();
    json.put("tag_nlp_seconds", nlpDone ? round(tagNlp.seconds()) : null);
    json.put("tag_nlp_ratio_to_floor", nlpDone ? round(tagNlp.ratioTo(floor)) : null);
    json.put("peak_rss_mb", Math.round(nightly.peakRssBytes() / MB));
    json.put("peak_heap_mb", Math.round(nightly.peakHeapBytes() / MB));
    Map<String, Object> seconds = new LinkedHashMap<>();
    stages.forEach(s -> seconds.put(s.name(), round(s.seconds())));
    json.put("stage_seconds", seconds);
    json.put("complete", nightly.completed());
    json.put("failure", nightly.failure());
    json.put("claims_identical", parity == null ? null : parity.identical());
    json.put("dev_claims", parity == null ? null : parity.sparkClaims());
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the benchmark's JSON line", e);
    }
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
