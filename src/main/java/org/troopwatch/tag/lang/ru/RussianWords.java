package org.troopwatch.tag.lang.ru;

import java.util.List;
import org.tartarus.snowball.ext.RussianStemmer;
import org.troopwatch.tag.lang.Word;
import org.troopwatch.tag.lang.WordReader;

/**
 * Russian words with the Snowball Russian stem as lemma ("погибли" -> "погибл", "ранены" / "ранить"
 * -> "ран"), the stemmer shipped in Lucene's analysis-common module.
 *
 * <p>The stemmer is made on first use in each JVM (it is not serializable); one reader serves one
 * thread at a time.
 */
public final class RussianWords implements WordReader {

  private static final long serialVersionUID = 1L;

  private transient RussianStemmer stemmer;

  @Override
  public List<Word> words(String sentence) {
    if (stemmer == null) {
      stemmer = new RussianStemmer();
    }
    return CyrillicWords.words(sentence, this::stem);
  }

  /** The stem of a lower-cased word, as the data files of {@code lang/ru/} write their phrases. */
  public String stem(String lower) {
    if (stemmer == null) {
      stemmer = new RussianStemmer();
    }
    stemmer.setCurrent(lower);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
