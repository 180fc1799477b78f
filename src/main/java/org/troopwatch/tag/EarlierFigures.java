package org.troopwatch.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a figure that its own sentence presents as an earlier, superseded count ("2,000, up
 * from 900", "the old number of 503", "the 900 they had previously announced"), from the cue
 * phrases of {@code earlier-figures.tsv}.
 *
 * <p>It reads a claim as it stands (sentence and figure), so it serves claims from the tagger and
 * from a gold set alike; the figure is found in the sentence by its digits.
 */
public final class EarlierFigures implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One cue: its words, on which side of the figure it stands, and how far away it may be. */
  record Cue(List<String> words, boolean before, int within) implements Serializable {}

  /** Where a clause ends: the cue and its figure must stand in the same clause. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile("[;:()\\[\\]\u2014\u2013]|, |\\s-\\s");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

  private static EarlierFigures defaults;

  private final List<Cue> cues;

  EarlierFigures(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  /** The cues packaged with TroopWatch. */
  public static synchronized EarlierFigures defaults() {
    if (defaults == null) {
      defaults = new EarlierFigures(read("lang/en/earlier-figures.tsv"));
    }
    return defaults;
  }

  /**
   * Whether the sentence presents the figure (low or high, written in digits) as an earlier one;
   * false when the figure is not found in digits.
   */
  public boolean isEarlier(String sentence, Long low, Long high) {
    if (sentence == null) {
      return false;
    }
    String text = sentence.toLowerCase(Locale.ROOT);
    for (Long value : new Long[] {low, high}) {
      if (value == null) {
        continue;
      }
      Matcher m = digitsOf(value).matcher(text);
      while (m.find()) {
        if (cued(text, m.start(), m.end())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean cued(String text, int start, int end) {
    List<String> before = words(clauseBefore(text, start));
    List<String> after = words(clauseAfter(text, end));
    for (Cue cue : cues) {
      if (cue.before() ? endsNear(before, cue) : startsNear(after, cue)) {
        return true;
      }
    }
    return false;
  }

  /** The cue's words end at most {@code within} words before the figure. */
  private static boolean endsNear(List<String> words, Cue cue) {
    int n = cue.words().size();
    for (int gap = 0; gap <= cue.within(); gap++) {
      int from = words.size() - gap - n;
      if (from >= 0 && words.subList(from, from + n).equals(cue.words())) {
        return true;
      }
    }
    return false;
  }

  /** The cue's words start at most {@code within} words after the figure. */
  private static boolean startsNear(List<String> words, Cue cue) {
    int n = cue.words().size();
    for (int gap = 0; gap <= cue.within(); gap++) {
      if (gap + n <= words.size() && words.subList(gap, gap + n).equals(cue.words())) {
        return true;
      }
    }
    return false;
  }

  private static String clauseBefore(String text, int start) {
    String head = text.substring(0, start);
    Matcher m = CLAUSE_BREAK.matcher(head);
    int from = 0;
    while (m.find()) {
      from = m.end();
    }
    return head.substring(from);
  }

  private static String clauseAfter(String text, int end) {
    String tail = text.substring(end);
    Matcher m = CLAUSE_BREAK.matcher(tail);
    return m.find() ? tail.substring(0, m.start()) : tail;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** "2000" as written in news: "2000" or "2,000", not inside a longer number. */
  private static Pattern digitsOf(long value) {
    String digits = Long.toString(value);
    StringBuilder pattern = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      int fromRight = digits.length() - i;
      if (i > 0 && fromRight % 3 == 0) {
        pattern.append(",?");
      }
      pattern.append(digits.charAt(i));
    }
    return Pattern.compile("(?<![\\d.,])" + pattern + "(?![\\d]|[.,]\\d)");
  }

  private static List<Cue> read(String resource) {
    InputStream in = EarlierFigures.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the jar");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = reader.lines().toList();
      List<Cue> cues = new ArrayList<>();
      boolean header = true;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false; // the column names
          continue;
        }
        cues.add(cue(resource, i + 1, line.split("\t", -1)));
      }
      return cues;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static Cue cue(String resource, int line, String[] f) {
    if (f.length != 3 || !(f[1].equals("before") || f[1].equals("after"))) {
      throw new IllegalStateException(
          resource
              + " line "
              + line
              + ": expected phrase, before|after, within; got "
              + String.join(" | ", f));
    }
    int within;
    try {
      within = Integer.parseInt(f[2]);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          resource + " line " + line + ": within must be a number of words, not " + f[2], e);
    }
    return new Cue(Arrays.asList(f[0].trim().split(" ")), f[1].equals("before"), within);
  }
}
