package org.troopwatch.tag.claim;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.troopwatch.knowledge.ResourceTable;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.ArticleText.Sentence;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;

/**
 * Which side of a border troops stand on when the text names the border, not the country: "five
 * Saudi soldiers killed at the Yemen border", "troops massed near the border with Ukraine". The
 * troops are outside the country whose border it is: on the deployer's own soil when the deployer
 * is one of its neighbours (no claim), else in the neighbour the article names most. "At its
 * border", "along their own frontier" is the deployer's own soil too.
 *
 * <pre>
 *   text                                         neighbours of the named country   host
 *   Saudi troops at the Yemen border             SAU, OMN                          SAU: own soil
 *   North Korean troops at the Ukraine border,   RUS, BLR, POL ...                 RUS
 *     in an article that names Russia
 * </pre>
 *
 * <p>The neighbours come from {@code knowledge/borders.tsv}; a country without a row there leaves
 * the figure to the other host rules; an article that names none of its neighbours gives no host
 * country (the troops are not in the country whose border it is).
 */
final class BorderSide {

  private static final String FILE = "org/troopwatch/knowledge/borders.tsv";

  /** How far past the figure's troops the border may be named ("killed in clashes at the ..."). */
  private static final int WINDOW = 8;

  private static volatile Map<String, Set<String>> defaults;

  private final Grammar g;
  private final Places places;
  private final Map<String, Set<String>> neighbours;

  BorderSide(Grammar g, Places places) {
    this(g, places, shipped());
  }

  BorderSide(Grammar g, Places places, Map<String, Set<String>> neighbours) {
    this.g = g;
    this.places = places;
    this.neighbours = neighbours;
  }

  /** "100,000 troops at its border", "along their own frontier": a country's own soil. */
  boolean ownBorder(SentenceView v, int from) {
    for (int i = from; i < Math.min(v.size(), from + WINDOW); i++) {
      if (g.lexicon.is("frontier", v.lower(i))) {
        for (int j = Math.max(from, i - 3); j < i; j++) {
          if (g.is("own_possessive", v.lower(j)) || g.is("own", v.lower(j))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The land neighbours of the countries in {@code borders.tsv}. */
  static Map<String, Set<String>> shipped() {
    if (defaults == null) {
      synchronized (BorderSide.class) {
        if (defaults == null) {
          Map<String, Set<String>> read = new HashMap<>();
          for (ResourceTable.Row row : ResourceTable.load(FILE, "iso3", "neighbours").rows()) {
            for (String code : row.list("neighbours")) {
              if (!code.matches("[A-Z]{3}") || code.equals(row.get("iso3"))) {
                throw new IllegalArgumentException(
                    FILE + ":" + row.line() + ": bad neighbour '" + code + "'");
              }
            }
            read.put(row.get("iso3"), Set.copyOf(row.list("neighbours")));
          }
          defaults = Map.copyOf(read);
        }
      }
    }
    return defaults;
  }

  /**
   * The side of the border the troops stand on, when the clause after their noun names a country's
   * border: the deployer itself (own soil) when it is a neighbour of that country, else the
   * neighbour the article names most; no country when the article names none of its neighbours (the
   * troops are not in the country whose border it is); null when no border is named.
   */
  HostPlace side(SentenceView v, int from, int end, String deployer) {
    int limit = Math.min(end, Math.min(v.size(), from + WINDOW));
    for (int i = from; i < limit; i++) {
      if (g.isBoundary(v, i)) {
        return null;
      }
      Named border = borderAt(v, i);
      if (border == null && v.mention(i) != null && places.governed(v, v.mentionStart(i))) {
        return null; // "in Belarus near the Ukraine border": the place named first holds them
      }
      if (border != null) {
        Set<String> around = neighbours.get(border.country());
        if (around == null) {
          return null;
        }
        if (around.contains(deployer)) {
          return new HostPlace(deployer, null, "border of " + border.country() + ", own side");
        }
        String side = mostNamed(v, around, deployer);
        // "North Korean troops at the Ukraine border" alone: outside Ukraine, on a side not named.
        return side == null
            ? new HostPlace(
                null, border.name(), "border of " + border.country() + ", side not named")
            : new HostPlace(side, border.name(), "border side");
      }
    }
    return null;
  }

  private record Named(String country, String name) {}

  /** The ways a mention names a country, in the order they are tried. */
  private static final List<Kind> NAMED_AS = List.of(Kind.COUNTRY, Kind.DEMONYM, Kind.CAPITAL);

  /** "Yemen border", "Ukraine's borders" or "the border with Yemen" starting at token i. */
  private Named borderAt(SentenceView v, int i) {
    Mention m = v.mention(i);
    String country = m == null ? null : governedCountry(v, i);
    if (country != null) {
      int next = v.pastMention(i);
      int word = g.is("possessive_marker", v.lower(next)) ? next + 1 : next;
      if (g.lexicon.is("frontier", v.lower(word))) {
        return new Named(country, m.first(Kind.COUNTRY).canonical() + " " + v.word(word));
      }
      return null;
    }
    int n = g.phraseAt(v, i, "border_with");
    if (n > 0) {
      int j = g.is("definite", v.lower(i + n)) ? i + n + 1 : i + n;
      String other = v.mention(j) == null ? null : countryOf(v.mention(j));
      return other == null ? null : new Named(other, null);
    }
    return null;
  }

  /** The country a mention governed by a preposition names ("at Yemen ..."), else null. */
  private String governedCountry(SentenceView v, int i) {
    return places.governed(v, v.mentionStart(i)) ? countryOf(v.mention(i)) : null;
  }

  private static String countryOf(Mention m) {
    Entry country = m.first(Kind.COUNTRY);
    return country == null ? null : country.iso3();
  }

  /**
   * The neighbour (not the deployer) the article names most often as a country, its people or its
   * capital, not as a source; the first named wins a tie; null when it names none.
   */
  private static String mostNamed(SentenceView v, Set<String> around, String deployer) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<Sentence> sentences = v.article.sentences();
    for (Sentence s : sentences) {
      for (Mention m : s.mentions()) {
        if (m.is(Kind.SOURCE) || m.is(Kind.PLACE) && m.first(Kind.COUNTRY) == null) {
          continue;
        }
        for (Kind k : NAMED_AS) {
          Entry e = m.first(k);
          if (e != null && around.contains(e.iso3()) && !e.iso3().equals(deployer)) {
            counts.merge(e.iso3(), 1, Integer::sum);
            break;
          }
        }
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
