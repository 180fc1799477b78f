package org.troopwatch.tag.claim;

import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;

/**
 * The hosts a sentence gives without a preposition before the troops, for {@link HostStep}: the
 * theatre an operation is named after, the one foreign country it names, the country of the force
 * the troops fought, and whether it names the deployer's own soil.
 */
final class SentenceHosts {

  private final Grammar g;
  private final Places places;

  SentenceHosts(Grammar g, Places places) {
    this.g = g;
    this.places = places;
  }

  /**
   * Whether the sentence names a place of the deployer's own soil: a sub-national place or
   * territory anywhere ("the Gaza Strip"), or the country itself after a preposition, unless it is
   * where the remains of the dead are carried.
   */
  /**
   * Whether a place after this preposition is where the remains of the dead are carried ("the
   * remains of 13 soldiers were on their way to the United States"), not where they fell.
   */
  boolean homeward(SentenceView v, String preposition) {
    return preposition != null
        && g.is("destination", preposition)
        && g.anyIs("mortal_remains", v, 0, v.size());
  }

  boolean namesOwnSoil(SentenceView v, String deployer) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null || m.is(Kind.SOURCE) || m.is(Kind.DEMONYM) || labelsFigure(v, i)) {
        continue;
      }
      Entry place = m.first(Kind.PLACE);
      Entry country = m.first(Kind.COUNTRY);
      if (place != null && deployer.equals(place.iso3())
          || country != null
              && deployer.equals(country.iso3())
              && places.governed(v, v.mentionStart(i))
              && !homeward(v, places.preposition(v, v.mentionStart(i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "deaths by home region: Dagestan (410), Buryatia (385)": a place with a figure in parentheses
   * after it labels a part of the toll (where the dead came from), not where they fell.
   */
  static boolean labelsFigure(SentenceView v, int mention) {
    int next = v.pastMention(mention);
    return v.lower(next).equals("(") && v.pos(next + 1).equals("NUM");
  }

  /**
   * The theatre named as the modifier of an operation: "a five-day Gaza military offensive", "the
   * Syria incursion" -> that place, when it is not the deployer's own.
   */
  HostPlace theatre(SentenceView v, String deployer) {
    for (int i = 0; i + 2 < v.size(); i++) {
      // "the invasion of Ukraine", "the offensive in Lebanon"
      if (g.is("operation", v.lower(i)) && g.is("of_link", v.lower(i + 1))) {
        int j = g.is("definite", v.lower(i + 2)) ? i + 3 : i + 2;
        Mention m = v.mention(j);
        Entry country = m == null || m.is(Kind.SOURCE) ? null : m.first(Kind.COUNTRY);
        if (country != null && country.iso3() != null && !deployer.equals(country.iso3())) {
          return new HostPlace(country.iso3(), null, "theatre");
        }
      }
    }
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null || m.is(Kind.SOURCE) || m.is(Kind.DEMONYM)) {
        continue;
      }
      int next = v.pastMention(i);
      for (int j = next; j < Math.min(v.size(), next + 3); j++) {
        if (g.is("operation", v.lower(j))) {
          Entry place = m.first(Kind.PLACE);
          Entry country = place != null ? place : m.first(Kind.COUNTRY);
          if (country != null && country.iso3() != null && !deployer.equals(country.iso3())) {
            return new HostPlace(
                country.iso3(), place != null ? place.canonical() : null, "theatre");
          }
          break;
        }
        if (!(v.pos(j).equals("ADJ") || v.pos(j).equals("NOUN"))) {
          break;
        }
      }
    }
    return null;
  }

  /**
   * The one foreign country a sentence names, not as the one who speaks: where troops leave from
   * when the sentence gives no preposition ("hoping Iraq's forces can take over so that 144,000
   * American troops can leave").
   */
  String soleForeignCountry(SentenceView v, String deployer) {
    String sole = null;
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null || m.is(Kind.DEMONYM) || m.is(Kind.SOURCE)) {
        continue;
      }
      Entry country = m.first(Kind.COUNTRY) != null ? m.first(Kind.COUNTRY) : m.first(Kind.CAPITAL);
      if (country == null || deployer.equals(country.iso3()) || g.saysAt(v, v.pastMention(i))) {
        continue;
      }
      if (sole != null && !sole.equals(country.iso3())) {
        return null;
      }
      sole = country.iso3();
    }
    return sole;
  }

  /** The country of another force named in the sentence: "Iranian forces seized 15 British ...". */
  HostPlace opposingForce(SentenceView v, String deployer) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.DEMONYM) && g.personnelWithin(v, v.pastMention(i), 2)) {
        String iso3 = m.first(Kind.DEMONYM).iso3();
        if (!iso3.equals(deployer)) {
          return new HostPlace(iso3, null, "opponent");
        }
      }
    }
    return null;
  }
}
