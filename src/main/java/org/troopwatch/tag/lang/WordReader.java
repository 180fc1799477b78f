package org.troopwatch.tag.lang;

import java.io.Serializable;
import java.util.List;

/** Splits a sentence of one language into words with their lemmas, left to right. */
public interface WordReader extends Serializable {

  /** The words of {@code sentence}, in text order, offsets into {@code sentence}. */
  List<Word> words(String sentence);
}
