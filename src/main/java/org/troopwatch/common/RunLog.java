package org.troopwatch.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Sends a run's log to a file, {@code <warehouse>/_logs/<command>-<UTC time>-<pid>.log}, and keeps
 * only WARN and above (and TroopWatch's own lines: progress, stage summaries) on the terminal, so
 * that Spark's INFO lines do not bury what a person reads. The log levels stay as configured (the
 * file holds what they let through); only where the lines go changes.
 *
 * <p>A warehouse on another file system (hdfs://, s3a://) keeps its log on the driver's disk, in
 * {@code <java.io.tmpdir>/troopwatch-logs/}. Without log4j 2 (another SLF4J binding) nothing
 * changes.
 */
public final class RunLog {

  private RunLog() {}

  /** The name of the file appender this class adds (replaced on every call). */
  static final String APPENDER = "troopwatch-run-log";

  /** Loggers whose INFO lines stay on the terminal: TroopWatch's own. */
  static final String OWN = "org.troopwatch";

  private static final String PATTERN = "%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex";

  /** The log file of a command run against {@code warehouse}, not yet created. */
  public static Path file(String warehouse, String command) {
    java.net.URI uri = new org.apache.hadoop.fs.Path(warehouse).toUri();
    Path folder =
        uri.getScheme() == null || uri.getScheme().equals("file")
            ? Paths.get(uri.getPath()).resolve("_logs")
            : Paths.get(System.getProperty("java.io.tmpdir"), "troopwatch-logs");
    String stamp =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now());
    return folder.resolve(command + "-" + stamp + "-" + ProcessHandle.current().pid() + ".log");
  }

  /**
   * Routes the log of this JVM to {@code file}: every logger writes there, the terminal keeps WARN
   * and above plus TroopWatch's own INFO. Returns the file, or null when log4j 2 is not the logging
   * back end (nothing changed).
   */
  public static Path start(Path file) {
    if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
      return null;
    }
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      System.err.println("troopwatch: cannot create " + file.getParent() + ": " + e);
      return null;
    }
    Configuration config = context.getConfiguration();
    stopPrevious(config);
    FileAppender appender =
        FileAppender.newBuilder()
            .setName(APPENDER)
            .withFileName(file.toString())
            .withAppend(true)
            .setLayout(PatternLayout.newBuilder().withPattern(PATTERN).build())
            .setConfiguration(config)
            .build();
    appender.start();
    config.addAppender(appender);
    List<Appender> consoles =
        config.getAppenders().values().stream().filter(a -> a instanceof ConsoleAppender).toList();
    // TroopWatch's logger writes to the terminal at its own level and no further up, so the root
    // logger's terminal line can stop at WARN without losing progress lines.
    LoggerConfig own = config.getLoggerConfig(OWN);
    if (!own.getName().equals(OWN)) {
      own = new LoggerConfig(OWN, own.getLevel(), false);
      config.addLogger(OWN, own);
    }
    List<LoggerConfig> loggers = new ArrayList<>(config.getLoggers().values());
    if (!loggers.contains(config.getRootLogger())) {
      loggers.add(config.getRootLogger());
    }
    for (LoggerConfig logger : loggers) {
      boolean ownLogger = logger.getName().startsWith(OWN);
      for (Appender console : consoles) {
        if (logger.getAppenders().containsKey(console.getName())) {
          logger.removeAppender(console.getName());
          logger.addAppender(console, ownLogger ? null : Level.WARN, null);
        } else if (logger == own) {
          logger.addAppender(console, null, null);
        }
      }
      if (logger == own) {
        logger.setAdditive(false);
      }
      if (logger == own || !logger.isAdditive() || logger == config.getRootLogger()) {
        logger.addAppender(appender, null, null);
      }
    }
    context.updateLoggers();
    return file;
  }

  // A second command in the same JVM (tests, nightly's stages) gets its own file.
  private static void stopPrevious(Configuration config) {
    Map<String, Appender> appenders = config.getAppenders();
    Appender previous = appenders.get(APPENDER);
    if (previous == null) {
      return;
    }
    for (LoggerConfig logger : config.getLoggers().values()) {
      logger.removeAppender(APPENDER);
    }
    config.getRootLogger().removeAppender(APPENDER);
    previous.stop();
  }
}
