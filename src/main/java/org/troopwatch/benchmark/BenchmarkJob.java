package org.troopwatch.benchmark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.troopwatch.combine.CombineJob;
import org.troopwatch.common.Claim;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.SparkSessions;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.flag.FlagJob;
import org.troopwatch.ingest.IngestJob;
import org.troopwatch.ingest.InputFormat;
import org.troopwatch.ingest.InputReader;
import org.troopwatch.tag.Gazetteer;
import org.troopwatch.tag.TagJob;
import org.troopwatch.tag.TagPipeline;
import org.troopwatch.tag.claim.ClaimExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Times the floor and every stage of the nightly over a corpus, in one Spark application. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description =
        "Time the floor (Spark reading the input and summing text lengths) and ingest, tag,"
            + " combine and flag over a corpus into a fresh warehouse, then the tag stage's Spark NLP"
            + " part alone (tag-nlp); print per step articles, MB, seconds, articles/s, MB/s, peak"
            + " driver memory and the ratio to the floor, then one JSON line for the whole nightly.")
public final class BenchmarkJob implements Callable<Integer> {

  /** The corpus's fields, as the JSON Lines corpora and the replicas have them. */
  static final StructType CORPUS =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("outlet", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType);

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description =
          "The corpus: a JSON Lines (.jsonl, .jsonl.gz) or Parquet file or folder, with doc_id,"
              + " url, outlet, published, title, text; or `sample`, the sample corpus embedded in"
              + " the jar, read as nightly reads it without --input (a small night). Required"
              + " (jobs/benchmark passes ../shared/corpus/reuters-ding2014 when it exists).")
  String input;

  @Option(
      names = "--replicas",
      paramLabel = "N[,N...]",
      split = ",",
      defaultValue = "1",
      description =
          "Run over N copies of the corpus (ids suffixed, dates shifted, written once as Parquet"
              + " under --work); a list (1,3,10) runs each size in turn and ends with a table of"
              + " seconds per stage by size. Default: ${DEFAULT-VALUE}.")
  List<Integer> replicas;

  /** The default --work: outside any checkout, so that a 1.8 GB replica is never left in one. */
  static final String DEFAULT_WORK =
      Path.of(System.getProperty("java.io.tmpdir"), "troopwatch-benchmark").toString();

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description =
          "Folder for the replicas (kept for the next run) and the benchmark's warehouse (emptied"
              + " before each size). Default: troopwatch-benchmark in the system's temporary"
              + " folder.")
  String work = DEFAULT_WORK;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description =
          "Articles (JSON Lines) to tag twice, through the Spark path and the LightPipeline path,"
              + " to check that both find the same claims. Without it, no check.")
  Path gold;

  private final DriverMemory memory = new DriverMemory();

  // Spark jobs started per stage: a fixed cost each (planning, code generation, scheduling) that
  // the load of a shared machine does not blur, so a small night's cost is read from it too.
  private final java.util.concurrent.atomic.AtomicInteger jobsStarted =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.Map<String, Integer> jobsPerStage = new java.util.LinkedHashMap<>();

  // CPU seconds of the whole process per stage (driver and, under a local master, executors):
  // on a shared machine the wall clock counts the other users' load, this much less.
  private final java.util.Map<String, String> cpuPerStage = new java.util.LinkedHashMap<>();

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  private void validate() {
    if (input == null || input.isBlank()) {
      throw new ParameterException(
          spec.commandLine(), "--input is required: name the corpus to measure");
    }
    for (int copies : replicas) {
      if (copies < 1) {
        throw new ParameterException(
            spec.commandLine(), "--replicas must be at least 1, not " + copies);
      }
    }
    if (work == null || work.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--work must name a folder");
    }
    if (gold != null && !Files.isRegularFile(gold)) {
      throw new ParameterException(spec.commandLine(), "--gold " + gold + " is not a file");
    }
  }

  @Override
  public Integer call() {
    validate();
    SparkSession spark = SparkSessions.forJob("benchmark");
    org.apache.spark.scheduler.SparkListener jobCounter =
        new org.apache.spark.scheduler.SparkListener() {
          @Override
          public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
            jobsStarted.incrementAndGet();
          }
        };
    spark.sparkContext().addSparkListener(jobCounter);
    try {
      return measure(spark);
    } finally {
      spark.sparkContext().removeSparkListener(jobCounter);
    }
  }

  private int measure(SparkSession spark) {
    PrintStream out = System.out;
    List<BenchmarkReport> reports = new ArrayList<>();
    ClaimParity parity = null;
    boolean checked = false;
    boolean complete = true;
    for (int copies : replicas) {
      String load = loadAverage();
      String corpus = copies == 1 ? input : replicaOf(spark, input, copies);
      Measurement floor = measureFloor(spark, corpus);
      List<Measurement> stages = runStages(spark, corpus, floor);
      boolean done = stages.stream().allMatch(Measurement::completed) && stages.size() == 4;
      Measurement tagNlp = done ? measureTagNlp(spark, floor) : null;
      // The claim check does not depend on the corpus: once, after the first complete size.
      if (done && !checked && gold != null) {
        parity = checkClaims(spark, gold);
        checked = true;
      }
      complete &= done;
      BenchmarkReport report =
          new BenchmarkReport(corpus, copies, floor, stages, done ? parity : null, tagNlp);
      reports.add(report);
      out.println("load average before: " + load + "  after: " + loadAverage());
      out.println(
          memory.peak().rssSinceReset()
              ? "rss MB: peak resident set of each step (VmHWM, reset before each step)"
              : "rss MB: peak resident set since the JVM started (this kernel cannot reset VmHWM)");
      report.tableLines().forEach(out::println);
      out.println("spark jobs started: " + jobsPerStage);
      out.println("process cpu seconds: " + cpuPerStage);
      out.flush();
    }
    if (reports.size() > 1) {
      out.println("seconds per stage by size (linear cost: flat s/1k art, x seconds = x articles)");
      BenchmarkReport.costCurve(reports).forEach(out::println);
    }
    // The last lines: one JSON object per size, the largest last.
    reports.forEach(report -> out.println(report.jsonLine()));
    out.flush();
    return complete ? 0 : 1;
  }

  // ------------------------------------------------------------------ the corpus

  /** The --input value that names the sample corpus embedded in the jar. */
  static final String SAMPLE = "sample";

  /**
   * The corpus's rows as the floor reads them: Parquet by Spark, the embedded sample from the jar,
   * anything else as JSON Lines.
   */
  static Dataset<Row> readCorpus(SparkSession spark, String path) {
    if (path.equals(SAMPLE)) {
      return spark.read().schema(CORPUS).json(sampleLines(spark));
    }
    if (isParquet(spark, path)) {
      return spark.read().parquet(path);
    }
    return spark.read().schema(CORPUS).option("recursiveFileLookup", "true").json(path);
  }

  // The embedded sample's lines, read from the jar as ingest reads them (InputReader.SAMPLE).
  private static Dataset<String> sampleLines(SparkSession spark) {
    try (var in = BenchmarkJob.class.getClassLoader().getResourceAsStream(InputReader.SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("no sample corpus " + InputReader.SAMPLE + " in the jar");
      }
      List<String> lines =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank())
              .toList();
      return spark.createDataset(lines, org.apache.spark.sql.Encoders.STRING());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample corpus", e);
    }
  }

  private static boolean isParquet(SparkSession spark, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      var files = fs.listFiles(p, true);
      while (files.hasNext()) {
        String name = files.next().getPath().getName();
        if (!name.startsWith("_") && !name.startsWith(".")) {
          return InputFormat.of(name) == InputFormat.PARQUET;
        }
      }
      throw new IllegalArgumentException("--input " + path + " holds no files");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list --input " + path, e);
    }
  }

  /**
   * The corpus x N as Parquet under --work, written on the first run and reused after (its name
   * says which input and how many copies).
   */
  private String replicaOf(SparkSession spark, String source, int copies) {
    String name =
        new org.apache.hadoop.fs.Path(source).getName().replaceAll("[^A-Za-z0-9._-]", "_");
    String target =
        new org.apache.hadoop.fs.Path(work, "replica-" + name + "-x" + copies).toString();
    if (exists(spark, new org.apache.hadoop.fs.Path(target, "_SUCCESS").toString())) {
      System.out.println("replica: reusing " + target);
      return target;
    }
    long started = System.nanoTime();
    Dataset<Row> articles = readCorpus(spark, source).selectExpr(CORPUS.fieldNames());
    Row span =
        articles
            .agg(
                functions.min(functions.to_date(col("published"))),
                functions.max(functions.to_date(col("published"))))
            .first();
    int shift = Replicas.shiftDays(span.getDate(0).toLocalDate(), span.getDate(1).toLocalDate());
    Replicas.replicate(articles, copies, shift).write().mode(SaveMode.Overwrite).parquet(target);
    System.out.printf(
        "replica: %d copies, %d days apart, written to %s in %.1f s%n",
        copies, shift, target, (System.nanoTime() - started) / 1e9);
    return target;
  }

  private static boolean exists(SparkSession spark, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ measuring

  /**
   * The floor: Spark reads the corpus and sums its texts' UTF-8 lengths. Run twice, the faster run
   * kept, so that the JVM's warm-up is not counted against the floor.
   */
  private Measurement measureFloor(SparkSession spark, String corpus) {
    Measurement best = null;
    for (int run = 0; run < 2; run++) {
      memory.reset();
      long started = System.nanoTime();
      Row sums =
          readCorpus(spark, corpus)
              .agg(
                  functions.count(functions.lit(1)),
                  functions.sum(functions.octet_length(col("text"))))
              .first();
      double seconds = (System.nanoTime() - started) / 1e9;
      DriverMemory.Peak peak = memory.peak();
      Measurement m =
          new Measurement(
              "floor",
              sums.getLong(0),
              sums.getLong(1),
              seconds,
              peak.rssBytes(),
              peak.heapBytes());
      if (best == null || m.seconds() < best.seconds()) {
        best = m;
      }
    }
    return best;
  }

  /** The benchmark's warehouse, under --work. */
  private String warehouse() {
    return new org.apache.hadoop.fs.Path(work, "warehouse").toString();
  }

  /** Ingest, tag, combine and flag in order into a fresh warehouse under --work, each timed. */
  private List<Measurement> runStages(SparkSession spark, String corpus, Measurement floor) {
    String warehouse = warehouse();
    deleteFolder(spark, warehouse);
    // The embedded sample is no path: the stages read it as they do without --input.
    List<String> inputs = corpus.equals(SAMPLE) ? List.of() : List.of(corpus);
    StageOptions options = StageOptions.of(warehouse, inputs, DateRange.ALL);
    List<StageCommand> jobs =
        List.of(new IngestJob(), new TagJob(), new CombineJob(), new FlagJob());
    List<String> names = List.of("ingest", "tag", "combine", "flag");
    List<Measurement> measured = new ArrayList<>();
    jobsPerStage.clear();
    cpuPerStage.clear();
    for (int i = 0; i < jobs.size(); i++) {
      memory.reset();
      int jobsBefore = jobsStarted.get();
      long cpuBefore = processCpuNanos();
      long started = System.nanoTime();
      String failure = null;
      try {
        jobs.get(i).withOptions(options).runIn(spark);
      } catch (RuntimeException e) {
        // A stage that fails on the corpus is a finding: report it with the time it ran.
        failure = rootCause(e);
        e.printStackTrace();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      // The listener hears of a job on Spark's event thread, a moment after it started.
      try {
        spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
      } catch (java.util.concurrent.TimeoutException e) {
        // A count short of a late job or two, on a bus that busy: still the order of magnitude.
      }
      jobsPerStage.put(names.get(i), jobsStarted.get() - jobsBefore);
      cpuPerStage.put(
          names.get(i),
          String.format(java.util.Locale.ROOT, "%.1f", (processCpuNanos() - cpuBefore) / 1e9));
      DriverMemory.Peak peak = memory.peak();
      measured.add(
          new Measurement(
              names.get(i),
              floor.articles(),
              floor.textBytes(),
              seconds,
              peak.rssBytes(),
              peak.heapBytes(),
              failure));
      System.out.printf(
          "benchmark: %s %s in %.1f s%n",
          names.get(i), failure == null ? "done" : "FAILED", seconds);
      if (failure != null) {
        break;
      }
    }
    return measured;
  }

  /**
   * The tag stage's Spark NLP part alone ({@link TagJob#annotations}) over the articles the stages
   * wrote, its tokens and gazetteer matches counted so that every annotator runs: what the tag
   * stage costs before part-of-speech tags and claim rules.
   */
  private Measurement measureTagNlp(SparkSession spark, Measurement floor) {
    String warehouse = warehouse();
    memory.reset();
    long started = System.nanoTime();
    Dataset<Row> articles = new Warehouse(spark, warehouse).read(Tables.ARTICLES);
    Row sums =
        TagJob.annotations(spark, articles)
            .agg(
                functions.count(functions.lit(1)),
                functions.sum(functions.size(col("token"))),
                functions.sum(functions.size(col("kb"))))
            .first();
    double seconds = (System.nanoTime() - started) / 1e9;
    DriverMemory.Peak peak = memory.peak();
    System.out.printf(
        "benchmark: tag-nlp done in %.1f s (%d articles annotated, %d tokens, %d gazetteer"
            + " matches)%n",
        seconds,
        sums.getLong(0),
        sums.isNullAt(1) ? 0 : sums.getLong(1),
        sums.isNullAt(2) ? 0 : sums.getLong(2));
    return new Measurement(
        "tag-nlp", floor.articles(), floor.textBytes(), seconds, peak.rssBytes(), peak.heapBytes());
  }

  /** The innermost cause of a failure, as "Class: message". */
  static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static void deleteFolder(SparkSession spark, String folder) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(folder);
      p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty " + folder, e);
    }
  }

  // ------------------------------------------------------------------ the claim check

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final StructType ARTICLES_IN =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("published", DataTypes.DateType)
          .add("outlet", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("language", DataTypes.StringType);

  /**
   * Tags the gold articles through the tag stage's Spark path ({@link TagJob#tagClaims}) and
   * through {@link TagPipeline#annotate} + {@link ClaimExtractor}, and compares the claims.
   */
  static ClaimParity checkClaims(SparkSession spark, Path goldArticles) {
    List<Row> articles = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(goldArticles)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode a = JSON.readTree(line);
        articles.add(
            RowFactory.create(
                a.get("doc_id").asText(),
                java.sql.Date.valueOf(LocalDate.parse(a.get("published").asText())),
                a.path("outlet").isTextual() ? a.get("outlet").asText() : null,
                a.get("text").asText(),
                null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read --gold " + goldArticles, e);
    }
    List<String> viaSpark = new ArrayList<>();
    for (Row r :
        TagJob.tagClaims(spark, spark.createDataFrame(articles, ARTICLES_IN)).collectAsList()) {
      viaSpark.add(ClaimRows.of(r));
    }
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    ClaimExtractor extractor = ClaimExtractor.defaults();
    List<String> viaLight = new ArrayList<>();
    for (Row a : articles) {
      for (Claim c :
          extractor.extract(
              TagPipeline.annotate(
                  model, a.getString(0), a.getDate(1).toLocalDate(), a.getString(3)))) {
        viaLight.add(ClaimRows.of(c));
      }
    }
    return ClaimParity.compare(viaSpark, viaLight);
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
