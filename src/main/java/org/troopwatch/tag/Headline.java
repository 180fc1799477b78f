package org.troopwatch.tag;

import java.util.ArrayList;
import java.util.List;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.ArticleText.Sentence;
import org.troopwatch.tag.ArticleText.Token;
import org.troopwatch.tag.figure.Tokenizer;

/**
 * An article's headline as a sentence the claim rules can read for context: the deployer, host and
 * place the article is about ("Turkish troops in Libya: ..." before "16 soldiers were killed"). A
 * headline is never a source of claims of its own: one that carries a claim is also the first line
 * of the text (convention 37), and is read there as any sentence; read here, it only gives context,
 * so reading it twice gives no claim twice.
 *
 * <p>The headline is short and outside the annotated text, so it is cut into words by {@link
 * Tokenizer} and its names are found here, the longest phrase of the gazetteer first, as the
 * TextMatcher finds them in the text (case-sensitive).
 */
public final class Headline {

  /** The most words a name of the gazetteer spans ("Democratic Republic of the Congo"). */
  private static final int LONGEST_NAME = 8;

  private Headline() {}

  /** The article's headline as a one-sentence article (offsets into the headline), or null. */
  public static ArticleText of(ArticleText article, Gazetteer gazetteer) {
    String title = article.title();
    if (title == null || title.isBlank()) {
      return null;
    }
    List<Token> tokens = new ArrayList<>();
    for (var t : Tokenizer.tokenize(title)) {
      tokens.add(new Token(t.text(), t.start(), t.end()));
    }
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int next = i + 1;
      for (int j = Math.min(tokens.size(), i + LONGEST_NAME); j > i; j--) {
        String phrase = title.substring(tokens.get(i).begin(), tokens.get(j - 1).end());
        var entries = gazetteer.lookup(phrase);
        if (!entries.isEmpty()) {
          mentions.add(
              new Mention(tokens.get(i).begin(), tokens.get(j - 1).end(), phrase, entries));
          next = j;
          break;
        }
      }
      i = next;
    }
    Sentence sentence = new Sentence(-1, 0, title.length(), tokens, mentions);
    return new ArticleText(article.docId(), article.published(), null, title, List.of(sentence));
  }
}
