package org.troopwatch.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Cleans a title or text: HTML entities decoded, mojibake repaired where unambiguous, Unicode NFC,
 * control characters dropped, spaces collapsed and paragraphs kept (separated by one blank line).
 */
public final class TextCleaner {

  private TextCleaner() {}

  // Characters that a UTF-8 continuation byte (0x80-0xBF) turns into when wrongly read as
  // windows-1252: the Latin-1 range plus the letters cp1252 puts at 0x80-0x9F.
  private static final String CONTINUATION =
      "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160"
          + "\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122"
          + "\\u0161\\u203A\\u0153\\u017E\\u0178]";

  // A lead byte of a 2-, 3- or 4-byte UTF-8 sequence, read as cp1252, then its continuations.
  private static final Pattern MOJIBAKE =
      Pattern.compile(
          "[\\u00C2-\\u00DF]"
              + CONTINUATION
              + "|[\\u00E0-\\u00EF]"
              + CONTINUATION
              + "{2}|[\\u00F0-\\u00F4]"
              + CONTINUATION
              + "{3}");

  private static final Charset CP1252 = Charset.forName("windows-1252");

  // Below U+0300 no character decomposes or composes under NFC, so such text is already NFC.
  private static final char FIRST_COMPOSING = '\u0300';

  /** The cleaned text, or null when {@code raw} is null. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = raw;
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (text.indexOf('&') >= 0) {
      text = Parser.unescapeEntities(text, false);
    }
    // ASCII text (news wire copy nearly always is) holds no mojibake lead byte and nothing NFC
    // changes: one scan instead of the two below.
    if (!Words.isAscii(text)) {
      text = repairMojibake(text);
      if (!below(text, FIRST_COMPOSING)) {
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return collapseSpaces(text).strip();
  }

  /**
   * One pass over the text: control characters and zero-width spaces dropped; then each run of
   * spaces and line breaks becomes one space (no break), one line break (one break) or one blank
   * line (two or more breaks).
   */
  static String collapseSpaces(String text) {
    // Copied lazily: a text whose runs are each already what they become (one space, one break,
    // one blank line) and that holds nothing to drop is returned as it is, as most news texts are.
    // Chars of a run are pending until the run ends. Plain char arrays, since a StringBuilder's
    // per-char append was most of this method's cost; the output is never longer than the input
    // (a run of two or more breaks has at least two chars).
    // The chars are read from an array: String.charAt's index and coder checks per char measured
    // slower than copying the text into one.
    int length = text.length();
    char[] in = new char[length];
    text.getChars(0, length, in, 0);
    char[] out = null;
    int size = 0;
    int runStart = -1; // -1: not inside a run of spaces and breaks
    int breaks = 0;
    for (int i = 0; i < length; i++) {
      char c = in[i];
      // Printable ASCII, nearly every char of news text, is neither dropped nor blank.
      boolean printable = c > ' ' && c < 0x7F;
      if (!printable && isDropped(c)) {
        if (out == null) {
          size = runStart >= 0 ? runStart : i;
          out = copyBefore(in, size);
        }
        continue;
      }
      if (!printable && (c == '\n' || isSpace(c))) {
        if (runStart < 0) {
          runStart = i;
          breaks = 0;
        }
        if (c == '\n') {
          breaks++;
        }
        continue;
      }
      if (runStart >= 0) {
        if (out == null && !unchangedRun(in, runStart, i, breaks)) {
          out = copyBefore(in, runStart);
          size = runStart;
        }
        if (out != null) {
          size = endRun(out, size, breaks);
        }
        runStart = -1;
      }
      if (out != null) {
        out[size++] = c;
      }
    }
    if (runStart >= 0) {
      if (out == null && !unchangedRun(in, runStart, length, breaks)) {
        out = copyBefore(in, runStart);
        size = runStart;
      }
      if (out != null) {
        size = endRun(out, size, breaks);
      }
    }
    return out == null ? text : new String(out, 0, size);
  }

  // Whether the run text[start, end) with this many breaks is already what it becomes: " " (no
  // break), "\n" (one) or "\n\n" (two or more).
  private static boolean unchangedRun(char[] text, int start, int end, int breaks) {
    return switch (breaks) {
      case 0 -> end - start == 1 && text[start] == ' ';
      case 1 -> end - start == 1;
      case 2 -> end - start == 2;
      default -> false;
    };
  }

  // An output buffer as long as the text, holding its first chars up to {@code end}.
  private static char[] copyBefore(char[] text, int end) {
    char[] out = new char[text.length];
    System.arraycopy(text, 0, out, 0, end);
    return out;
  }

  // Writes what a run with this many line breaks becomes: a space, a break or a blank line.
  private static int endRun(char[] out, int size, int breaks) {
    if (breaks == 0) {
      out[size++] = ' ';
    } else {
      out[size++] = '\n';
      if (breaks > 1) {
        out[size++] = '\n';
      }
    }
    return size;
  }

  // Control characters other than line break and tab, and the zero-width space and BOM.
  private static boolean isDropped(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u200B'
        || c == '\uFEFF';
  }

  // Space, tab, no-break space, the typographic spaces U+2000-U+200A and the narrow no-break space.
  private static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F';
  }

  private static boolean below(String text, char bound) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= bound) {
        return false;
      }
    }
    return true;
  }

  /**
   * Replaces each run that is the cp1252 reading of one valid UTF-8 sequence ("Â£" for "£", "â€™"
   * for "’") by the character it encodes; a run that is not valid UTF-8 stays as it was.
   */
  public static String repairMojibake(String text) {
    // Every mojibake run starts with a lead byte read as U+00C2-U+00F4: most texts have none.
    if (!containsLeadByte(text)) {
      return text;
    }
    Matcher matcher = MOJIBAKE.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    do {
      String repaired = asUtf8(matcher.group());
      out.append(text, last, matcher.start()).append(repaired);
      last = matcher.end();
    } while (matcher.find());
    return out.append(text, last, text.length()).toString();
  }

  private static boolean containsLeadByte(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }

  // cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined: a run holding U+0081 etc. cannot be
  // encoded back and stays as it was (ambiguous).
  private static String asUtf8(String run) {
    try {
      ByteBuffer bytes =
          CP1252
              .newEncoder()
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(run));
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return run;
    }
  }
}
