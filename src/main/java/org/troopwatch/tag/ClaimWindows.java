package org.troopwatch.tag;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.troopwatch.tag.claim.ClaimExtractor;

/**
 * Picks the sentences of an article that the claim rules must read, so that the tag stage reads a
 * small part of the few articles that can hold a claim instead of all of them.
 *
 * <p>The article is cut into sentences by {@link SentenceSplitter}. A claim comes from a sentence
 * with a figure that counts people ({@link ClaimExtractor#countFigures}) whose group is named in
 * that sentence or before it: a personnel noun of the lexicon or a force of the gazetteer. The
 * rules read sentences in order, carry what they learn (the source, the place, the country, the
 * group) forward, and stop after the last sentence with a count. So the annotators see every
 * sentence up to the last such count and the one after it (a wave named after the figure), then
 * only the sentences that name a group (the article's deployer, "North Korean troops", may be named
 * late). An article without such a count is dropped whole; so is the tail of the others.
 *
 * <p>Of the sentences kept, those with a count are read by Spark NLP in the tag stage and the
 * others, context, in plain Java ({@link SentenceSelector}); {@link Selection#text} gives the
 * article with the sentences left out blanked, every offset kept, for a reading of all of them at
 * once.
 */
public final class ClaimWindows implements Serializable {

  private static final long serialVersionUID = 1L;

  private final SentenceSplitter splitter;
  private final ClaimExtractor extractor;
  private final Prefilter groups;
  private final Prefilter context;
  private final Prefilter numbers;
  private final boolean whole;

  /**
   * Windows over the splitter's sentences; {@code groups} finds the personnel words and forces that
   * name a group, {@code numbers} the digits and number words without which a sentence counts no
   * one.
   */
  ClaimWindows(
      SentenceSplitter splitter,
      ClaimExtractor extractor,
      Prefilter groups,
      Prefilter context,
      Prefilter numbers,
      boolean whole) {
    this.splitter = splitter;
    this.extractor = extractor;
    this.groups = groups;
    this.context = context;
    this.numbers = numbers;
    this.whole = whole;
  }

  /** The windows of the job: only the sentences the rules can use. Built once. */
  public static ClaimWindows defaults() {
    return Holder.WINDOWS;
  }

  /**
   * A scanner for the words that name a group a figure can count: the lexicon's personnel nouns,
   * its toll nouns ("4,000 Chadian casualties" counts troops without a personnel word) and the
   * gazetteer's forces ("Wagner Group"), as lower-case letter words; a force longer than the
   * scanner's phrases counts by its first word.
   */
  private static Prefilter groupNames() {
    Set<String> phrases = new HashSet<>(Lexicon.defaults().personnelPhrases());
    phrases.addAll(Lexicon.defaults().phrases("toll_noun"));
    Gazetteer.defaults().phrases(Gazetteer.Kind.FORCE).forEach(f -> phrases.add(letterWords(f)));
    return new Prefilter(phrases, Set.of());
  }

  /**
   * A scanner for what lets a sentence without a count change what the rules carry forward: any
   * name of the gazetteer (a source, country, place, force), a verb of saying, a group word
   * (personnel, militias). Its words are compared ignoring case, so it finds more than the
   * case-sensitive gazetteer does, never less.
   */
  private static Prefilter contextNames() {
    Set<String> phrases = new HashSet<>(Lexicon.defaults().personnelPhrases());
    Gazetteer.defaults().phrases().forEach(p -> phrases.add(letterWords(p)));
    for (String role : List.of("say", "non_state")) {
      Lexicon.defaults().phrases(role).forEach(p -> phrases.add(letterWords(p)));
    }
    phrases.remove("");
    return new Prefilter(phrases, Set.of());
  }

  /**
   * A phrase as the scanner reads text: lower-case runs of letters. A phrase the scanner cannot
   * find whole (too many words, or a word longer than it reads) goes by its longest word it can
   * read, which finds the phrase and more.
   */
  static String letterWords(String phrase) {
    String[] words =
        phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").trim().split(" ");
    boolean readable = words.length <= Prefilter.LONGEST_PHRASE;
    String longest = "";
    for (String w : words) {
      readable &= w.length() <= Prefilter.MAX_WORD;
      if (w.length() <= Prefilter.MAX_WORD && w.length() > longest.length()) {
        longest = w;
      }
    }
    if (readable) {
      return String.join(" ", words);
    }
    if (longest.isEmpty()) {
      throw new IllegalStateException("no word of '" + phrase + "' can be scanned for");
    }
    return longest;
  }

