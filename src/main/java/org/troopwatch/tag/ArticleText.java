package org.troopwatch.tag;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as the claim rules see it: its text cut into sentences and tokens, with the
 * gazetteer's mentions. All offsets are into the article's text, end exclusive.
 */
public record ArticleText(
    String docId, LocalDate published, String title, String text, List<Sentence> sentences)
    implements Serializable {

  /**
   * One sentence: its number in the article (0-based), its span, its tokens and the names found in
   * it. An article may leave out sentences the rules cannot use, so numbers can skip.
   */
  public record Sentence(int index, int begin, int end, List<Token> tokens, List<Mention> mentions)
      implements Serializable {}

  /** One token; {@code lower} is its lower-cased form with apostrophes straightened. */
  public record Token(String text, int begin, int end, String lower) implements Serializable {
    public Token(String text, int begin, int end) {
      this(text, begin, end, Lexicon.normalise(text));
    }
  }

  /** A phrase the gazetteer knows, with every meaning it can have. */
  public record Mention(int begin, int end, String text, List<Gazetteer.Entry> entries)
      implements Serializable {

    /** The first meaning of the given kind, or null. */
    public Gazetteer.Entry first(Gazetteer.Kind kind) {
      return entries.stream().filter(e -> e.kind() == kind).findFirst().orElse(null);
    }

    public boolean is(Gazetteer.Kind kind) {
      return first(kind) != null;
    }
  }
}
