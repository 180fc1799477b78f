package org.troopwatch.tag.claim;

import java.util.ArrayList;
import java.util.List;
import org.troopwatch.knowledge.Knowledge;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;

/**
 * Sources that are two parties at once (conventions 3 and 23), by the knowledge base's name of the
 * pair when it lists one:
 *
 * <pre>
 *   phrase                                        source
 *   "Tokyo and Washington agreed"                 US and Japanese governments
 *   "under the agreement, Russia ... Sudanese"    Russian and Sudanese governments (its parties)
 *   "The BBC Russian Service, together with       BBC Russian Service and Mediazona
 *    Mediazona, have identified"
 * </pre>
 */
final class JointSources {

  private final Grammar g;

  JointSources(Grammar g) {
    this.g = g;
  }

  /**
   * "Tokyo and Washington", "Russia and Sudan": two countries (or capitals) joined as one subject
   * are their governments jointly; null for any other phrase.
   */
  Speaker countries(SentenceView v, int start, int end) {
    int second = v.pastMention(start);
    if (second + 1 >= end || !g.is("list_joiner", v.lower(second))) {
      return null;
    }
    String a = countryOf(v.mention(start), false);
    String b = countryOf(v.mention(second + 1), false);
    if (a == null
        || b == null
        || v.mentionStart(start) != start
        || v.pastMention(second + 1) != end) {
      return null;
    }
    return governments(a, b);
  }

  /**
   * "under the agreement", "according to the deal between them": an agreement the outlet cites
   * speaks for its parties, the governments of the first two countries of the earlier sentence that
   * introduced it, else of this sentence ("Russia will keep ... on the Sudanese coast"); null when
   * the phrase at {@code start} is no definite agreement or the sentence names fewer than two
   * countries.
   */
  Speaker accordParties(SentenceView v, int start, ArticleContext context) {
    if (start >= v.size()
        || !(g.is("definite", v.lower(start)) || g.is("back_reference", v.lower(start)))) {
      return null;
    }
    int head = start + 1;
    while (head < Math.min(v.size(), start + 3)
        && v.mention(head) == null
        && !g.is("accord", v.lower(head))
        && (Grammar.isModifier(v.pos(head)) || v.pos(head).equals("NOUN"))) {
      head++; // "the defence pact", "the new accord"
    }
    if (head >= v.size() || !g.is("accord", v.lower(head))) {
      return null;
    }
    List<String> parties =
        context.accordParties != null ? context.accordParties : firstTwoCountries(v);
    return parties.size() < 2 ? null : governments(parties.get(0), parties.get(1));
  }

  /**
   * Remembers the parties of an agreement the sentence introduces ("the two countries announced a
   * revised agreement on the U.S. presence on Okinawa"): its first two countries, for a later
   * "under the agreement" whose own sentence names only where the troops go.
   */
  void rememberAccord(SentenceView v, ArticleContext context) {
    if (context.accordSource != null || !g.anyIs("accord", v, 0, v.size())) {
      return;
    }
    List<String> parties = firstTwoCountries(v);
    if (parties.size() == 2) {
      context.accordParties = parties;
    }
  }

  private List<String> firstTwoCountries(SentenceView v) {
    List<String> parties = new ArrayList<>();
    for (int i = 0; i < v.size() && parties.size() < 2; i = v.pastMention(i)) {
      String iso3 = partyOf(v.mention(i));
      if (iso3 != null && !parties.contains(iso3)) {
        parties.add(iso3);
      }
    }
    return parties;
  }

  /**
   * "The BBC Russian Service, together with Mediazona and volunteers, have identified": the source
   * named before "<comma> together with" shares the verb with {@code companion}, the source named
   * right after it (the mention at {@code companionStart}); null when no such lead stands there.
   */
  Speaker withLead(SentenceView v, int companionStart, Speaker companion) {
    while (companionStart > 0 && g.is("determiner", v.lower(companionStart - 1))) {
      companionStart--; // "together with the BBC"
    }
    for (int k = Math.max(2, companionStart - 4); k < companionStart; k++) {
      if (g.phraseAt(v, k, "companion") != companionStart - k || !v.lower(k - 1).equals(",")) {
        continue;
      }
      for (int j = k - 2; j >= Math.max(0, k - 12); j--) {
        if (g.isBoundary(v, j)) {
          return null;
        }
        Mention m = v.mention(j);
        if (m != null && m.is(Kind.SOURCE)) {
          return pair(Speaker.of(m.first(Kind.SOURCE)), companion);
        }
      }
    }
    return null;
  }

