package org.troopwatch.tag.claim;

import java.util.ArrayList;
import java.util.List;
import org.troopwatch.knowledge.Knowledge;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.time.TimeResolver;

/**
 * Attribution, once per sentence: who the sentence attributes its figures to. The original source
 * of "citing X" / "briefed by X"; X of "according to X"; the subject of "X said" (a known source,
 * or the phrase itself: "U.S. officials"); a pronoun or "the agency" resolves to the last source
 * named. Null when the sentence speaks in the outlet's own voice.
 */
final class Attribution {

  private final Grammar g;
  private final Lexicon lexicon;
  private final TimeResolver times;

  Attribution(Grammar g, TimeResolver times) {
    this.g = g;
    this.lexicon = g.lexicon;
    this.times = times;
  }

  /**
   * Who the sentence attributes its figures to: the original source of "citing X" / "briefed by X";
   * X of "according to X"; the subject of "X said" (a known source, or the phrase itself: "U.S.
   * officials"); a pronoun or "the agency" resolves to the last source named. Null when the
   * sentence speaks in the outlet's own voice.
   */
  Speaker attribution(SentenceView v, ArticleContext context) {
    List<Speaker> candidates = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      int n = lexicon.phraseAt(v.lower, i, "relay");
      if (n > 0) {
        add(candidates, objectSource(v, i + n, context));
      }
    }
    int relays = candidates.size();
    for (int i = 0; i < v.size(); i++) {
      int n = lexicon.phraseAt(v.lower, i, "according");
      if (n > 0) {
        add(candidates, objectSource(v, i + n, context));
      }
    }
    boolean says = false;
    for (int i = 0; i < v.size(); i++) {
      if (v.mention(i) == null && lexicon.phraseAt(v.lower, i, "say") > 0 && isVerbLike(v, i)) {
        says = true;
        int before = i - 1;
        while (before >= 0 && (v.pos(before).equals("AUX") || v.pos(before).equals("ADV"))) {
          before--;
        }
        if (before >= 0
            && (v.lower(before).equals(",") || g.isQuote(v.lower(before)))
            && !g.is("say_to", v.lower(i))) {
          add(candidates, objectSource(v, i + 1, context)); // "..., says Lee"
        }
        add(candidates, subjectOf(v, before + 1, context));
      }
    }
    if (candidates.isEmpty() && says) {
      add(candidates, firstKnownSource(v, false));
    }
    if (candidates.isEmpty()) {
      add(candidates, actingSource(v));
    }
    Speaker found =
        candidates.stream()
            .filter(c -> !c.outlet())
            .findFirst()
            .orElse(candidates.isEmpty() ? null : candidates.get(0));
    if (found != null && relays > 0 && candidates.indexOf(found) < relays) {
      // "Lawmaker Lee said, citing the NIS": the originator keeps the figure, the one who passed
      // it on is its messenger.
      for (Speaker messenger : candidates.subList(relays, candidates.size())) {
        if (!messenger.name().equals(found.name())) {
          found = found.relayedBy(messenger);
          break;
        }
      }
    }
    if (found != null) {
      context.lastSource = found;
    } else {
      Speaker named = firstKnownSource(v, true);
      if (named != null) {
        context.lastSource = named;
      }
    }
    return found;
  }

  private static void add(List<Speaker> candidates, Speaker source) {
    if (source != null && !candidates.contains(source)) {
      candidates.add(source);
    }
  }

  private boolean isVerbLike(SentenceView v, int i) {
    String tag = v.pos(i);
    String next = v.lower(i + 1);
    // The tagger takes "suggests" or "reports" for nouns now and then; a clause after settles it.
    return tag.equals("VERB")
        || tag.equals("AUX")
        || g.is("finite_say", v.lower(i))
        || g.is("complementizer", next)
        || next.equals(",")
        || v.pos(i + 1).equals("NUM");
  }

  private Speaker known(Mention m) {
    Entry e = m.first(Kind.SOURCE);
    return new Speaker(e.canonical(), "outlet".equals(e.sourceKind()));
  }

  private Speaker firstKnownSource(SentenceView v, boolean nonOutletOnly) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE) && !(nonOutletOnly && known(m).outlet())) {
        return known(m);
      }
    }
    return null;
  }

  /**
   * "Obama ordered 30,000 more troops", "Ryder ascribed the error to ...": a known official or
   * institution that opens the sentence as the subject of its verb.
   */
  private Speaker actingSource(SentenceView v) {
    for (int i = 0; i < Math.min(v.size(), 6); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      if (m.is(Kind.SOURCE)
          && !known(m).outlet()
          && g.verbFollows(v, v.pastMention(i))
          && m.first(Kind.COUNTRY) == null) {
        return known(m);
      }
      return null;
    }
    return null;
  }

  /** The source named after "according to", "citing", "says": a known one, or an agent phrase. */
  private Speaker objectSource(SentenceView v, int from, ArticleContext context) {
    int end = from;
    while (end < v.size() && end < from + 10 && !isClauseEnd(v, end)) {
      end++;
    }
    for (int i = from; i < end; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE)) {
        return known(m);
      }
    }
    return phraseSource(v, from, end, context);
  }

  /**
   * The subject of a verb of saying that ends at token {@code end}: the nearest known source in its
   * clause (across an apposition: "Ryder, the Pentagon spokesman, told"), else the noun phrase just
   * before the verb ("U.S. officials said", "the agency estimated", "he said").
   */
  private Speaker subjectOf(SentenceView v, int end, ArticleContext context) {
    Speaker nearest = null;
    for (int i = end - 1; i >= Math.max(0, end - 16); i--) {
      String w = v.lower(i);
      if (g.is("complementizer", w) || w.equals(";") || g.isQuote(w) || g.isBoundary(v, i)) {
        break;
      }
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE)) {
        nearest = known(m);
        break;
      }
    }
    if (nearest != null) {
      return nearest;
    }
    int start = end;
    while (start > 0 && end - start < 8 && isNounPhrasePart(v, start - 1)) {
      start--;
    }
    return phraseSource(v, start, end, context);
  }

  private boolean isNounPhrasePart(SentenceView v, int i) {
    String tag = v.pos(i);
    String w = v.lower(i);
    return tag.equals("NOUN")
        || tag.equals("PROPN")
        || tag.equals("ADJ")
        || tag.equals("DET")
        || tag.equals("PRON") && !g.is("complementizer", w)
        || g.is("possessive_marker", w)
        || w.equals(".")
        || g.is("list_joiner", w) && i > 0 && !v.pos(i - 1).equals("VERB")
        || v.mention(i) != null;
  }

  private boolean isClauseEnd(SentenceView v, int i) {
    String w = v.lower(i);
    return w.equals(",")
        || w.equals(".")
        || w.equals(";")
        || g.isQuote(w)
        || w.equals(":")
        || w.equals("—")
        || v.pos(i).equals("VERB")
        || g.is("source_phrase_end", w);
  }

  /**
   * A source named only by its phrase ("Ukrainian officials and Western intelligence sources"):
   * kept when its head can name a source; a pronoun or "the agency" refers to the last source.
   */
  private Speaker phraseSource(SentenceView v, int start, int end, ArticleContext context) {
    while (start < end && g.is("determiner", v.lower(start))) {
      start++;
    }
    while (end > start
        && (v.lower(end - 1).equals(",") || g.is("source_document", v.lower(end - 1)))) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    if (end - start >= 3
        && g.is("country_anaphor", v.lower(start))
        && g.is("possessive_marker", v.lower(start + 1))) {
      Speaker resolved = countrysSource(v, v.span(start + 2, end), context);
      if (resolved != null) {
        return resolved; // "the country's spy agency" after South Korea is named
      }
    }
    String head = v.lower(end - 1);
    boolean capitalised = Character.isUpperCase(v.tokens.get(start).text().charAt(0));
    if (end - start == 1 && lexicon.is("institution", head) && !capitalised) {
      Speaker institution = institutionOf(head, context);
      if (institution != null) {
        return institution; // "according to the government" in an article about the Maldives
      }
    }
    if (lexicon.is("anaphor", head) && (end - start <= 3 && !capitalised || end - start == 1)) {
      return context.lastSource;
    }
    if (!times.find(v.span(start, end), v.article.published()).isEmpty()) {
      return null; // "The U.S. and Iraq on Friday announced": a day is no source
    }
    boolean name = v.pos(end - 1).equals("PROPN") && capitalised;
    if (!(lexicon.is("agent", head) || name) || end - start > 8) {
      return null;
    }
    return new Speaker(v.span(start, end), false);
  }

  /**
   * "the country's spy agency": the source of the country the sentence (else the article) names, by
   * its canonical name when the knowledge base lists "South Korea's spy agency" or "South Korean
   * spy agency", else as that phrase; null when no country is named.
   */
  private Speaker countrysSource(SentenceView v, String rest, ArticleContext context) {
    List<String> countries = new ArrayList<>();
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.COUNTRY) && !m.is(Kind.SOURCE)) {
        countries.add(m.first(Kind.COUNTRY).iso3());
      }
    }
    if (context.lastCountry != null) {
      countries.add(context.lastCountry);
    }
    String first = null;
    for (String iso3 : countries) {
      var country = Knowledge.defaults().country(iso3);
      if (country.isEmpty()) {
        continue;
      }
      List<String> phrases = new ArrayList<>();
      phrases.add(country.get().name() + "'s " + rest);
      country.get().demonyms().forEach(d -> phrases.add(d + " " + rest));
      for (String phrase : phrases) {
        for (Entry e : Gazetteer.defaults().lookup(phrase)) {
          if (e.kind() == Kind.SOURCE) {
            return new Speaker(e.canonical(), "outlet".equals(e.sourceKind()));
          }
        }
      }
      first = first == null ? phrases.get(0) : first;
    }
    return first == null ? null : new Speaker(first, false);
  }

  /**
   * "the government" of the country the article is about: "Maldivian government", by its canonical
   * name when the knowledge base lists it.
   */
  private Speaker institutionOf(String noun, ArticleContext context) {
    String iso3 =
        context.lastHost != null
            ? context.lastHost
            : context.lastPlace != null ? context.lastPlace.country() : context.lastCountry;
    if (iso3 == null) {
      return null;
    }
    var country = Knowledge.defaults().country(iso3);
    if (country.isEmpty() || country.get().demonyms().isEmpty()) {
      return null;
    }
    String phrase = country.get().demonyms().get(0) + " " + noun;
    for (Entry e : Gazetteer.defaults().lookup(phrase)) {
      if (e.kind() == Kind.SOURCE) {
        return new Speaker(e.canonical(), "outlet".equals(e.sourceKind()));
      }
    }
    return new Speaker(phrase, false);
  }
}
