package org.troopwatch.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an {@link ArticleText} in plain Java, without Spark: the sentences {@link ClaimWindows}
 * picks, tokens by {@link RuleTokenizer} and gazetteer mentions by {@link PhraseMatcher}, the same
 * rules the tag stage's Spark NLP pipeline applies ({@code ArticleBuilderParityTest} holds them
 * equal). For unit tests of the claim steps and for quick reads of a text; in the tag stage, Spark
 * NLP reads the sentences that hold a count and {@link #read} the sentences of context.
 */
public final class ArticleBuilder {

  private static final class Holder {
    static final PhraseMatcher NAMES =
        new PhraseMatcher(Gazetteer.defaults().phrases(), RuleTokenizer.defaults());
  }

  private ArticleBuilder() {}

  /**
   * Adds the tokens and gazetteer chunks of one sentence of {@code text} (from {@code begin} to
   * {@code end}, exclusive) to the lists, at the text's offsets, as Spark NLP's annotators give
   * them (ends inclusive): the tag stage's reading of a sentence of context.
   */
  static void read(
      String text,
      int begin,
      int end,
      List<Annotations.Span> tokenSpans,
      List<Annotations.Span> chunkSpans) {
    String sentence = text.substring(begin, end);
    List<RuleTokenizer.Piece> tokens = RuleTokenizer.defaults().tokens(sentence);
    for (RuleTokenizer.Piece t : tokens) {
      tokenSpans.add(new Annotations.Span(begin + t.begin(), begin + t.endInclusive(), t.text()));
    }
    for (PhraseMatcher.Chunk c : Holder.NAMES.chunks(sentence, tokens)) {
      chunkSpans.add(new Annotations.Span(begin + c.begin(), begin + c.endInclusive(), c.text()));
    }
  }

  /** An article with every sentence of a text that counts people (none when nothing does). */
  public static ArticleText article(String docId, LocalDate published, String title, String text) {
    return article(ClaimWindows.wholeText(), docId, published, title, text);
  }

  /** An article without a headline: {@link #article(String, LocalDate, String, String)}. */
  public static ArticleText article(String docId, LocalDate published, String text) {
    return article(docId, published, null, text);
  }

  /** The article over the sentences the given windows pick. */
  public static ArticleText article(
      ClaimWindows windows, String docId, LocalDate published, String title, String text) {
    ClaimWindows.Selection selection = windows.select(text, published);
    if (selection == null) {
      return new ArticleText(docId, published, title, text, List.of());
    }
    String read = selection.text();
    List<RuleTokenizer.Piece> tokens = RuleTokenizer.defaults().tokens(read);
    List<Annotations.Span> tokenSpans = new ArrayList<>(tokens.size());
    for (RuleTokenizer.Piece t : tokens) {
      tokenSpans.add(new Annotations.Span(t.begin(), t.endInclusive(), t.text()));
    }
    List<Annotations.Span> chunks = new ArrayList<>();
    for (PhraseMatcher.Chunk c : Holder.NAMES.chunks(read, tokens)) {
      chunks.add(new Annotations.Span(c.begin(), c.endInclusive(), c.text()));
    }
    return Annotations.article(
        docId,
        published,
        title,
        text,
        selection.sentences(),
        tokenSpans,
        chunks,
        Gazetteer.defaults());
  }
}
