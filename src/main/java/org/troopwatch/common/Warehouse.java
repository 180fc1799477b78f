package org.troopwatch.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The warehouse folder: named Parquet tables, each published atomically.
 *
 * <p>Layout: {@code <warehouse>/<table>/} holds the published Parquet files that readers use;
 * {@code <warehouse>/_staging/} holds tables being written; {@code <warehouse>/_commits/<table>} is
 * the journal of a swap in progress, so that a run killed between the two renames of a swap is
 * rolled forward by the next one. A failed write never touches the published folder.
 *
 * <p>Crash safety: a process killed at any point leaves each table either as it was or as the
 * killed run published it, once the warehouse is opened again (the constructor rolls forward a
 * journaled swap whose staged files are complete, and drops the trash). Staged folders of killed
 * runs are left for {@link #clearAbandonedStaging()}, which only the holder of the warehouse lock
 * may call. Crash tests stop a run at the {@link Checkpoints} {@code publish:<table>:staged} and
 * {@code publish:<table>:between-renames}.
 */
public final class Warehouse {

  private static final String STAGING = "_staging";
  private static final String COMMITS = "_commits";
  private static final String TRASH = "_trash";

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fs;

  public Warehouse(SparkSession spark, String location) {
    this.spark = spark;
    this.root = new Path(location);
    try {
      this.fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.mkdirs(root);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open warehouse " + location + ": " + e.getMessage(), e);
    }
    recoverInterruptedCommits();
  }

  /** The warehouse's root as given. */
  public Path root() {
    return root;
  }

  /** Where a table's published files live. */
  public Path location(Tables.Table table) {
    return new Path(root, table.name());
  }

  /** Whether the table has been published. */
  public boolean exists(Tables.Table table) {
    try {
      return fs.exists(new Path(location(table), "_SUCCESS"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The published table, or an empty one with its schema when it was never published. */
  public Dataset<Row> read(Tables.Table table) {
    if (!exists(table)) {
      return spark.createDataFrame(java.util.List.of(), table.schema());
    }
    return spark.read().schema(table.schema()).parquet(location(table).toString());
  }

  /**
   * Replaces the table with {@code rows} atomically: the rows are written to a staging folder and
   * only then swapped in. Columns are selected and cast to the declared schema, so a stage cannot
   * publish a column the README does not document.
   */
  public void publish(Tables.Table table, Dataset<Row> rows) {
    publish(table, rows, java.util.Map.of());
  }

  /**
   * {@link #publish(Tables.Table, Dataset)} that also returns the given aggregates (named columns
   * such as {@code count(lit(1)).as("rows")}) over the rows written, computed by the write itself
   * ({@link Dataset#observe}) rather than by a second job over the published table.
   */
  public java.util.Map<String, Object> publishObserving(
      Tables.Table table, Dataset<Row> rows, Column metric, Column... moreMetrics) {
    Observation written = new Observation(table.name() + "-written");
    publish(table, conform(table, rows).observe(written, metric, moreMetrics));
    try {
      return written.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting table " + table.name(), e);
    }
  }

  /**
   * {@link #publish(Tables.Table, Dataset)} with Parquet writer options for this write (such as
   * {@code parquet.enable.dictionary#COLUMN = false} for a column of nearly distinct values).
   */
  public void publish(
      Tables.Table table, Dataset<Row> rows, java.util.Map<String, String> writerOptions) {
    Dataset<Row> conformed = conform(table, rows);
    Path staged = new Path(new Path(root, STAGING), table.name() + "-" + UUID.randomUUID());
    var writer = conformed.write().mode(SaveMode.ErrorIfExists).options(writerOptions);
    if (!table.partitionBy().isEmpty()) {
      writer = writer.partitionBy(table.partitionBy().toArray(String[]::new));
    }
    try {
      writer.parquet(staged.toString());
    } catch (Exception e) { // Spark's SparkException is checked but not declared by Scala
      throw writeFailed(table, staged, e);
    }
    Checkpoints.reach("publish:" + table.name() + ":staged");
    swap(table, staged);
  }

  // A full disk or an unwritable folder surfaces as a Spark job failure whose own message names
  // neither the table nor the cause; say both, and free what the failed write left in staging so
  // that a full disk is not made fuller. The published folder was never touched.
  private UncheckedIOException writeFailed(Tables.Table table, Path staged, Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    try {
      fs.delete(staged, true);
    } catch (IOException cleanup) {
      e.addSuppressed(cleanup);
    }
    return new UncheckedIOException(
        "publishing table "
            + table.name()
            + " failed while writing "
            + staged
            + " (the published table is unchanged): "
            + root,
        new IOException(e.getMessage(), e));
  }

  /** Selects the table's columns in order, cast to their declared types. */
  public static Dataset<Row> conform(Tables.Table table, Dataset<Row> rows) {
    StructType given = rows.schema();
    Column[] columns =
        Arrays.stream(table.schema().fields())
            .map(f -> conformColumn(f, given).as(f.name()))
            .toArray(Column[]::new);
    return rows.select(columns);
  }

  // Spark reads every Parquet array as one that may hold nulls, and refuses to cast that to an
  // array declared without them; array_compact gives the declared type (and drops nulls, which
  // the declared type forbids anyway). So a published table can be read and published again.
  private static Column conformColumn(StructField field, StructType given) {
    if (field.nullable() && !Arrays.asList(given.fieldNames()).contains(field.name())) {
      // A nullable column added after the table was written (claims' earlier_count, evidence):
      // older rows read as null, so a warehouse of an earlier version can be read and published.
      return functions.lit(null).cast(field.dataType());
    }
    Column column = functions.col(field.name());
    if (field.dataType() instanceof ArrayType declared
        && !declared.containsNull()
        && Arrays.asList(given.fieldNames()).contains(field.name())
        && given.apply(field.name()).dataType() instanceof ArrayType actual
        && actual.containsNull()
        && actual.elementType().equals(declared.elementType())) {
      return functions.array_compact(column);
    }
    return column.cast(field.dataType());
  }

  private void swap(Tables.Table table, Path staged) {
    Path target = location(table);
    Path trash = new Path(new Path(root, TRASH), table.name() + "-" + UUID.randomUUID());
    Path journal = new Path(new Path(root, COMMITS), table.name());
    try {
      fs.mkdirs(trash.getParent());
      writeJournal(journal, staged, target, trash);
      if (fs.exists(target) && !fs.rename(target, trash)) {
        throw new IOException("cannot move " + target + " aside");
      }
      Checkpoints.reach("publish:" + table.name() + ":between-renames");
      if (!fs.rename(staged, target)) {
        throw new IOException("cannot move " + staged + " to " + target);
      }
      fs.delete(journal, false);
      fs.delete(trash, true);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "publishing table " + table.name() + " failed: " + e.getMessage(), e);
    }
  }

  private void writeJournal(Path journal, Path staged, Path target, Path trash) throws IOException {
    fs.mkdirs(journal.getParent());
    try (FSDataOutputStream out = fs.create(journal, true)) {
      out.write((staged + "\n" + target + "\n" + trash + "\n").getBytes(StandardCharsets.UTF_8));
      out.hsync();
    }
  }

  /**
   * Deletes the staged folders that no swap journal refers to: what runs killed while writing left
   * behind. Call it only while holding the warehouse lock, since another writer's staging looks the
   * same.
   */
  public void clearAbandonedStaging() {
    try {
      recoverInterruptedCommits();
      fs.delete(new Path(root, STAGING), true);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot clear the staging folder of " + root + ": " + e.getMessage(), e);
    }
  }

  /** Rolls forward every swap that a killed run left half done, then clears stale staging. */
  private void recoverInterruptedCommits() {
    try {
      Path commits = new Path(root, COMMITS);
      if (fs.exists(commits)) {
        for (var status : fs.listStatus(commits)) {
          rollForward(status.getPath());
        }
      }
      fs.delete(new Path(root, TRASH), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover warehouse " + root + ": " + e.getMessage(), e);
    }
  }

  private void rollForward(Path journal) throws IOException {
    String[] lines;
    try (var in = fs.open(journal)) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
    }
    if (lines.length < 3) {
      fs.delete(journal, false);
      return;
    }
    Path staged = new Path(lines[0]);
    Path target = new Path(lines[1]);
    if (fs.exists(staged) && fs.exists(new Path(staged, "_SUCCESS"))) {
      if (fs.exists(target)) {
        fs.rename(target, new Path(lines[2]));
      }
      fs.rename(staged, target);
    }
    fs.delete(journal, false);
  }
}
