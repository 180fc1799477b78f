package org.troopwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads every input into {@link SourceRecord} rows in one pass: files, folders, globs and any
 * Hadoop file system URI. JSON Lines, CSV/TSV and WARC files are read whole by one task each (so
 * line numbers and byte offsets are exact, and .gz/.bz2 are decompressed by Hadoop's codecs);
 * Parquet goes through Spark's reader; with no input, the sample corpus packaged in the jar.
 */
public final class InputReader {

  /** The classpath resource of the sample corpus read when no input is given. */
  public static final String SAMPLE = "org/troopwatch/sample/articles.jsonl";

  private InputReader() {}

  /** One input file and its format. */
  record InputFile(String path, InputFormat format) implements Serializable {}

  /**
   * With Parquet inputs, the column after the {@link SourceRecord#SCHEMA} columns: a Parquet
   * record's own fields as a struct (null for other records), whose JSON is its payload. Parquet
   * records leave {@code payload} null and the JSON is made for rejects only: writing every
   * record's text as JSON cost a tenth of ingest's time.
   */
  public static final String PAYLOAD_FIELDS = "payload_fields";

  /**
   * All records of the inputs, or of the sample corpus when {@code inputs} is empty: rows of {@link
   * SourceRecord#SCHEMA}, plus {@link #PAYLOAD_FIELDS} when an input is Parquet.
   */
  public static Dataset<Row> read(SparkSession spark, List<String> inputs, FieldMapping mapping) {
    if (inputs.isEmpty()) {
      return sample(spark, mapping);
    }
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = list(hadoop, inputs);
    // Paths, not InputFile records, are shipped: Kryo cannot serialise records.
    List<String> streamed =
        files.stream().filter(f -> f.format() != InputFormat.PARQUET).map(InputFile::path).toList();
    List<String> parquet =
        files.stream().filter(f -> f.format() == InputFormat.PARQUET).map(InputFile::path).toList();
    Dataset<Row> records = null;
    if (!streamed.isEmpty()) {
      Map<String, String> settings = settings(hadoop);
      JavaRDD<Row> rows =
          JavaSparkContext.fromSparkContext(spark.sparkContext())
              .parallelize(streamed, streamed.size())
              .flatMap(
                  path ->
                      asRows(
                          open(
                              new InputFile(path, InputFormat.of(new Path(path).getName())),
                              mapping,
                              configuration(settings))));
      int parallelism = spark.sparkContext().defaultParallelism();
      // One task per file keeps line numbers exact; with fewer files than cores the records are
      // spread out once, since checking and MinHash cost far more CPU than the read.
      if (streamed.size() < parallelism) {
        rows = rows.repartition(parallelism);
      }
      records = spark.createDataFrame(rows, SourceRecord.SCHEMA);
    }
    if (!parquet.isEmpty()) {
      Dataset<Row> table = parquet(spark, parquet, mapping);
      records =
          records == null
              ? table
              : records
                  .withColumn(
                      PAYLOAD_FIELDS,
                      functions.lit(null).cast(table.schema().apply(PAYLOAD_FIELDS).dataType()))
                  .union(table);
    }
    return records;
  }

  /**
   * The files the inputs name, sorted; throws IllegalArgumentException for an input that matches
   * none.
   */
  static List<InputFile> list(Configuration hadoop, List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      List<InputFile> matched = new ArrayList<>();
      try {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(hadoop);
        FileStatus[] statuses = fs.globStatus(pattern);
        if (statuses != null) {
          for (FileStatus status : statuses) {
            if (status.isDirectory()) {
              RemoteIterator<LocatedFileStatus> inside = fs.listFiles(status.getPath(), true);
              while (inside.hasNext()) {
                Path path = inside.next().getPath();
                if (!hidden(status.getPath(), path)) {
                  matched.add(new InputFile(path.toString(), InputFormat.of(path.getName())));
                }
              }
            } else {
              Path path = status.getPath();
              matched.add(new InputFile(path.toString(), InputFormat.of(path.getName())));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
      }
      if (matched.isEmpty()) {
        throw new IllegalArgumentException("input " + input + " matches no files");
      }
      files.addAll(matched);
    }
    files.sort(java.util.Comparator.comparing(InputFile::path));
    return files.stream().distinct().toList();
  }

  // Spark and Hadoop mark their own files with _ or . (_SUCCESS, .crc, _temporary/).
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (p.getName().startsWith("_") || p.getName().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The records of one file, read lazily; a file that cannot be opened yields one reject. */
  static RecordIterator open(InputFile file, FieldMapping mapping, Configuration hadoop) {
    try {
      Path path = new Path(file.path());
      InputStream raw = path.getFileSystem(hadoop).open(path);
      CompressionCodec codec = new CompressionCodecFactory(hadoop).getCodec(path);
      // jwarc reads gzip-per-record WARC itself; every other codec is undone here.
      boolean warcGzip = file.format() == InputFormat.WARC && path.getName().endsWith(".gz");
      InputStream in = codec == null || warcGzip ? raw : codec.createInputStream(raw);
      return switch (file.format()) {
        case JSONL -> jsonLines(file.path(), ByteOrderMark.detect(in), mapping);
        case CSV -> new DelimitedRows(file.path(), ByteOrderMark.detect(in).reader(), ',', mapping);
        case TSV ->
            new DelimitedRows(file.path(), ByteOrderMark.detect(in).reader(), '\t', mapping);
        case WARC ->
            // Resuming after a damaged record needs offsets in the file as stored: plain or gzip.
            new WarcPages(
                file.path(),
                in,
                codec == null || warcGzip ? at -> openAt(path, hadoop, at) : null,
                warcGzip);
        case PARQUET -> throw new IllegalArgumentException("Parquet is read by Spark");
      };
    } catch (IOException | RuntimeException e) {
      return new Failed(file.path(), e);
    }
  }

  // The raw bytes of a file from an offset on, for a WARC reader resuming after a damaged record.
  private static InputStream openAt(Path path, Configuration hadoop, long offset)
      throws IOException {
    org.apache.hadoop.fs.FSDataInputStream in = path.getFileSystem(hadoop).open(path);
    in.seek(offset);
    return in;
  }

  // A UTF-8 file's offsets count from its first byte, the mark included; a UTF-16 file is read
  // as its text encoded in UTF-8, so its offsets count those bytes after the mark.
  private static JsonLines jsonLines(
      String path, ByteOrderMark.Detected text, FieldMapping mapping) {
    boolean utf8 = text.charset().equals(StandardCharsets.UTF_8);
    return new JsonLines(path, text.utf8(), mapping, utf8 ? text.markBytes() : 0);
  }

  private static Iterator<Row> asRows(Iterator<SourceRecord> records) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        return records.next().toRow();
      }
    };
  }

  private static Dataset<Row> parquet(
      SparkSession spark, List<String> paths, FieldMapping mapping) {
    Dataset<Row> table =
        spark.read().option("mergeSchema", "true").parquet(paths.toArray(String[]::new));
    List<String> names = List.of(table.columns());
    List<Column> columns = new ArrayList<>();
    columns.add(functions.input_file_name().as("source_file"));
    columns.add(functions.lit(null).cast(DataTypes.LongType).as("line_number"));
    columns.add(functions.lit(null).cast(DataTypes.LongType).as("byte_offset"));
    Column[] all = names.stream().map(functions::col).toArray(Column[]::new);
    columns.add(functions.lit(null).cast(DataTypes.StringType).as("payload"));
    for (String field : FieldMapping.FIELDS) {
      String source = mapping.sourceName(field);
      columns.add(
          (names.contains(source)
                  ? functions.col(source).cast(DataTypes.StringType)
                  : functions.lit(null).cast(DataTypes.StringType))
              .as(field));
    }
    columns.add(functions.lit(null).cast(DataTypes.StringType).as("error_reason"));
    columns.add(functions.lit(null).cast(DataTypes.StringType).as("error_detail"));
    columns.add(functions.struct(all).as(PAYLOAD_FIELDS));
    return table.select(columns.toArray(Column[]::new));
  }

  /** The sample corpus: read in the driver from the classpath, then spread over the cluster. */
  private static Dataset<Row> sample(SparkSession spark, FieldMapping mapping) {
    List<Row> lines = new ArrayList<>();
    try (InputStream in = InputReader.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException(
            "no --input given and no sample corpus " + SAMPLE + " on the classpath");
      }
      byte[] bytes = in.readAllBytes();
      long lineNumber = 0;
      int start = 0;
      for (int i = 0; i <= bytes.length; i++) {
        if (i == bytes.length || bytes[i] == '\n') {
          lineNumber++;
          String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
          if (!line.isBlank()) {
            lines.add(RowFactory.create("classpath:" + SAMPLE, lineNumber, (long) start, line));
          }
          start = i + 1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample corpus " + SAMPLE, e);
    }
    StructType schema =
        new StructType()
            .add("source_file", DataTypes.StringType)
            .add("line_number", DataTypes.LongType)
            .add("byte_offset", DataTypes.LongType)
            .add("line", DataTypes.StringType);
    return spark
        .createDataFrame(lines, schema)
        .map(
            (org.apache.spark.api.java.function.MapFunction<Row, Row>)
                row ->
                    JsonLines.parse(
                            row.getString(0),
                            row.getLong(1),
                            row.getLong(2),
                            row.getString(3),
                            mapping)
                        .toRow(),
            Encoders.row(SourceRecord.SCHEMA));
  }

  private static Map<String, String> settings(Configuration hadoop) {
    Map<String, String> settings = new HashMap<>();
    for (Map.Entry<String, String> entry : hadoop) {
      settings.put(entry.getKey(), entry.getValue());
    }
    return settings;
  }

  private static Configuration configuration(Map<String, String> settings) {
    Configuration configuration = new Configuration(false);
    settings.forEach(configuration::set);
    return configuration;
  }

  /** A file that could not be opened: one reject. */
  private static final class Failed extends RecordIterator {
    private final Exception cause;
    private boolean given;

    Failed(String sourceFile, Exception cause) {
      super(sourceFile);
      this.cause = cause;
    }

    @Override
    protected SourceRecord computeNext() {
      if (given) {
        return null;
      }
      given = true;
      return SourceRecord.failed(
          sourceFile, null, 0L, null, RejectReason.UNREADABLE_FILE, "cannot open: " + cause);
    }

    @Override
    public void close() {}
  }
}
