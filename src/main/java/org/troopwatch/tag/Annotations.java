package org.troopwatch.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.ArticleText.Sentence;
import org.troopwatch.tag.ArticleText.Token;

/**
 * Turns the sentences chosen by {@link ClaimWindows} and Spark NLP's annotations of them (tokens,
 * gazetteer chunks; Spark NLP's ends are inclusive) into an {@link ArticleText} for the claim
 * rules.
 */
final class Annotations {

  /** The fields of one annotation that the rules need. */
  record Span(int begin, int endInclusive, String result) {}

  private Annotations() {}

  static ArticleText article(
      String docId,
      LocalDate published,
      String title,
      String text,
      List<ClaimWindows.Part> sentences,
      List<Span> tokens,
      List<Span> chunks,
      Gazetteer gazetteer) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    int t = 0;
    int c = 0;
    for (ClaimWindows.Part s : sentences) {
      int end = s.end();
      List<Token> sentenceTokens = new ArrayList<>();
      while (t < tokens.size() && tokens.get(t).begin() < end) {
        Span token = tokens.get(t++);
        if (token.begin() >= s.begin() && token.endInclusive() < end) {
          sentenceTokens.add(new Token(token.result(), token.begin(), token.endInclusive() + 1));
        }
      }
      List<Mention> mentions = new ArrayList<>();
      while (c < chunks.size() && chunks.get(c).begin() < end) {
        Span chunk = chunks.get(c++);
        if (chunk.begin() < s.begin() || chunk.endInclusive() >= end) {
          continue;
        }
        String surface =
            text.substring(chunk.begin(), Math.min(text.length(), chunk.endInclusive() + 1));
        var entries = gazetteer.lookup(surface);
        if (entries.isEmpty()) {
          entries = gazetteer.lookup(chunk.result());
        }
        if (!entries.isEmpty()) {
          mentions.add(new Mention(chunk.begin(), chunk.endInclusive() + 1, surface, entries));
        }
      }
      out.add(new Sentence(s.index(), s.begin(), end, sentenceTokens, mentions));
    }
    return new ArticleText(docId, published, title, text, out);
  }
}
