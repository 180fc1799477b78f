package org.troopwatch.tag.lang.ru;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.troopwatch.tag.lang.Word;

/**
 * Phrases of one or more words (lower case, single spaces) mapped to values, matched longest first
 * against the lower-cased forms of a sentence's words.
 */
final class PhraseMap<V> implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A phrase found: its value and the index after its last word. */
  record Match<V>(V value, int end) {}

  private final Map<String, V> phrases = new HashMap<>();
  private int longest;

  void put(String phrase, V value) {
    phrases.put(phrase, value);
    longest = Math.max(longest, phrase.split(" ").length);
  }

  /** The longest phrase that starts at word {@code i}, or null. */
  Match<V> match(List<Word> words, int i) {
    for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
      StringBuilder key = new StringBuilder();
      for (int k = i; k < i + n; k++) {
        if (k > i) {
          key.append(' ');
        }
        key.append(words.get(k).lemma());
      }
      V value = phrases.get(key.toString());
      if (value != null) {
        return new Match<>(value, i + n);
      }
    }
    return null;
  }

  V get(String word) {
    return phrases.get(word);
  }
}
