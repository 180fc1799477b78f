package org.troopwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.troopwatch.common.Tables;
import org.troopwatch.jobs.ScriptRun;
import org.troopwatch.testing.SparkTest;

/**
 * The scheduled batch end to end: {@code jobs/troopwatch nightly} on the embedded sample corpus, a
 * real process through {@code jobs/spark-submit}, then the published tables read back with Spark
 * and (in {@link ClaimsDuckDbIT}) with DuckDB, as a downstream reader would. The warehouse stays in
 * {@code target/sample-warehouse} for the notebooks that {@code .ci/run} executes after Maven.
 */
@SparkTest
class NightlySampleIT {

  @TempDir static Path tmp;

  static Path warehouse;
  static ScriptRun nightly;

  @BeforeAll
  static void runNightlyOnTheEmbeddedSample() throws Exception {
    // Kept after the build: .ci/run executes the notebooks against these tables.
    warehouse = ScriptRun.repoRoot().resolve("target/sample-warehouse");
    deleteTree(warehouse);
    nightly =
        ScriptRun.run(
            "troopwatch",
            List.of("nightly", "--warehouse", warehouse.toString()),
            Map.of(
                "TROOPWATCH_MASTER", "local[2]",
                "TROOPWATCH_DRIVER_MEMORY", "2g",
                "TROOPWATCH_JAR", ScriptRun.applicationJar().toString()),
            tmp.resolve("logs"),
            Duration.ofMinutes(20));
  }

  /** Every check on the tables first requires the run itself to have succeeded. */
  static void requireNightlySucceeded() {
    assertThat(nightly.exitCode()).as(nightly.stderrTail()).isZero();
  }

  @Test
  void nightlyStartsSparkThroughSparkSubmitAndLogsItInTheWarehouse() throws IOException {
    Path logs = warehouse.resolve("_logs");
    assertThat(logs).isDirectory();
    String log;
    try (Stream<Path> files = Files.list(logs)) {
      List<Path> nightlyLogs =
          files.filter(f -> f.getFileName().toString().startsWith("nightly-")).toList();
      assertThat(nightlyLogs).hasSize(1);
      log = Files.readString(nightlyLogs.get(0));
    }
    assertThat(log)
        .contains("Running Spark version 3.5.6", "Submitted application: troopwatch nightly");
    assertThat(nightly.stderr()).contains("Spark's log is " + warehouse.resolve("_logs"));
  }

  @Test
  void theTerminalShowsAtMostTenInfoLines() {
    assertThat(nightly.stderr().lines().filter(l -> l.contains(" INFO ")).toList())
        .hasSizeLessThanOrEqualTo(10)
        .noneMatch(l -> l.contains(" INFO SparkContext:"));
  }

