package org.troopwatch.tag;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.troopwatch.knowledge.ResourceTable;

/**
 * The tagger's word lists (resource files under {@code org/troopwatch/tag/lang/en/}): personnel
 * nouns, metric triggers, cue phrases and abbreviations. Phrases are kept as lower-case token
 * sequences joined by single spaces, the form {@link #phraseAt} matches.
 */
public final class Lexicon implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String DIR = "org/troopwatch/tag/lang/en/";
  private static volatile Lexicon defaults;

  /** A metric trigger: the metric it names and its priority against other triggers in a clause. */
  public record Trigger(String metric, int priority) implements Serializable {}

  private final Map<String, String> personnel = new HashMap<>();
  private final Map<String, Trigger> triggers = new HashMap<>();
  private final Map<String, Set<String>> cues = new HashMap<>();
  private final Set<String> abbreviations = new HashSet<>();
  private final Set<String> signals = new HashSet<>();

  /** Per role of phraseAt: the first words of its phrases, and its longest phrase in words. */
  private final Map<String, Set<String>> firstWords = new HashMap<>();

  private final Map<String, Integer> longestByRole = new HashMap<>();

  private Lexicon() {}

  /** The lexicon shipped in the jar, loaded once. */
  public static Lexicon defaults() {
    if (defaults == null) {
      synchronized (Lexicon.class) {
        if (defaults == null) {
          defaults = load();
        }
      }
    }
    return defaults;
  }

  private static Lexicon load() {
    Lexicon lexicon = new Lexicon();
    for (var row : ResourceTable.load(DIR + "personnel.tsv", "word", "kind", "prefilter").rows()) {
      String phrase = normalise(row.get("word"));
      lexicon.personnel.put(phrase, row.get("kind"));
      if ("yes".equals(row.get("prefilter"))) {
        lexicon.signals.add(phrase);
      }
    }
    for (var row : ResourceTable.load(DIR + "metrics.tsv", "phrase", "metric", "priority").rows()) {
      lexicon.triggers.put(
          normalise(row.get("phrase")),
          new Trigger(row.get("metric"), Integer.parseInt(row.get("priority"))));
    }
    for (String file : List.of("cues.tsv", "function-words.tsv")) {
      for (var row : ResourceTable.load(DIR + file, "phrase", "roles").rows()) {
        for (String role : row.list("roles")) {
          lexicon
              .cues
              .computeIfAbsent(role, k -> new HashSet<>())
              .add(normalise(row.get("phrase")));
        }
      }
    }
    for (var row : ResourceTable.load(DIR + "abbreviations.tsv", "abbreviation").rows()) {
      lexicon.abbreviations.add(row.get("abbreviation"));
    }
    lexicon.index("trigger", lexicon.triggers.keySet());
    lexicon.index("personnel", lexicon.personnel.keySet());
    lexicon.cues.forEach(lexicon::index);
    return lexicon;
  }

  /** Records the first words and the longest phrase of a role, so phraseAt tries few phrases. */
  private void index(String role, Set<String> phrases) {
    Set<String> firsts = new HashSet<>();
    int longest = 0;
    for (String p : phrases) {
      String[] words = p.split(" ");
      firsts.add(words[0]);
      longest = Math.max(longest, words.length);
    }
    firstWords.put(role, firsts);
    longestByRole.put(role, longest);
  }

  /** Lower case, curly apostrophes straightened, apostrophes as their own token, single spaces. */
  public static String normalise(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    // Most calls are single tokens without spaces or apostrophes, which only lower-casing changes.
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c <= ' ' || c == '\'' || c == '\u2019') {
        return SPACES
            .matcher(lower.replace('\u2019', '\'').replace("'", " ' ").trim())
            .replaceAll(" ");
      }
    }
    return lower;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** The personnel kind of a noun phrase ("person" or "body"), or null. */
  public String personnelKind(String phrase) {
    return personnel.get(phrase);
  }

  /** Every personnel noun and phrase, as {@link #phraseAt} matches them. */
  public Set<String> personnelPhrases() {
    return java.util.Collections.unmodifiableSet(personnel.keySet());
  }

  /**
   * The personnel phrases strong enough to mark an article as one about troops (the prefilter
   * column of personnel.tsv; not "men", "personnel"), lower case, words separated by single spaces.
   */
  public Set<String> strongPersonnel() {
    return java.util.Collections.unmodifiableSet(signals);
  }

  /**
   * The phrases that alone may mark an article as one about troops: the {@link #strongPersonnel}
   * and the toll nouns of role {@code article_signal} ("4,000 Chadian casualties" counts troops
   * with no personnel word), lower case, words separated by single spaces.
   */
  public Set<String> prefilterPhrases() {
    Set<String> phrases = new HashSet<>(signals);
    phrases.addAll(phrases("article_signal"));
    return java.util.Collections.unmodifiableSet(phrases);
  }

  public Trigger trigger(String phrase) {
    return triggers.get(phrase);
  }

  /** The phrases of a cue role (see cues.tsv for the roles). */
  public Set<String> phrases(String role) {
    return java.util.Collections.unmodifiableSet(cues.getOrDefault(role, Set.of()));
  }

  /** Whether the phrase has the cue role (see cues.tsv for the roles). */
  public boolean is(String role, String phrase) {
    Set<String> set = cues.get(role);
    return set != null && set.contains(phrase);
  }

  public boolean isAbbreviation(String token) {
    return abbreviations.contains(token);
  }

  /**
   * The longest phrase of {@code role} (or a trigger / personnel noun when role is "trigger" /
   * "personnel") that starts at token {@code i}; returns its length in tokens, 0 when none.
   */
  public int phraseAt(List<String> lowerTokens, int i, String role) {
    Set<String> firsts = firstWords.get(role);
    if (firsts == null
        || i < 0
        || i >= lowerTokens.size()
        || !firsts.contains(lowerTokens.get(i))) {
      return 0;
    }
    for (int n = Math.min(longestByRole.get(role), lowerTokens.size() - i); n >= 1; n--) {
      String candidate = String.join(" ", lowerTokens.subList(i, i + n));
      boolean hit =
          switch (role) {
            case "trigger" -> triggers.containsKey(candidate);
            case "personnel" -> personnel.containsKey(candidate);
            default -> is(role, candidate);
          };
      if (hit) {
        return n;
      }
    }
    return 0;
  }
}
