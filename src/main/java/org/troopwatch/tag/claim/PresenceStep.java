package org.troopwatch.tag.claim;

import java.util.Optional;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * Step 7, presence: whether a figure of troops in place says anything about troops abroad. A
 * deployment figure is a claim only when its sentence places or moves the troops; a force's overall
 * size is not (conventions 8, 24).
 *
 * <ul>
 *   <li>Nothing places them: "The navy has 30,000 sailors and 9,000 reservists", "Several other
 *       states field 10,000 to 20,000 marines", "expanding its army from 90,000 to 150,000": no
 *       place, no word of sending, standing or mission in the sentence, and the host would come
 *       only from the sentences before.
 *   <li>A country's holdings: "Poland has 150,000 soldiers, against ... for Belarus": a country
 *       that has so many troops, with no place and no word of presence in the figure's clause.
 *   <li>A multinational body's strength: "part of the 5,000-strong UN mission": the figure sizes
 *       the multinational body it is glued to, not the country's contingent named before.
 * </ul>
 */
final class PresenceStep implements Step {

  private final Grammar g;
  private final Places places;
  private final Lexicon lexicon;
  private final GroupNouns groups;

  PresenceStep(Grammar g, Places places) {
    this.g = g;
    this.places = places;
    this.lexicon = g.lexicon;
    this.groups = new GroupNouns(g);
  }

  @Override
  public String name() {
    return "presence";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    if (!"deployed".equals(c.metric)) {
      return Optional.empty();
    }
    SentenceView v = c.v;
    if (strengthOfMultinational(v, c.last) || groups.jointHead(c) || manyNations(c)) {
      return Optional.of(Rejection.MULTINATIONAL);
    }
    if (ratio(v, c.last) || ratio(v, c.head.after(c.last) - 1)) {
      return Optional.of(Rejection.DATE_OR_CODE); // "eight per launcher"
    }
    Candidate prev = c.previous();
    if (carried(c)) {
      // "1,000 in Chad and 350 in Gabon": the first figure placed them, or placed none (unless
      // this one is sent somewhere of its own: "has 40,000 troops and sent 200 of them to ...")
      boolean own = presence(v, prev.last + 1, g.clauseEnd(v, c.last));
      return prev.held == null || own ? Optional.empty() : hold(c, prev.held);
    }
    if (g.anyIs("missing", v, g.clauseStartPlain(v, c.first), g.clauseEnd(v, c.last))) {
      return hold(c, Rejection.MISSING);
    }
    if (c.first >= 1 && g.is("neutralise", v.lower(c.first - 1))) {
      return Optional.of(Rejection.NON_STATE_GROUP); // "neutralised 40 of the enemy's fighters"
    }
    if (c.level != null
        && c.level != Level.REMAIN
        && c.host.evidence() == null
        && !presence(v, 0, v.size())) {
      return hold(c, Rejection.FORCE_SIZE); // "growing its marine corps from 20,000 to 80,000"
    }
    if (holding(c)) {
      return hold(c, Rejection.FORCE_SIZE);
    }
    return Optional.empty();
  }

