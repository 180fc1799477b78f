package org.troopwatch.ingest;

/**
 * A set of non-zero 64-bit hashes as a plain long array (open addressing, linear probing, at most
 * half full, slot from the hash's top bits), so that it broadcasts as one array and a membership
 * test is one or two array reads: the band-row filter asks it 40 times per article.
 */
final class ProbeTable {

  private ProbeTable() {}

  /** The table holding these values (non-zero, already well mixed; repeats are kept once). */
  static long[] of(long[] values) {
    // At least two slots, so that a slot is always a shift of fewer than 64 bits.
    int bits = 1;
    while ((1L << bits) < 2L * values.length) {
      bits++;
    }
    long[] table = new long[1 << bits];
    for (long value : values) {
      if (value == 0) {
        throw new IllegalArgumentException("0 marks an empty slot and cannot be a value");
      }
      int slot = slot(table, value);
      while (table[slot] != 0 && table[slot] != value) {
        slot = (slot + 1) & (table.length - 1);
      }
      table[slot] = value;
    }
    return table;
  }

  /** Whether the table holds the value. */
  static boolean contains(long[] table, long value) {
    for (int slot = slot(table, value); table[slot] != 0; slot = (slot + 1) & (table.length - 1)) {
      if (table[slot] == value) {
        return true;
      }
    }
    return false;
  }

  private static int slot(long[] table, long value) {
    return (int) (value >>> (64 - Integer.numberOfTrailingZeros(table.length)));
  }
}
