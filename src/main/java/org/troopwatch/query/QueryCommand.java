package org.troopwatch.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jobs/query}: runs SQL over the warehouse's tables with DuckDB and prints each result, so
 * that analysts can ask questions from a shell without writing code or starting Spark.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs SQL (DuckDB dialect) over the warehouse's tables: each table folder is a view of the"
          + " same name (articles, rejects, claims, figures, revisions, consensus).",
      "With no SQL argument, reads statements from standard input (one per ';' at a line's end)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "1:a statement failed", "2:a bad command line or warehouse"})
public final class QueryCommand implements Callable<Integer> {

  /** How results are printed. */
  public enum Format {
    table,
    csv
  }

  private static final Set<Integer> NUMERIC_TYPES =
      Set.of(
          Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.FLOAT,
          Types.REAL,
          Types.DOUBLE,
          Types.NUMERIC,
          Types.DECIMAL);

  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      defaultValue = "${env:TROOPWATCH_WAREHOUSE:-warehouse}",
      description = "The warehouse folder (default: $TROOPWATCH_WAREHOUSE, else ./warehouse).")
  Path warehouse;

  @Option(
      names = "--format",
      defaultValue = "table",
      description =
          "table (aligned, for people) or csv (for other programs). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--max-width",
      paramLabel = "N",
      defaultValue = "60",
      description =
          "In a table, cut cells longer than N characters; 0 never cuts. Default: ${DEFAULT-VALUE}.")
  int maxWidth;

  @Option(
      names = "--tables",
      description = "List the warehouse's tables with their row counts, then run any SQL given.")
  boolean listTables;

  @Parameters(
      paramLabel = "SQL",
      arity = "0..*",
      description = "Statements to run in order, e.g. \"SELECT * FROM claims LIMIT 5\".")
  List<String> statements = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final InputStream stdin;

  /** A command reading statements, when none are given, from {@code stdin}. */
  public QueryCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Exit codes: 0 done, 1 a statement failed, 2 a bad command line or warehouse. */
  public static void main(String[] args) {
    System.exit(execute(System.in, args));
  }

  /** Runs the command line and returns the exit code, without exiting (for tests). */
  public static int execute(InputStream stdin, String... args) {
    return new CommandLine(new QueryCommand(stdin))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .execute(args);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (maxWidth < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-width must be >= 0, got " + maxWidth);
    }
    List<String> tables;
    try {
      tables = WarehouseViews.tablesIn(warehouse);
    } catch (IllegalArgumentException e) {
      err.println("query: " + e.getMessage());
      return 2;
    }
    List<String> sql = statements.isEmpty() && !listTables ? readStatements() : statements;
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (String table : tables) {
        statement.execute(WarehouseViews.createView(warehouse, table));
      }
      if (listTables) {
        print(statement, tableListing(tables), out);
      }
      for (String one : sql) {
        try {
          print(statement, one, out);
        } catch (SQLException e) {
          err.println("query: " + firstLine(e.getMessage()));
          err.println("query: the statement was: " + one.strip());
          err.println("query: tables in " + warehouse + ": " + String.join(", ", tables));
          return 1;
        }
      }
    } catch (SQLException e) {
      // Only opening DuckDB and creating the views get here: no statement of the user's yet.
      err.println("query: cannot open the warehouse with DuckDB: " + firstLine(e.getMessage()));
      return 1;
    }
    out.flush();
    return 0;
  }

  /** One row per table: its name and row count. */
  static String tableListing(List<String> tables) {
    if (tables.isEmpty()) {
      return "SELECT NULL::VARCHAR AS \"table\", NULL::BIGINT AS \"rows\" WHERE false";
    }
    List<String> counts = new ArrayList<>();
    for (String table : tables) {
      counts.add(
          "SELECT "
              + WarehouseViews.quote(table)
              + " AS \"table\", count(*) AS \"rows\" FROM "
              + table);
    }
    return String.join(" UNION ALL ", counts) + " ORDER BY 1";
  }

  /** Statements in a script: split where a ';' ends a line; '--' comment lines dropped. */
  static List<String> splitScript(String script) {
    List<String> found = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.stripTrailing().endsWith(";")) {
        addStatement(found, current);
      }
    }
    addStatement(found, current);
    return found;
  }

  private static void addStatement(List<String> found, StringBuilder current) {
    String text = current.toString().strip();
    if (text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    if (!text.isEmpty()) {
      found.add(text);
    }
    current.setLength(0);
  }

  private List<String> readStatements() throws IOException {
    return splitScript(new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
  }

  private void print(Statement statement, String sql, PrintWriter out) throws SQLException {
    if (!statement.execute(sql)) {
      return; // DDL or a COPY: nothing to show
    }
    try (ResultSet results = statement.getResultSet()) {
      TextTable table = read(results);
      out.print(format == Format.csv ? table.csv() : table.aligned(maxWidth));
    }
    out.flush();
  }

  private static TextTable read(ResultSet results) throws SQLException {
    ResultSetMetaData meta = results.getMetaData();
    List<String> columns = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    for (int c = 1; c <= meta.getColumnCount(); c++) {
      columns.add(meta.getColumnLabel(c));
      numeric.add(NUMERIC_TYPES.contains(meta.getColumnType(c)));
    }
    List<List<String>> rows = new ArrayList<>();
    while (results.next()) {
      List<String> row = new ArrayList<>();
      for (int c = 1; c <= columns.size(); c++) {
        // getString renders lists as [a, b], dates as ISO and timestamps without a zone.
        row.add(results.getObject(c) == null ? null : results.getString(c));
      }
      rows.add(row);
    }
    return new TextTable(columns, numeric, rows);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