  /**
   * "Several other Asian nations field 20,000 to 30,000 marines", "4,500 troops from 27 member
   * states": the figure's clause speaks of many countries, none of them named.
   */
  private boolean manyNations(Candidate c) {
    SentenceView v = c.v;
    if (c.head.deployer() != null) {
      return false;
    }
    boolean nations = false;
    for (int i = g.clauseStartPlain(v, c.first); i < g.clauseEnd(v, c.last); i++) {
      nations |= g.phraseAt(v, i, "nations") > 0;
    }
    if (!nations) {
      return false;
    }
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && !m.is(Kind.SOURCE) && places.countryTie(m) != null) {
        return false; // "Estonia, one of 12 nations in the mission, sends 100 troops"
      }
    }
    return true;
  }

  /** "eight per launcher", "four soldiers per vehicle": a ratio, not a force. */
  private boolean ratio(SentenceView v, int last) {
    return last >= 0 && last + 1 < v.size() && g.is("ratio", v.lower(last + 1));
  }

  /**
   * The figure makes no claim, but it still names a group of troops that the figures after it may
   * refer to ("23 missing soldiers and two others who were captured"), so it is read to the end.
   */
  private Optional<Rejection> hold(Candidate c, Rejection why) {
    c.held = why;
    c.heldBy = name();
    return Optional.empty();
  }

  /** The figure shares its group with the figure before it, which was placed. */
  private static boolean carried(Candidate c) {
    Candidate prev = c.previous();
    return !c.head.direct() && prev != null && c.head.start() == prev.head.start();
  }

  /**
   * Whether [from, to) holds a word that places or moves troops: a trigger of sending or leaving, a
   * word of standing, staying, a batch or a mission, or "there".
   */
  private boolean presence(SentenceView v, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(v.size(), to); i++) {
      int n = g.phraseAt(v, i, "trigger");
      if (n > 0) {
        Lexicon.Trigger t = g.strongest(v, i, i + 1);
        if (t != null && !Grammar.isToll(t.metric())) {
          return true;
        }
      }
      if (g.phraseAt(v, i, "standing") > 0
          || g.phraseAt(v, i, "remain") > 0
          || g.phraseAt(v, i, "increment") > 0
          || g.phraseAt(v, i, "presence") > 0
          || g.phraseAt(v, i, "place_anaphor") > 0
          || g.is("operation", v.lower(i))
          || placeWord(v, i)) {
        return true;
      }
    }
    return false;
  }

  /** "in the Central African country", "at the port": a place named by a common noun. */
  private boolean placeWord(SentenceView v, int i) {
    if (!g.is("country_anaphor", v.lower(i)) && !g.is("place_noun", v.lower(i))) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (g.is("host_preposition", v.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Russia, which has 1.3 million troops": a verb of having right before the figure, a country or
   * a relative pronoun as its subject, and no place or word of presence in the figure's clause.
   */
  private boolean holding(Candidate c) {
    SentenceView v = c.v;
    int verb = c.first - 1;
    while (verb >= 0 && v.pos(verb).equals("ADV")) {
      verb--;
    }
    if (verb < 1 || !g.is("perfect_auxiliary", v.lower(verb))) {
      return false;
    }
    if (!subjectCountry(v, verb)) {
      return false;
    }
    int from = c.head.after(c.last);
    int end = g.clauseEnd(v, c.last);
    for (int i = from; i < end; i++) {
      if (v.lower(i).equals(",")) {
        end = i; // "Lithuania has 23,000 soldiers, a fraction of the army Russia keeps in ..."
      }
    }
    if (presence(v, from, end)) {
      return false;
    }
    for (int i = from; i < end; i++) {
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      if (!m.is(Kind.SOURCE) && places.governed(v, v.mentionStart(i))) {
        return false; // "Iran has 2,000 troops in Syria"
      }
      var tie = Places.countryTie(m);
      if (tie != null && !tie.iso3().equals(c.deployer)) {
        // "Turkey has 500 soldiers training the Libyan government's forces": with another
        // country's forces or government, so abroad
        return false;
      }
    }
    return true;
  }

  /** A country (or a relative pronoun after one) right before the verb of having. */
  private boolean subjectCountry(SentenceView v, int verb) {
    int i = verb - 1;
    while (i >= 0 && v.pos(i).equals("ADV")) {
      i--; // "Seoul now has"
    }
    boolean relative = i >= 0 && g.is("relative", v.lower(i));
    if (relative) {
      i--;
      if (i >= 0 && v.lower(i).equals(",")) {
        i--;
      }
    }
    if (i < 0) {
      return false;
    }
    Mention m = v.mention(i);
    // "The battery sent to Poland has 90 soldiers": a country after a preposition is a place,
    // not the subject that has them; but in "as many for Russia, which has 1.3 million troops"
    // the relative pronoun stands for the country, whatever governs it.
    return m != null
        && !m.is(Kind.SOURCE)
        && places.countryTie(m) != null
        && (relative || !places.governed(v, v.mentionStart(i)));
  }

  /** "the 9,600-strong NATO mission": a figure of strength glued to a multinational body. */
  private boolean strengthOfMultinational(SentenceView v, int last) {
    String w = v.lower(last);
    int next = last + 1;
    boolean strong = g.is("strength", w.substring(w.lastIndexOf('-') + 1));
    if (!strong && next + 1 < v.size() && v.lower(next).equals("-")) {
      strong = g.is("strength", v.lower(next + 1));
      next += 2;
    } else if (!strong && next < v.size() && g.is("strength", v.lower(next))) {
      strong = true;
      next++;
    }
    if (!strong) {
      return false;
    }
    for (int i = next; i < Math.min(v.size(), next + 3); i++) {
      if (g.is("multinational", v.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
