package org.troopwatch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;

/**
 * Chooses the input files of one nightly day, without touching storage. A file whose path names a
 * day ({@code .../date=2024-03-05/...} or {@code .../2024/03/05/...}) belongs to that day; a file
 * whose path names none is new when it was modified after the watermark of the last successful run.
 *
 * <pre>
 * mode       dated files            undated files
 * auto       the day's              modified after the watermark
 * path-date  the day's              none
 * watermark  modified after it      modified after the watermark
 * </pre>
 */
public final class InputSelector {

  /** How files are chosen; see the class comment. */
  public enum Mode {
    AUTO,
    PATH_DATE,
    WATERMARK
  }

  /** One listed input file: its path and last modification time. */
  public record InputFile(String path, Instant modified) {}

  /** The files chosen for a day, and the watermark to record once the run succeeds. */
  public record Selection(List<InputFile> files, Instant watermark) {
    public List<String> paths() {
      return files.stream().map(InputFile::path).toList();
    }
  }

  private static final Pattern HIVE_DATE =
      Pattern.compile("(?:^|/)date=(\\d{4}-\\d{2}-\\d{2})(?:/|$)");
  private static final Pattern DAY_FOLDERS =
      Pattern.compile("(?:^|/)(\\d{4})/(\\d{2})/(\\d{2})(?:/|$)");

  private InputSelector() {}

  /** The day a path names in its folders, if any (the last one when it names several). */
  public static Optional<LocalDate> pathDate(String path) {
    LocalDate found = null;
    try {
      Matcher hive = HIVE_DATE.matcher(path);
      while (hive.find()) {
        found = LocalDate.parse(hive.group(1));
      }
      if (found != null) {
        return Optional.of(found);
      }
      Matcher folders = DAY_FOLDERS.matcher(path);
      int from = 0;
      // Adjacent matches share their slash, so search from the match's last slash each time.
      while (from <= path.length() && folders.find(from)) {
        found =
            LocalDate.of(
                Integer.parseInt(folders.group(1)),
                Integer.parseInt(folders.group(2)),
                Integer.parseInt(folders.group(3)));
        from = folders.end(3);
      }
    } catch (java.time.DateTimeException e) {
      // 2024/13/45 is not a day: the file counts as undated.
      return Optional.empty();
    }
    return Optional.ofNullable(found);
  }

  /**
   * The files of {@code day}: dated files by their path's day, undated ones (or all, in watermark
   * mode) by modification time after {@code watermark} (null: never ran, so all of them). The
   * returned watermark is the latest modification time among the files chosen by time, or the old
   * one when none was.
   */
  public static Selection select(
      List<InputFile> files, LocalDate day, Instant watermark, Mode mode) {
    List<InputFile> chosen = new java.util.ArrayList<>();
    Instant next = watermark;
    for (InputFile file : files) {
      Optional<LocalDate> dated = mode == Mode.WATERMARK ? Optional.empty() : pathDate(file.path());
      if (dated.isPresent()) {
        if (dated.get().equals(day)) {
          chosen.add(file);
        }
      } else if (mode != Mode.PATH_DATE
          && (watermark == null || file.modified().isAfter(watermark))) {
        chosen.add(file);
        if (next == null || file.modified().isAfter(next)) {
          next = file.modified();
        }
      }
    }
    return new Selection(List.copyOf(chosen), next);
  }

  /** Every file the inputs name (folders recursively, hidden files skipped), sorted. */
  static List<InputFile> list(SparkSession spark, List<String> inputs) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(hadoop);
        FileStatus[] statuses = fs.globStatus(pattern);
        if (statuses == null || statuses.length == 0) {
          throw new IllegalArgumentException("input " + input + " matches no files");
        }
        for (FileStatus status : statuses) {
          if (status.isDirectory()) {
            RemoteIterator<LocatedFileStatus> inside = fs.listFiles(status.getPath(), true);
            while (inside.hasNext()) {
              LocatedFileStatus file = inside.next();
              if (!hidden(status.getPath(), file.getPath())) {
                files.add(inputFile(file));
              }
            }
          } else {
            files.add(inputFile(status));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
      }
    }
    files.sort(java.util.Comparator.comparing(InputFile::path));
    return files.stream().distinct().toList();
  }

  private static InputFile inputFile(FileStatus status) {
    return new InputFile(
        status.getPath().toString(), Instant.ofEpochMilli(status.getModificationTime()));
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
}
