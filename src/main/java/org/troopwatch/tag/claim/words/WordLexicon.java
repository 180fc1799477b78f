package org.troopwatch.tag.claim.words;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.troopwatch.knowledge.ResourceTable;
import org.troopwatch.tag.lang.Language;
import org.troopwatch.tag.lang.Word;

/**
 * One language's data for the word steps, read from its folder {@code lang/<code>/}: metric
 * triggers, personnel nouns, cues, word-order markers ({@code grammar.tsv}) as lemma phrases, and
 * countries, demonyms, forces, places, regions and sources as written (read through the language's
 * own WordReader, so that a sentence and a name meet on the same lemmas).
 */
public final class WordLexicon implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, WordLexicon> LOADED = new ConcurrentHashMap<>();

  /** What a phrase of the data stands for. */
  public record Entry(List<String> lemmas, String kind, String value, int priority, String extra)
      implements Serializable {}

  private final Language language;
  private final PhraseIndex metrics = new PhraseIndex();
  private final PhraseIndex personnel = new PhraseIndex();
  private final PhraseIndex cues = new PhraseIndex();

  /** Names by the concatenation of their lemmas: an analyzer may cut a name differently alone. */
  private final Map<String, List<Entry>> names = new HashMap<>();

  private int longestName = 1;

  /** Sources that are one country's military unit ("Hanbit Unit"): they name its forces too. */
  private final java.util.Set<String> units = new java.util.HashSet<>();

  private final Map<String, List<String>> grammar = new HashMap<>();

  private WordLexicon(Language language) {
    this.language = language;
    for (ResourceTable.Row r :
        language.table("metrics.tsv", "phrase", "metric", "priority").rows()) {
      metrics.add(
          lemmas(r.get("phrase")),
          new Entry(
              lemmas(r.get("phrase")),
              "metric",
              r.get("metric"),
              Integer.parseInt(r.get("priority")),
              null));
    }
    for (ResourceTable.Row r :
        language.table("personnel.tsv", "word", "kind", "prefilter").rows()) {
      // extra: "yes" for a word that alone says troops, "no" for a common one ("человек")
      personnel.add(
          lemmas(r.get("word")),
          new Entry(lemmas(r.get("word")), r.get("kind"), null, 0, r.get("prefilter")));
    }
    for (ResourceTable.Row r : language.table("cues.tsv", "phrase", "roles").rows()) {
      for (String role : r.list("roles")) {
        cues.add(lemmas(r.get("phrase")), new Entry(lemmas(r.get("phrase")), role, null, 0, null));
      }
    }
    for (ResourceTable.Row r : language.table("grammar.tsv", "role", "words").rows()) {
      grammar.put(r.get("role"), r.list("words"));
    }
    for (ResourceTable.Row r :
        language.table("countries.tsv", "iso3", "name", "aliases", "demonyms", "capitals").rows()) {
      String iso3 = r.get("iso3");
      name(r.get("name"), "country", iso3, null, 2);
      r.list("aliases").forEach(a -> name(a, "country", iso3, null, 2));
      r.list("demonyms").forEach(a -> name(a, "demonym", iso3, null, 2));
      r.list("capitals").forEach(a -> name(a, "capital", iso3, null, 1));
    }
    for (ResourceTable.Row r : language.table("forces.tsv", "name", "iso3", "aliases").rows()) {
      r.list("aliases").forEach(a -> name(a, "force", r.get("iso3"), r.get("name"), 3));
    }
    for (ResourceTable.Row r : language.table("places.tsv", "name", "iso3", "aliases").rows()) {
      r.list("aliases").forEach(a -> name(a, "place", r.get("iso3"), r.get("name"), 3));
    }
    for (ResourceTable.Row r : language.table("regions.tsv", "name", "aliases").rows()) {
      r.list("aliases").forEach(a -> name(a, "region", null, r.get("name"), 2));
    }
    for (ResourceTable.Row r :
        language.table("sources.tsv", "canonical", "iso3", "aliases", "kind").rows()) {
      String iso3 = r.get("iso3") == null || r.get("iso3").isEmpty() ? null : r.get("iso3");
      r.list("aliases").forEach(a -> name(a, "source", iso3, r.get("canonical"), 4));
      if (iso3 != null && "military".equals(r.get("kind")) && isUnitName(r.get("aliases"))) {
        units.add(r.get("canonical"));
      }
    }
  }

  /** True when a source's aliases name a unit: one of them ends with a personnel noun ("한빛부대"). */
  private boolean isUnitName(String aliases) {
    for (String a : aliases.split("\\|")) {
      List<String> ls = new ArrayList<>();
      for (Word w : language.words().words(a)) {
        ls.add(lower(w.lemma()));
      }
      if (!ls.isEmpty() && personnel.longest(ls, ls.size() - 1) != null) {
        return true;
      }
    }
    return false;
  }

  /** True when the source is one country's military unit (its forces as well as a speaker). */
  public boolean isUnit(String canonical) {
    return units.contains(canonical);
  }

  /** The data of {@code language}, read once per JVM. */
  public static WordLexicon of(Language language) {
    return LOADED.computeIfAbsent(language.code(), c -> new WordLexicon(language));
  }

  /** The language the data is of. */
  public Language language() {
    return language;
  }

  private void name(String written, String kind, String iso3, String name, int priority) {
    List<String> lemmas = new ArrayList<>();
    for (Word w : language.words().words(written)) {
      lemmas.add(lower(w.lemma()));
    }
    if (!lemmas.isEmpty()) {
      names
          .computeIfAbsent(String.join("", lemmas), k -> new ArrayList<>())
          .add(new Entry(lemmas, kind, iso3, priority, name));
      longestName = Math.max(longestName, lemmas.size() + 2);
    }
  }

  private static List<String> lemmas(String phrase) {
    List<String> out = new ArrayList<>();
    for (String p : phrase.trim().split("\\s+")) {
      out.add(lower(p));
    }
    return out;
  }

  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'');
  }

  /** Metric triggers starting at word {@code i}: the longest. */
  public Entry metricAt(List<String> lemmas, int i) {
    return metrics.longest(lemmas, i);
  }

  /** The metric phrase that a personnel noun's lemmas begin with ("사상 자" -> 사상: casualties). */
  public Entry metricOfNoun(List<String> noun) {
    for (int n = noun.size(); n >= 1; n--) {
      Entry e = metrics.longest(noun.subList(0, n), 0);
      if (e != null && e.lemmas().size() == n) {
        return e;
      }
    }
    return null;
  }

  /** The personnel noun starting at word {@code i}: the longest. */
  public Entry personnelAt(List<String> lemmas, int i) {
    return personnel.longest(lemmas, i);
  }

  /** The cue of {@code role} starting at word {@code i}, or null. */
  public Entry cueAt(List<String> lemmas, int i, String role) {
    return cues.longest(lemmas, i, role);
  }

  /** A name found in a sentence: what it names and how many words it covers. */
  public record NameMatch(Entry entry, int length) {}

  /**
   * The names (countries, demonyms, forces, places, regions, sources) starting at word {@code i},
   * matched on the concatenation of the words' lemmas.
   */
  public List<NameMatch> namesAt(List<String> lemmas, int i) {
    List<NameMatch> out = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    for (int j = i; j < Math.min(lemmas.size(), i + longestName); j++) {
      joined.append(lemmas.get(j));
      for (Entry e : names.getOrDefault(joined.toString(), List.of())) {
        out.add(new NameMatch(e, j - i + 1));
      }
    }
    return out;
  }

  /** The words of a grammar role ({@code grammar.tsv}); empty when the language has none. */
  public List<String> grammar(String role) {
    return grammar.getOrDefault(role, List.of());
  }

  /** A number of {@code grammar.tsv} ("head_before": 4), or {@code fallback}. */
  public int grammarNumber(String role, int fallback) {
    List<String> v = grammar(role);
    return v.isEmpty() ? fallback : Integer.parseInt(v.get(0));
  }

  /** Phrases of lemmas, looked up by their first lemma. */
  private static final class PhraseIndex implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, List<Entry>> byFirst = new LinkedHashMap<>();

    void add(List<String> lemmas, Entry e) {
      byFirst.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(e);
    }

    Entry longest(List<String> lemmas, int i) {
      return longest(lemmas, i, null);
    }

    Entry longest(List<String> lemmas, int i, String kind) {
      Entry best = null;
      for (Entry e : all(lemmas, i)) {
        if ((kind == null || kind.equals(e.kind()))
            && (best == null || e.lemmas().size() > best.lemmas().size())) {
          best = e;
        }
      }
      return best;
    }

    List<Entry> all(List<String> lemmas, int i) {
      List<Entry> out = new ArrayList<>();
      if (i >= lemmas.size()) {
        return out;
      }
      for (Entry e : byFirst.getOrDefault(lemmas.get(i), List.of())) {
        List<String> p = e.lemmas();
        if (i + p.size() <= lemmas.size() && p.equals(lemmas.subList(i, i + p.size()))) {
          out.add(e);
        }
      }
      return out;
    }
  }
}
