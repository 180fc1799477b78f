package org.troopwatch.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * Named points in a run where crash tests stop the process: with the system property {@code
 * troopwatch.test.pause-at=NAME[,NAME...]} a run that reaches NAME writes NAME to the file named by
 * {@code troopwatch.test.pause-file} and then waits forever, so a test can kill it with SIGKILL at
 * exactly that point. Without the property, reaching a point does nothing.
 */
public final class Checkpoints {

  /** The system property naming the points to pause at. */
  public static final String PAUSE_AT = "troopwatch.test.pause-at";

  /** The system property naming the file written when a run pauses. */
  public static final String PAUSE_FILE = "troopwatch.test.pause-file";

  private Checkpoints() {}

  /** Marks that the run reached {@code name}; pauses for good when a test asked for it. */
  public static void reach(String name) {
    String wanted = System.getProperty(PAUSE_AT);
    if (wanted == null || Arrays.stream(wanted.split(",")).noneMatch(name::equals)) {
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
}
