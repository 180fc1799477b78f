package org.troopwatch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark's report: the nightly's sums, the ratios to the floor and the JSON line. */
class BenchmarkReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MB = 1_000_000;

  // 1,000 articles of 3 MB; the floor takes 0.5 s (2,000/s), the nightly 1 + 4 + 0.5 + 0.5 = 6 s.
  private static final Measurement FLOOR =
      new Measurement("floor", 1000, 3 * MB, 0.5, 900 * MB, 300 * MB);
  private static final List<Measurement> STAGES =
      List.of(
          new Measurement("ingest", 1000, 3 * MB, 1.0, 1500 * MB, 700 * MB),
          new Measurement("tag", 1000, 3 * MB, 4.0, 2500 * MB, 1200 * MB),
          new Measurement("combine", 1000, 3 * MB, 0.5, 2000 * MB, 400 * MB),
          new Measurement("flag", 1000, 3 * MB, 0.5, 1800 * MB, 350 * MB));

  private static final ClaimParity SAME =
      ClaimParity.compare(List.of("a", "b", "b"), List.of("b", "a", "b"));

  private static JsonNode json(ClaimParity parity) throws Exception {
    return JSON.readTree(new BenchmarkReport("corpus", 1, FLOOR, STAGES, parity).jsonLine());
  }

  @ParameterizedTest
  @CsvSource({
    "articles, 1000",
    "seconds, 6.0",
    "articles_per_s, 166.667",
    "floor_articles_per_s, 2000.0",
    "ratio_to_floor, 0.083",
    "tag_articles_per_s, 250.0",
    "tag_ratio_to_floor, 0.125",
    "peak_rss_mb, 2500",
    "peak_heap_mb, 1200",
    "text_mb, 3.0",
    "mb_per_s, 0.5",
    "floor_seconds, 0.5",
    "ingest_seconds, 1.0",
    "tag_seconds, 4.0",
    "combine_seconds, 0.5",
    "flag_seconds, 0.5",
    "ingest_ratio_to_floor, 0.5"
  })
  void theJsonLineHoldsTheNightlysFigures(String key, double expected) throws Exception {
    JsonNode line = json(SAME);

    assertThat(line.has(key)).as(key).isTrue();
    assertThat(line.get(key).asDouble()).as(key).isEqualTo(expected);
  }

  @Test
  void theJsonLineIsOneLineWithEachStagesSecondsAndTheClaimCheck() throws Exception {
    String line = new BenchmarkReport("corpus", 3, FLOOR, STAGES, SAME).jsonLine();

    assertThat(line).doesNotContain("\n");
    JsonNode json = JSON.readTree(line);
    assertThat(json.get("replicas").asInt()).isEqualTo(3);
    assertThat(json.get("stage_seconds").get("tag").asDouble()).isEqualTo(4.0);
    assertThat(json.get("claims_identical").asBoolean()).isTrue();
    assertThat(json.get("dev_claims").asInt()).isEqualTo(3);
  }

  @Test
  void withoutAGoldCheckTheClaimFieldsAreNull() throws Exception {
    JsonNode json = json(null);

    assertThat(json.get("claims_identical").isNull()).isTrue();
    assertThat(json.get("dev_claims").isNull()).isTrue();
  }

  @Test
  void claimsFoundOnDifferentPathsAreListedInTheTable() {
    ClaimParity parity = ClaimParity.compare(List.of("a", "b", "b"), List.of("a", "b", "c"));
    List<String> table = new BenchmarkReport("corpus", 1, FLOOR, STAGES, parity).tableLines();

    assertThat(parity.identical()).isFalse();
    assertThat(parity.onlySpark()).containsExactly("b");
    assertThat(parity.onlyLight()).containsExactly("c");
    assertThat(table)
        .contains(
            "claims on the dev gold: DIFFERENT (Spark path 3, LightPipeline path 3, only Spark 1,"
                + " only LightPipeline 1)",
            "  only Spark:         b",
            "  only LightPipeline: c");
  }

  @Test
  void aFailedStageLeavesTheTagFiguresEmptyAndIsNamed() throws Exception {
    List<Measurement> failed =
        List.of(
            STAGES.get(0),
            new Measurement(
                "tag", 1000, 3 * MB, 2.0, 2500 * MB, 1200 * MB, "DateTimeException: x"));
    BenchmarkReport report = new BenchmarkReport("corpus", 1, FLOOR, failed, null);
    JsonNode json = JSON.readTree(report.jsonLine());

    assertThat(json.get("complete").asBoolean()).isFalse();
    assertThat(json.get("failure").asText()).isEqualTo("tag: DateTimeException: x");
    assertThat(json.get("tag_ratio_to_floor").isNull()).isTrue();
    assertThat(json.get("seconds").asDouble()).isEqualTo(3.0);
    assertThat(report.tableLines())
        .contains("  tag FAILED after the seconds above: DateTimeException: x");
  }

  @Test
  void aCompleteRunHasNoFailure() throws Exception {
    JsonNode json = json(SAME);

    assertThat(json.get("complete").asBoolean()).isTrue();
    assertThat(json.get("failure").isNull()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"floor", "ingest", "tag", "combine", "flag", "nightly"})
  void theTableHasALinePerStepAndTheNightly(String step) {
    List<String> table = new BenchmarkReport("corpus", 1, FLOOR, STAGES, SAME).tableLines();

    assertThat(table).anyMatch(line -> line.startsWith(step + " "));
  }

  @Test
  void theTagStagesSparkNlpPartIsARowAndTwoJsonFieldsButNotPartOfTheNightly() throws Exception {
    // The annotators alone take 1 s of the tag stage's 4: 1,000 articles/s, half the floor's.
    Measurement nlp = new Measurement("tag-nlp", 1000, 3 * MB, 1.0, 2200 * MB, 1100 * MB);
    BenchmarkReport report = new BenchmarkReport("corpus", 1, FLOOR, STAGES, SAME, nlp);
    JsonNode json = JSON.readTree(report.jsonLine());

    assertThat(json.get("tag_nlp_seconds").asDouble()).isEqualTo(1.0);
    assertThat(json.get("tag_nlp_ratio_to_floor").asDouble()).isEqualTo(0.5);
    assertThat(json.get("seconds").asDouble()).as("the nightly's sum").isEqualTo(6.0);
    assertThat(json.get("stage_seconds").has("tag-nlp")).isFalse();
    assertThat(report.tableLines())
        .anyMatch(line -> line.startsWith("tag-nlp ") && line.endsWith(" 0.500"))
        .anyMatch(line -> line.startsWith("  tag-nlp: the tag stage without"));
  }

  @Test
  void withoutTheSparkNlpPartMeasuredItsFieldsAreNullAndItHasNoRow() throws Exception {
    BenchmarkReport report = new BenchmarkReport("corpus", 1, FLOOR, STAGES, SAME);
    JsonNode json = JSON.readTree(report.jsonLine());

    assertThat(json.get("tag_nlp_seconds").isNull()).isTrue();
    assertThat(json.get("tag_nlp_ratio_to_floor").isNull()).isTrue();
    assertThat(report.tableLines()).noneMatch(line -> line.contains("tag-nlp"));
  }

  @Test
  void aStageThatDidNotRunHasNullSecondsAndAFailedIngestNoRatio() throws Exception {
    List<Measurement> failed =
        List.of(new Measurement("ingest", 1000, 3 * MB, 2.0, 900 * MB, 300 * MB, "IOException"));
    JsonNode json = JSON.readTree(new BenchmarkReport("corpus", 1, FLOOR, failed, null).jsonLine());

    assertThat(json.get("ingest_seconds").asDouble()).isEqualTo(2.0);
    assertThat(json.get("ingest_ratio_to_floor").isNull()).isTrue();
    assertThat(json.get("tag_seconds").isNull()).isTrue();
    assertThat(json.get("flag_seconds").isNull()).isTrue();
  }

  @Test
  void theCostCurveHasALinePerSizeWithSecondsPerThousandArticlesAndGrowth() {
    // x3: three times the articles, ingest and tag three times as long, combine and flag fixed.
    Measurement floor3 = new Measurement("floor", 3000, 9 * MB, 1.0, 900 * MB, 300 * MB);
    List<Measurement> stages3 =
        List.of(
            new Measurement("ingest", 3000, 9 * MB, 3.0, 1500 * MB, 700 * MB),
            new Measurement("tag", 3000, 9 * MB, 12.0, 2500 * MB, 1200 * MB),
            new Measurement("combine", 3000, 9 * MB, 0.5, 2000 * MB, 400 * MB),
            new Measurement("flag", 3000, 9 * MB, 0.5, 1800 * MB, 350 * MB));
    List<String> curve =
        BenchmarkReport.costCurve(
            List.of(
                new BenchmarkReport("corpus", 1, FLOOR, STAGES, SAME),
                new BenchmarkReport("replica-x3", 3, floor3, stages3, SAME)));

    assertThat(curve).hasSize(3);
    assertThat(curve.get(0)).startsWith("replicas").contains("ingest", "s/1k art", "x seconds");
    assertThat(curve.get(1).trim().split("\\s+"))
        .containsExactly("1", "1000", "1.0", "4.0", "0.5", "0.5", "6.0", "6.000", "1.00", "1.00");
    assertThat(curve.get(2).trim().split("\\s+"))
        .containsExactly("3", "3000", "3.0", "12.0", "0.5", "0.5", "16.0", "5.333", "3.00", "2.67");
  }

  @Test
  void askingForAStageThatDidNotRunNamesIt() {
    BenchmarkReport report = new BenchmarkReport("corpus", 1, FLOOR, STAGES, SAME);

    assertThatThrownBy(() -> report.stage("evaluate"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no stage named evaluate");
  }

  @Test
  void theKilobytesOfAProcStatusLineAreRead() {
    assertThat(DriverMemory.parseKb("VmHWM:\t  123456 kB")).isEqualTo(123456);
  }
}
