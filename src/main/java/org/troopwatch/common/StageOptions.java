package org.troopwatch.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every stage takes: where the input and the warehouse are, and which dates to process. */
public final class StageOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--input",
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Input files, folders or globs: local paths or any Hadoop file system URI "
              + "(hdfs://, s3a://, file://). Without it, the sample corpus packaged in the jar.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--warehouse",
      paramLabel = "DIR",
      defaultValue = "warehouse",
      description = "Folder (or URI) of the Parquet tables. Default: ${DEFAULT-VALUE}.")
  String warehouse;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Process only articles published on this day.")
  LocalDate date;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Process articles published on or after this day.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Process articles published on or before this day.")
  LocalDate to;

  /** Input paths as given; empty means the embedded sample corpus. */
  public List<String> inputs() {
    return List.copyOf(inputs);
  }

  public String warehouse() {
    return warehouse;
  }

  /** The publication dates to process; {@link DateRange#ALL} when no date option was given. */
  public DateRange dates() {
    return date != null ? new DateRange(date, date) : new DateRange(from, to);
  }

  /** Checks the combination of options before any Spark work starts. */
  public void validate() {
    if (date != null && (from != null || to != null)) {
      throw new ParameterException(
          spec.commandLine(), "--date cannot be combined with --from or --to");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    if (warehouse == null || warehouse.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--warehouse must name a folder");
    }
    for (String input : inputs) {
      if (input.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--input has an empty path");
      }
    }
  }

  /** For tests and for jobs that call other jobs: options built in code. */
  public static StageOptions of(String warehouse, List<String> inputs, DateRange dates) {
    StageOptions options = new StageOptions();
    options.warehouse = warehouse;
    options.inputs = new ArrayList<>(inputs);
    options.from = dates.from();
    options.to = dates.to();
    return options;
  }
}
