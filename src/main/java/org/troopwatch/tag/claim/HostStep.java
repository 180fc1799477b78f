package org.troopwatch.tag.claim;

import java.util.List;
import java.util.Optional;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * Step 6, host: where the troops are, go or come from, and the place below country level. Rejects
 * troops at their own border or on their own soil, and cuts to a country's own end strength.
 */
final class HostStep implements Step {

  private final Grammar g;
  private final Places places;
  private final Lexicon lexicon;
  private final BorderSide borders;
  private final SentenceHosts implied;

  HostStep(Grammar g, Places places) {
    this.g = g;
    this.places = places;
    this.lexicon = g.lexicon;
    this.borders = new BorderSide(g, places);
    this.implied = new SentenceHosts(g, places);
  }

  @Override
  public String name() {
    return "host";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    HostPlace host =
        host(c, c.v, c.first, c.last, c.head, c.deployer, c.metric, c.before, c.context);
    if (host == null) {
      return Optional.of(Rejection.NO_HOST);
    }
    if (c.deployer.equals(host.country())) {
      return Optional.of(Rejection.OWN_SOIL);
    }
    boolean namedWithGroup =
        !c.head.direct() && places.placeOfHead(c.v, c.head, c.first, c.deployer) != null;
    if (!namedWithGroup && cutToOwnForce(c.v, c.first, c.last, c.head, c.before, c.metric)) {
      return Optional.of(Rejection.OWN_FORCE_CUT);
    }
    c.host = host;
    c.note(
        "host",
        (host.country() == null ? "no country" : host.country())
            + (host.location() == null ? "" : ", " + host.location())
            + " ("
            + (host.evidence() == null ? "from context" : host.evidence())
            + ")");
    return Optional.empty();
  }

  /**
   * Where the personnel are, go or come from: {host, location, evidence}. A place or country after
   * the figure governed by a preposition ("to Russia's Kursk region", "in Syria", "leaving Niger");
   * else one before it ("the presence in Syria of 900 ..."); for a toll, the country of the
   * opposing troops ("Chadian troops killed 384 Libyans"); else the place the article last named.
   * Null when none; the deployer itself when the troops are at their own border.
   */
  private HostPlace host(
      Candidate c,
      SentenceView v,
      int first,
      int last,
      Head head,
      String deployer,
      String metric,
      List<Candidate> before,
      ArticleContext context) {
    if (!head.direct()
        && !before.isEmpty()
        && head.start() == before.get(before.size() - 1).head.start()) {
      HostPlace own = places.conjunctPlace(v, last + 1, deployer, "withdrawn".equals(metric));
      if (own != null) {
        return own;
      }
      Candidate previous = before.get(before.size() - 1);
      HostPlace wider = places.regionBetween(v, previous.last + 1, first);
      if (wider != null) {
        return wider; // "a soldier killed in Mali, bringing those killed in the Sahel to 52"
      }
      HostPlace prev = previous.host;
      return new HostPlace(prev.country(), prev.location(), null);
    }
    int from = c.placeFrom >= 0 ? c.placeFrom : head.direct() ? head.end() : last + 1;
    // "pull out 2,200 of 5,200 troops from Iraq": the whole stands where the part leaves from.
    boolean origin = "withdrawn".equals(metric) || c.level == Level.WHOLE;
    if (borders.ownBorder(v, from)) {
      return new HostPlace(deployer, null, "border");
    }
    HostPlace side = borders.side(v, from, g.clauseEnd(v, last), deployer);
    if (side != null) {
      return side; // "Saudi soldiers killed at the Yemen border": on their own side of it
    }
    boolean toll = Grammar.isToll(metric);
    boolean own = ownForces(v, first, head.start() > first ? head.end() : -1);
    HostPlace found = head.direct() ? null : places.placeOfHead(v, head, first, deployer);
    if (found != null) {
      return found; // "the number of French forces in the Sahel will fall from 5,000 to 3,000"
    }
    found = places.placeOfLevel(v, first, deployer);
    if (found != null) {
      return found; // "cut its presence in Iraq to 2,000 troops and 1,000 in Syria"
    }
    found = placeAfter(v, from, deployer, metric, origin);
    // A region ("in the Middle East") names no country: a country named elsewhere in the sentence,
    // or the troops being a country's own, wins over it.
    HostPlace region = found != null && found.country() == null ? found : null;
    found = region != null ? null : found;
    if (found == null && own) {
      // "its 670,000 troops": a country's own forces; "six of its soldiers were killed" in an
      // article the headline puts in a theatre abroad: they died there.
      return toll ? contextTheatre(context, deployer) : null;
    }
    if (found == null) {
      found = hostingSubject(v, first, deployer, c.released);
    }
    if (found == null) {
      found = placeBefore(v, first, deployer, toll);
      if (found != null && found.country() == null) {
        region = region == null ? found : region;
        found = null;
      }
    }
    if (found == null) {
      found = implied.theatre(v, deployer);
    }
    // "attacks on U.S. positions in Iraq and Syria": the troops are in the countries listed.
    if (found == null && toll && !Places.SEVERAL_HOSTS.equals(region)) {
      if (implied.namesOwnSoil(v, deployer)) {
        return null; // "Israeli troops split the Gaza Strip ... killed 500 Palestinians"
      }
      found = implied.opposingForce(v, deployer);
    }
    if (found == null) {
      found = region;
    }
    if (found != null) {
      return found;
    }
    if (own) {
      return null; // "its 670,000 troops", "17 of its soldiers": a country's own forces, no host
      // named
    }
    if (!toll && g.economicSentence(v, first, last)) {
      // "pay and benefits for 320,000 personnel": a budget line, not a deployment; no budget counts
      // the dead ("a war that cost 2,400 lives")
      return null;
    }
    if ("withdrawn".equals(metric) && head.deployer() != null) {
      String sole = implied.soleForeignCountry(v, deployer);
      if (sole != null) {
        return new HostPlace(sole, null, null); // "Iraq's forces can take over so that ... leave"
      }
    }
    // "British troops deployed there to around 800": the group before the figure may name it.
    boolean groupFirst = !head.direct() && head.start() >= 0 && head.end() < first;
    if (refersToPlace(v, from) || groupFirst && refersToPlace(v, head.end())) {
      HostPlace antecedent = anaphorAntecedent(v, from, deployer, context);
      if (antecedent != null) {
        return antecedent;
      }
    }
    HostPlace theatre = context.regionTheatre(toll, v.index);
    if (theatre != null) {
      return theatre; // "In the Sahel, French troops hunt jihadists. Today, 5,100 are deployed"
    }
    if (context.lastHost != null && !context.lastHost.equals(deployer)) {
      return new HostPlace(context.lastHost, context.lastLocation, null);
    }
    // A toll takes the last place only from the sentence right before ("Fighting flared around
    // Kidal. Four Chadian soldiers were killed"): a place named further back belongs to another
    // part of the story ("30 Marines killed during its development" in a piece about a sale to
    // Israel), and only the war or the headline the article is about places the dead.
    if (context.lastPlace != null
        && !deployer.equals(context.lastPlace.country())
        && (!Grammar.isToll(metric) || context.lastPlaceSentence == v.index - 1)) {
      String salient = toll ? null : context.salientPlace(deployer);
      if (salient != null && context.lastPlace.country() != null) {
        return new HostPlace(
            salient,
            salient.equals(context.lastPlace.country()) ? context.lastPlace.location() : null,
            null);
      }
      return new HostPlace(context.lastPlace.country(), context.lastPlace.location(), null);
    }
    return contextTheatre(context, deployer);
  }

