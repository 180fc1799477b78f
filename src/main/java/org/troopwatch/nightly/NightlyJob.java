package org.troopwatch.nightly;

import static org.apache.spark.sql.functions.col;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.troopwatch.combine.CombineJob;
import org.troopwatch.common.Checkpoints;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageCommand;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.common.WarehouseSummary;
import org.troopwatch.flag.FlagJob;
import org.troopwatch.flag.FlagOptions;
import org.troopwatch.ingest.IngestJob;
import org.troopwatch.ingest.IngestOptions;
import org.troopwatch.ingest.IngestResult;
import org.troopwatch.tag.TagJob;
import org.troopwatch.tag.TagOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The scheduled batch: for each day (default yesterday, UTC; {@code --from/--to} backfills day by
 * day in order) it picks the day's input files, then runs ingest, tag, combine and flag over them
 * under the warehouse lock, and appends one row per day to {@code _runs}.
 */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = {
      "Run ingest, tag, combine and flag in order (the scheduled batch), one day at a time.",
      "With --input: --date D (default yesterday, UTC) processes the files of day D (folders"
          + " date=YYYY-MM-DD or YYYY/MM/DD) and the undated files modified since the last"
          + " successful run; --from/--to backfills day by day in order (--to defaults to"
          + " yesterday). Without --input: the embedded sample, all dates unless given.",
      "Exit codes: 0 done, 1 the run failed, 2 a bad command line, 4 another run holds the"
          + " warehouse lock."
    })
public final class NightlyJob extends StageCommand {

  @Spec CommandSpec spec;

  @Option(
      names = "--select",
      paramLabel = "MODE",
      defaultValue = "auto",
      description =
          "How input files are chosen: auto (dated folders by day, undated files by the"
              + " watermark), path-date (dated folders only), watermark (every file modified after"
              + " the last successful run's watermark). Default: ${DEFAULT-VALUE}.")
  String select = "auto";

  // The options of the stages nightly runs, declared once by each stage (combine has none beyond
  // the common ones).
  @Mixin IngestOptions ingestOptions = new IngestOptions();

  @Mixin TagOptions tagOptions = new TagOptions();

  @Mixin FlagOptions flagOptions = new FlagOptions();

  private WarehouseLock lock;

  @Override
  protected String name() {
    return "nightly";
  }

