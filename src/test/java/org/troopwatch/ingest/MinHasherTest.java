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
