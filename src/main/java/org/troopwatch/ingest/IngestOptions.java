package org.troopwatch.ingest;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How ingest reads records (field names, text cap): the options of {@code ingest}, mixed into every
 * command that runs it ({@code ingest}, {@code nightly}), so that they are declared once.
 */
public final class IngestOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--field-map",
      paramLabel = "FIELD=NAME,...",
      description =
          "Input field names for the article fields doc_id, url, outlet, published, title, text,"
              + " e.g. published=date_publish,text=maintext,outlet=source_domain (news-please)."
              + " Default: the fields' own names.")
  String fieldMap;

  @Option(
      names = "--max-text-chars",
      paramLabel = "N",
      defaultValue = "200000",
      description = "Reject texts longer than this. Default: ${DEFAULT-VALUE}.")
  int maxTextChars = 200_000;

  /** Checks the options before Spark starts; throws picocli's ParameterException. */
  public void validate() {
    try {
      FieldMapping.parse(fieldMap);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--field-map: " + e.getMessage());
    }
    if (maxTextChars < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-text-chars must be positive, not " + maxTextChars);
    }
  }

  /** The field mapping --field-map names (the fields' own names without it). */
  public FieldMapping fieldMapping() {
    return FieldMapping.parse(fieldMap);
  }

  /** The longest text accepted, in characters. */
  public int maxTextChars() {
    return maxTextChars;
  }

  /** Options built in code (tests, and jobs that run ingest). */
  public static IngestOptions of(String fieldMapSpec, int textCap) {
    IngestOptions options = new IngestOptions();
    options.fieldMap = fieldMapSpec;
    options.maxTextChars = textCap;
    return options;
  }
}
