package org.troopwatch.jobs;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One finished run of a script under {@code jobs/} as a real process: its exit code and what it
 * printed, kept in files under a folder of the caller's choosing so a failing test can show them.
 */
public record ScriptRun(int exitCode, String stdout, String stderr) {

  /** The repository's root: Maven runs tests there; scripts are found relative to it. */
  public static Path repoRoot() {
    Path dir = Paths.get("").toAbsolutePath();
    if (!Files.isRegularFile(dir.resolve("jobs/spark-submit"))) {
      throw new IllegalStateException("tests must run from the repository root, not " + dir);
    }
    return dir;
  }

  /** The application jar that {@code mvn package} built (Failsafe passes its path). */
  public static Path applicationJar() {
    return Paths.get(
        System.getProperty(
            "troopwatch.jar", repoRoot().resolve("target/troopwatch.jar").toString()));
  }

  /**
   * Runs {@code jobs/<script> args...} with no stdin, waits at most {@code timeout} (then kills it
   * and fails), and keeps stdout and stderr in {@code logDir}.
   */
  public static ScriptRun run(
      String script, List<String> args, Map<String, String> env, Path logDir, Duration timeout)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(repoRoot().resolve("jobs").resolve(script).toString());
    command.addAll(args);
    Files.createDirectories(logDir);
    Path out = logDir.resolve(script + ".out");
    Path err = logDir.resolve(script + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IllegalStateException(
          String.join(" ", command) + " did not finish in " + timeout + "; stderr:\n" + tail(err));
    }
    return new ScriptRun(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The last lines of stderr, for assertion messages. */
  public String stderrTail() {
    return tailOf(stderr);
  }

  private static String tail(Path file) throws IOException {
    return tailOf(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static String tailOf(String text) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }
}
