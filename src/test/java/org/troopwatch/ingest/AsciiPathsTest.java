package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ASCII paths of the content hash and the MinHash shingles give exactly what the general paths
 * (lower-cased copy, then words) give, on seeded random texts of mixed case, digits, punctuation
 * and spacing; a text with one non-ASCII char still takes the general path; and the language
 * detector's ASCII table finds what its word map finds.
 */
class AsciiPathsTest {

  private static final String ALPHABET = "aZbYcXmM09 5 ,.;'\"-\n\t()&%$#@!?/";

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theContentHashOfAsciiTextIsTheHashOfItsLowerCasedWordsJoinedBySpaces(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 200; n++) {
      String text = randomText(random);
      assertThat(ArticleChecker.contentHash(text))
          .as(text)
          .isEqualTo(ReferenceHashes.contentHash(text));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theShinglesOfAsciiTextAreThoseOfItsLowerCasedCopy(long seed) {
    Random random = new Random(seed);
    MinHasher hasher = DedupSettings.defaults().hasher();
    for (int n = 0; n < 200; n++) {
      String text = randomText(random);
      assertThat(hasher.shingles(text)).as(text).isEqualTo(referenceShingles(text, 3));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"Ünited Nations TROOPS", "İstanbul garrison ΣΟΦΟΣ", "Café 1,200 SOLDIERS"})
  void textWithNonAsciiCharsHashesAsBefore(String text) {
    assertThat(ArticleChecker.contentHash(text)).isEqualTo(ReferenceHashes.contentHash(text));
    assertThat(DedupSettings.defaults().hasher().shingles(text))
        .isEqualTo(referenceShingles(text, 3));
  }

  @Test
  void theLanguageDetectorTakesTheAsciiLettersCharacterIsLetterTakes() {
    for (char c = 0; c < 0x80; c++) {
      assertThat(LanguageDetector.isLetter(c))
          .as("char %d", (int) c)
          .isEqualTo(Character.isLetter(c));
    }
    assertThat(LanguageDetector.isLetter('é')).isTrue();
    assertThat(LanguageDetector.isLetter('\u2014')).isFalse();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void theLanguageOfMixedStopWordsInAnyCaseIsTheOneTheWordMapGives(long seed) {
    Random random = new Random(seed);
    List<String> profiles = ResourceLines.read("org/troopwatch/ingest/stopwords.tsv");
    Map<String, List<String>> languagesOf = new HashMap<>();
    for (String line : profiles) {
      String[] parts = line.split("\t");
      for (String word : parts[1].split(" ")) {
        languagesOf.computeIfAbsent(word, w -> new ArrayList<>()).add(parts[0]);
      }
    }
    List<String> words = new ArrayList<>(languagesOf.keySet());
    words.addAll(List.of("troops", "Kursk", "1,200", "soldiers", "x"));
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(60);
      for (int i = 0; i < length; i++) {
        String word = words.get(random.nextInt(words.size()));
        text.append(random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : word).append(' ');
      }
      // The stop-word profile alone: a random mix of Russian and Ukrainian stop words is told
      // apart by its letters before the profile is asked (LanguageDetectorTest).
      assertThat(LanguageDetector.byStopWords(text.toString()))
          .as(text.toString())
          .isEqualTo(referenceLanguage(text.toString(), languagesOf));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void longTextsDecidedBeforeTheirLastTokenGetTheAnswerOfTheWholeCount(long seed) {
    // Texts of 30-700 tokens, each mostly the stop words of one or two languages (so that the
    // count is often decided early, and sometimes only just) with other words between.
    Random random = new Random(seed);
    Map<String, List<String>> languagesOf = stopWordLanguages();
    Map<String, List<String>> wordsOf = new HashMap<>();
    languagesOf.forEach(
        (word, languages) ->
            languages.forEach(l -> wordsOf.computeIfAbsent(l, x -> new ArrayList<>()).add(word)));
    List<String> languages = new ArrayList<>(new java.util.TreeSet<>(wordsOf.keySet()));
    List<String> other = List.of("troops", "Kursk", "1,200", "soldiers", "x", "brigade", "said");
    for (int n = 0; n < 200; n++) {
      String first = languages.get(random.nextInt(languages.size()));
      String second = languages.get(random.nextInt(languages.size()));
      double firstShare = random.nextDouble();
      double stopShare = 0.2 + 0.8 * random.nextDouble();
      StringBuilder text = new StringBuilder();
      int length = 30 + random.nextInt(670);
      for (int i = 0; i < length; i++) {
        List<String> from =
            random.nextDouble() >= stopShare
                ? other
                : wordsOf.get(random.nextDouble() < firstShare ? first : second);
        String word = from.get(random.nextInt(from.size()));
        text.append(random.nextInt(4) == 0 ? word.toUpperCase(Locale.ROOT) : word).append(' ');
      }
      String language = LanguageDetector.byStopWords(text.toString());
      assertThat(language)
          .as(text.toString())
          .isEqualTo(referenceLanguage(text.toString(), languagesOf));
      if (Words.isAscii(text.toString())) {
        // ASCII text skips the script count, which can find neither Hangul nor Cyrillic in it.
        assertThat(LanguageDetector.detect(text.toString(), true))
            .isEqualTo(LanguageDetector.detect(text.toString(), false));
      }
    }
  }

  @Test
  void aCountIsDecidedOnlyWhenNoRemainingTokensCouldChangeItsAnswer() {
    // Ahead of the languages before it by more than the tokens left, of those after it by at
    // least as many (a tie with a later language goes to the leader).
    assertThat(LanguageDetector.decided(new int[] {10, 50, 40}, 11)).isEqualTo(-1);
    assertThat(LanguageDetector.decided(new int[] {10, 50, 40}, 10)).isEqualTo(1);
    assertThat(LanguageDetector.decided(new int[] {40, 50, 10}, 10)).isEqualTo(-1);
    assertThat(LanguageDetector.decided(new int[] {39, 50, 10}, 10)).isEqualTo(1);
    // A tie goes to the first language: a lead can end in a tie with a later one and still win.
    assertThat(LanguageDetector.decided(new int[] {50, 50}, 0)).isEqualTo(0);
    // Too few hits to be sure the share passes whatever the remaining tokens are.
    assertThat(LanguageDetector.decided(new int[] {32, 0}, 0)).isEqualTo(-1);
    assertThat(LanguageDetector.decided(new int[] {33, 0}, 0)).isEqualTo(0);
  }

  @Test
  void asciiWordsAreTheLowerCasedWordsJoinedBySpacesAndTheirHashes() {
    AsciiWords words = AsciiWords.of("  Troops, SENT! 1,200 ");
    assertThat(new String(words.joined, 0, words.size, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("troops sent 1 200");
    assertThat(words.hashes).hasSize(4);
    assertThat(AsciiWords.of("Troops sent to Türkiye")).isNull();
    assertThat(AsciiWords.of("").hashes).isEmpty();
  }

  private static Map<String, List<String>> stopWordLanguages() {
    Map<String, List<String>> languagesOf = new HashMap<>();
    for (String line : ResourceLines.read("org/troopwatch/ingest/stopwords.tsv")) {
      String[] parts = line.split("\t");
      for (String word : parts[1].split(" ")) {
        languagesOf.computeIfAbsent(word, w -> new ArrayList<>()).add(parts[0]);
      }
    }
    return languagesOf;
  }

  // The detector as first written: every token lower-cased into a String and looked up in a map.
  private static String referenceLanguage(String text, Map<String, List<String>> languagesOf) {
    Map<String, Integer> hits = new java.util.TreeMap<>();
    int tokens = 0;
    for (String token : text.split("[^\\p{L}]+")) {
      if (token.isEmpty() || tokens == 400) {
        continue;
      }
      tokens++;
      for (String language : languagesOf.getOrDefault(token.toLowerCase(Locale.ROOT), List.of())) {
        hits.merge(language, 1, Integer::sum);
      }
    }
    String best = "und";
    int bestHits = 0;
    for (Map.Entry<String, Integer> hit : hits.entrySet()) {
      if (hit.getValue() > bestHits) {
        best = hit.getKey();
        bestHits = hit.getValue();
      }
    }
    return bestHits >= 3 && bestHits >= 0.08 * tokens ? best : "und";
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(120);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  // The shingles as they were first written: FNV-1a per word of the lower-cased copy, then mixed.
  private static long[] referenceShingles(String text, int shingleWords) {
    String lower = text.toLowerCase(Locale.ROOT);
    String[] words =
        java.util.Arrays.stream(lower.split("[^\\p{L}\\p{N}]+"))
            .filter(w -> !w.isEmpty())
            .toArray(String[]::new);
    long[] wordHashes = new long[words.length];
    for (int w = 0; w < words.length; w++) {
      long hash = 0xcbf29ce484222325L;
      for (int i = 0; i < words[w].length(); i++) {
        hash = (hash ^ words[w].charAt(i)) * 0x100000001b3L;
      }
      wordHashes[w] = hash;
    }
    int count = Math.max(1, wordHashes.length - shingleWords + 1);
    long[] shingles = new long[count];
    for (int start = 0; start < count; start++) {
      long hash = 0;
      for (int i = start; i < Math.min(wordHashes.length, start + shingleWords); i++) {
        hash = MinHasher.mix(hash * 31 + wordHashes[i]);
      }
      shingles[start] = hash;
    }
    return shingles;
  }
}
