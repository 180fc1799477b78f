package org.troopwatch.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.troopwatch.tag.figure.FigureParser;

/**
 * A cheap first pass over whole articles: an article that names no military personnel, or has no
 * number, can hold no claim, so it never reaches the Spark NLP pipeline. The words are the
 * personnel nouns and phrases of the lexicon (up to five words), so the filter passes everything
 * the claim rules could use.
 *
 * <p>It reads every article of a run, so it reads each character once and allocates nothing per
 * word: a word is looked up by a hash of its lower-cased letters in an open-addressing table of the
 * few words it cares about, and the last words read are kept as table ids in a small ring.
 */
public final class Prefilter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Words longer than this are skipped, as no personnel or number word is that long. */
  static final int MAX_WORD = 16;

  /** How many earlier words a phrase may reach back over (its length less one, at most). */
  private static final int RING = 4;

  /** The most words a phrase may have to be found. */
  static final int LONGEST_PHRASE = RING + 1;

  private static final int NOT_KNOWN = -1;

  /** The words the filter knows, lower case, by id; the two arrays below say what each one is. */
  private final String[] words;

  private final boolean[] personnel;
  private final boolean[] number;

  /** Multi-word personnel phrases by the id of their last word, each as its word ids in order. */
  private final int[][][] phrasesEndingWith;

  /** Every known word -> its id, for words with letters beyond ASCII. */
  private final Map<String, Integer> idsByWord;

  /** Open-addressing table of the lower-case ASCII words: slot -> word id + 1 (0: empty). */
  private final int[] slots;

  private final int mask;

  Prefilter(Set<String> personnelPhrases, Set<String> numberWords) {
    Map<String, Integer> ids = new HashMap<>();
    List<int[]> phrases = new ArrayList<>();
    for (String phrase : personnelPhrases) {
      String[] parts = phrase.split(" ");
      int[] wordIds = new int[parts.length];
      for (int k = 0; k < parts.length; k++) {
        wordIds[k] = ids.computeIfAbsent(parts[k], w -> ids.size());
      }
      phrases.add(wordIds);
    }
    for (String w : numberWords) {
      ids.computeIfAbsent(w, x -> ids.size());
    }
    idsByWord = Map.copyOf(ids);
    words = new String[ids.size()];
    ids.forEach((w, id) -> words[id] = w);
    personnel = new boolean[words.length];
    number = new boolean[words.length];
    List<List<int[]>> byLast = new ArrayList<>();
    for (int id = 0; id < words.length; id++) {
      byLast.add(new ArrayList<>());
      number[id] = numberWords.contains(words[id]);
    }
    for (int[] phrase : phrases) {
      if (phrase.length == 1) {
        personnel[phrase[0]] = true;
      } else if (phrase.length <= RING + 1) {
        byLast.get(phrase[phrase.length - 1]).add(phrase);
      }
    }
    phrasesEndingWith = new int[words.length][][];
    for (int id = 0; id < words.length; id++) {
      phrasesEndingWith[id] = byLast.get(id).toArray(int[][]::new);
    }
    int size = Integer.highestOneBit(Math.max(16, words.length * 4) - 1) << 1;
    slots = new int[size];
    mask = size - 1;
    for (int id = 0; id < words.length; id++) {
      if (!words[id].matches("[a-z]+")) {
        continue; // only a lower-case ASCII word can equal an ASCII word lower-cased
      }
      int slot = hash(words[id]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  /** The prefilter for the lexicon and number words shipped in the jar. */
  public static Prefilter defaults() {
    return new Prefilter(
        Lexicon.defaults().prefilterPhrases(), FigureParser.defaults().numberWords());
  }

  /** Whether the text may hold a claim: a personnel word and a number, as whole words. */
  public boolean mayHoldClaim(String text) {
    int both = PERSONNEL | NUMBER;
    return text != null && scan(text, 0, text.length(), both) == both;
  }

  /** Whether text[from, to) names military personnel (a personnel word of the lexicon). */
  public boolean namesPersonnel(String text, int from, int to) {
    return scan(text, from, to, PERSONNEL) != 0;
  }

  /** Whether text[from, to) holds a number: a digit or a number word. */
  public boolean hasNumber(String text, int from, int to) {
    return scan(text, from, to, NUMBER) != 0;
  }

  private static final int PERSONNEL = 1;
  private static final int NUMBER = 2;

  /**
   * Which of the {@code wanted} bits (PERSONNEL, NUMBER) text[from, to) holds; the scan stops as
   * soon as it has found them all.
   */
  private int scan(String text, int from, int to, int wanted) {
    boolean hasPersonnel = (wanted & PERSONNEL) == 0;
    boolean hasNumber = (wanted & NUMBER) == 0;
    int[] recent = new int[RING];
    int read = 0;
    int n = to;
    int i = from;
    while (i < n && !(hasPersonnel && hasNumber)) {
      char c = text.charAt(i);
      if (c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
        hasNumber = true;
        i++;
      } else if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
        int start = i;
        int h = 0;
        boolean ascii = true;
        while (i < n) {
          char d = text.charAt(i);
          if (d < 0x80) {
            if ((d | 0x20) < 'a' || (d | 0x20) > 'z') {
              break;
            }
            h = 31 * h + (d | 0x20);
          } else if (Character.isLetter(d)) {
            ascii = false;
          } else {
            break;
          }
          i++;
        }
        if (i - start > MAX_WORD) {
          continue;
        }
        int id = ascii ? find(text, start, i, h) : findLowerCased(text.substring(start, i));
        if (id != NOT_KNOWN) {
          hasNumber |= number[id];
          hasPersonnel |= personnel[id] || endsPhrase(recent, read, id);
        }
        recent[read % RING] = id;
        read++;
      } else {
        i++;
      }
    }
    return wanted & ((hasPersonnel ? PERSONNEL : 0) | (hasNumber ? NUMBER : 0));
  }

  /** Whether the word just read ends a multi-word phrase whose earlier words were read before. */
  private boolean endsPhrase(int[] recent, int read, int id) {
    for (int[] phrase : phrasesEndingWith[id]) {
      int back = phrase.length - 1;
      if (back > read) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < back && all; k++) {
        all = recent[(read - back + k) % RING] == phrase[k];
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** The id of the ASCII word text[start, end), compared lower-cased, or NOT_KNOWN. */
  private int find(String text, int start, int end, int h) {
    for (int slot = spread(h) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      String w = words[slots[slot] - 1];
      if (w.length() == end - start && w.regionMatches(true, 0, text, start, end - start)) {
        return slots[slot] - 1;
      }
    }
    return NOT_KNOWN;
  }

  /** A word with letters beyond ASCII: lower-cased as the lexicon's words are. */
  private int findLowerCased(String word) {
    return idsByWord.getOrDefault(word.toLowerCase(Locale.ROOT), NOT_KNOWN);
  }

  private static int hash(String lower) {
    int h = 0;
    for (int k = 0; k < lower.length(); k++) {
      h = 31 * h + lower.charAt(k);
    }
    return spread(h);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
