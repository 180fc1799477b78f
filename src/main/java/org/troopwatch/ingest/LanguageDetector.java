package org.troopwatch.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses a text's language: Korean from its script (Hangul), Russian and Ukrainian from the
 * letters only one of them has (і ї є ґ and the apostrophe inside a word vs ы э ё), which holds on
 * a headline of five words; every other language from stop-word profiles (resource {@code
 * stopwords.tsv}): the language whose function words make up the largest share of the first tokens,
 * or "und" when no profile covers enough of them. Honest about its limits: it tells the listed
 * languages apart and nothing else (Belarusian, Bulgarian, Serbian Cyrillic are "und").
 */
public final class LanguageDetector {

  /** The code for a text whose language could not be told. */
  public static final String UNDETERMINED = "und";

  private static final int MAX_TOKENS = 400;
  private static final int MIN_HITS = 3;
  private static final double MIN_SHARE = 0.08;

  private static final Map<String, List<String>> WORD_LANGUAGES = load();

  // The languages in code order (ties go to the first), and each stop word's language indexes.
  private static final String[] LANGUAGES =
      WORD_LANGUAGES.values().stream()
          .flatMap(List::stream)
          .distinct()
          .sorted()
          .toArray(String[]::new);
  private static final Map<String, int[]> WORD_INDEXES = indexes();

  // The ASCII stop words in an open-addressing table (linear probing, at most half full), each
  // slot's word and its language indexes.
  private static final int ASCII_MASK =
      Integer.highestOneBit(Math.max(2, WORD_INDEXES.size()) * 4 - 1) - 1;
  private static final String[] ASCII_WORDS = new String[ASCII_MASK + 1];
  private static final int[][] ASCII_LANGUAGES = new int[ASCII_MASK + 1][];
  // Each slot's word's hash: a probe compares chars only where the hashes agree, not at every
  // slot holding a word of the token's length (measured the larger part of the lookups).
  private static final int[] ASCII_HASHES = new int[ASCII_MASK + 1];

  static {
    WORD_INDEXES.forEach(
        (word, languages) -> {
          if (Words.isAscii(word)) {
            int slot = slot(word.hashCode());
            while (ASCII_WORDS[slot] != null) {
              slot = (slot + 1) & ASCII_MASK;
            }
            ASCII_WORDS[slot] = word;
            ASCII_LANGUAGES[slot] = languages;
            ASCII_HASHES[slot] = word.hashCode();
          }
        });
  }

  // Lower-casing never shortens a word, so a longer token cannot be a stop word.
  private static final int LONGEST_WORD =
      WORD_LANGUAGES.keySet().stream().mapToInt(String::length).max().orElse(0);

  private LanguageDetector() {}

  /** How many characters of a text the script count reads: enough for any headline or lead. */
  private static final int SCRIPT_CHARS = 4000;

  /** Cyrillic text with this many letters and no Ukrainian-only letter is Russian. */
  private static final int RUSSIAN_WITHOUT_MARKS = 15;

  /** The ISO 639-1 code of the text's language, or {@link #UNDETERMINED}. */
  public static String detect(String text) {
    return text == null ? UNDETERMINED : detect(text, Words.isAscii(text));
  }

  /**
   * {@link #detect} of a text whose being all ASCII is known: ASCII text holds no Hangul and no
   * Cyrillic, so its script says nothing ({@link #byScript} would return null) and only its stop
   * words are counted.
   */
  static String detect(String text, boolean ascii) {
    if (ascii) {
      return byStopWords(text);
    }
    String byScript = byScript(text);
    if (byScript != null) {
      return byScript;
    }
    return byStopWords(text);
  }

