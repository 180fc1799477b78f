package org.troopwatch.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.troopwatch.common.Tables;

/**
 * Writes the tiny warehouse of {@code fixture-warehouse.sql} (every table, NIS and Pentagon figures
 * on North Korean troops in Russia) into a folder, with DuckDB and no Spark.
 */
final class FixtureWarehouse {

  private FixtureWarehouse() {}

  /** Writes the fixture's tables under {@code warehouse} and returns it. */
  static Path create(Path warehouse) throws IOException, SQLException {
    for (Tables.Table table : Tables.ALL) {
      Files.createDirectories(warehouse.resolve(table.name()));
    }
    String script;
    try (InputStream in = FixtureWarehouse.class.getResourceAsStream("fixture-warehouse.sql")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String folder = warehouse.toAbsolutePath().toString().replace("'", "''");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (String sql : QueryCommand.splitScript(script.replace("${warehouse}", folder))) {
        statement.execute(sql);
      }
    }
    return warehouse;
  }
}
