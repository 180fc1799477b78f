package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import scala.collection.JavaConverters;

/**
 * The probe pass that drops band rows which can pair with nothing: rows of one key within the
 * window always share a probe, rows far apart never do, and repeated values are found once each,
 * also when the probes travel in chunks by partition.
 */
class SharedProbesTest {

  private static final long KEY = 0x5DEECE66DL;

  @ParameterizedTest(name = "window {0} days")
  @ValueSource(ints = {0, 1, 2, 7})
  void everyTwoDaysWithinTheWindowShareAProbe(int window) {
    for (int first = -40; first <= 40; first++) {
      for (int second = first; second <= first + window; second++) {
        assertThat(shareAProbe(first, second, window)).as("days %d and %d", first, second).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "window {0} days")
  @ValueSource(ints = {0, 1, 2, 7})
  void daysMoreThanTwoBucketsApartShareNoProbe(int window) {
    int width = window + 1;
    for (int first = -40; first <= 40; first++) {
      int second = first + 2 * width + 1;
      assertThat(shareAProbe(first, second, window)).as("days %d and %d", first, second).isFalse();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''              | ''",
        "5               | ''",
        "5 5             | 5",
        "3 1 3 2 1 3     | 1 3",
        "-7 9 -7 9 9 0   | -7 9",
        "4 4 4 4         | 4"
      })
  void repeatedValuesComeOutOnceEachInOrder(String values, String repeated) {
    List<Long> out = new java.util.ArrayList<>();
    Stories.repeated(longs(values).boxed().iterator()).forEachRemaining(out::add);
    assertThat(out).containsExactlyElementsOf(longs(repeated).boxed().toList());
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 2, 7, 200})
  void probesShippedInChunksFromTwoTasksGiveTheRepeatedProbesOfOneList(int partitions) {
    Random random = new Random(partitions);
    List<Row> sketches = new ArrayList<>();
    for (int n = 0; n < 300; n++) {
      // Keys from a small pool, so that many probes repeat, some across the two tasks.
      List<Long> bands = random.longs(20, 0, 500).boxed().toList();
      List<Long> exact = random.longs(2, 0, 50).boxed().toList();
      sketches.add(
          RowFactory.create(
              random.nextInt(30),
              JavaConverters.asScalaBuffer(bands),
              JavaConverters.asScalaBuffer(exact)));
    }
    List<Long> expected = new ArrayList<>();
    Stories.repeatedInChunks(Stories.probeChunks(sketches.iterator(), 2, 1))
        .forEachRemaining(expected::add);

    List<Row> chunks = new ArrayList<>();
    Stories.probeChunks(sketches.subList(0, 120).iterator(), 2, partitions)
        .forEachRemaining(chunks::add);
    Stories.probeChunks(sketches.subList(120, 300).iterator(), 2, partitions)
        .forEachRemaining(chunks::add);
    Set<Long> found = new HashSet<>();
    for (int part = 0; part < partitions; part++) {
      int target = part;
      Stories.repeatedInChunks(chunks.stream().filter(c -> c.getInt(0) == target).iterator())
          .forEachRemaining(found::add);
    }
    assertThat(expected).isNotEmpty().doesNotHaveDuplicates();
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static boolean shareAProbe(int firstDay, int secondDay, int window) {
    long[] first = Stories.nearProbes(KEY, firstDay, window);
    long[] second = Stories.nearProbes(KEY, secondDay, window);
    return Arrays.stream(first).anyMatch(p -> Arrays.stream(second).anyMatch(q -> q == p));
  }

  private static LongStream longs(String spaced) {
    return spaced.isBlank()
        ? LongStream.empty()
        : Arrays.stream(spaced.trim().split("\\s+")).mapToLong(Long::parseLong);
  }
}
