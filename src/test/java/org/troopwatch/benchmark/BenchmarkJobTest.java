package org.troopwatch.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.Main;
import org.troopwatch.testing.Shared;
import org.troopwatch.testing.SparkTest;

/** The benchmark command end to end, over the dev gold's articles as a (small) corpus. */
@SparkTest
class BenchmarkJobTest {

  @Test
  void aListOfSizesRunsEachThenPrintsTheCostCurveAndAJsonLinePerSize(
      SparkSession spark, @TempDir Path work) throws Exception {
    String gold = Shared.resolve("gold/dev/articles.jsonl").toString();
    List<String> lines =
        run(spark, "--input", gold, "--replicas", "1,2", "--work", work.toString());

    assertThat(lines).anyMatch(line -> line.startsWith("seconds per stage by size"));
    assertThat(lines).anyMatch(line -> line.startsWith("replicas ") && line.contains("s/1k art"));
    JsonNode one = new ObjectMapper().readTree(lines.get(lines.size() - 2));
    JsonNode two = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertThat(one.get("replicas").asInt()).isEqualTo(1);
    assertThat(two.get("replicas").asInt()).isEqualTo(2);
    assertThat(two.get("articles").asLong()).isEqualTo(2 * one.get("articles").asLong());
    for (JsonNode json : List.of(one, two)) {
      assertThat(json.get("complete").asBoolean()).isTrue();
      for (String field :
          List.of(
              "ingest_seconds",
              "tag_seconds",
              "combine_seconds",
              "flag_seconds",
              "ingest_ratio_to_floor")) {
        assertThat(json.get(field).asDouble()).as(field).isPositive();
      }
    }
  }

  @Test
  void theSampleNamesTheCorpusEmbeddedInTheJar(SparkSession spark) throws Exception {
    long items;
    try (var lines =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(
                    BenchmarkJobTest.class.getResourceAsStream(
                        "/org/troopwatch/sample/articles.jsonl"),
                    java.nio.charset.StandardCharsets.UTF_8))
            .lines()) {
      items = lines.filter(line -> !line.isBlank()).count();
    }
    assertThat(items).isGreaterThan(60);
    assertThat(BenchmarkJob.readCorpus(spark, BenchmarkJob.SAMPLE).count()).isEqualTo(items);
  }

  @Test
  void theWorkFolderIsOutsideTheCheckoutByDefault() {
    Path work = Path.of(BenchmarkJob.DEFAULT_WORK);

    assertThat(work).startsWithRaw(Path.of(System.getProperty("java.io.tmpdir")));
    assertThat(work.startsWith(Path.of("").toAbsolutePath())).as("inside the checkout").isFalse();
  }

  // The command's output lines; it sizes the shuffle on the session it shares with later tests.
  private static List<String> run(SparkSession spark, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String partitions = spark.conf().get("spark.sql.shuffle.partitions");
    int exitCode;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      String[] command = new String[args.length + 1];
      command[0] = "benchmark";
      System.arraycopy(args, 0, command, 1, args.length);
      exitCode = Main.execute(command);
    } finally {
      System.setOut(original);
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(exitCode).as(String.join("\n", lines)).isZero();
    return lines;
  }

  @Test
  void aRunPrintsEveryStepAndEndsWithTheJsonLine(SparkSession spark, @TempDir Path work)
      throws Exception {
    String gold = Shared.resolve("gold/dev/articles.jsonl").toString();
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // The command sizes the shuffle to the machine on the session it shares with later tests.
    String partitions = spark.conf().get("spark.sql.shuffle.partitions");
    int exitCode;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exitCode =
          Main.execute("benchmark", "--input", gold, "--work", work.toString(), "--gold", gold);
    } finally {
      System.setOut(original);
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
    }
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

    assertThat(exitCode).as(String.join("\n", lines)).isZero();
    for (String step : List.of("floor", "ingest", "tag", "combine", "flag", "nightly", "tag-nlp")) {
      assertThat(lines).as(step).anyMatch(line -> line.startsWith(step + " "));
    }
    JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertThat(json.get("complete").asBoolean()).isTrue();
    assertThat(json.get("claims_identical").asBoolean()).isTrue();
    long records = Files.readAllLines(Path.of(gold)).stream().filter(l -> !l.isBlank()).count();
    assertThat(json.get("articles").asLong()).isEqualTo(records);
    assertThat(json.get("tag_nlp_seconds").asDouble()).isPositive();
    assertThat(json.get("tag_ratio_to_floor").asDouble()).isPositive();
  }
}
