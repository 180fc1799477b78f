package org.troopwatch.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses a text's language from stop-word profiles (resource {@code stopwords.tsv}): the language
 * whose function words make up the largest share of the first tokens, or "und" when no profile
 * covers enough of them. Honest about its limits: it tells the listed languages apart and nothing
 * else.
 */
public final class LanguageDetector {

  /** The code for a text whose language could not be told. */
  public static final String UNDETERMINED = "und";

  private static final int MAX_TOKENS = 400;
  private static final int MIN_HITS = 3;
  private static final double MIN_SHARE = 0.08;

  private static final Map<String, List<String>> WORD_LANGUAGES = load();

  private LanguageDetector() {}

  /** The ISO 639-1 code of the text's language, or {@link #UNDETERMINED}. */
  public static String detect(String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    Map<String, Integer> hits = new HashMap<>();
    int tokens = 0;
    int start = -1;
    for (int i = 0; i <= text.length() && tokens < MAX_TOKENS; i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        tokens++;
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        for (String language : WORD_LANGUAGES.getOrDefault(word, List.of())) {
          hits.merge(language, 1, Integer::sum);
        }
        start = -1;
      }
    }
    String best = UNDETERMINED;
    int bestHits = 0;
    for (var entry : hits.entrySet()) {
      if (entry.getValue() > bestHits
          || (entry.getValue() == bestHits && entry.getKey().compareTo(best) < 0)) {
        best = entry.getKey();
        bestHits = entry.getValue();
      }
    }
    return bestHits >= MIN_HITS && bestHits >= MIN_SHARE * tokens ? best : UNDETERMINED;
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> words = new HashMap<>();
    for (String line : ResourceLines.read("org/troopwatch/ingest/stopwords.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length != 2 || !parts[0].matches("[a-z]{2}")) {
        throw new IllegalStateException("stopwords.tsv: bad line '" + line + "'");
      }
      for (String word : parts[1].split(" ")) {
        words.computeIfAbsent(word, w -> new java.util.ArrayList<>()).add(parts[0]);
      }
    }
    return words;
  }
}
