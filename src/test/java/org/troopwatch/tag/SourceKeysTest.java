package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.troopwatch.common.Claim;
import org.troopwatch.evaluate.GoldClaim;
import org.troopwatch.evaluate.Scorer;
import org.troopwatch.tag.claim.ClaimExtractor;
import org.troopwatch.testing.DevGold;
import org.troopwatch.testing.SparkTest;

/**
 * Source identity on the dev and train gold sets (issue 19): every source the gold names gets one
 * key in the claims the tagger matches to it, and that key is the gold's canonical name or one of
 * its aliases. A source split over several keys is a series that never sees its own revisions.
 */
@SparkTest
class SourceKeysTest {

  /** Gold canonical name -> the tagged attributed_to values of the claims matched to its claims. */
  private static final Map<String, Set<String>> keys = new TreeMap<>();

  /** Gold canonical name -> its canonical and aliases, normalised. */
  private static final Map<String, Set<String>> names = new TreeMap<>();

  @BeforeAll
  static void tagTheGoldSets(SparkSession spark) {
    PipelineModel model = TagPipeline.build(spark, Gazetteer.defaults());
    for (String set : List.of("dev", "train")) {
      List<GoldClaim> tagged = new ArrayList<>();
      for (DevGold.Article a : DevGold.articles(set)) {
        ArticleText article = TagPipeline.annotate(model, a.docId(), a.published(), a.text());
        for (Claim c : ClaimExtractor.defaults().extract(article)) {
          tagged.add(GoldClaim.of(c));
        }
      }
      List<GoldClaim> gold = DevGold.claims(set);
      for (GoldClaim[] pair : Scorer.pairs(gold, tagged, new boolean[tagged.size()])) {
        String canonical = pair[0].attributedTo();
        if (canonical == null) {
          continue;
        }
        keys.computeIfAbsent(canonical, k -> new TreeSet<>())
            .add(String.valueOf(pair[1].attributedTo()));
        Set<String> forms = names.computeIfAbsent(canonical, k -> new TreeSet<>());
        forms.add(normalise(canonical));
        pair[0].attributedToAliases().forEach(alias -> forms.add(normalise(alias)));
      }
    }
    keys.forEach((source, k) -> System.out.println("source key: " + source + " -> " + k));
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  @Test
  void everyGoldSourceThatIsMatchedHasOneKeyThatNamesIt() {
    List<String> wrong = new ArrayList<>();
    keys.forEach(
        (source, k) -> {
          boolean named = k.stream().allMatch(key -> names.get(source).contains(normalise(key)));
          if (k.size() != 1 || !named) {
            wrong.add(source + " -> " + k);
          }
        });
    assertThat(wrong).as("gold sources split or misnamed").isEmpty();
  }
}