  @Test
  void nightlyExitsZeroAndPrintsItsSummary() {
    requireNightlySucceeded();
    assertThat(nightly.stdout())
        .contains(
            "== TroopWatch warehouse:",
            "claims",
            "most confident revisions (then newest):",
            "tag: ",
            "combine: ",
            "flag: ")
        .containsPattern("\\(dates \\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}\\)")
        .doesNotContain("(dates ... to ...)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"articles", "claims", "figures", "revisions", "consensus", "coverage"})
  void everyStagePublishesRowsFromTheSample(String table, SparkSession spark) {
    requireNightlySucceeded();

    long rows = spark.read().parquet(warehouse.resolve(table).toString()).count();

    assertThat(rows).as(table).isPositive();
  }

  @Test
  void claimsHaveExactlyTheDocumentedColumnsAndTypes(SparkSession spark) {
    requireNightlySucceeded();

    StructField[] published = spark.read().parquet(claims()).schema().fields();

    assertThat(namesAndTypes(published)).isEqualTo(namesAndTypes(Tables.CLAIMS.schema().fields()));
  }

  @Test
  void everyClaimSentenceIsItsArticleTextAtItsOffsets(SparkSession spark) {
    requireNightlySucceeded();
    var claims = spark.read().parquet(claims());
    var articles = spark.read().parquet(warehouse.resolve("articles").toString());

    // Offsets index the Java string (UTF-16), as Spark NLP's begin/end do; so compare in Java.
    List<Row> rows =
        claims
            .join(articles.select("doc_id", "text"), "doc_id")
            .select("doc_id", "sentence", "text", "char_start", "char_end")
            .collectAsList();
    List<String> mismatches = new ArrayList<>();
    for (Row row : rows) {
      String sentence = row.getString(1);
      String text = row.getString(2);
      int start = row.getInt(3);
      int end = row.getInt(4);
      boolean inside = 0 <= start && start <= end && end <= text.length();
      if (!inside || !text.substring(start, end).equals(sentence)) {
        mismatches.add(row.getString(0) + " [" + start + "," + end + "): " + sentence);
      }
    }

    assertThat(rows).as("claims joined to their articles").hasSize((int) claims.count());
    assertThat(mismatches).isEmpty();
  }

  private static void deleteTree(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static String claims() {
    return warehouse.resolve("claims").toString();
  }

  private static Map<String, DataType> namesAndTypes(StructField[] fields) {
    Map<String, DataType> types = new LinkedHashMap<>();
    for (StructField field : fields) {
      types.put(field.name(), field.dataType());
    }
    return types;
  }

  /** The claims table as DuckDB reads its Parquet files: what a notebook or a BI tool sees. */
  @Nested
  class ClaimsDuckDbIT {

    private Map<String, String> duckDbColumns() throws Exception {
      Map<String, String> columns = new LinkedHashMap<>();
      try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
          Statement statement = duck.createStatement();
          ResultSet result =
              statement.executeQuery(
                  "DESCRIBE SELECT * FROM read_parquet('" + claims() + "/*.parquet')")) {
        while (result.next()) {
          columns.put(result.getString("column_name"), result.getString("column_type"));
        }
      }
      return columns;
    }

    @Test
    void duckDbSeesDatesAsDateAndFiguresAsBigint() throws Exception {
      requireNightlySucceeded();

      Map<String, String> columns = duckDbColumns();

      assertThat(columns)
          .containsEntry("published", "DATE")
          .containsEntry("period_start", "DATE")
          .containsEntry("period_end", "DATE")
          .containsEntry("low", "BIGINT")
          .containsEntry("high", "BIGINT");
    }

    @Test
    void duckDbSeesEveryDocumentedColumnInOrderWithItsSqlType() throws Exception {
      requireNightlySucceeded();

      Map<String, String> expected = new LinkedHashMap<>();
      for (StructField field : Tables.CLAIMS.schema().fields()) {
        expected.put(field.name(), duckDbType(field.dataType()));
      }

      assertThat(duckDbColumns()).containsExactlyEntriesOf(expected);
    }

    @Test
    void duckDbCountsAsManyClaimsAsSpark(SparkSession spark) throws Exception {
      requireNightlySucceeded();

      long duckDbCount;
      try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
          Statement statement = duck.createStatement();
          ResultSet result =
              statement.executeQuery(
                  "SELECT count(*) FROM read_parquet('" + claims() + "/*.parquet')")) {
        result.next();
        duckDbCount = result.getLong(1);
      }

      assertThat(duckDbCount).isEqualTo(spark.read().parquet(claims()).count());
    }

    /** The SQL type DuckDB reports for a Parquet column Spark wrote with this type. */
    private String duckDbType(DataType type) {
      if (type.equals(DataTypes.StringType)) {
        return "VARCHAR";
      } else if (type.equals(DataTypes.LongType)) {
        return "BIGINT";
      } else if (type.equals(DataTypes.IntegerType)) {
        return "INTEGER";
      } else if (type.equals(DataTypes.DateType)) {
        return "DATE";
      } else if (type.equals(DataTypes.BooleanType)) {
        return "BOOLEAN";
      } else if (type.equals(DataTypes.DoubleType)) {
        return "DOUBLE";
      }
      throw new IllegalArgumentException("no DuckDB type known for " + type);
    }
  }
}
