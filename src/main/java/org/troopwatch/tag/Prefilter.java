package org.troopwatch.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.troopwatch.tag.figure.FigureParser;

/**
 * A cheap first pass over whole articles: an article that names no military personnel, or has no
 * number, can hold no claim, so it never reaches the Spark NLP pipeline. The words are the
 * personnel nouns of the lexicon (their first word, for phrases), so the filter passes everything
 * the claim rules could use.
 */
public final class Prefilter implements Serializable {

  private static final long serialVersionUID = 1L;
  private final Set<String> words = new HashSet<>();
  private final Map<String, List<String[]>> phrasesByFirstWord = new HashMap<>();
  private final Set<String> numberWords;

  Prefilter(Set<String> personnelPhrases, Set<String> numberWords) {
    for (String phrase : personnelPhrases) {
      String[] parts = phrase.split(" ");
      if (parts.length == 1) {
        words.add(phrase);
      } else {
        phrasesByFirstWord.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
      }
    }
    this.numberWords = Set.copyOf(numberWords);
  }

  /** The prefilter for the lexicon and number words shipped in the jar. */
  public static Prefilter defaults() {
    return new Prefilter(
        Lexicon.defaults().prefilterPhrases(), FigureParser.defaults().numberWords());
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
    String previous = null;
    List<String> pending = new ArrayList<>(4);
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
        if (i - start > 16) {
          continue;
        }
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        number |= numberWords.contains(word);
        personnel |= words.contains(word) || completesPhrase(pending, word);
        pending.add(word);
        if (pending.size() > 4) {
          pending.remove(0);
        }
        previous = word;
      } else {
        i++;
      }
    }
    return personnel && number && previous != null;
  }

  /** Whether the last words read and this one end a multi-word personnel phrase. */
  private boolean completesPhrase(List<String> pending, String word) {
    for (int back = 1; back <= pending.size(); back++) {
      String first = pending.get(pending.size() - back);
      List<String[]> phrases = phrasesByFirstWord.get(first);
      if (phrases == null) {
        continue;
      }
      for (String[] phrase : phrases) {
        if (phrase.length == back + 1
            && phrase[back].equals(word)
            && matchesTail(pending, pending.size() - back, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesTail(List<String> pending, int from, String[] phrase) {
    for (int k = 0; k < phrase.length - 1; k++) {
      if (!pending.get(from + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
