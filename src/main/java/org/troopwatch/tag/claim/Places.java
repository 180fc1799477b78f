package org.troopwatch.tag.claim;

import java.util.List;
import org.troopwatch.knowledge.Knowledge;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * Places a sentence names: which preposition governs a mention ("to", "in", "from"), and the host
 * and location a mention stands for ("Russia's Kursk region" -> RUS, Kursk).
 */
final class Places {

  private final Grammar g;
  private final Lexicon lexicon;

  Places(Grammar g) {
    this.g = g;
    this.lexicon = g.lexicon;
  }

  /**
   * The preposition that governs the mention starting at token start ("from the United States"), or
   * the "of" after a noun of guarding ("the defence of Estonia").
   */
  String preposition(SentenceView v, int start) {
    for (int j = start - 1; j >= Math.max(0, start - 5); j--) {
      String w = v.lower(j);
      if (g.is("host_preposition", w)) {
        return w;
      }
      if (g.is("of_link", w) && g.is("host_preposition", v.lower(j - 1))) {
        return v.lower(j - 1); // "out of Germany"
      }
      if (j > 0 && g.is("of_link", w) && g.is("guarded", v.lower(j - 1))) {
        return w; // "to NATO's defence of Estonia": the country guarded
      }
      boolean partOf = g.is("of_link", w) && g.is("direction", v.lower(j - 1));
      if (g.is("direction", w) || partOf) {
        continue;
      }
      String tag = v.pos(j); // computed on first use: the word tests first
      if (!(tag.equals("ADJ") || tag.equals("DET"))) {
        return null;
      }
    }
    return null;
  }

  /**
   * Whether a host preposition governs the mention starting at token start, across adjectives,
   * determiners and compass words ("in the east of the Democratic Republic of Congo"), and no
   * phrase of ranking ends in it ("second only to the US": compared with, not where).
   */
  boolean governed(SentenceView v, int start) {
    return preposition(v, start) != null && !ranked(v, start) || nickname(v.mention(start)) != null;
  }

  /**
   * The place entry of a country's nickname, which stands without a preposition ("sent 2,500
   * Marines Down Under"); null for any other mention.
   */
  private static Entry nickname(Mention m) {
    Entry place = m == null ? null : m.first(Kind.PLACE);
    return place != null && Knowledge.NICKNAME.equals(place.sourceKind()) ? place : null;
  }

