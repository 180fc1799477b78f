package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.troopwatch.ingest.TestArticles.article;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.troopwatch.common.DateRange;
import org.troopwatch.common.StageOptions;
import org.troopwatch.common.Tables;
import org.troopwatch.common.Warehouse;
import org.troopwatch.testing.SparkTest;

/** Syndicated copies fold into one story; look-alikes that are other stories do not. */
@SparkTest
class StoriesTest {

  /** A wire story (invented wording; the facts echo real reports of February 2025). */
  static final String WIRE =
      "SEOUL, Feb 27 - North Korea has sent between 1,000 and 3,000 more soldiers to Russia's"
          + " Kursk region since January, South Korea's spy agency told lawmakers on Thursday,"
          + " calling it a second wave of deployments. The National Intelligence Service said the"
          + " new troops appeared to replace units that suffered heavy losses in fighting with"
          + " Ukrainian forces over the winter. Lawmakers briefed by the agency said about 4,000"
          + " North Korean soldiers had been killed or wounded so far. Pyongyang and Moscow have"
          + " not confirmed the deployment, which the agency first reported in October. The agency"
          + " also said the North may ship more artillery shells and missiles to Russia in the"
          + " coming months.";

  /** The same story as another outlet ran it: first sentence reworded, last one swapped. */
  static final String REWORDED =
      "North Korea has dispatched between 1,000 and 3,000 additional soldiers to Russia's Kursk"
          + " region since January, South Korea's spy agency told lawmakers on Thursday, calling it"
          + " a second wave of deployments. The National Intelligence Service said the new troops"
          + " appeared to replace units that suffered heavy losses in fighting with Ukrainian"
          + " forces over the winter. Lawmakers briefed by the agency said about 4,000 North"
          + " Korean soldiers had been killed or wounded so far. Pyongyang and Moscow have not"
          + " confirmed the deployment, which the agency first reported in October. Kyiv thanked"
          + " its allies for sharing intelligence on the movements.";

  /** Another story that happens to carry the same numbers. */
  static final String MARATHON =
      "Between 1,000 and 3,000 runners are expected at the city marathon on Thursday, organisers"
          + " said, after about 4,000 signed up last year. Roads along the river will close early"
          + " in the morning and reopen after the last runners cross the line in the afternoon."
          + " Volunteers will hand out water at eight stations on the course.";

  @TempDir static Path dir;
  static Map<String, String> storyOf;
  static Map<String, String> duplicateOf;
  static IngestResult result;

  @BeforeAll
  static void ingestStories(SparkSession spark) {
    Path input =
        TestArticles.write(
            dir.resolve("stories.jsonl"),
            List.of(
                article("wire-1", "2025-02-27T06:10:00Z", "N.Korea sends more troops", WIRE),
                article("paper-1", "2025-02-28", "More North Korean soldiers", REWORDED),
                article("city-1", "2025-02-27", "Marathon closes roads", MARATHON),
                article("late-same", "2025-03-20", "Archive copy", WIRE.toUpperCase()),
                article(
                    "late-reworded",
                    "2025-03-30",
                    "Weeks later",
                    REWORDED.replace(
                        "Kyiv thanked", "Seoul said it still watched, and Kyiv thanked"))));
    String warehouse = dir.resolve("warehouse").toString();
    IngestJob job = new IngestJob();
    job.withOptions(StageOptions.of(warehouse, List.of(input.toString()), DateRange.ALL));
    result = job.ingest(spark, new Warehouse(spark, warehouse));
    Dataset<Row> articles = new Warehouse(spark, warehouse).read(Tables.ARTICLES);
    storyOf = TestArticles.byDocId(articles, "story_id");
    duplicateOf = TestArticles.byDocId(articles, "duplicate_of");
  }

  @Test
  void twoRewordedCopiesOfOneWireStoryAreOneStoryPointingAtTheEarliest() {
    assertThat(storyOf.get("paper-1")).isEqualTo("wire-1");
    assertThat(duplicateOf.get("paper-1")).isEqualTo("wire-1");
    assertThat(duplicateOf.get("wire-1")).isNull();
  }

  @Test
  void anUnrelatedStoryWithTheSameNumbersIsItsOwnStory() {
    assertThat(storyOf.get("city-1")).isEqualTo("city-1");
    assertThat(duplicateOf.get("city-1")).isNull();
  }

  // late-reworded is ten days after late-same, so no near-copy chain reaches it either.
  @Test
  void theSameTextWeeksLaterIsAnExactCopyWhileARewordingThatLateIsNot() {
    assertThat(storyOf.get("late-same")).isEqualTo("wire-1");
    assertThat(storyOf.get("late-reworded")).isEqualTo("late-reworded");
  }

  @Test
  void theResultCountsCopiesAndStories() {
    assertThat(result.articles()).isEqualTo(5);
    assertThat(result.copies()).isEqualTo(2);
    assertThat(result.stories()).isEqualTo(3);
  }

  @Test
  void theRewordedCopiesAreSimilarEnoughAndTheLookAlikeIsNot() {
    MinHasher hasher = DedupSettings.defaults().hasher();
    int[] wire = hasher.signature(WIRE);
    assertThat(MinHasher.similarity(wire, hasher.signature(REWORDED))).isGreaterThan(0.5);
    assertThat(MinHasher.similarity(wire, hasher.signature(MARATHON))).isLessThan(0.1);
  }
}
