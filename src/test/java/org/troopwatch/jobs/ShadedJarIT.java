package org.troopwatch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean shaded jar still runs the tag stage's Spark NLP annotators under spark-submit, with
 * nothing but Spark and target/troopwatch.jar on the class path (see {@link SparkNlpProbe}).
 */
class ShadedJarIT {

  @TempDir static Path work;

  static ScriptRun probe;

  @BeforeAll
  static void runProbeThroughSparkSubmit() throws Exception {
    Path probeJar = jarOf(SparkNlpProbe.class, work.resolve("probe.jar"));
    probe =
        ScriptRun.run(
            "spark-submit",
            List.of(
                "--master",
                "local[2]",
                "--jars",
                ScriptRun.applicationJar().toString(),
                "--class",
                SparkNlpProbe.class.getName(),
                probeJar.toString(),
                work.resolve("probe").toString()),
            Map.of(),
            work.resolve("logs"),
            Duration.ofMinutes(10));
  }

  @Test
  void pipelineIsBuiltSavedAndReloadedWithoutAnError() {
    assertThat(probe.exitCode()).as(probe.stderrTail()).isZero();
  }

  @Test
  void reloadedPipelineSplitsSentencesAndMatchesEntitiesAndRules() {
    assertThat(probe.stdout().lines())
        .contains(
            "sentences\t2",
            "country\tNorth Korea",
            "country\tRussia",
            "figure\t3,000 troops",
            "entity\tNorth Korea",
            "entity\tRussia");
  }

  @Test
  void reloadedPipelineResolvesTheMonthOfAnExplicitDate() {
    // The day of a month-only date is Spark NLP's choice; the year and month are the text's.
    assertThat(probe.stdout().lines()).anyMatch(line -> line.startsWith("date\t2024-10-"));
  }

  @Test
  void shadedJarHoldsNoSparkAndNoDeepLearningGraphs() throws IOException {
    try (var jar = new java.util.jar.JarFile(ScriptRun.applicationJar().toFile())) {
      List<String> names = jar.stream().map(JarEntry::getName).toList();
      assertThat(names)
          .contains(
              "com/johnsnowlabs/nlp/annotators/TextMatcher.class", "picocli/CommandLine.class")
          .noneMatch(name -> name.startsWith("org/apache/spark/"))
          .noneMatch(name -> name.startsWith("org/apache/parquet/"))
          .noneMatch(name -> name.startsWith("scala/"))
          .noneMatch(name -> name.startsWith("ner-dl/"))
          .noneMatch(name -> name.startsWith("com/johnsnowlabs/ml/tensorflow/"))
          .noneMatch(name -> name.startsWith("ai/onnxruntime/"));
    }
  }

  /** A jar holding just {@code type}'s class file, as spark-submit's primary resource. */
  private static Path jarOf(Class<?> type, Path target) throws IOException {
    String entry = type.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(target);
        JarOutputStream jar = new JarOutputStream(file);
        var in = type.getClassLoader().getResourceAsStream(entry)) {
      jar.putNextEntry(new JarEntry(entry));
      in.transferTo(jar);
      jar.closeEntry();
    }
    return target;
  }
}
