package org.troopwatch.nightly;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The real command line {@code java ... org.troopwatch.Main ARGS} as a child process on this test
 * JVM's class path (Surefire and Failsafe name it in {@code surefire.test.class.path}), with the
 * same {@code --add-opens} flags, a local[2] master and no Spark UI.
 */
final class MainProcess {

  private MainProcess() {}

  /** Starts {@code org.troopwatch.Main args}; stdout and stderr go to {@code log}. */
  static Process start(List<String> systemProperties, List<String> args, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1536m");
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--add-") || flag.startsWith("-Duser.timezone")) {
        command.add(flag);
      }
    }
    command.add("-Dspark.master=local[2]");
    command.add("-Dspark.ui.enabled=false");
    command.add("-Dspark.driver.host=127.0.0.1");
    command.add("-Dspark.driver.bindAddress=127.0.0.1");
    command.addAll(systemProperties);
    command.add("-cp");
    command.add(
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add("org.troopwatch.Main");
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Kills the process and whatever it started with SIGKILL, and waits for them to go. */
  static void kill(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor();
  }
}
