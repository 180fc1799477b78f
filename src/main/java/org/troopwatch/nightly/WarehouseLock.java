package org.troopwatch.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The lock that keeps two nightly runs off one warehouse: the file {@code <warehouse>/_lock}, made
 * with an atomic create, holding the owner's pid, host and start time:
 *
 * <pre>
 * pid=4242
 * host=batch-1
 * started=2025-01-02T03:04:05Z
 * process_started=2025-01-02T03:04:01.120Z
 * </pre>
 *
 * A lock whose owner ran on this host and is gone (no such pid, or the pid now belongs to a process
 * started at another time) is stale and taken over; any other lock refuses the run with {@link
 * WarehouseLockedException}. A lock from another host is never taken over: delete it by hand once
 * sure its run is dead.
 */
public final class WarehouseLock implements AutoCloseable {

  /** The lock file's name inside the warehouse. */
  public static final String FILE = "_lock";

  private final FileSystem fs;
  private final Path file;
  private final String content;
  private boolean held = true;

  private WarehouseLock(FileSystem fs, Path file, String content) {
    this.fs = fs;
    this.file = file;
    this.content = content;
  }

  /** Takes the lock of the warehouse at {@code location}, or throws WarehouseLockedException. */
  public static WarehouseLock acquire(String location, Configuration hadoop) {
    Path root = new Path(location);
    Path file = new Path(root, FILE);
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      if (fs instanceof org.apache.hadoop.fs.LocalFileSystem local) {
        // No .crc side files for a lock; its create is made atomic below.
        fs = local.getRaw();
      }
      fs.mkdirs(root);
      String content = describe(ProcessHandle.current(), Instant.now());
      if (create(fs, file, content)) {
        return new WarehouseLock(fs, file, content);
      }
      String existing = read(fs, file);
      if (existing == null) {
        // The owner released it between our create and our read: try once more.
        if (create(fs, file, content)) {
          return new WarehouseLock(fs, file, content);
        }
        existing = read(fs, file);
      }
      Map<String, String> owner = parse(existing);
      if (!isStale(owner)) {
        throw new WarehouseLockedException(refusal(location, owner));
      }
      // Move the stale lock aside (one rename wins), check it is the one we judged, then create.
      Path aside = new Path(root, FILE + ".stale-" + UUID.randomUUID());
      if (fs.rename(file, aside)) {
        String moved = read(fs, aside);
        if (existing.equals(moved)) {
          fs.delete(aside, false);
          if (create(fs, file, content)) {
            System.err.println(
                "nightly: took over the stale lock of pid "
                    + owner.get("pid")
                    + " on "
                    + owner.get("host")
                    + " (started "
                    + owner.get("started")
                    + "; the process is gone)");
            return new WarehouseLock(fs, file, content);
          }
        } else if (moved != null) {
          fs.rename(aside, file);
        }
      }
      throw new WarehouseLockedException(refusal(location, parse(read(fs, file))));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot lock warehouse " + location + ": " + e.getMessage(), e);
    }
  }

  /** Releases the lock if this process still holds it. */
  @Override
  public void close() {
    if (!held) {
      return;
    }
    held = false;
    try {
      if (content.equals(read(fs, file))) {
        fs.delete(file, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock " + file + ": " + e.getMessage(), e);
    }
  }

  /** The lock file's content for a process. */
  static String describe(ProcessHandle process, Instant now) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("pid", Long.toString(process.pid()));
    fields.put("host", hostName());
    fields.put("started", now.toString());
    process.info().startInstant().ifPresent(t -> fields.put("process_started", t.toString()));
    StringBuilder text = new StringBuilder();
    fields.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    return text.toString();
  }

  /** Whether a lock's owner is known to be gone: same host, and its pid is dead or reused. */
  static boolean isStale(Map<String, String> owner) {
    if (!hostName().equals(owner.get("host"))) {
      return false;
    }
    long pid;
    try {
      pid = Long.parseLong(owner.getOrDefault("pid", ""));
    } catch (NumberFormatException e) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return true;
    }
    String recorded = owner.get("process_started");
    Optional<Instant> actual = process.get().info().startInstant();
    return recorded != null && actual.isPresent() && !actual.get().toString().equals(recorded);
  }

  static Map<String, String> parse(String content) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (content == null) {
      return fields;
    }
    for (String line : content.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        fields.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return fields;
  }

  private static String refusal(String location, Map<String, String> owner) {
    return "warehouse "
        + location
        + " is locked by another run: pid "
        + owner.getOrDefault("pid", "?")
        + " on host "
        + owner.getOrDefault("host", "?")
        + ", started "
        + owner.getOrDefault("started", "?")
        + " (lock file "
        + new Path(location, FILE)
        + ")";
  }

  private static boolean create(FileSystem fs, Path file, String content) throws IOException {
    if ("file".equals(fs.getUri().getScheme())) {
      // Hadoop's local create checks and then creates; CREATE_NEW is one atomic step.
      try {
        java.nio.file.Files.writeString(
            java.nio.file.Paths.get(fs.makeQualified(file).toUri()),
            content,
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE,
            java.nio.file.StandardOpenOption.SYNC);
        return true;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return false;
      }
    }
    try (FSDataOutputStream out = fs.create(file, false)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
      out.hsync();
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      if (fs.exists(file)) {
        return false;
      }
      throw e;
    }
  }

  private static String read(FileSystem fs, Path file) throws IOException {
    try (var in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.FileNotFoundException e) {
      return null;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
