package org.troopwatch.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tag stage's tokenizer rules, once: Spark NLP's {@code Tokenizer} is configured from {@link
 * #CONTEXT_CHARS} and {@link #SPLIT_CHARS} in {@link TagPipeline}, and this class reads a text by
 * the same rules in plain Java, so that the claim steps run in unit tests without a Spark session
 * ({@link ArticleBuilder}). {@code ArticleBuilderParityTest} holds the two to the same tokens on
 * every test case, the embedded sample and the gold sets.
 *
 * <p>The rules (Spark NLP's rule tokenizer with no infix, prefix or suffix pattern set): a
 * candidate is a run of characters other than ASCII white space; its leading context characters are
 * one token, its trailing ones another, and what lies between a third; a piece holding a split
 * character is cut there ("Korea's" -> "Korea" "s"). Offsets follow Spark NLP's bookkeeping
 * exactly, including after a trailing split character, so that both paths agree.
 */
public final class RuleTokenizer {

  /**
   * Characters stripped from the ends of a token: Spark NLP's defaults plus typographic quotes
   * ("“Russian instructors”").
   */
  public static final String[] CONTEXT_CHARS = {
    ".", ",", ";", ":", "!", "?", "*", "-", "(", ")", "\"", "'", "\u201C", "\u201D", "\u2018"
  };

  /** Characters a token is cut at: "Korea's" -> "Korea" "s", so "South Korea" matches inside. */
  public static final String[] SPLIT_CHARS = {"'", "\u2019"};

  /** A token: its text and its span in the text, end inclusive as Spark NLP gives it. */
  public record Piece(String text, int begin, int endInclusive) {}

  private static final Pattern CANDIDATE = Pattern.compile("[^ \\t\\n\\x0B\\f\\r]+");

  private static final RuleTokenizer DEFAULTS = new RuleTokenizer(CONTEXT_CHARS, SPLIT_CHARS);

  private final Pattern rule;
  private final String splitRegex;
  private final String[] splitChars;

  RuleTokenizer(String[] contextChars, String[] splitChars) {
    String quoted = Pattern.quote(String.join("", contextChars));
    this.rule =
        Pattern.compile(
            "\\A(["
                + quoted
                + "]*)([^"
                + quoted
                + "](?:.*[^"
                + quoted
                + "])*)(["
                + quoted
                + "]*)\\z");
    this.splitRegex = String.join("|", splitChars);
    this.splitChars = splitChars.clone();
  }

  public static RuleTokenizer defaults() {
    return DEFAULTS;
  }

  /** The tokens of a text, in order. */
  public List<Piece> tokens(String text) {
    List<Piece> out = new ArrayList<>();
    Matcher candidates = CANDIDATE.matcher(text);
    while (candidates.find()) {
      int start = candidates.start();
      String candidate = candidates.group();
      Matcher m = rule.matcher(candidate);
      if (!m.find()) {
        add(out, candidate, start, candidates.end() - 1);
        continue;
      }
      int pos = m.start();
      for (int g = 1; g <= m.groupCount(); g++) {
        String target = m.group(g);
        if (!target.isEmpty() && hasSplitChar(target)) {
          // A piece with a split character is laid out from where it starts in the candidate;
          // the next piece continues after its last part plus one separator (Spark NLP's
          // bookkeeping: Java's split drops empty trailing parts, and a piece with no part
          // leaves the position where it was).
          String[] parts = target.split(splitRegex);
          int at = m.start(g);
          for (String part : parts) {
            add(out, part, start + at, start + at + part.length() - 1);
            at += part.length() + 1;
          }
          if (parts.length > 0) {
            pos = at - 1;
          }
        } else {
          add(out, target, start + pos, start + pos + target.length() - 1);
          pos += target.length();
        }
      }
    }
    return out;
  }

  private boolean hasSplitChar(String target) {
    for (String c : splitChars) {
      if (target.contains(c.substring(c.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Piece> out, String text, int begin, int endInclusive) {
    if (!text.isEmpty()) {
      out.add(new Piece(text, begin, endInclusive));
    }
  }
}