  /**
   * "ko" when Hangul makes up a third of the letters; "ru" or "uk" for Cyrillic text from the
   * letters one of them lacks, else from the stop words; null for text in another script.
   */
  private static String byScript(String text) {
    int letters = 0;
    int hangul = 0;
    int cyrillic = 0;
    int ukrainian = 0;
    int russian = 0;
    int otherCyrillic = 0;
    int n = Math.min(text.length(), SCRIPT_CHARS);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isApostrophe(c)
          && i > 0
          && i + 1 < n
          && isCyrillic(text.charAt(i - 1))
          && isCyrillic(text.charAt(i + 1))) {
        ukrainian++; // "пам'ять", "Придністров’я": Russian writes ъ or nothing there
        continue;
      }
      if (c < 0x80) {
        letters += isLetter(c) ? 1 : 0;
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      if (isCyrillic(c)) {
        cyrillic++;
        switch (Character.toLowerCase(c)) {
          case 'і', 'ї', 'є', 'ґ' -> ukrainian++;
          case 'ы', 'э', 'ё' -> russian++;
          case 'ў', 'ј', 'љ', 'њ', 'ћ', 'ђ', 'ѓ', 'ќ', 'ѕ', 'џ' -> otherCyrillic++;
          default -> {}
        }
      } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
        hangul++;
      }
    }
    if (hangul >= 2 && hangul * 3 >= letters) {
      return "ko";
    }
    if (cyrillic < 2 || cyrillic * 2 < letters) {
      return null;
    }
    if (otherCyrillic > 0) {
      return UNDETERMINED;
    }
    if (ukrainian != russian) {
      return ukrainian > russian ? "uk" : "ru";
    }
    String words = byStopWords(text);
    if (words.equals("ru") || words.equals("uk")) {
      return words;
    }
    return ukrainian == 0 && cyrillic >= RUSSIAN_WITHOUT_MARKS ? "ru" : UNDETERMINED;
  }

  private static boolean isCyrillic(char c) {
    return c >= 0x0400 && c <= 0x04FF;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  /** The stop-word profile alone (package-private: tests check its ASCII fast path). */
  static String byStopWords(String text) {
    int[] hits = new int[LANGUAGES.length];
    char[] buffer = new char[LONGEST_WORD];
    int tokens = 0;
    int start = -1;
    for (int i = 0; i <= text.length() && tokens < MAX_TOKENS; i++) {
      boolean letter = i < text.length() && isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        tokens++;
        if (i - start <= LONGEST_WORD) {
          int[] languages = languagesOf(text, start, i, buffer);
          if (languages != null) {
            for (int language : languages) {
              hits[language]++;
            }
          }
        }
        start = -1;
        if ((tokens & (DECIDED_EVERY - 1)) == 0 && decided(hits, MAX_TOKENS - tokens) >= 0) {
          break;
        }
      }
    }
    String best = UNDETERMINED;
    int bestHits = 0;
    for (int language = 0; language < LANGUAGES.length; language++) {
      if (hits[language] > bestHits) {
        best = LANGUAGES[language];
        bestHits = hits[language];
      }
    }
    return bestHits >= MIN_HITS && bestHits >= MIN_SHARE * tokens ? best : UNDETERMINED;
  }

  // How often (in tokens) the stop-word count asks whether its answer is already decided.
  private static final int DECIDED_EVERY = 32;

  // A leader with this many hits has a share of at least MIN_SHARE of any count of tokens up to
  // MAX_TOKENS (32 = 0.08 x 400, and one more against rounding).
  private static final int CERTAIN_HITS = (int) Math.ceil(MIN_SHARE * MAX_TOKENS) + 1;

  /**
   * The language index that the count would answer whatever the {@code remaining} tokens hold, or
   * -1 if they could still change it. Each token adds at most one hit to each language, so a leader
   * ahead of every language before it by more than {@code remaining}, and of every language after
   * it by at least {@code remaining} (ties go to the first), stays the answer; with {@link
   * #CERTAIN_HITS} its share passes {@link #MIN_SHARE} at any token count up to {@link
   * #MAX_TOKENS}. Package-private: tests check that stopping early changes no answer.
   */
  static int decided(int[] hits, int remaining) {
    int leader = 0;
    for (int language = 1; language < hits.length; language++) {
      if (hits[language] > hits[leader]) {
        leader = language;
      }
    }
    if (hits[leader] < CERTAIN_HITS) {
      return -1;
    }
    for (int language = 0; language < hits.length; language++) {
      if (language == leader) {
        continue;
      }
      int margin = hits[leader] - hits[language];
      if (language < leader ? margin <= remaining : margin < remaining) {
        return -1;
      }
    }
    return leader;
  }

  // Character.isLetter answers ASCII chars from a table of Unicode types (measured half of
  // detect's time); their letters are just the two ranges.
  static boolean isLetter(char c) {
    return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
  }

  // An ASCII token is looked up in the ASCII table by the hash String.hashCode would give its
  // lower-cased form, without making that String; any other as before.
  private static int[] languagesOf(String text, int start, int end, char[] buffer) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return WORD_INDEXES.get(lowerCase(text, start, end, buffer));
      }
      hash = 31 * hash + Words.lowerAscii(c);
    }
    for (int slot = slot(hash); ASCII_WORDS[slot] != null; slot = (slot + 1) & ASCII_MASK) {
      String word = ASCII_WORDS[slot];
      if (ASCII_HASHES[slot] == hash
          && word.length() == end - start
          && sameLowerAscii(word, text, start)) {
        return ASCII_LANGUAGES[slot];
      }
    }
    return null;
  }

  private static boolean sameLowerAscii(String word, String text, int start) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) != Words.lowerAscii(text.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static int slot(int hash) {
    return (hash ^ (hash >>> 16)) & ASCII_MASK;
  }

  // ASCII words are lower-cased by hand; others as String.toLowerCase does (final sigma, dotted I).
  private static String lowerCase(String text, int start, int end, char[] buffer) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
      }
      buffer[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(buffer, 0, end - start);
  }

  private static Map<String, int[]> indexes() {
    List<String> order = List.of(LANGUAGES);
    Map<String, int[]> indexes = new HashMap<>();
    WORD_LANGUAGES.forEach(
        (word, languages) ->
            indexes.put(word, languages.stream().mapToInt(order::indexOf).toArray()));
    return indexes;
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> words = new HashMap<>();
    for (String line : ResourceLines.read("org/troopwatch/ingest/stopwords.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length != 2 || !parts[0].matches("[a-z]{2}")) {
        throw new IllegalStateException("stopwords.tsv: bad line '" + line + "'");
      }
      for (String word : parts[1].split(" ")) {
        List<String> languages = words.computeIfAbsent(word, w -> new java.util.ArrayList<>());
        // A token adds at most one hit per language, which deciding early relies on.
        if (languages.contains(parts[0])) {
          throw new IllegalStateException(
              "stopwords.tsv: '" + word + "' is listed twice for " + parts[0]);
        }
        languages.add(parts[0]);
      }
    }
    return words;
  }
}
