package org.troopwatch.ingest;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * MinHash over word shingles of a text, and the band keys for locality-sensitive hashing. With
 * {@code bands} bands of {@code rows} rows, two texts of Jaccard similarity J share at least one
 * band key with probability 1 - (1 - J^rows)^bands (20 x 5: 0.9996 at J = 0.8, 0.47 at 0.5).
 */
public final class MinHasher implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final int shingleWords;
  private final int bands;
  private final int rows;
  // Per hash function: an odd multiplier and an offset (multiply-add-shift hashing).
  private final long[] multipliers;
  private final long[] offsets;

  public MinHasher(int shingleWords, int bands, int rows) {
    if (shingleWords < 1 || bands < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "shingle words, bands and rows must be positive: "
              + shingleWords
              + ", "
              + bands
              + ", "
              + rows);
    }
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
    long[] seeds = new long[bands * rows];
    long state = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < seeds.length; i++) {
      state = mix(state + i);
      seeds[i] = state;
    }
    this.multipliers = new long[seeds.length];
    this.offsets = new long[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      multipliers[i] = seeds[i] | 1L;
      offsets[i] = mix(seeds[i]);
    }
  }

  /**
   * The signature: for each hash function the least hash over the text's shingles. The functions
   * are multiply-add-shift hashes of the (already well mixed) 64-bit shingle hash: one multiply
   * each, where a full 64-bit mixer per function and shingle made this the costliest step of
   * ingest.
   */
  public int[] signature(String text) {
    return signatureOf(shingles(text));
  }

  /** The signature of an ASCII text from its words (the same as {@link #signature(String)}). */
  int[] signature(AsciiWords words) {
    return signatureOf(shinglesOf(words.hashes));
  }

  /** The signature of these shingle hashes (see {@link #signature}). */
  int[] signatureOf(long[] shingles) {
    // Repeated shingles change no minimum, so they are not removed here (that would cost a sort).
    // Eight hash functions at a time over all shingles: their multipliers, offsets and running
    // minima stay in registers and each shingle is loaded once per eight products (measured 1.25
    // times faster than one function at a time, itself 1.45 times faster than shingle by
    // shingle over all functions, which loaded and stored three arrays per hash).
    int[] signature = new int[multipliers.length];
    int i = 0;
    for (; i + 8 <= multipliers.length; i += 8) {
      leastOfEight(shingles, i, signature);
    }
    for (; i < multipliers.length; i++) {
      long multiplier = multipliers[i];
      long offset = offsets[i];
      int least = Integer.MAX_VALUE;
      for (long shingle : shingles) {
        least = Math.min(least, (int) ((shingle * multiplier + offset) >>> 33));
      }
      signature[i] = least;
    }
    return signature;
  }

  // The least hash of hash functions first .. first + 7 over the shingles, into the signature.
  private void leastOfEight(long[] shingles, int first, int[] signature) {
    long m0 = multipliers[first];
    long m1 = multipliers[first + 1];
    long m2 = multipliers[first + 2];
    long m3 = multipliers[first + 3];
    long m4 = multipliers[first + 4];
    long m5 = multipliers[first + 5];
    long m6 = multipliers[first + 6];
    long m7 = multipliers[first + 7];
    long o0 = offsets[first];
    long o1 = offsets[first + 1];
    long o2 = offsets[first + 2];
    long o3 = offsets[first + 3];
    long o4 = offsets[first + 4];
    long o5 = offsets[first + 5];
    long o6 = offsets[first + 6];
    long o7 = offsets[first + 7];
    int l0 = Integer.MAX_VALUE;
    int l1 = l0;
    int l2 = l0;
    int l3 = l0;
    int l4 = l0;
    int l5 = l0;
    int l6 = l0;
    int l7 = l0;
    for (long s : shingles) {
      l0 = Math.min(l0, (int) ((s * m0 + o0) >>> 33));
      l1 = Math.min(l1, (int) ((s * m1 + o1) >>> 33));
      l2 = Math.min(l2, (int) ((s * m2 + o2) >>> 33));
      l3 = Math.min(l3, (int) ((s * m3 + o3) >>> 33));
      l4 = Math.min(l4, (int) ((s * m4 + o4) >>> 33));
      l5 = Math.min(l5, (int) ((s * m5 + o5) >>> 33));
      l6 = Math.min(l6, (int) ((s * m6 + o6) >>> 33));
      l7 = Math.min(l7, (int) ((s * m7 + o7) >>> 33));
    }
    signature[first] = l0;
    signature[first + 1] = l1;
    signature[first + 2] = l2;
    signature[first + 3] = l3;
    signature[first + 4] = l4;
    signature[first + 5] = l5;
    signature[first + 6] = l6;
    signature[first + 7] = l7;
  }

  /** One key per band: a hash of the band's number and its rows of the signature. */
  public long[] bandKeys(int[] signature) {
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = mix(band + 1L);
      for (int row = 0; row < rows; row++) {
        key = mix(key ^ signature[band * rows + row]);
      }
      keys[band] = key;
    }
    return keys;
  }

  /**
   * A signature as bytes (4 per value, big-endian): how it is staged and cached, a flat binary
   * value where an array of ints costs a repetition level per value in Parquet and a boxed Integer
   * per value in a row.
   */
  static byte[] toBytes(int[] signature) {
    ByteBuffer bytes = ByteBuffer.allocate(4 * signature.length);
    bytes.asIntBuffer().put(signature);
    return bytes.array();
  }

  /** The signature that {@link #toBytes} made these bytes of. */
  static int[] fromBytes(byte[] bytes) {
    int[] signature = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
    return signature;
  }

  /** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  /** Hashes of the text's word shingles (lower-case letters and digits), in text order. */
  long[] shingles(String text) {
    // ASCII text (news wire copy nearly always is) is lower-cased char by char while hashing, with
    // the same result and no lower-cased copy; other text as String.toLowerCase does it.
    AsciiWords ascii = AsciiWords.of(text);
    if (ascii != null) {
      return shinglesOf(ascii.hashes);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int[] bounds = Words.bounds(lower);
    long[] wordHashes = new long[bounds.length / 2];
    for (int w = 0; w < wordHashes.length; w++) {
      wordHashes[w] = hash(lower, bounds[2 * w], bounds[2 * w + 1]);
    }
    return shinglesOf(wordHashes);
  }

  // The shingles of a text given its words' hashes.
  private long[] shinglesOf(long[] wordHashes) {
    int count = Math.max(1, wordHashes.length - shingleWords + 1);
    long[] shingles = new long[count];
    for (int start = 0; start < count; start++) {
      long hash = 0;
      for (int i = start; i < Math.min(wordHashes.length, start + shingleWords); i++) {
        hash = mix(hash * 31 + wordHashes[i]);
      }
      shingles[start] = hash;
    }
    return shingles;
  }

  // FNV-1a over the word's UTF-16 chars.
  private static long hash(String text, int start, int end) {
    long hash = AsciiWords.FNV_OFFSET;
    for (int i = start; i < end; i++) {
      hash = (hash ^ text.charAt(i)) * AsciiWords.FNV_PRIME;
    }
    return hash;
  }

  // SplitMix64's finaliser: a cheap bijective mix of 64 bits.
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
