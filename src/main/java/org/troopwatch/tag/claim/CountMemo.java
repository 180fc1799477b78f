package org.troopwatch.tag.claim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.troopwatch.tag.figure.Figure;

/**
 * The counts of the sentences read last on this thread ({@link ClaimExtractor#countFigures}): the
 * tag stage's sentence windows count the figures of an article's sentences to choose them, then the
 * rules ask for the same sentences' counts again, so each is parsed once. A count depends only on
 * the extractor, the sentence and the publication date, which make the key; a few hundred sentences
 * (several articles) are kept, the least recently read dropped first.
 */
final class CountMemo {

  /** How many sentences each thread keeps. */
  static final int SENTENCES = 512;

  /** The rules that count (compared by identity), the sentence and its date. */
  private record Key(
      Object lexicon, Object figures, Object times, String sentence, LocalDate published) {}

  private static final ThreadLocal<Map<Key, List<Figure>>> RECENT =
      ThreadLocal.withInitial(
          () ->
              new LinkedHashMap<>(SENTENCES * 2, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, List<Figure>> eldest) {
                  return size() > SENTENCES;
                }
              });

  /** Counts what {@code count} gives for the sentence, or the same list as before. */
  interface Counter {
    List<Figure> count(String sentence, LocalDate published);
  }

  private CountMemo() {}

  static List<Figure> counts(
      Object lexicon,
      Object figures,
      Object times,
      String sentence,
      LocalDate published,
      Counter count) {
    Key key = new Key(lexicon, figures, times, sentence, published);
    Map<Key, List<Figure>> recent = RECENT.get();
    List<Figure> counts = recent.get(key);
    if (counts == null) {
      counts = List.copyOf(count.count(sentence, published));
      recent.put(key, counts);
    }
    return counts;
  }
}