  /** Two sources as one: the knowledge base's name of the pair, else "A and B". */
  private static Speaker pair(Speaker a, Speaker b) {
    if (a.name().equals(b.name())) {
      return a;
    }
    for (String phrase : List.of(a.name() + " and " + b.name(), b.name() + " and " + a.name())) {
      for (Entry e : Gazetteer.defaults().lookup(phrase)) {
        if (e.kind() == Kind.SOURCE) {
          return Speaker.of(e);
        }
      }
    }
    return new Speaker(a.name() + " and " + b.name(), a.outlet() && b.outlet());
  }

  /**
   * Two countries' governments as one source, by the knowledge base's name when it lists the pair
   * ("US and Japanese governments"), else "<demonym> and <demonym> <noun>"; null when either
   * country is unknown or they are one.
   */
  Speaker governments(String a, String b) {
    List<String> formsA = countryForms(a);
    List<String> formsB = countryForms(b);
    if (a.equals(b) || formsA.isEmpty() || formsB.isEmpty()) {
      return null;
    }
    String fallback = null;
    for (String noun : new java.util.TreeSet<>(g.lexicon.phrases("joint_institution"))) {
      for (String x : formsA) {
        for (String y : formsB) {
          for (String phrase :
              List.of(x + " and " + y + " " + noun, y + " and " + x + " " + noun)) {
            for (Entry e : Gazetteer.defaults().lookup(phrase)) {
              if (e.kind() == Kind.SOURCE) {
                return new Speaker(e.canonical(), false);
              }
            }
          }
        }
      }
      if (fallback == null) {
        fallback = formsA.get(0) + " and " + formsB.get(0) + " " + noun;
      }
    }
    return fallback == null ? null : new Speaker(fallback, false);
  }

  /**
   * The state a mention makes a party to an agreement: a country, its capital or demonym, or the
   * country of a state body or official named ("the U.S. military presence" -> USA); null for a
   * place below a state, such as a territory ("to Guam": where troops go, no party), and for an
   * outlet, a think tank or an international body.
   */
  private static String partyOf(Mention m) {
    if (m == null || m.is(Kind.PLACE) || m.is(Kind.REGION)) {
      return null;
    }
    if (m.is(Kind.SOURCE)) {
      Entry e = m.first(Kind.SOURCE);
      boolean state = !NON_STATE_KINDS.contains(e.sourceKind());
      return state && e.iso3() != null && !e.iso3().isEmpty() ? e.iso3() : null;
    }
    return countryOf(m, true);
  }

  /** Kinds of source (sources.tsv) that are no state, so never a party to an agreement. */
  private static final java.util.Set<String> NON_STATE_KINDS =
      java.util.Set.of("outlet", "thinktank", "international");

  /** The country a mention names (a capital names its country; a demonym too when asked). */
  private static String countryOf(Mention m, boolean demonyms) {
    if (m == null || demonyms && m.is(Kind.SOURCE)) {
      return null;
    }
    if (m.is(Kind.COUNTRY)) {
      return m.first(Kind.COUNTRY).iso3();
    }
    if (demonyms && m.is(Kind.DEMONYM)) {
      return m.first(Kind.DEMONYM).iso3();
    }
    return m.is(Kind.CAPITAL) ? m.first(Kind.CAPITAL).iso3() : null;
  }

  /** A country's demonyms, then its short names ("Japanese", "US"), as joint names use them. */
  private static List<String> countryForms(String iso3) {
    var country = Knowledge.defaults().country(iso3);
    if (country.isEmpty()) {
      return List.of();
    }
    List<String> forms = new ArrayList<>(country.get().demonyms());
    forms.addAll(country.get().aliases());
    forms.add(country.get().name());
    return forms;
  }
}
