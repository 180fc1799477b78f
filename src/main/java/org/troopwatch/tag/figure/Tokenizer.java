package org.troopwatch.tag.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words, numbers and signs in one left-to-right pass; every character is looked at
 * a bounded number of times, so any input is tokenized in linear time.
 *
 * <p>Numbers follow English usage: "," separates thousands only when exactly three digits follow
 * ("1,500", but "1,2,3" is three numbers), a single space may do the same after a first group of at
 * most three digits ("1 500"), "." starts decimals, "10:30" is a clock time.
 */
public final class Tokenizer {

  /** Most integer digits read as a value; longer numbers are kept as text with value NaN. */
  private static final int MAX_DIGITS = 15;

  private Tokenizer() {}

  /** The tokens of {@code text}, left to right. */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int previousEnd = -1;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      boolean glued = previousEnd == i;
      int end;
      if (isDigit(c)) {
        end = number(text, i, glued, tokens);
      } else if (Character.isLetter(c)) {
        end = wordEnd(text, i);
        String word = text.substring(i, end);
        tokens.add(
            new Token(Token.Kind.WORD, i, end, word, lower(word), glued, 0, 0, false, false));
      } else {
        end = i + Character.charCount(text.codePointAt(i));
        String sign = text.substring(i, end);
        tokens.add(new Token(Token.Kind.SIGN, i, end, sign, sign, glued, 0, 0, false, false));
      }
      previousEnd = end;
      i = end;
    }
    return tokens;
  }

  private static int number(String text, int start, boolean glued, List<Token> out) {
    int n = text.length();
    int i = digitsEnd(text, start);
    // The integer part is accumulated while scanning; a run too long to hold marks it unreadable.
    int digitCount = i - start;
    long whole = digitCount <= MAX_DIGITS ? Long.parseLong(text, start, i, 10) : 0;
    int groups = 0;
    boolean clock = false;
    boolean spaced = false;
    // Thousands groups: a separator followed by exactly three digits and then no further digit.
    while (i < n) {
      char sep = text.charAt(i);
      boolean comma = sep == ',' && !spaced;
      boolean space =
          (sep == ' ' || sep == '\u00A0' || sep == '\u2009' || sep == '\u202F')
              && (groups == 0 ? i - start <= 3 : spaced);
      if ((comma || space) && threeDigitsAt(text, i + 1)) {
        digitCount += 3;
        if (digitCount <= MAX_DIGITS) {
          whole = whole * 1000 + Long.parseLong(text, i + 1, i + 4, 10);
        }
        spaced = space;
        groups++;
        i += 4;
      } else {
        break;
      }
    }
    double value = digitCount <= MAX_DIGITS ? whole : Double.NaN;
    boolean decimal = false;
    if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
      int fractionEnd = digitsEnd(text, i + 1);
      decimal = true;
      if (digitCount <= MAX_DIGITS && fractionEnd - i - 1 <= MAX_DIGITS) {
        value = whole + Double.parseDouble("0" + text.substring(i, fractionEnd));
      }
      i = fractionEnd;
    } else if (groups == 0
        && i + 2 < n
        && text.charAt(i) == ':'
        && isDigit(text.charAt(i + 1))
        && isDigit(text.charAt(i + 2))
        && (i + 3 >= n || !isDigit(text.charAt(i + 3)))) {
      clock = true;
      i += 3;
    }
    boolean plain = groups == 0 && !decimal && !clock;
    String written = text.substring(start, i);
    out.add(
        new Token(
            Token.Kind.NUMBER,
            start,
            i,
            written,
            written,
            glued,
            clock ? 0 : value,
            groups,
            plain,
            clock));
    return i;
  }

  private static boolean threeDigitsAt(String text, int i) {
    int n = text.length();
    return i + 2 < n
        && isDigit(text.charAt(i))
        && isDigit(text.charAt(i + 1))
        && isDigit(text.charAt(i + 2))
        && (i + 3 >= n || !isDigit(text.charAt(i + 3)));
  }

  /**
   * End of a word: letters with apostrophes between them ("Korea's"), or a dotted abbreviation of
   * single letters ("U.S.", "a.m.") kept as one token.
   */
  private static int wordEnd(String text, int start) {
    int n = text.length();
    int j = start;
    int dotted = 0;
    while (j + 1 < n && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
      j += 2;
      dotted++;
    }
    if (dotted >= 2) {
      return j;
    }
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        i++;
      } else if ((c == '\'' || c == '\u2019')
          && i + 1 < n
          && Character.isLetter(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static int digitsEnd(String text, int i) {
    int n = text.length();
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
