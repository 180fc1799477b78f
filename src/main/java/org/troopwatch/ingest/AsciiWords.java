package org.troopwatch.ingest;

/**
 * The words of an all-ASCII text found in one pass over its chars, as the content hash and the
 * MinHash shingles take them: the words lower-cased and joined by single spaces (the bytes the
 * content hash digests) and each word's FNV-1a hash (what the shingles are made of). Where three
 * passes (finding the words, lower-casing them for the hash, hashing them for the shingles) read
 * every char three times, and an ASCII check a fourth.
 *
 * <pre>
 * "Troops, SENT!"  ->  joined "troops sent" (11 bytes), hashes [fnv("troops"), fnv("sent")]
 * </pre>
 */
final class AsciiWords {

  /** FNV-1a's 64-bit offset basis and prime, as {@link MinHasher} hashes words. */
  static final long FNV_OFFSET = 0xcbf29ce484222325L;

  static final long FNV_PRIME = 0x100000001b3L;

  /** The words lower-cased and joined by one space: the first {@link #size} bytes. */
  final byte[] joined;

  /** How many bytes of {@link #joined} hold the words. */
  final int size;

  /** Each word's FNV-1a hash over its lower-cased chars, in text order. */
  final long[] hashes;

  private AsciiWords(byte[] joined, int size, long[] hashes) {
    this.joined = joined;
    this.size = size;
    this.hashes = hashes;
  }

  /**
   * The words of {@code text}, a word being a maximal run of ASCII letters and digits ({@link
   * Words#bounds} on ASCII text), or null when the text has a char outside ASCII.
   */
  static AsciiWords of(String text) {
    int length = text.length();
    // Never longer than the text: each word's chars, and one space between words where the text
    // has at least one other char.
    byte[] joined = new byte[length];
    long[] hashes = new long[16];
    int size = 0;
    int words = 0;
    long hash = 0;
    boolean inWord = false;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      boolean letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letter && c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
        letter = true;
      }
      if (letter) {
        if (!inWord) {
          if (words > 0) {
            joined[size++] = ' ';
          }
          inWord = true;
          hash = FNV_OFFSET;
        }
        joined[size++] = (byte) c;
        hash = (hash ^ c) * FNV_PRIME;
      } else if (inWord) {
        hashes = add(hashes, words++, hash);
        inWord = false;
      }
    }
    if (inWord) {
      hashes = add(hashes, words++, hash);
    }
    return new AsciiWords(joined, size, java.util.Arrays.copyOf(hashes, words));
  }

  private static long[] add(long[] hashes, int at, long hash) {
    long[] into = at < hashes.length ? hashes : java.util.Arrays.copyOf(hashes, hashes.length * 2);
    into[at] = hash;
    return into;
  }
}
