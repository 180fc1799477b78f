package org.troopwatch.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into sentences in one pass over its characters, before any Spark NLP annotator
 * sees it, so that the tagger can pick the few sentences a claim can come from.
 *
 * <p>A sentence ends at a blank line, or after a full stop, question or exclamation mark (with any
 * closing quotes or brackets after it) that is followed by white space and a word that can begin a
 * sentence: a capital, a digit, or an opening quote or bracket. It does not end after a known
 * abbreviation ({@code lang/en/abbreviations.tsv}: "U.S.", "Gen.", "Feb."), after an initial
 * ("George W. Bush"), inside a quotation that closes in the same paragraph ("'We stay. They go,' he
 * said"), or when a single line break stands between (hard-wrapped wire copy). A run of spaced
 * dashes ("- - - -") between the items of a wire digest ends a sentence too. A sentence longer than
 * {@link #MAX_LENGTH} characters is cut at the last space before that length.
 */
public final class SentenceSplitter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Sentences are cut at this length, as Spark NLP's detector was set to. */
  static final int MAX_LENGTH = 4000;

  private final Lexicon lexicon;

  SentenceSplitter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The splitter with the abbreviations shipped in the jar. */
  public static SentenceSplitter defaults() {
    return new SentenceSplitter(Lexicon.defaults());
  }

  /** One sentence: its span in the text, end exclusive, trimmed of white space. */
  public record Span(int begin, int end) implements Serializable {}

  /** The sentences of the text, in order. */
  public List<Span> split(String text) {
    List<Span> spans = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0, n);
    int quoteEnd = -1; // the end of the quotation the scan is in, or -1
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' && blankLineAt(text, i, n)) {
        add(spans, text, start, i);
        start = skipSpace(text, i, n);
        i = start;
        quoteEnd = -1;
        continue;
      }
      int separator = digestSeparatorEnd(text, i, n);
      if (separator > i) {
        // "... in Moscow. - - - - BAHRAIN - Iran reported ...": a wire digest's next item.
        add(spans, text, start, i);
        start = skipSpace(text, separator, n);
        i = start;
        quoteEnd = -1;
        continue;
      }
      if (i >= quoteEnd && isOpeningQuote(text, i)) {
        quoteEnd = closingQuote(text, i, n);
      }
      if (c == '.' || c == '?' || c == '!') {
        int end = i + 1;
        while (end < n && isTerminal(text.charAt(end))) {
          end++;
        }
        int closers = end;
        while (closers < n && isCloser(text.charAt(closers))) {
          closers++;
        }
        boolean inQuote = quoteEnd > closers;
        int next = skipHorizontalSpace(text, closers, n);
        boolean spaced = next > closers;
        if (next < n && text.charAt(next) == '\n' && !blankLineAt(text, next, n)) {
          next = skipSpace(text, next, n);
          spaced = true;
        }
        if (spaced
            && next < n
            && !inQuote
            && beginsSentence(text, next)
            && !(c == '.' && end == i + 1 && shortenedWordEndsAt(text, i))) {
          add(spans, text, start, closers);
          start = next;
          i = next;
          quoteEnd = -1;
          continue;
        }
        i = Math.max(end, i + 1);
        continue;
      }
      if (i - start >= MAX_LENGTH) {
        int cut = text.lastIndexOf(' ', i);
        cut = cut > start ? cut : i;
        add(spans, text, start, cut);
        start = skipSpace(text, cut, n);
        i = start;
        continue;
      }
      i++;
    }
    add(spans, text, start, n);
    return spans;
  }

  private static void add(List<Span> spans, String text, int begin, int end) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      spans.add(new Span(begin, end));
    }
  }

  /**
   * The end of a run of three or more spaced dashes starting at i ("- - - -"), which wire digests
   * put between their items; i when there is none.
   */
  private static int digestSeparatorEnd(String text, int i, int n) {
    int dashes = 0;
    int j = i;
    while (j < n && text.charAt(j) == '-' && (j + 1 == n || text.charAt(j + 1) == ' ')) {
      dashes++;
      j = j + 1 < n ? j + 2 : j + 1;
    }
    return dashes >= 3 && (i == 0 || text.charAt(i - 1) == ' ') ? j : i;
  }

  /** Whether the line break at i is followed, after spaces, by another line break. */
  private static boolean blankLineAt(String text, int i, int n) {
    int j = i + 1;
    while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    return j < n && text.charAt(j) == '\n';
  }

  private static int skipSpace(String text, int i, int n) {
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipHorizontalSpace(String text, int i, int n) {
    while (i < n) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\u00A0' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
  }

  /** Whether the character at i can begin a sentence: a capital, a digit, an opening mark. */
  private static boolean beginsSentence(String text, int i) {
    char c = text.charAt(i);
    if (Character.isUpperCase(c) || Character.isDigit(c)) {
      return true;
    }
    if (c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[') {
      return i + 1 < text.length()
          && (Character.isUpperCase(text.charAt(i + 1)) || Character.isDigit(text.charAt(i + 1)));
    }
    return false;
  }

  /**
   * Whether the full stop at i ends an abbreviation of the lexicon ("U.S.", "Gen.") or an initial
   * ("W." in "George W. Bush"), after which a capital does not begin a sentence.
   */
  private boolean shortenedWordEndsAt(String text, int i) {
    int w = i;
    while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
      w--;
    }
    if (i - w == 1 && Character.isUpperCase(text.charAt(w))) {
      return true; // an initial
    }
    return lexicon.isAbbreviation(text.substring(w, i + 1));
  }

  /** Whether a straight double quote opens at i: after a space, a bracket or at the start. */
  private static boolean isOpeningQuote(String text, int i) {
    char c = text.charAt(i);
    return c == '"'
        && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(');
  }

  /** The index just after the quote that closes the one opening at i in its paragraph, or -1. */
  private static int closingQuote(String text, int i, int n) {
    for (int j = i + 1; j < n; j++) {
      char c = text.charAt(j);
      if (c == '\n' && blankLineAt(text, j, n)) {
        return -1;
      }
      if (c == '"') {
        return j + 1;
      }
    }
    return -1;
  }
}
