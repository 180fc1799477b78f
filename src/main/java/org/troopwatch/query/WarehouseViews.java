package org.troopwatch.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tables found in a warehouse folder, as DuckDB views: a table is a sub-folder holding Parquet
 * files; the warehouse's own bookkeeping folders ({@code _staging}, {@code _commits}, ...) are not.
 */
public final class WarehouseViews {

  private WarehouseViews() {}

  /** The names of the tables published under {@code warehouse}, sorted. */
  public static List<String> tablesIn(Path warehouse) {
    if (!Files.isDirectory(warehouse)) {
      throw new IllegalArgumentException(
          "warehouse " + warehouse + " is not a folder (set --warehouse or TROOPWATCH_WAREHOUSE)");
    }
    try (Stream<Path> children = Files.list(warehouse)) {
      return children
          .filter(Files::isDirectory)
          .filter(dir -> isTableName(dir.getFileName().toString()))
          .filter(WarehouseViews::holdsParquet)
          .map(dir -> dir.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list warehouse " + warehouse, e);
    }
  }

  /**
   * The statement that makes {@code table} a view over its Parquet files, partition folders ({@code
   * key=value}) read as columns.
   */
  public static String createView(Path warehouse, String table) {
    if (!isTableName(table)) {
      throw new IllegalArgumentException("not a table name: " + table);
    }
    String glob = warehouse.toAbsolutePath().resolve(table) + "/**/*.parquet";
    return "CREATE OR REPLACE VIEW "
        + table
        + " AS SELECT * FROM read_parquet("
        + quote(glob)
        + ", hive_partitioning = true)";
  }

  /** A SQL string literal. */
  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  // Table folders are plain identifiers, so view names need no quoting; Spark and Hadoop mark
  // their own files and folders with a leading '_' or '.'.
  private static boolean isTableName(String name) {
    return name.matches("[a-z][a-z0-9_]*");
  }

  private static boolean holdsParquet(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list table folder " + dir, e);
    }
  }
}
