package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The single-pass scanners give exactly what the regular expressions they replaced gave, on seeded
 * random texts drawn from the characters where the two could part: every kind of space, line
 * breaks, control and zero-width characters, mojibake, combining marks, numbers that are not
 * digits, letters outside the BMP and lone surrogates.
 */
class ScannersTest {

  private static final String[] ALPHABET = {
    "a",
    "B",
    "z",
    "7",
    " ",
    " ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\u00A0",
    "\u2003",
    "\u202F",
    "\u0001",
    "\u007F",
    "\u0085",
    "\u200B",
    "\uFEFF",
    "é",
    "e\u0301",
    "Ã",
    "Â£",
    "â€™",
    "©",
    "İ",
    "Σ",
    "²",
    "½",
    "Ⅻ",
    "&amp;",
    "&",
    "-",
    ",",
    "'",
    "\uD835\uDC9C",
    "\uD83D\uDE00",
    "\uD800",
    "日"
  };

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F]+");
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile(" ?\\n[ \\n]*\\n ?");
  private static final Pattern LINE_BREAK = Pattern.compile(" ?\\n ?");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  @ParameterizedTest(name = "seed {0}: cleaning matches the regular-expression cleaning")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void cleaningMatchesTheRegularExpressions(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      String raw = randomText(random);
      assertThat(TextCleaner.clean(raw)).as("cleaning %s", escaped(raw)).isEqualTo(byRegex(raw));
    }
  }

  @ParameterizedTest(name = "text {index}")
  @ValueSource(strings = {"Troops sent.", "Troops sent.\n\nTwo more.\nAnd one.", "a b\nc", ""})
  void textWhoseSpacesAreAlreadyCollapsedIsReturnedUncopied(String text) {
    assertThat(TextCleaner.collapseSpaces(text)).isSameAs(text);
  }

  @ParameterizedTest(
      name = "seed {0}: content hash and shingles match the regular-expression split")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void wordsMatchTheRegularExpressionSplit(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      String text = randomText(random);
      String lower = text.toLowerCase(Locale.ROOT);
      String joined = String.join(" ", lower.split(NOT_WORD.pattern())).strip();
      assertThat(ArticleChecker.contentHash(text))
          .as("hashing %s", escaped(text))
          .isEqualTo(ReferenceHashes.contentHash(text));
      int[] bounds = Words.bounds(lower);
      StringBuilder words = new StringBuilder();
      for (int i = 0; i < bounds.length; i += 2) {
        words.append(i == 0 ? "" : " ").append(lower, bounds[i], bounds[i + 1]);
      }
      assertThat(words.toString()).as("words of %s", escaped(text)).isEqualTo(joined);
    }
  }

  // The cleaning as it was before the scanners: one regular expression per step.
  private static String byRegex(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    if (text.indexOf('&') >= 0) {
      text = Parser.unescapeEntities(text, false);
    }
    text = TextCleaner.repairMojibake(text);
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    text = CONTROL.matcher(text).replaceAll("");
    text = SPACES.matcher(text).replaceAll(" ");
    text = PARAGRAPH_BREAK.matcher(text).replaceAll("\n\n");
    text = LINE_BREAK.matcher(text).replaceAll("\n");
    return text.strip();
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return text.toString();
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.chars()
        .forEach(
            c -> out.append(c < 0x7F && c >= 0x20 ? "" + (char) c : String.format("\\u%04X", c)));
    return out.append('"').toString();
  }
}
