package org.troopwatch.tag.claim;

import java.util.List;
import org.troopwatch.tag.ArticleText;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.ArticleText.Sentence;
import org.troopwatch.tag.ArticleText.Token;
import org.troopwatch.tag.PartOfSpeech;

/**
 * One sentence seen by the claim rules: tokens by index, their lower-case forms, the gazetteer
 * mention covering each token, and part-of-speech tags computed on first use.
 */
public final class SentenceView {

  final ArticleText article;
  final Sentence sentence;
  final int index;
  final List<Token> tokens;
  final List<String> lower;
  final Mention[] mentionAt;
  private String[] pos;

  public SentenceView(ArticleText article, Sentence sentence, int index) {
    this.article = article;
    this.sentence = sentence;
    this.index = index;
    this.tokens = sentence.tokens();
    this.lower = tokens.stream().map(Token::lower).toList();
    this.mentionAt = new Mention[tokens.size()];
    for (Mention m : sentence.mentions()) {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.begin() >= m.begin() && t.end() <= m.end()) {
          mentionAt[i] = m;
        }
      }
    }
  }

  public int size() {
    return tokens.size();
  }

  public String text() {
    return article.text().substring(sentence.begin(), sentence.end());
  }

  /**
   * Whether only white space stands in the article between offset {@code from} and the sentence's
   * start (the sentence opens the text, or its paragraph); read in place, nothing copied.
   */
  boolean opensFrom(int from) {
    String text = article.text();
    for (int i = from; i < sentence.begin(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The token at i as written. */
  public String word(int i) {
    return tokens.get(i).text();
  }

  public String lower(int i) {
    return i >= 0 && i < lower.size() ? lower.get(i) : "";
  }

  public String pos(int i) {
    if (pos == null) {
      pos = PartOfSpeech.tag(tokens);
    }
    return i >= 0 && i < pos.length ? pos[i] : "";
  }

  public Mention mention(int i) {
    return i >= 0 && i < mentionAt.length ? mentionAt[i] : null;
  }

  /** The index of the first token that starts at or after the absolute offset. */
  int tokenAtOrAfter(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() > offset) {
        return i;
      }
    }
    return tokens.size();
  }

  /** The index of the last token that ends at or before the absolute offset. */
  int tokenEndingBy(int offset) {
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() < offset) {
        last = i;
      }
    }
    return last;
  }

  /** The index just past the mention that covers token i (i + 1 when none covers it). */
  int pastMention(int i) {
    Mention m = mention(i);
    if (m == null) {
      return i + 1;
    }
    int j = i;
    while (j < tokens.size() && mention(j) == m) {
      j++;
    }
    return j;
  }

  /** The index of the first token of the mention that covers token i. */
  int mentionStart(int i) {
    Mention m = mention(i);
    int j = i;
    while (j > 0 && m != null && mention(j - 1) == m) {
      j--;
    }
    return j;
  }

  /** The fewest long words a sentence needs before its capitals can tell it is in title case. */
  private static final int TITLE_CASE_WORDS = 3;

  /**
   * Whether the sentence is a headline in title case ("There Are Now 2,500 Marines in Australia
   * After Years of Buildup"): every word of four letters or more outside a name starts with a
   * capital, so a capital says nothing of a name there.
   */
  boolean titleCase() {
    int words = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      if (mentionAt[i] != null || w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      words++;
    }
    return words >= TITLE_CASE_WORDS;
  }

  /** The lower-case tokens between two token indexes, joined by spaces (a lexicon phrase). */
  String lowerSpan(int from, int to) {
    return String.join(" ", lower.subList(from, to));
  }

  /** The article text between two token indexes (inclusive start, exclusive end). */
  String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return article.text().substring(tokens.get(from).begin(), tokens.get(to - 1).end());
  }
}