  private boolean ranked(SentenceView v, int start) {
    for (int j = Math.max(0, start - 6); j < start; j++) {
      int n = g.phraseAt(v, j, "rank_link");
      if (n > 0 && j + n <= start && j + n >= start - 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The host and location named by the mention at token i: "Russia's Kursk region" -> RUS, Kursk.
   */
  HostPlace placeOf(SentenceView v, int i, String deployer) {
    Mention m = v.mention(i);
    Entry region = m.first(Kind.REGION);
    if (region != null) {
      return new HostPlace(null, region.canonical(), "region");
    }
    Entry place = m.first(Kind.PLACE);
    if (nickname(m) != null) {
      return new HostPlace(place.iso3(), null, "nickname"); // "Down Under": the whole country
    }
    if (place != null && place.iso3() != null) {
      return new HostPlace(place.iso3(), place.canonical(), "place"); // Guam: a place of the USA
    }
    Entry country = m.first(Kind.COUNTRY);
    if (country == null) {
      country = m.first(Kind.CAPITAL);
    }
    if (country != null) {
      int next = v.pastMention(i);
      if (lexicon.is("event", v.lower(next))) {
        return null; // "the Ukraine war"
      }
      if (g.is("possessive_marker", v.lower(next)) && v.mention(next + 1) != null) {
        Entry sub = v.mention(next + 1).first(Kind.PLACE);
        if (sub != null && country.iso3().equals(sub.iso3())) {
          return new HostPlace(country.iso3(), sub.canonical(), "place");
        }
      }
      return new HostPlace(country.iso3(), m.is(Kind.CAPITAL) ? m.text() : null, "country");
    }
    if (place != null) {
      return new HostPlace(place.iso3(), place.canonical(), "place");
    }
    Entry people = m.first(Kind.DEMONYM);
    if (people != null && g.is("place_noun", v.lower(v.pastMention(i)))) {
      return new HostPlace(people.iso3(), null, "place"); // "in the Lebanese capital"
    }
    return null; // a demonym modifies a noun ("an Israeli offensive"); it names no place
  }

  /** A figure spread over several countries: no single host, no location (conventions 7, 35). */
  static final HostPlace SEVERAL_HOSTS = new HostPlace(null, null, "several hosts");

  /**
   * Whether the country mention at token i opens a list of countries under one preposition: "in
   * Iraq and Syria", "in Mali, Niger or Chad" (the deployer's own country aside). A comma alone
   * does not make a list ("in Syria, Russia said"): a joining word must close it.
   */
  boolean opensCountryList(SentenceView v, int i, String deployer) {
    Entry first = v.mention(i).first(Kind.COUNTRY);
    if (first == null) {
      return false;
    }
    boolean joined = false;
    boolean other = false;
    int j = v.pastMention(i);
    while (j < v.size()) {
      String w = v.lower(j);
      boolean joiner = g.is("place_joiner", w);
      if (!joiner && !w.equals(",")) {
        break;
      }
      int k = g.is("definite", v.lower(j + 1)) ? j + 2 : j + 1;
      Mention m = v.mention(k);
      Entry next = m == null || m.is(Kind.SOURCE) ? null : m.first(Kind.COUNTRY);
      if (next == null || g.is("possessive_marker", v.lower(v.pastMention(k)))) {
        break;
      }
      joined |= joiner;
      other |= !next.iso3().equals(first.iso3()) && !next.iso3().equals(deployer);
      j = v.pastMention(k);
    }
    return joined && other && !first.iso3().equals(deployer);
  }

  /**
   * The place a coordinated figure's own conjunct names right after it, before the next figure or
   * boundary: "900 soldiers in Estonia and 150 in Poland" -> Poland for the 150, "12 at a camp in
   * Syria and three at an air base in Jordan" -> Jordan for the three (a base the gazetteer does
   * not know, then its country). A figure leaving its host does not take the place it goes to
   * ("9,000 to leave Okinawa, 4,000 to Guam").
   */
  HostPlace conjunctPlace(SentenceView v, int from, String deployer, boolean leaving) {
    for (int i = from; i < Math.min(v.size(), from + 9); i++) {
      if (g.isBoundary(v, i) || v.pos(i).equals("NUM")) {
        return null;
      }
      Mention m = v.mention(i);
      if (m == null || m.is(Kind.SOURCE) || m.is(Kind.DEMONYM)) {
        continue;
      }
      int start = v.mentionStart(i);
      String preposition = preposition(v, start);
      if (preposition == null
          || g.is("origin", preposition)
          || leaving && g.is("destination", preposition)) {
        return null;
      }
      HostPlace place = placeOf(v, i, deployer);
      if (place == null || deployer.equals(place.country())) {
        return null;
      }
      return place.country() != null && opensCountryList(v, i, deployer) ? SEVERAL_HOSTS : place;
    }
    return null;
  }

  /**
   * The place governed right after a figure's group when the group comes before the figure ("the
   * number of US troops in Iraq will fall to 3,000"): it says where those counted stand, wherever
   * else the sentence goes after the figure.
   */
  HostPlace placeOfHead(SentenceView v, Head head, int first, String deployer) {
    if (head.start() < 0 || head.end() >= first) {
      return null;
    }
    for (int i = head.end(); i < Math.min(first, head.end() + 4); i++) {
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      int start = v.mentionStart(i);
      String preposition = preposition(v, start);
      if (m.is(Kind.SOURCE)
          || !governed(v, start)
          || preposition != null && g.is("origin", preposition)) {
        return null;
      }
      HostPlace place = placeOf(v, i, deployer);
      if (place == null || deployer.equals(place.country())) {
        return null;
      }
      return opensCountryList(v, i, deployer) ? SEVERAL_HOSTS : place;
    }
    return null;
  }

  /**
   * The place right before the level a change goes to: "reduce its presence in Kosovo to 600
   * troops" -> Kosovo; the place is that of the force being changed, whatever the sentence names
   * after the figure.
   */
  HostPlace placeOfLevel(SentenceView v, int first, String deployer) {
    if (first < 2 || !g.is("destination", v.lower(first - 1))) {
      return null;
    }
    Mention m = v.mention(first - 2);
    if (m == null || m.is(Kind.SOURCE) || m.is(Kind.DEMONYM)) {
      return null;
    }
    int start = v.mentionStart(first - 2);
    String preposition = preposition(v, start);
    if (preposition == null || !governed(v, start) || g.is("origin", preposition)) {
      return null;
    }
    HostPlace place = placeOf(v, start, deployer);
    return place == null || place.country() == null || deployer.equals(place.country())
        ? null
        : place;
  }

  /**
   * Whether the country mention at token i owns an operation rather than names a place: "in Iran's
   * offensive in northeast Iraq", "during Russia's invasion" say whose the operation is; where it
   * is comes after.
   */
  boolean ownerOfOperation(SentenceView v, int i) {
    Mention m = v.mention(i);
    int next = v.pastMention(i);
    if (m.first(Kind.PLACE) != null || !g.is("possessive_marker", v.lower(next))) {
      return false;
    }
    for (int j = next + 1; j < Math.min(v.size(), next + 5); j++) {
      if (g.is("operation", v.lower(j))) {
        return true;
      }
      String tag = v.pos(j);
      if (!(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PUNCT") || tag.equals("NUM"))) {
        return false;
      }
    }
    return false;
  }

  /** The last region larger than a country governed between two tokens ("in the Sahel"). */
  HostPlace regionBetween(SentenceView v, int from, int to) {
    HostPlace region = null;
    for (int i = Math.max(0, from); i < to; i = Math.max(i + 1, v.pastMention(i))) {
      Mention m = v.mention(i);
      if (m != null && m.first(Kind.REGION) != null && governed(v, v.mentionStart(i))) {
        region = placeOf(v, i, "");
      }
    }
    return region;
  }

  /**
   * The country a war, invasion or offensive is fought in, as the sentence names it: "the war in
   * Ukraine", "the invasion of Ukraine", "its offensive against Hezbollah in Lebanon"; the last one
   * named, or null.
   */
  String theatreOfWar(SentenceView v) {
    String theatre = null;
    for (int i = 0; i < v.size(); i++) {
      if (!lexicon.is("event", v.lower(i)) || !lexicon.is("military_context", v.lower(i))) {
        continue;
      }
      for (int j = i + 1; j < Math.min(v.size(), i + 6) && !g.isBoundary(v, j); j++) {
        Mention m = v.mention(j);
        if (m != null) {
          Entry country = m.first(Kind.COUNTRY);
          int start = v.mentionStart(j);
          boolean named = governed(v, start) || g.is("of_link", v.lower(start - 1));
          if (country != null && !m.is(Kind.SOURCE) && named) {
            theatre = country.iso3();
            break;
          }
          j = v.pastMention(j) - 1;
        } else if (v.pos(j).equals("VERB") || v.pos(j).equals("AUX")) {
          break;
        }
      }
    }
    return theatre;
  }

  /** A war one country invaded another in: who invaded and where the war is fought. */
  record Invasion(String invader, String invaded) {}

  /**
   * The invasion a sentence names with its invader: the invaded country right after the word of
   * invading ("after Russia invaded Ukraine", "Baghdad's invasion of Iran"), or, failing that, the
   * other of two sides whose troops the sentence names together ("Ukrainian and Russian troops ...
   * since Moscow's invasion"); the invaded side is null when the sentence names neither. Null when
   * it names no invader.
   */
  Invasion invasion(SentenceView v) {
    for (int i = 1; i < v.size(); i++) {
      if (!lexicon.is("invading", v.lower(i))) {
        continue;
      }
      String invader = invader(v, i);
      if (invader == null) {
        continue;
      }
      int j = g.is("of_link", v.lower(i + 1)) ? i + 2 : i + 1;
      j = g.is("definite", v.lower(j)) ? j + 1 : j;
      Mention object = v.mention(j);
      Entry invaded = object == null || object.is(Kind.SOURCE) ? null : object.first(Kind.COUNTRY);
      if (invaded != null && invaded.iso3() != null && !invaded.iso3().equals(invader)) {
        return new Invasion(invader, invaded.iso3());
      }
      return new Invasion(invader, otherSide(v, invader));
    }
    return null;
  }

  /** The country named right before a word of invading: "Moscow's invasion", "Russia invaded". */
  private static String invader(SentenceView v, int word) {
    Mention m = v.mention(word - 1);
    if (m == null && word >= 2) {
      m = v.mention(word - 2); // "Moscow 's invasion"
    }
    Entry tie = m == null ? null : countryTie(m);
    return tie == null ? null : tie.iso3();
  }

  /**
   * The side other than {@code one} of two demonyms joined before a personnel noun: "Ukrainian and
   * Russian troops" -> UKR for RUS; null when the sentence joins no such pair with {@code one}.
   */
  private String otherSide(SentenceView v, String one) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention a = v.mention(i);
      int joiner = v.pastMention(i);
      Mention b = v.mention(joiner + 1);
      if (a == null
          || b == null
          || !a.is(Kind.DEMONYM)
          || !b.is(Kind.DEMONYM)
          || !(g.is("coordinator", v.lower(joiner)) || g.is("alternative", v.lower(joiner)))
          || !g.personnelWithin(v, v.pastMention(joiner + 1), 2)) {
        continue;
      }
      String first = a.first(Kind.DEMONYM).iso3();
      String second = b.first(Kind.DEMONYM).iso3();
      if (one.equals(first) && !one.equals(second)) {
        return second;
      }
      if (one.equals(second) && !one.equals(first)) {
        return first;
      }
    }
    return null;
  }

  /**
   * The country a mention ties to, preferring its reading as a country, then force, then source.
   */
  static Entry countryTie(Mention m) {
    for (Kind k :
        List.of(Kind.DEMONYM, Kind.COUNTRY, Kind.CAPITAL, Kind.FORCE, Kind.PLACE, Kind.SOURCE)) {
      Entry e = m.first(k);
      if (e != null && e.iso3() != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The country a group noun ending before {@code after} comes from, named right after it with a
   * word of origin or "of": a force ("troops from the 82nd Airborne Division"), a demonym before a
   * personnel noun, a country's possessive ("soldiers from Britain's 5th Battalion") or, with
   * {@code countryAlone}, a country ("engineers from South Korea"); null when none.
   */
  String countryAfter(SentenceView v, int after, boolean countryAlone) {
    for (int i = after; i < Math.min(v.size(), after + 2); i++) {
      if (g.is("origin", v.lower(i)) || g.is("of_link", v.lower(i))) {
        for (int j = i + 1; j < Math.min(v.size(), i + 5); j++) {
          Mention m = v.mention(j);
          if (m != null
              && (m.is(Kind.FORCE)
                  || m.is(Kind.DEMONYM) && g.personnelWithin(v, v.pastMention(j), 2)
                  || (m.is(Kind.COUNTRY)
                      && (countryAlone || g.is("possessive_marker", v.lower(v.pastMention(j))))))) {
            return countryTie(m).iso3();
          }
        }
      }
    }
    return null;
  }
}
