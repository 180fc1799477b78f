package org.troopwatch.tag.lang.uk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.troopwatch.tag.lang.Word;
import org.troopwatch.tag.lang.WordReader;
import org.troopwatch.tag.lang.ru.CyrillicWords;

/**
 * Ukrainian words with their dictionary form as lemma ("загинули" -> "загинути", "тисяч" ->
 * "тисяча"), from the morfologik Ukrainian dictionary (ua.net.nlp:morfologik-ukrainian-search, the
 * one Lucene's UkrainianMorfologikAnalyzer uses); a word it does not know keeps its lower-cased
 * form. The tag is the dictionary's tag of that reading ("verb:perf:past:p", "noun:anim:p:v_rod").
 *
 * <p>The dictionary (7 MB, memory-mapped by morfologik's FSA) is read once per JVM, on first use.
 */
public final class UkrainianWords implements WordReader {

  private static final long serialVersionUID = 1L;

  private static final class Holder {
    static final Dictionary DICTIONARY = read();
  }

  private transient DictionaryLookup lookup;

  @Override
  public List<Word> words(String sentence) {
    List<Word> words = CyrillicWords.words(sentence, this::lemma);
    List<Word> tagged = new java.util.ArrayList<>(words.size());
    for (Word w : words) {
      tagged.add(
          w.tag() == null ? new Word(w.text(), w.begin(), w.end(), w.lemma(), tag(w.text())) : w);
    }
    return tagged;
  }

  /** The dictionary's tag of the word's first reading ("verb:perf:futr:p:3"), or null. */
  private String tag(String text) {
    List<WordData> found = lookup.lookup(CyrillicWords.normalise(text));
    return found.isEmpty() ? null : found.get(0).getTag().toString();
  }

  /** The dictionary form of a lower-cased word, lower-cased; the word itself when not listed. */
  public String lemma(String lower) {
    if (lookup == null) {
      lookup = new DictionaryLookup(Holder.DICTIONARY);
    }
    List<WordData> found = lookup.lookup(lower);
    if (found.isEmpty()) {
      return lower;
    }
    // Several readings ("грудні": грудний adj., грудень noun): the first, the dictionary's order.
    return found.get(0).getStem().toString().toLowerCase(Locale.ROOT);
  }

  private static Dictionary read() {
    URL url = UkrainianWords.class.getClassLoader().getResource("ua/net/nlp/ukrainian.dict");
    if (url == null) {
      throw new IllegalStateException("ua/net/nlp/ukrainian.dict is not on the class path");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Ukrainian dictionary " + url, e);
    }
  }
}