  /**
   * Where the article is, for a figure whose sentence names no place: the country of the war it
   * last named ("the war in Ukraine"), else the place its headline names; never the deployer's own.
   */
  private static HostPlace contextTheatre(ArticleContext context, String deployer) {
    if (context.theatreOfWar != null && !context.theatreOfWar.equals(deployer)) {
      return new HostPlace(context.theatreOfWar, null, "war");
    }
    HostPlace place = context.headlinePlace;
    if (place == null || place.country() == null || place.country().equals(deployer)) {
      return null;
    }
    return new HostPlace(place.country(), null, "headline");
  }

  /**
   * An own possessive near the figure ("17 of its soldiers") or in its group ("members of its").
   */
  private boolean ownForces(SentenceView v, int first, int headEnd) {
    int end = Math.min(v.size(), Math.max(first + 4, headEnd));
    for (int i = Math.max(0, first - 2); i < end; i++) {
      if (g.is("own_possessive", v.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Lithuania will host 4,800 German troops": the subject of a hosting verb is the host; so is the
   * captor that sets captives free ("Iran freed 15 British sailors", convention 19).
   */
  private HostPlace hostingSubject(SentenceView v, int first, String deployer, boolean released) {
    for (int i = first - 1; i >= Math.max(0, first - 5); i--) {
      if (lexicon.phraseAt(v.lower, i, "hosting") > 0
          || released && lexicon.phraseAt(v.lower, i, "release") > 0) {
        for (int j = i - 1; j >= 0; j--) {
          Mention m = v.mention(j);
          if (m != null && (m.is(Kind.COUNTRY) || m.is(Kind.CAPITAL))) {
            String iso3 = places.countryTie(m).iso3();
            return iso3.equals(deployer) ? null : new HostPlace(iso3, null, "hosting");
          }
        }
        return null;
      }
    }
    return null;
  }

  private HostPlace placeAfter(
      SentenceView v, int from, String deployer, String metric, boolean origin) {
    for (int i = from; i < v.size(); i++) {
      if (g.isBoundary(v, i)) {
        break;
      }
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      int start = v.mentionStart(i);
      int next = v.pastMention(i);
      String preposition = places.preposition(v, start);
      boolean fromHere = preposition != null && g.is("origin", preposition);
      if (places.governed(v, start)
          && !(fromHere && !origin)
          && !ownModifier(v, i, deployer)
          && !places.ownerOfOperation(v, i)) {
        HostPlace place = places.placeOf(v, i, deployer);
        if (place != null && !deployer.equals(place.country())) {
          return places.opensCountryList(v, i, deployer) ? Places.SEVERAL_HOSTS : place;
        }
        if (place != null
            && !fromHere
            && Grammar.isToll(metric)
            && !implied.homeward(v, preposition)) {
          return place; // "killed in southeastern Turkey": on the deployer's own soil
        }
      }
      i = next - 1;
    }
    return null;
  }

  /**
   * A place governed by a preposition before the figure. For a toll the search stops at "who": "a
   * strike into Iraq against rebels, who killed 12 soldiers" says nothing of where they died.
   */
  private HostPlace placeBefore(SentenceView v, int first, String deployer, boolean toll) {
    for (int i = first - 1; i >= 0; i--) {
      if (toll && g.is("relative_person", v.lower(i))) {
        return null;
      }
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      int start = v.mentionStart(i);
      String preposition = places.preposition(v, start);
      if (places.governed(v, start) && !(preposition != null && g.is("origin", preposition))) {
        HostPlace place = places.placeOf(v, start, deployer);
        if (place != null && !deployer.equals(place.country())) {
          return places.opensCountryList(v, start, deployer) ? Places.SEVERAL_HOSTS : place;
        }
      }
      i = start;
    }
    return null;
  }

  /**
   * "an attack on a U.S. base in Jordan": the deployer's own country as the modifier of a noun
   * names whose the thing is, not where the troops are.
   */
  private boolean ownModifier(SentenceView v, int mention, String deployer) {
    Mention m = v.mention(mention);
    Entry country = m.first(Kind.COUNTRY);
    int next = v.pastMention(mention);
    return country != null
        && m.first(Kind.PLACE) == null
        && deployer.equals(country.iso3())
        && v.pos(next).equals("NOUN")
        && v.mention(next) == null
        && g.personnelAt(v, next) == 0;
  }

  /**
   * What "there" or "the country" stands for: a foreign country the sentence itself names before it
   * ("the Russian envoy to Chad said 1,200 trainers were in the country"); else where the troops of
   * the sentence right before were ("forces left Syria. About 900 remain there"); else the place
   * the article names most, not an aside ("after the attacks on France") nor the last country named
   * ("Russia's invasion of Ukraine ... 800 Canadians are deployed to the country" in a piece about
   * Latvia).
   */
  private HostPlace anaphorAntecedent(
      SentenceView v, int from, String deployer, ArticleContext context) {
    for (int i = Math.min(from, v.size()) - 1; i >= 0; i--) {
      Mention m = v.mention(i);
      if (m != null && !m.is(Kind.SOURCE) && !m.is(Kind.DEMONYM) && m.is(Kind.COUNTRY)) {
        String iso3 = m.first(Kind.COUNTRY).iso3();
        if (!iso3.equals(deployer)) {
          return new HostPlace(iso3, null, "anaphor");
        }
      }
    }
    HostPlace last = context.lastPlace;
    boolean justBefore = context.lastPlaceSentence == v.index - 1 && context.lastPlaceHadTroops;
    if (justBefore && last != null && last.country() != null && !last.country().equals(deployer)) {
      return new HostPlace(last.country(), null, null);
    }
    String salient = context.salientPlace(deployer);
    if (salient != null) {
      return new HostPlace(salient, null, null);
    }
    boolean other = context.lastCountry != null && !context.lastCountry.equals(deployer);
    return other ? new HostPlace(context.lastCountry, null, null) : null;
  }

  /** "in the country", "there": the place named before. */
  private boolean refersToPlace(SentenceView v, int from) {
    for (int i = from; i < Math.min(v.size(), from + 8); i++) {
      if (g.phraseAt(v, i, "place_anaphor") > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Further budget cuts would cost the service 18,000 more troops": a cut to a country's own end
   * strength, not a withdrawal from anywhere, unless a host is named right after the troops.
   */
  private boolean cutToOwnForce(
      SentenceView v, int first, int last, Head head, List<Candidate> before, String metric) {
    if (!"deployed".equals(metric) && !"withdrawn".equals(metric)) {
      return false;
    }
    int cut = -1;
    for (int i = g.clauseStart(v, first, before); i < first; i++) {
      if (lexicon.phraseAt(v.lower, i, "force_cut") > 0) {
        cut = i;
      }
    }
    if (cut < 0) {
      return false;
    }
    // "cut its force in Syria by 1,000 troops": the host is named between the cut and the figure.
    for (int i = cut + 1; i < first; i++) {
      Mention m = v.mention(i);
      if (m != null && !m.is(Kind.SOURCE) && places.governed(v, v.mentionStart(i))) {
        return false;
      }
    }
    int from = head.direct() ? head.end() : last + 1;
    for (int i = from; i < Math.min(v.size(), from + 6); i++) {
      Mention m = v.mention(i);
      if (m != null && !m.is(Kind.SOURCE) && places.governed(v, v.mentionStart(i))) {
        return false;
      }
    }
    return true;
  }
}
