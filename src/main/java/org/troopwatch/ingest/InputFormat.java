package org.troopwatch.ingest;

import java.util.Locale;

/** The input formats ingest reads, told apart by file name (a compression suffix aside). */
public enum InputFormat {
  JSONL,
  CSV,
  TSV,
  PARQUET,
  WARC;

  /**
   * The format of a file by its name: {@code .csv}, {@code .tsv}, {@code .parquet}, {@code .warc}
   * (each maybe with {@code .gz}/{@code .bz2}), anything else JSON Lines.
   */
  public static InputFormat of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2|deflate)$", "");
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return TSV;
    }
    if (name.endsWith(".parquet")) {
      return PARQUET;
    }
    if (name.endsWith(".warc") || name.endsWith(".arc")) {
      return WARC;
    }
    return JSONL;
  }
}
