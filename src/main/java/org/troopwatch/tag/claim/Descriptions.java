package org.troopwatch.tag.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.troopwatch.knowledge.Knowledge;
import org.troopwatch.knowledge.Source;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;

/**
 * Sources named by a description instead of their name (issue 19: one originator, one key):
 *
 * <pre>
 *   description                                    source
 *   "the journalists found" (outlets named before)  the last outlet the article cited
 *   "the channel reported" (Rybar named before)     the last outlet named, one whose names hold the
 *                                                   description's words first
 *   "the Telegram channel reported. Base."          the name right after it: Baza (Telegram channel)
 *   "the sanctions monitors said" (UN, Libya        the known source whose name is the description
 *    named)                                          plus names the article gave: UN Panel of
 *                                                   Experts on Libya ("UN Libya sanctions monitors")
 *   "according to a UN report. The report by ..."   the author the next sentence gives the report
 * </pre>
 */
final class Descriptions {

  /** The most words a name given right after a description may have ("Base.", "Grey Zone."). */
  private static final int NAME_WORDS = 3;

  private final Grammar g;

  Descriptions(Grammar g) {
    this.g = g;
  }

  /** Remembers the countries and sources the sentence names, for a later description. */
  static void remember(SentenceView v, ArticleContext context) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE)) {
        Speaker s = Speaker.of(m.first(Kind.SOURCE));
        context.namedSources.remove(s.name());
        context.namedSources.add(s.name());
      } else if (m != null && m.is(Kind.COUNTRY)) {
        context.namedCountries.add(m.first(Kind.COUNTRY).iso3());
      }
    }
  }

  /**
   * The source a description [start, end) (its determiner dropped) refers to, or null: see the
   * class comment. {@code determiner}: whether a determiner stood before it.
   */
  Speaker described(
      SentenceView v, int start, int end, boolean determiner, ArticleContext context) {
    String head = v.lower(end - 1);
    if (determiner && end - start == 1 && g.is("outlet_anaphor", head)) {
      return lastCitedOutlet(context); // "the journalists found"
    }
    if (determiner && g.is("outlet_description", head)) {
      Speaker outlet = namedOutlet(v, start, end, context);
      return outlet != null ? outlet : nameAfter(v, start, end, context);
    }
    return determiner || end - start >= 2 ? knownByWords(v, start, end, context, null) : null;
  }

  /**
   * "according to a confidential UN report. The 57-page report by independent sanctions monitors
   * ...": the author the next sentence of the paragraph gives the same document, when it is a known
   * source other than {@code cited}; null otherwise.
   */
  Speaker documentAuthor(SentenceView v, int after, Speaker cited, ArticleContext context) {
    if (after >= v.size()
        || !g.is("source_document", v.lower(after))
        || context.upcoming.isEmpty()
        || !NeighbourSources.sameParagraph(v, context.upcoming.get(0)) && !nextLine(v, context)) {
      return null;
    }
    SentenceView next = context.upcoming.get(0);
    if (next.size() < 4 || !g.is("definite", next.lower(0))) {
      return null;
    }
    for (int i = 1; i + 1 < Math.min(next.size(), 6); i++) {
      if (next.lower(i).equals(v.lower(after)) && g.is("agent_preposition", next.lower(i + 1))) {
        int end = i + 2;
        while (end < next.size()
            && !next.lower(end).equals(",")
            && !next.pos(end).equals("VERB")
            && !g.isBoundary(next, end)) {
          end++;
        }
        int from = i + 2;
        while (from < end && g.is("determiner", next.lower(from))) {
          from++; // "by the sanctions monitors"
        }
        Speaker author = knownByWords(next, from, end, context, v);
        for (int j = from; j < end && author == null; j = next.pastMention(j)) {
          Mention m = next.mention(j);
          author = m != null && m.is(Kind.SOURCE) ? Speaker.of(m.first(Kind.SOURCE)) : null;
        }
        return author == null || author.name().equals(cited.name()) ? null : author;
      }
      String tag = next.pos(i); // "The 57-page report", "The new UN report"
      if (!(Grammar.isModifier(tag) || List.of("NUM", "NOUN", "PROPN").contains(tag))) {
        return null; // "The report, seen by ..." or a clause: no author named
      }
    }
    return null;
  }

  /** Whether the next sentence opens the line right after the sentence's own. */
  private static boolean nextLine(SentenceView v, ArticleContext context) {
    SentenceView next = context.upcoming.get(0);
    String between = v.article.text().substring(v.sentence.end(), next.sentence.begin());
    return between.isBlank() && between.chars().filter(c -> c == '\n').count() == 1;
  }

  /**
   * The known source one of whose names ends with the description's words ("sanctions monitors")
   * and whose other words are names the article (or {@code also}) gives: an organisation named
   * before, and countries ("UN Libya sanctions monitors" once the UN and Libya are named).
   * Adjectives before the words may stand outside the name ("independent sanctions monitors"). Null
   * when none or several sources fit.
   */
  private Speaker knownByWords(
      SentenceView v, int start, int end, ArticleContext context, SentenceView also) {
    Speaker found = null;
    for (int from = start; from <= end - 2; from++) {
      String words = v.lowerSpan(from, end);
      for (Ending ending : endings().getOrDefault(words, List.of())) {
        Source source = ending.source();
        String rest = ending.name().substring(0, ending.name().length() - words.length()).strip();
        if (allNamed(rest, v, context, also)) {
          if (found != null && !found.name().equals(source.canonical())) {
            return null; // two sources fit: the description names neither
          }
          found = new Speaker(source.canonical(), "outlet".equals(source.kind()));
        }
      }
      if (found != null || !Grammar.isModifier(v.pos(from)) || v.mention(from) != null) {
        return found;
      }
    }
    return found;
  }

  /** A known source's name (alias or canonical) that ends with some words after a space. */
  private record Ending(Source source, String name) {}

  /**
   * Every known source's names by each of their word endings, lower case: "sanctions monitors" ->
   * the UN panel whose alias is "UN North Korea sanctions monitors". Built once, so a description
   * is looked up, not compared with every name of every source.
   */
  private static Map<String, List<Ending>> endings() {
    return Endings.BY_ENDING;
  }

  private static final class Endings {
    static final Map<String, List<Ending>> BY_ENDING = build();

    private static Map<String, List<Ending>> build() {
      Map<String, List<Ending>> byEnding = new HashMap<>();
      for (Source source : Knowledge.defaults().sources()) {
        for (String name : source.names()) {
          String lower = name.toLowerCase(Locale.ROOT);
          for (int k = lower.indexOf(' '); k >= 0; k = lower.indexOf(' ', k + 1)) {
            byEnding
                .computeIfAbsent(lower.substring(k + 1), w -> new ArrayList<>())
                .add(new Ending(source, name));
          }
        }
      }
      return Map.copyOf(byEnding);
    }
  }

  /**
   * Whether every word of {@code rest} is a country or a source the article has named, one of them
   * a source: the description names a body of that organisation ("the UN's sanctions monitors"),
   * not a country's institution, which the article's country decides elsewhere.
   */
  private static boolean allNamed(
      String rest, SentenceView v, ArticleContext context, SentenceView also) {
    boolean organisation = false;
    String[] words = rest.split(" ");
    for (int i = 0; i < words.length; ) {
      int n = words.length - i; // the longest name from word i: "UN", "North Korea"
      while (n > 0
          && Gazetteer.defaults()
              .lookup(String.join(" ", List.of(words).subList(i, i + n)))
              .isEmpty()) {
        n--;
      }
      boolean named = false;
      String name = String.join(" ", List.of(words).subList(i, i + Math.max(n, 1)));
      for (Entry e : Gazetteer.defaults().lookup(name)) {
        boolean source = e.kind() == Kind.SOURCE && namedSource(e.canonical(), v, context, also);
        organisation |= source;
        named |= source || e.kind() == Kind.COUNTRY && namedCountry(e.iso3(), v, context, also);
      }
      if (!named) {
        return false;
      }
      i += Math.max(n, 1);
    }
    return organisation;
  }

  private static boolean namedCountry(
      String iso3, SentenceView v, ArticleContext context, SentenceView also) {
    return context.namedCountries.contains(iso3)
        || names(v, Kind.COUNTRY, iso3)
        || also != null && names(also, Kind.COUNTRY, iso3);
  }

  private static boolean namedSource(
      String canonical, SentenceView v, ArticleContext context, SentenceView also) {
    return context.namedSources.contains(canonical)
        || names(v, Kind.SOURCE, canonical)
        || also != null && names(also, Kind.SOURCE, canonical);
  }

  private static boolean names(SentenceView v, Kind kind, String key) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(kind)) {
        Entry e = m.first(kind);
        if (key.equals(kind == Kind.COUNTRY ? e.iso3() : e.canonical())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "the channel", "the Russian newspaper": the last outlet the article named, the last one whose
   * names hold every word of the description first; null when it named none, or none of those names
   * holds a name the description gives.
   */
  private Speaker namedOutlet(SentenceView v, int start, int end, ArticleContext context) {
    Speaker last = null;
    for (int k = context.namedSources.size() - 1; k >= 0; k--) {
      String canonical = context.namedSources.get(k);
      Source source = Knowledge.defaults().source(canonical).orElse(null);
      if (source == null || !"outlet".equals(source.kind())) {
        continue;
      }
      if (holdsWords(source, v, start, end)) {
        return new Speaker(canonical, true);
      }
      last = last == null ? new Speaker(canonical, true) : last;
    }
    return common(v, start, end) ? last : null; // "the Asahi newspaper" names an outlet of its own
  }

  /** Whether the description holds no name: only words in lower case, or countries' words. */
  private static boolean common(SentenceView v, int start, int end) {
    for (int i = start; i < end; i++) {
      Mention m = v.mention(i);
      boolean country = m != null && (m.is(Kind.COUNTRY) || m.is(Kind.DEMONYM));
      if (Character.isUpperCase(v.word(i).charAt(0)) && !country) {
        return false;
      }
    }
    return true;
  }

  private static boolean holdsWords(Source source, SentenceView v, int start, int end) {
    for (String name : source.names()) {
      List<String> nameWords = List.of(name.toLowerCase(Locale.ROOT).split(" "));
      boolean all = true;
      for (int i = start; i < end; i++) {
        all &= nameWords.contains(v.lower(i));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the Telegram channel reported. Base.": a name that the text gives right after the
   * description's sentence as a fragment of its own; the known source of "description name" or of
   * the name, else the name as written. Null when no such fragment follows.
   */
  private Speaker nameAfter(SentenceView v, int start, int end, ArticleContext context) {
    if (context.upcoming.isEmpty() || !NeighbourSources.sameParagraph(v, context.upcoming.get(0))) {
      return null;
    }
    SentenceView next = context.upcoming.get(0);
    int words = next.size() - 1;
    if (words < 1 || words > NAME_WORDS || !next.lower(words).equals(".")) {
      return null;
    }
    for (int i = 0; i < words; i++) {
      Mention m = next.mention(i);
      if (!Character.isUpperCase(next.word(i).charAt(0)) || m != null && !m.is(Kind.SOURCE)) {
        return null;
      }
    }
    String name = next.span(0, words);
    String description = v.span(start, end);
    for (String phrase : List.of(description + " " + name, name + " " + description, name)) {
      for (Entry e : Gazetteer.defaults().lookup(phrase)) {
        if (e.kind() == Kind.SOURCE) {
          return Speaker.of(e);
        }
      }
    }
    return new Speaker(name, true);
  }

  /** The last news outlet the article's sentences were attributed to, or null. */
  private static Speaker lastCitedOutlet(ArticleContext context) {
    for (int k = context.sourcesSoFar.size() - 1; k >= 0; k--) {
      if (context.sourcesSoFar.get(k).outlet()) {
        return context.sourcesSoFar.get(k);
      }
    }
    return null;
  }
}
