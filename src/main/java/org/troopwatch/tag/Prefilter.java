package org.troopwatch.tag;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * A cheap first pass over whole articles: an article that names no military personnel, or has no
 * number, can hold no claim, so it never reaches the Spark NLP pipeline. The words are the
 * personnel nouns of the lexicon (their first word, for phrases), so the filter passes everything
 * the claim rules could use.
 */
public final class Prefilter implements Serializable {

  private static final long serialVersionUID = 1L;
  private final Set<String> words = new HashSet<>();
  private final Set<String> numberWords =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "fifteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "hundred",
          "thousand",
          "dozen",
          "million");

  Prefilter(Set<String> personnelFirstWords) {
    words.addAll(personnelFirstWords);
  }

  /** The prefilter for the lexicon shipped in the jar. */
  public static Prefilter defaults() {
    return new Prefilter(Lexicon.defaults().personnelFirstWords());
  }

  /** Whether the text may hold a claim: a personnel word and a number, as whole words. */
  public boolean mayHoldClaim(String text) {
    if (text == null) {
      return false;
    }
    boolean personnel = false;
    boolean number = false;
    int n = text.length();
    int i = 0;
    while (i < n && !(personnel && number)) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        number = true;
        i++;
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        if (i - start <= 14) {
          String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
          personnel |= words.contains(word);
          number |= numberWords.contains(word);
        }
      } else {
        i++;
      }
    }
    return personnel && number;
  }
}
