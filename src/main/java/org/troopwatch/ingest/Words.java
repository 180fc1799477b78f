package org.troopwatch.ingest;

import java.util.Arrays;

/**
 * Finds the words of a text in one pass over its code points, without regular expressions: a word
 * is a maximal run of letters and numbers (Unicode categories L and N), exactly what splitting on
 * {@code [^\p{L}\p{N}]+} leaves.
 */
final class Words {

  private Words() {}

  /** The words' bounds as pairs (start, end) in {@code text}, in order; length is 2 x words. */
  static int[] bounds(String text) {
    int[] bounds = new int[16];
    int count = 0;
    int start = -1;
    int length = text.length();
    int i = 0;
    while (i < length) {
      int c = text.charAt(i);
      int width = 1;
      if (Character.isHighSurrogate((char) c)) {
        c = text.codePointAt(i);
        width = Character.charCount(c);
      }
      boolean word = isWordChar(c);
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (count + 2 > bounds.length) {
          bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[count++] = start;
        bounds[count++] = i;
        start = -1;
      }
      i += width;
    }
    if (start >= 0) {
      if (count + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length + 2);
      }
      bounds[count++] = start;
      bounds[count++] = length;
    }
    return Arrays.copyOf(bounds, count);
  }

  /** Whether every char of the text is ASCII. */
  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** An ASCII char lower-cased, as String.toLowerCase would. */
  static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** Whether the code point is a letter or a number (categories L and N). */
  static boolean isWordChar(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
