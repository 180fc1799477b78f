package org.troopwatch.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Named points in a run where crash tests stop the process: with the system property {@code
 * troopwatch.test.pause-at=NAME[,NAME...]} a run that reaches NAME writes NAME to the file named by
 * {@code troopwatch.test.pause-file} and then waits forever, so a test can kill it with SIGKILL at
 * exactly that point. With {@code troopwatch.test.hold-at=NAME[,NAME...]} a run that reaches NAME
 * writes NAME to the file named by {@code troopwatch.test.hold-file} and waits until the test
 * deletes that file, then goes on: so a test can act at exactly that point (kill an executor) and
 * watch the run finish. Without the properties, reaching a point does nothing.
 */
public final class Checkpoints {

  /** The system property naming the points to pause at. */
  public static final String PAUSE_AT = "troopwatch.test.pause-at";

  /** The system property naming the file written when a run pauses. */
  public static final String PAUSE_FILE = "troopwatch.test.pause-file";

  /** The system property naming the points to hold at until the test lets the run go on. */
  public static final String HOLD_AT = "troopwatch.test.hold-at";

  /** The system property naming the file a holding run writes and waits to see deleted. */
  public static final String HOLD_FILE = "troopwatch.test.hold-file";

  // A test that died leaves no one to delete the file; the run then goes on by itself.
  private static final long HOLD_LIMIT_MS = 10 * 60 * 1000L;

  private Checkpoints() {}

  /** Marks that the run reached {@code name}; pauses for good when a test asked for it. */
  public static void reach(String name) {
    if (named(HOLD_AT, name)) {
      hold(name);
    }
    if (!named(PAUSE_AT, name)) {
      return;
    }
    System.err.println("troopwatch: paused at checkpoint " + name + " (test hook)");
    String marker = System.getProperty(PAUSE_FILE);
    if (marker != null) {
      try {
        Files.writeString(Paths.get(marker), name + "\n", StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the pause marker " + marker, e);
      }
    }
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // Only a kill ends the pause: that is the point of it.
      }
    }
  }

  private static boolean named(String property, String name) {
    String wanted = System.getProperty(property);
    return wanted != null && Arrays.asList(wanted.split(",")).contains(name);
  }

  private static void hold(String name) {
    String file = System.getProperty(HOLD_FILE);
    if (file == null) {
      throw new IllegalStateException(HOLD_AT + " needs " + HOLD_FILE + " too");
    }
    Path marker = Paths.get(file);
    System.err.println("troopwatch: holding at checkpoint " + name + " until " + file + " is gone");
    try {
      Files.writeString(marker, name + "\n", StandardCharsets.UTF_8);
      long deadline = System.currentTimeMillis() + HOLD_LIMIT_MS;
      while (Files.exists(marker) && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the hold marker " + file, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
