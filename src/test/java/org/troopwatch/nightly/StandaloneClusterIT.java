package org.troopwatch.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.common.Checkpoints;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.jobs.ScriptRun;
import org.troopwatch.testing.SparkTest;

/**
 * Nightly on a real Spark standalone cluster: a Master and a Worker (2 cores) started on 127.0.0.1
 * from the jars of the Spark home that {@code jobs/spark-submit} assembles, then {@code
 * jobs/troopwatch --master spark://127.0.0.1:PORT nightly} over dated inputs. Stops exactly the
 * processes it started, also when a check fails.
 */
@SparkTest
class StandaloneClusterIT {

  @TempDir static Path tmp;

  // Logs outlive the temporary folder, so a failure on the cluster can be read afterwards.
  static final Path LOGS = Paths.get("target", "it-logs", "standalone-cluster").toAbsolutePath();

  static final List<Process> started = new ArrayList<>();
  static Process worker;
  static String masterUrl;
  static Path input;
  static Path warehouse;
  static ScriptRun nightly;

  @BeforeAll
  static void startAClusterAndSubmitNightly() throws Exception {
    Files.createDirectories(LOGS);
    Map<String, String> ownSpark = Map.of("TROOPWATCH_OWN_SPARK", "1");
    // Assembles jobs/.spark-home once (a no-op when it is there).
    ScriptRun version =
        ScriptRun.run("spark-submit", List.of("--version"), ownSpark, LOGS, Duration.ofMinutes(15));
    assertThat(version.exitCode()).as(version.stderrTail()).isZero();
    Path sparkHome =
        Paths.get(
            System.getenv()
                .getOrDefault(
                    "TROOPWATCH_SPARK_HOME",
                    ScriptRun.repoRoot().resolve("jobs/.spark-home").toString()));

    int masterPort = freePort();
    Process master =
        startDaemon(
            sparkHome,
            "org.apache.spark.deploy.master.Master",
            List.of(
                "--host", "127.0.0.1", "--port", "" + masterPort, "--webui-port", "" + freePort()),
            LOGS.resolve("master.log"));
    awaitLine(master, LOGS.resolve("master.log"), "I have been elected leader");
    String url = "spark://127.0.0.1:" + masterPort;
    masterUrl = url;
    worker =
        startDaemon(
            sparkHome,
            "org.apache.spark.deploy.worker.Worker",
            List.of(
                "--host",
                "127.0.0.1",
                "--port",
                "" + freePort(),
                "--webui-port",
                "" + freePort(),
                "--cores",
                "2",
                "--memory",
                "2g",
                "--work-dir",
                tmp.resolve("work").toString(),
                url),
            LOGS.resolve("worker.log"));
    awaitLine(worker, LOGS.resolve("worker.log"), "Successfully registered with master");

    input = DatedCorpus.write(tmp.resolve("input"));
    warehouse = tmp.resolve("warehouse");
    nightly = submitNightly(warehouse, List.of(), LOGS);
  }

  /** {@code jobs/troopwatch nightly} for the first day on the cluster, into {@code into}. */
  static ScriptRun submitNightly(Path into, List<String> submitOptions, Path logs)
      throws IOException, InterruptedException {
    return submit(
        submitOptions,
        List.of(
            "nightly",
            "--input",
            input.toString(),
            "--date",
            DatedCorpus.DAY1,
            "--warehouse",
            into.toString()),
        logs);
  }

