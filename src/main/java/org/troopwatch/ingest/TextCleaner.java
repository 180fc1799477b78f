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

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F]+");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(" ?\\n[ \\n]*\\n ?");
  private static final Pattern LINE_BREAK = Pattern.compile(" ?\\n ?");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** The cleaned text, or null when {@code raw} is null. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    if (text.indexOf('&') >= 0) {
      text = Parser.unescapeEntities(text, false);
    }
    text = repairMojibake(text);
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    text = CONTROL.matcher(text).replaceAll("");
    text = SPACES.matcher(text).replaceAll(" ");
    text = PARAGRAPH_BREAK.matcher(text).replaceAll("\n\n");
    text = LINE_BREAK.matcher(text).replaceAll("\n");
    return text.strip();
  }

  /**
   * Replaces each run that is the cp1252 reading of one valid UTF-8 sequence ("Â£" for "£", "â€™"
   * for "’") by the character it encodes; a run that is not valid UTF-8 stays as it was.
   */
  public static String repairMojibake(String text) {
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