  /**
   * Every sentence of every article, annotated in full: the reference the windows are checked
   * against (the benchmark's claim parity, the tests).
   */
  public static ClaimWindows wholeText() {
    return Holder.WHOLE;
  }

  private static final class Holder {
    static final ClaimWindows WINDOWS = windows(false);
    static final ClaimWindows WHOLE = windows(true);

    private static ClaimWindows windows(boolean whole) {
      return new ClaimWindows(
          SentenceSplitter.defaults(),
          ClaimExtractor.defaults(),
          groupNames(),
          contextNames(),
          Prefilter.defaults(),
          whole);
    }
  }

  /**
   * One sentence to annotate: its number in the article, its span (end exclusive), and whether it
   * holds a figure that counts people ({@link ClaimExtractor#countFigures}): the sentences the tag
   * stage's Spark NLP annotators read; the others are context, read in plain Java ({@link
   * SentenceSelector}).
   */
  public record Part(int index, int begin, int end, boolean counts) implements Serializable {

    /** A sentence of context (no count of its own). */
    public Part(int index, int begin, int end) {
      this(index, begin, end, false);
    }
  }

  /**
   * What the annotators see of one article: the sentences kept, in order, of the article's text;
   * with {@code whole}, every sentence of it.
   */
  public record Selection(String article, List<Part> sentences, boolean whole)
      implements Serializable {

    /**
     * The article with the sentences left out replaced by spaces, so that every offset stays that
     * of the article (the whole article when every sentence is kept). Made on each call.
     */
    public String text() {
      if (whole) {
        return article;
      }
      char[] blanked = new char[article.length()];
      java.util.Arrays.fill(blanked, ' ');
      for (Part p : sentences) {
        article.getChars(p.begin(), p.end(), blanked, p.begin());
      }
      return new String(blanked);
    }
  }

  /**
   * The selection of an article, or null when it has no sentence to read: none that counts people
   * (with the windows: none that does so at or after the first sentence naming a group).
   */
  public Selection select(String text, LocalDate published) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    List<SentenceSplitter.Span> spans = splitter.split(text);
    int n = spans.size();
    boolean[] names = new boolean[n];
    int firstGroup = whole ? 0 : n;
    for (int i = 0; i < n; i++) {
      names[i] = groups.namesPersonnel(text, spans.get(i).begin(), spans.get(i).end());
      firstGroup = names[i] ? Math.min(firstGroup, i) : firstGroup;
    }
    boolean[] counts = new boolean[n];
    int last = -1;
    for (int i = 0; i < n; i++) {
      SentenceSplitter.Span s = spans.get(i);
      // FigureParser is the costly part; a sentence with no digit and no number word has no count,
      // unless it names a soldier whose toll counts one ("a French soldier was killed").
      counts[i] =
          (numbers.hasNumber(text, s.begin(), s.end()) || names[i])
              && !extractor.countFigures(text.substring(s.begin(), s.end()), published).isEmpty();
      if (counts[i] && i >= firstGroup) {
        last = i;
      }
    }
    if (last < 0) {
      return null;
    }
    if (whole) {
      List<Part> all = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        all.add(new Part(i, spans.get(i).begin(), spans.get(i).end(), counts[i]));
      }
      return new Selection(text, all, true);
    }
    boolean[] keep = names.clone();
    int end = Math.min(n - 1, last + 1);
    for (int i = 0; i <= end; i++) {
      if (counts[i]) {
        // The sentence before may carry the metric; the one after may number the wave.
        for (int k = Math.max(0, i - 1); k <= Math.min(end, i + 1); k++) {
          keep[k] = true;
        }
      } else if (!keep[i]) {
        keep[i] = context.namesPersonnel(text, spans.get(i).begin(), spans.get(i).end());
      }
    }
    List<Part> kept = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      if (keep[i]) {
        SentenceSplitter.Span s = spans.get(i);
        kept.add(new Part(i, s.begin(), s.end(), counts[i]));
      }
    }
    return new Selection(text, kept, false);
  }
}
