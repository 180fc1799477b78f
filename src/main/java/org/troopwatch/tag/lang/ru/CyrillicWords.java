package org.troopwatch.tag.lang.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.troopwatch.tag.lang.Word;

/**
 * Splits Russian or Ukrainian text into words and numbers and gives each a lemma from a function of
 * its lower-cased form; the tokenizer the Russian and Ukrainian word readers share.
 */
public final class CyrillicWords {

  /**
   * A word (letters, with inner apostrophes and hyphens: "Придністров’ї", "северо-восток"), a run
   * of digits, or one other character that is not a space (no-break and thin spaces included).
   */
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\p{L}[\\p{L}\\p{M}]*(?:['’ʼ\\-][\\p{L}\\p{M}]+)*|\\d+|[^\\s\\u00a0\\u2009\\u202f]");

  private CyrillicWords() {}

  /** The tokens of {@code sentence} with {@code lemma} applied to each word's lower-cased form. */
  public static List<Word> words(String sentence, UnaryOperator<String> lemma) {
    List<Word> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String text = m.group();
      boolean word = Character.isLetter(text.charAt(0));
      String lower = normalise(text);
      words.add(
          new Word(text, m.start(), m.end(), word ? lemma.apply(lower) : lower, word ? null : "X"));
    }
    return words;
  }

  /** Lower case, "ё" as "е" (news writes both), and every apostrophe as the straight one. */
  public static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'').replace('ʼ', '\'');
  }
}