  /**
   * {@code jobs/troopwatch [submitOptions] command...} on the cluster; logs kept in {@code logs}.
   */
  static ScriptRun submit(List<String> submitOptions, List<String> command, Path logs)
      throws IOException, InterruptedException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--master",
                masterUrl,
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.driver.bindAddress=127.0.0.1",
                "--conf",
                "spark.executor.memory=1g",
                "--conf",
                "spark.ui.enabled=false"));
    args.addAll(submitOptions);
    args.addAll(command);
    return ScriptRun.run(
        "troopwatch",
        args,
        Map.of(
            "TROOPWATCH_OWN_SPARK", "1",
            "SPARK_LOCAL_IP", "127.0.0.1",
            "TROOPWATCH_DRIVER_MEMORY", "1g",
            "TROOPWATCH_JAR", ScriptRun.applicationJar().toString()),
        logs,
        Duration.ofMinutes(15));
  }

  @AfterAll
  static void stopExactlyWhatWasStarted() throws InterruptedException {
    for (Process process : started) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }
    for (Process process : started) {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void nightlyRunsOnTheClusterAndPublishesTheDay(SparkSession spark) {
    assertThat(nightly.exitCode()).as(nightly.stderrTail()).isZero();

    Row run = spark.read().parquet(warehouse.resolve("_runs").toString()).first();

    assertThat(run.<String>getAs("status")).isEqualTo(RunRecord.SUCCEEDED);
    // Standalone masters name applications app-<time>-<n>; local mode would say local-<time>.
    assertThat(run.<String>getAs("spark_app_id")).startsWith("app-");
    assertThat(spark.read().parquet(warehouse.resolve("articles").toString()).count()).isEqualTo(3);
    assertThat(spark.read().parquet(warehouse.resolve("claims").toString()).count())
        .isEqualTo(run.<Long>getAs("claims"))
        .isPositive();
  }

  @Test
  void theExecutorsRanOnTheWorker() throws IOException {
    assertThat(nightly.exitCode()).as(nightly.stderrTail()).isZero();

    assertThat(Files.readString(LOGS.resolve("worker.log"), StandardCharsets.UTF_8))
        .contains("Asked to launch executor app-");
  }

  /**
   * Issue 9's executor loss: {@code jobs/troopwatch tag} on the cluster over the articles the
   * uninterrupted nightly above ingested. The command holds once its session is up (the executor
   * started and idle), goes on, and once the executor is busy with tag's tasks (its CPU time grows)
   * and before claims are published, the executor's JVM is killed with SIGKILL. The master has the
   * worker start a new executor, Spark reruns the lost task, and the claims come out exactly as the
   * uninterrupted run made them.
   */
  @Test
  void anExecutorKilledDuringTagIsReplacedAndTheClaimsMatchTheUninterruptedRun(SparkSession spark)
      throws Exception {
    assertThat(nightly.exitCode()).as(nightly.stderrTail()).isZero();
    Path logs = LOGS.resolve("executor-loss");
    Path hold = tmp.resolve("hold-before-tag");
    Path lossWarehouse = tmp.resolve("warehouse-executor-lost");
    copyTree(warehouse.resolve("articles"), lossWarehouse.resolve("articles"));
    // The dates the nightly's own tag step covered: the day's articles may span more than the day.
    Row reference = spark.read().parquet(warehouse.resolve("_runs").toString()).first();
    List<String> tag = new ArrayList<>(List.of("tag", "--warehouse", lossWarehouse.toString()));
    if (reference.getAs("dates_from") != null) {
      tag.addAll(
          List.of(
              "--from",
              reference.getAs("dates_from").toString(),
              "--to",
              reference.getAs("dates_to").toString()));
    }
    String holdOptions =
        "-D" + Checkpoints.HOLD_AT + "=command:tag -D" + Checkpoints.HOLD_FILE + "=" + hold;
    CompletableFuture<ScriptRun> run =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return submit(List.of("--driver-java-options", holdOptions), tag, logs);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
            });

    await(() -> Files.exists(hold) || run.isDone(), Duration.ofMinutes(5), "the hold before tag");
    assertThat(run).as("the run reached the hold before tag").isNotDone();
    ProcessHandle executor = await(StandaloneClusterIT::theExecutor, "an executor of tag");
    Duration idle = settledCpu(executor);
    Files.delete(hold);
    await(
        () -> cpu(executor).minus(idle).compareTo(BUSY) >= 0 || tagPublished(lossWarehouse),
        Duration.ofMinutes(3),
        "the executor busy with tag");
    assertThat(tagPublished(lossWarehouse)).as("claims published before the kill").isFalse();
    executor.destroyForcibly();
    ScriptRun lost = run.get(10, TimeUnit.MINUTES);

    assertThat(lost.exitCode()).as(lost.stderrTail()).isZero();
    assertThat(lost.stderr())
        .as("the driver lost a running task with the executor")
        .contains("Lost executor 0", "ExecutorLostFailure");
    assertThat(Files.readString(LOGS.resolve("worker.log"), StandardCharsets.UTF_8))
        .as("the worker started a second executor for the same application")
        .containsPattern("Asked to launch executor app-[0-9-]+/1 for troopwatch tag");
    assertThat(rows(spark, lossWarehouse, Tables.CLAIMS))
        .isNotEmpty()
        .isEqualTo(rows(spark, warehouse, Tables.CLAIMS));
  }

  // CPU time the executor spends once tag's tasks run; idle it uses a few milliseconds a second.
  private static final Duration BUSY = Duration.ofMillis(1500);

  /** The one executor JVM under the worker, or null while there is none. */
  private static ProcessHandle theExecutor() {
    List<ProcessHandle> executors =
        worker
            .descendants()
            .filter(ProcessHandle::isAlive)
            .filter(
                p ->
                    p.info()
                        .commandLine()
                        .orElse("")
                        .contains("org.apache.spark.executor.CoarseGrainedExecutorBackend"))
            .toList();
    assertThat(executors).as("executor processes under the worker").hasSizeLessThanOrEqualTo(1);
    return executors.isEmpty() ? null : executors.get(0);
  }

  // The executor's CPU time once its start-up is over: under 50 ms more in half a second.
  private static Duration settledCpu(ProcessHandle executor) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    Duration before = cpu(executor);
    while (Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      Duration now = cpu(executor);
      if (now.minus(before).toMillis() < 50) {
        return now;
      }
      before = now;
    }
    throw new IllegalStateException("the executor never went idle before tag");
  }

  private static Duration cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static boolean tagPublished(Path warehouse) {
    return Files.exists(warehouse.resolve("claims").resolve("_SUCCESS"));
  }

  private static List<String> rows(SparkSession spark, Path warehouse, Tables.Table table) {
    return new Warehouse(spark, warehouse.toString())
        .read(table).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  private static void await(BooleanSupplier condition, Duration limit, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("waited " + limit + " for " + what);
      }
      Thread.sleep(50);
    }
  }

  private static <T> T await(Supplier<T> value, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    for (T got = value.get(); ; got = value.get()) {
      if (got != null) {
        return got;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("waited 3 minutes for " + what);
      }
      Thread.sleep(100);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Files.copy(path, to.resolve(from.relativize(path).toString()));
      }
    }
  }

  private static Process startDaemon(Path sparkHome, String mainClass, List<String> args, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (flag.startsWith("--add-")) {
        command.add(flag);
      }
    }
    command.add("-cp");
    command.add(daemonConf() + File.pathSeparator + sparkHome.resolve("jars") + "/*");
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("SPARK_HOME", sparkHome.toString());
    builder.environment().put("SPARK_CONF_DIR", daemonConf().toString());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    // The worker's launcher builds executor class paths and needs this (bin/load-spark-env.sh
    // would set it in a Spark distribution).
    builder.environment().put("SPARK_SCALA_VERSION", "2.12");
    Process process = builder.start();
    started.add(process);
    return process;
  }

  // The Spark home's logging keeps Spark at WARN; the daemons' INFO lines say when they are up.
  private static Path daemonConf() throws IOException {
    Path conf = Files.createDirectories(tmp.resolve("daemon-conf"));
    Files.writeString(
        conf.resolve("log4j2.properties"),
        String.join(
            "\n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.stdout.ref = console",
            "appender.console.type = Console",
            "appender.console.name = console",
            "appender.console.layout.type = PatternLayout",
            "appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex",
            ""),
        StandardCharsets.UTF_8);
    return conf;
  }

  private static void awaitLine(Process process, Path log, String line) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      if (Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "no '" + line + "' in " + log + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
