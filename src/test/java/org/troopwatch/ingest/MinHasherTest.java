package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A signature is, hash function by hash function, the least hash over the shingles, whatever their
 * order; its bytes give it back unchanged.
 */
class MinHasherTest {

  private final MinHasher hasher = DedupSettings.defaults().hasher();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void eachValueOfASignatureIsTheLeastOverItsShinglesSignedOneByOne(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 50; n++) {
      long[] shingles = random.longs(1 + random.nextInt(300)).toArray();
      int[] least = new int[hasher.signatureOf(new long[] {0}).length];
      Arrays.fill(least, Integer.MAX_VALUE);
      for (long shingle : shingles) {
        int[] alone = hasher.signatureOf(new long[] {shingle});
        for (int i = 0; i < least.length; i++) {
          least[i] = Math.min(least[i], alone[i]);
        }
      }
      assertThat(hasher.signatureOf(shingles)).isEqualTo(least);
    }
  }

  // The signatures decide the stories of every published article: pinned as the one-function-
  // at-a-time loop of session 4 made them (20 x 5 functions, and 3 x 3, which is no multiple of
  // the eight done at once).
  @org.junit.jupiter.api.Test
  void aSignatureKeepsTheValuesPublishedStoriesWereGroupedBy() {
    String text =
        "North Korea has sent between 1,000 and 3,000 more soldiers to Russia's Kursk region"
            + " since January, South Korea's spy agency said.";

    assertThat(Arrays.hashCode(hasher.signature(text))).isEqualTo(-838860946);
    assertThat(Arrays.hashCode(new MinHasher(3, 3, 3).signature(text))).isEqualTo(663338740);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void theOrderOfTheShinglesChangesNoSignature(long seed) {
    Random random = new Random(seed);
    long[] shingles = random.longs(200).toArray();
    long[] reversed = new long[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      reversed[i] = shingles[shingles.length - 1 - i];
    }
    assertThat(hasher.signatureOf(reversed)).isEqualTo(hasher.signatureOf(shingles));
  }

  @ParameterizedTest(name = "text {index}: \"{0}\"")
  @ValueSource(
      strings = {
        "Some 2,500 troops left the base on Monday.",
        "",
        "Ünited Nations peacekeepers, 450 of them"
      })
  void aSignatureComesBackFromItsBytesUnchanged(String text) {
    int[] signature = hasher.signature(text);
    byte[] bytes = MinHasher.toBytes(signature);
    assertThat(bytes).hasSize(4 * signature.length);
    assertThat(MinHasher.fromBytes(bytes)).isEqualTo(signature);
  }
}
