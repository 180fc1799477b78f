package org.troopwatch.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the workplace's {@code shared/} folder (gold sets, corpora, spec) that tests may read: the
 * system property {@code troopwatch.shared}, else a {@code shared} folder beside the repository or
 * any folder above it. The product itself never reads it.
 */
public final class Shared {

  private Shared() {}

  /** The shared folder; fails the test with a clear message when there is none. */
  public static Path path() {
    String configured = System.getProperty("troopwatch.shared");
    if (configured != null) {
      return Paths.get(configured);
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("gold"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no shared/ folder beside the repository; set -Dtroopwatch.shared=PATH");
  }

  /** A file or folder inside shared/. */
  public static Path resolve(String relative) {
    return path().resolve(relative);
  }
}
