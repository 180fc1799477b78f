package org.troopwatch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.troopwatch.common.Tables;

/** jobs/query's command on the fixture warehouse: the README's questions, errors and formats. */
class QueryCommandTest {

  @TempDir static Path folder;
  static Path warehouse;

  @BeforeAll
  static void writeFixture() throws Exception {
    warehouse = FixtureWarehouse.create(folder.resolve("warehouse"));
    // What a run leaves beside the tables must not become a view.
    Files.createDirectories(warehouse.resolve("_staging/claims-1234"));
    Files.writeString(warehouse.resolve("_staging/claims-1234/part-0.parquet"), "half written");
    Files.createDirectories(warehouse.resolve("empty_folder"));
  }

  /** The output, error output and exit code of one run. */
  record Run(int exit, String out, String err) {}

  static Run query(InputStream stdin, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = QueryCommand.execute(stdin, args);
      return new Run(
          exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static Run query(String... args) {
    return query(InputStream.nullInputStream(), args);
  }

  @Test
  void fixtureTablesHaveExactlyTheDeclaredColumnsAndTypes() throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (Tables.Table table : Tables.ALL) {
        Map<String, String> found = new LinkedHashMap<>();
        try (ResultSet rows =
            statement.executeQuery(
                "DESCRIBE SELECT * FROM read_parquet('"
                    + warehouse.resolve(table.name())
                    + "/*.parquet')")) {
          while (rows.next()) {
            found.put(rows.getString("column_name"), rows.getString("column_type"));
          }
        }
        Map<String, String> declared = new LinkedHashMap<>();
        for (StructField field : table.schema().fields()) {
          declared.put(field.name(), duckDbType(field.dataType()));
        }
        assertThat(found).as(table.name()).containsExactlyEntriesOf(declared);
      }
    }
  }

  @Test
  void everyTableFolderBecomesAViewAndBookkeepingFoldersDoNot() {
    assertThat(WarehouseViews.tablesIn(warehouse))
        .containsExactly(
            "articles", "claims", "consensus", "coverage", "figures", "rejects", "revisions");
  }

  @Test
  void tablesOptionListsEachTableWithItsRowCount() {
    Run run = query("--warehouse", warehouse.toString(), "--tables");

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines())
        .containsSubsequence(
            "table     | rows",
            "articles  |    8",
            "claims    |    8",
            "consensus |    3",
            "coverage  |    5",
            "figures   |    7",
            "rejects   |    2",
            "revisions |    7",
            "(7 rows)");
  }

  static final Object[][] ANALYST_QUESTIONS = {
    {
      "latest figure per source for North Korean troops in Russia",
      """
      SELECT source, metric, scope, report_date, low, high
      FROM figures
      WHERE deploying_country = 'PRK' AND host_country = 'RUS' AND metric = 'deployed'
      QUALIFY row_number() OVER (PARTITION BY source, scope ORDER BY report_date DESC) = 1
      ORDER BY source, scope
      """,
      new String[] {
        "source,metric,scope,report_date,low,high",
        "National Intelligence Service (South Korea),deployed,increment,2025-02-27,1000,3000",
        "National Intelligence Service (South Korea),deployed,total,2024-11-13,10000,12000",
        "National Intelligence Service (South Korea),deployed,,2024-10-18,1500,1500",
        "Pentagon,deployed,total,2024-11-04,10000,10000",
        "Pentagon,deployed,,2024-10-28,3000,3000"
      }
    },
    {
      "all revisions of the last week of the data",
      """
      SELECT report_date, revision_type, source, new_low, new_high
      FROM revisions
      WHERE report_date > (SELECT max(report_date) FROM revisions) - INTERVAL 7 DAY
      ORDER BY report_date, source
      """,
      new String[] {
        "report_date,revision_type,source,new_low,new_high",
        "2025-02-21,first_report,National Intelligence Service (South Korea),300,300",
        "2025-02-27,new_wave,National Intelligence Service (South Korea),1000,3000"
      }
    },
    {
      "claims citing a given source, with their outlets",
      """
      SELECT published, outlet, low, high
      FROM claims
      WHERE attributed_to = 'Pentagon'
      ORDER BY published
      """,
      new String[] {
        "published,outlet,low,high",
        "2024-10-28,Capitol Ledger,3000,3000",
        "2024-11-04,Capitol Ledger,10000,10000"
      }
    },
  };

  @ParameterizedTest(name = "{0}")
  @FieldSource("ANALYST_QUESTIONS")
  void readmeAnalystQuestionsAnswerFromTheTables(String question, String sql, String[] expected) {
    Run run = query("-w", warehouse.toString(), "--format", "csv", sql);

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines()).containsExactly(expected);
  }

  @Test
  void listColumnsAndDatesPrintReadablyInTheTable() {
    Run run =
        query(
            "-w",
            warehouse.toString(),
            "SELECT report_date, outlets FROM figures WHERE first_doc_id = 'fx-nis-1500'");

    assertThat(run.out().lines())
        .containsExactly(
            "report_date | outlets",
            "------------+---------------------------------",
            "2024-10-18  | [Harbor Wire, The Meridian Post]",
            "(1 row)");
  }

  @Test
  void statementsAreReadFromStandardInputWhenNoneAreGiven() {
    String script =
        """
        -- two questions in one file
        SELECT count(*) AS n FROM claims
        WHERE metric = 'killed';
        SELECT count(DISTINCT source) AS sources FROM figures;
        """;

    Run run =
        query(
            new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
            "-w",
            warehouse.toString(),
            "--format=csv");

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines()).containsExactly("n", "1", "sources", "2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          an unknown table   | SELECT * FROM troops  | Table with name troops does not exist
          a syntax error     | SELEC 1               | syntax error at or near "SELEC"
          """)
  void aFailingStatementExitsOneNamingTheErrorAndTheTables(
      String what, String sql, String message) {
    Run run = query("-w", warehouse.toString(), sql);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains(message)
        .contains("the statement was: " + sql)
        .contains("articles, claims, consensus, coverage, figures, rejects, revisions");
  }

  @Test
  void aMissingWarehouseExitsTwoNamingTheFolder() {
    Path missing = folder.resolve("no-such-warehouse");

    Run run = query("-w", missing.toString(), "SELECT 1");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("warehouse " + missing + " is not a folder")
        .contains("TROOPWATCH_WAREHOUSE");
  }

  @Test
  void aNegativeMaxWidthIsABadCommandLine() {
    Run run = query("-w", warehouse.toString(), "--max-width", "-3", "SELECT 1");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--max-width must be >= 0, got -3");
  }

  @Test
  void aFolderPathWithAQuoteIsQuotedInTheView() {
    assertThat(WarehouseViews.createView(Path.of("/tmp/o'brien"), "claims"))
        .isEqualTo(
            "CREATE OR REPLACE VIEW claims AS SELECT * FROM"
                + " read_parquet('/tmp/o''brien/claims/**/*.parquet', hive_partitioning = true)");
  }

  private static String duckDbType(DataType type) {
    if (type instanceof ArrayType array) {
      return duckDbType(array.elementType()) + "[]";
    }
    Map<DataType, String> names =
        Map.of(
            DataTypes.StringType, "VARCHAR",
            DataTypes.LongType, "BIGINT",
            DataTypes.IntegerType, "INTEGER",
            DataTypes.DoubleType, "DOUBLE",
            DataTypes.BooleanType, "BOOLEAN",
            DataTypes.DateType, "DATE",
            DataTypes.TimestampType, "TIMESTAMP WITH TIME ZONE");
    return names.get(type);
  }
}