  /** The selection mode named by --select. */
  InputSelector.Mode mode() {
    try {
      return InputSelector.Mode.valueOf(select.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--select must be auto, path-date or watermark, not '" + select + "'");
    }
  }

  /** For tests: the same command with another selection mode. */
  public NightlyJob withSelect(String mode) {
    this.select = mode;
    return this;
  }

  // Checks the options, then takes the lock before Spark starts, so an overlapping run costs
  // nothing; the run releases it, and so does the JVM's exit if Spark never starts.
  @Override
  protected void validate() {
    mode();
    ingestOptions.validate();
    tagOptions.validate();
    flagOptions.validate();
    DateRange dates = options.dates();
    if (dates.from() == null && dates.to() != null) {
      throw new ParameterException(spec.commandLine(), "--to needs --from");
    }
    if (!options.inputs().isEmpty() && days(dates, yesterday()).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--from " + dates.from() + " is after yesterday, " + yesterday());
    }
    WarehouseLock taken = WarehouseLock.acquire(options.warehouse(), new Configuration());
    lock = taken;
    Runtime.getRuntime().addShutdownHook(new Thread(taken::close, "nightly-lock-release"));
  }

  @Override
  protected void run(SparkSession spark, Warehouse warehouse) {
    if (lock == null) {
      lock = WarehouseLock.acquire(options.warehouse(), spark.sparkContext().hadoopConfiguration());
    }
    try {
      warehouse.clearAbandonedStaging();
      String batchId =
          DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                  .withZone(ZoneOffset.UTC)
                  .format(Instant.now())
              + "-"
              + ProcessHandle.current().pid();
      if (options.inputs().isEmpty()) {
        runSample(spark, warehouse, batchId);
      } else {
        List<InputSelector.InputFile> listed = InputSelector.list(spark, options.inputs());
        for (LocalDate day : days(options.dates(), yesterday())) {
          runDay(spark, warehouse, batchId, day, listed);
        }
      }
      WarehouseSummary.print(spark, warehouse, System.out);
    } finally {
      lock.close();
      lock = null;
    }
  }

  /** The days to process, in order: the given range, its open end closed at yesterday. */
  static List<LocalDate> days(DateRange given, LocalDate yesterday) {
    if (given.isAll()) {
      return List.of(yesterday);
    }
    LocalDate last = given.to() == null ? yesterday : given.to();
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = given.from(); !d.isAfter(last); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }

  private static LocalDate yesterday() {
    return LocalDate.now(ZoneOffset.UTC).minusDays(1);
  }

  private void runDay(
      SparkSession spark,
      Warehouse warehouse,
      String batchId,
      LocalDate day,
      List<InputSelector.InputFile> listed) {
    RunRecord run = newRun(spark, batchId + "-" + day, batchId, day);
    Instant watermark = lastWatermark(warehouse);
    InputSelector.Selection selection = InputSelector.select(listed, day, watermark, mode());
    run.inputs = selection.paths();
    run.watermark = watermark;
    if (selection.files().isEmpty()) {
      run.status = RunRecord.NO_INPUT;
      record(warehouse, run);
      return;
    }
    // The files choose the day: every record in them is ingested, whatever its publication date,
    // and the later stages redo the publication dates those files hold.
    runStages(
        spark,
        warehouse,
        run,
        selection.paths(),
        DateRange.ALL,
        () -> span(warehouse, selection.paths(), day));
    run.watermark = selection.watermark();
    run.status = RunRecord.SUCCEEDED;
    record(warehouse, run);
  }

  private void runSample(SparkSession spark, Warehouse warehouse, String batchId) {
    DateRange dates = options.dates();
    RunRecord run =
        newRun(
            spark,
            batchId,
            batchId,
            dates.from() != null && dates.from().equals(dates.to()) ? dates.from() : null);
    run.inputs = List.of("classpath:" + org.troopwatch.ingest.InputReader.SAMPLE);
    runStages(spark, warehouse, run, List.of(), dates, () -> dates);
    run.status = RunRecord.SUCCEEDED;
    record(warehouse, run);
  }

  private void runStages(
      SparkSession spark,
      Warehouse warehouse,
      RunRecord run,
      List<String> inputs,
      DateRange ingestDates,
      Supplier<DateRange> laterDates) {
    try {
      long t = System.nanoTime();
      Checkpoints.reach("stage:ingest");
      IngestJob ingest = new IngestJob().withReading(ingestOptions);
      ingest.withOptions(StageOptions.of(options.warehouse(), inputs, ingestDates));
      IngestResult counts = ingest.ingest(spark, warehouse);
      System.out.println(counts.reconciliationLine());
      run.ingest = counts;
      run.ingestSeconds = seconds(t);

      DateRange dates = laterDates.get();
      // All dates (the sample without --date): the record names the span the articles cover.
      DateRange covered = dates.isAll() ? publishedSpan(warehouse) : dates;
      run.datesFrom = covered.from();
      run.datesTo = covered.to();
      StageOptions later = StageOptions.of(options.warehouse(), List.of(), dates);

      t = System.nanoTime();
      Checkpoints.reach("stage:tag");
      new TagJob().withTagOptions(tagOptions).withOptions(later).runIn(spark);
      run.tagSeconds = seconds(t);
      run.claims = count(warehouse, Tables.CLAIMS, dates, "published");
      System.out.printf(
          Locale.ROOT,
          "tag: %,d claims published %s to %s in %.1f s%n",
          run.claims,
          run.datesFrom,
          run.datesTo,
          run.tagSeconds);

      t = System.nanoTime();
      Checkpoints.reach("stage:combine");
      new CombineJob().withOptions(later).runIn(spark);
      run.combineSeconds = seconds(t);
      run.figures = count(warehouse, Tables.FIGURES, dates, "report_date");

      t = System.nanoTime();
      Checkpoints.reach("stage:flag");
      new FlagJob().withFlagOptions(flagOptions).withOptions(later).runIn(spark);
      run.flagSeconds = seconds(t);
      run.revisions = count(warehouse, Tables.REVISIONS, dates, "report_date");
    } catch (RuntimeException e) {
      run.status = RunRecord.FAILED;
      run.error = e.toString();
      try {
        record(warehouse, run);
      } catch (RuntimeException recordFailed) {
        e.addSuppressed(recordFailed);
      }
      throw e;
    }
  }

  private RunRecord newRun(SparkSession spark, String runId, String batchId, LocalDate day) {
    RunRecord run = new RunRecord(runId, batchId, day, Instant.now());
    run.sparkAppId = spark.sparkContext().applicationId();
    run.host = hostName();
    return run;
  }

  /** Appends the run's row to {@code _runs} and prints it as one line. */
  private static void record(Warehouse warehouse, RunRecord run) {
    SparkSession spark = warehouse.read(Tables.RUNS).sparkSession();
    Dataset<Row> row =
        spark.createDataFrame(List.of(run.toRow(Instant.now())), Tables.RUNS.schema());
    warehouse.publish(Tables.RUNS, warehouse.read(Tables.RUNS).unionByName(row));
    System.out.println(summary(run));
  }

  /** The line printed per day, e.g. for the log of a scheduled run. */
  static String summary(RunRecord run) {
    IngestResult c = run.ingest;
    return String.format(
        Locale.ROOT,
        "nightly %s: %s; %d input files; records read %d, articles %d, rejects %d, duplicates"
            + " %d; claims %d, figures %d, revisions %d (dates %s to %s); ingest %.1f s, tag %.1f"
            + " s, combine %.1f s, flag %.1f s%s",
        run.runDate == null ? "sample" : run.runDate,
        run.status,
        run.inputs.size(),
        c == null ? 0 : c.recordsRead(),
        c == null ? 0 : c.articles(),
        c == null ? 0 : c.rejects(),
        c == null ? 0 : c.duplicates(),
        run.claims,
        run.figures,
        run.revisions,
        run.datesFrom == null ? "..." : run.datesFrom,
        run.datesTo == null ? "..." : run.datesTo,
        run.ingestSeconds,
        run.tagSeconds,
        run.combineSeconds,
        run.flagSeconds,
        run.error == null ? "" : "; error: " + run.error);
  }

  /** The watermark of the latest run that finished, or null when none did. */
  static Instant lastWatermark(Warehouse warehouse) {
    Row latest =
        warehouse
            .read(Tables.RUNS)
            .where(col("status").isin(RunRecord.SUCCEEDED, RunRecord.NO_INPUT))
            .agg(functions.max("watermark"))
            .first();
    return latest.isNullAt(0) ? null : latest.getTimestamp(0).toInstant();
  }

  /**
   * The publication dates of the articles read from {@code files} (by this run or an earlier one),
   * or the day itself when they hold none.
   */
  static DateRange span(Warehouse warehouse, List<String> files, LocalDate day) {
    Row bounds =
        warehouse
            .read(Tables.ARTICLES)
            .where(col("source_file").isin(files.toArray()))
            .agg(functions.min("published"), functions.max("published"))
            .first();
    if (bounds.isNullAt(0)) {
      return new DateRange(day, day);
    }
    return new DateRange(bounds.getDate(0).toLocalDate(), bounds.getDate(1).toLocalDate());
  }

  /** The first and last publication day in the articles table ({@link DateRange#ALL} if none). */
  static DateRange publishedSpan(Warehouse warehouse) {
    Row bounds =
        warehouse
            .read(Tables.ARTICLES)
            .agg(functions.min("published"), functions.max("published"))
            .first();
    return bounds.isNullAt(0)
        ? DateRange.ALL
        : new DateRange(bounds.getDate(0).toLocalDate(), bounds.getDate(1).toLocalDate());
  }

  private static long count(
      Warehouse warehouse, Tables.Table table, DateRange dates, String column) {
    return warehouse.read(table).where(dates.filter(column)).count();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
