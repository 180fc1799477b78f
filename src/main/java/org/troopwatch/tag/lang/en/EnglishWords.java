package org.troopwatch.tag.lang.en;

import java.util.ArrayList;
import java.util.List;
import org.troopwatch.tag.figure.Token;
import org.troopwatch.tag.figure.Tokenizer;
import org.troopwatch.tag.lang.Word;
import org.troopwatch.tag.lang.WordReader;

/**
 * English words for the language seam: today's {@link Tokenizer}, the lemma the lower-cased word.
 */
public final class EnglishWords implements WordReader {

  private static final long serialVersionUID = 1L;

  @Override
  public List<Word> words(String sentence) {
    List<Word> words = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(sentence)) {
      words.add(new Word(t.text(), t.start(), t.end(), t.lower(), null));
    }
    return words;
  }
}
