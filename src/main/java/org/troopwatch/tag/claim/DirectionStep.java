package org.troopwatch.tag.claim;

import java.util.Optional;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Lexicon;

/**
 * Step 5, direction: which way the troops a figure counts are moving, and what part it plays in a
 * change of level.
 *
 * <ul>
 *   <li>Changes of level (conventions 26, 36): "cut ... from 5,200 to 3,000", "cut the 4,500-strong
 *       contingent to 2,000": the level a change starts from is the standing deployment, the level
 *       it goes to a deployed total; "increase ... by 1,000" is a new batch; "pull out 2,200 of
 *       5,200 troops": the whole is the standing deployment.
 *   <li>What stays: "leaving 200 soldiers at the base", "60 soldiers remained in Niger" are
 *       deployed, unless they "would be out by" a date (withdrawn).
 *   <li>Homeward: "returned home from", "came back from", "rotated out", "replaced by", "after
 *       leaving" turn a deployment into a withdrawal from the host; "left Kigali for Mozambique"
 *       (leaving home for the host) is a deployment; troops sent to their own country's soil leave
 *       their host ("shift 9,000 Marines from Okinawa to Guam").
 * </ul>
 */
final class DirectionStep implements Step {

  private final Grammar g;
  private final Places places;

  DirectionStep(Grammar g, Places places) {
    this.g = g;
    this.places = places;
  }

  @Override
  public String name() {
    return "direction";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    if (!"deployed".equals(c.metric) && !"withdrawn".equals(c.metric)) {
      return Optional.empty(); // tolls keep their metric: "the death toll rose to 80"
    }
    if (levelChange(c)
        || standingWhole(c)
        || standing(c)
        || homeward(c)
        || relocated(c)
        || leavingHomeFor(c)
        || listPredicate(c)) {
      return Optional.empty();
    }
    if ("deployed".equals(c.metric) && headingHome(c.v, c.head.after(c.last), c.deployer)) {
      c.metric = "withdrawn";
      c.note("direction", "heading to the deployer's own soil");
    }
    return Optional.empty();
  }

  /** "cut ... from 5,200 to 3,000", "reduce the 4,500-strong contingent to 2,000", "by 1,000". */
  private boolean levelChange(Candidate c) {
    SentenceView v = c.v;
    int change = changeBefore(v, c.first);
    String before = v.lower(c.first - 1);
    Candidate prev = c.previous();
    if (prev != null && prev.level == Level.TARGET && g.is("alternative", before)) {
      return set(c, Level.TARGET, "deployed", "an alternative target level ('or')");
    }
    if (change < 0) {
      return false;
    }
    String lastWord = v.lower(c.last);
    boolean strong =
        g.is("strength", lastWord)
            || g.is("strength", lastWord.substring(lastWord.lastIndexOf('-') + 1))
            || g.is("strength", v.lower(c.last + 2)) && v.lower(c.last + 1).equals("-");
    if ((g.is("origin", before) || strong) && targetAfter(v, c.last)) {
      return set(c, Level.START, "deployed", "the level a change starts from");
    }
    if (g.is("destination", before)
        || g.is("range_opener", before) && g.is("destination", v.lower(c.first - 2))) {
      return set(c, Level.TARGET, "deployed", "the level a change goes to");
    }
    if (g.is("by_amount", before) && g.phraseAt(v, change, "level_rise") > 0) {
      return set(c, Level.BY, "deployed", "a rise by so many");
    }
    if (wholeOfPart(v, c.first)) {
      return set(c, Level.WHOLE, "deployed", "the whole a part is taken from");
    }
    return false;
  }

  /** A word of changing a level in the figure's clause before it ("cut", "reduce", "increase"). */
  private int changeBefore(SentenceView v, int first) {
    int found = -1;
    for (int i = g.clauseStartPlain(v, first); i < first; i++) {
      if (g.phraseAt(v, i, "level_change") > 0) {
        found = i;
      }
    }
    return found;
  }

  /** "from 5,200 to 3,000": a target level follows the figure. */
  private boolean targetAfter(SentenceView v, int last) {
    for (int i = last + 1; i < Math.min(v.size() - 1, last + 9); i++) {
      if (g.isBoundary(v, i)) {
        return false;
      }
      if (g.is("destination", v.lower(i))) {
        int j = i + 1;
        while (j < v.size() && (g.is("range_opener", v.lower(j)) || v.pos(j).equals("ADV"))) {
          j++;
        }
        if (j < v.size() && v.pos(j).equals("NUM")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "2,200 of 5,200 troops", "9,000 of the 19,000 Marines": the figure is the whole. */
  private boolean wholeOfPart(SentenceView v, int first) {
    int of = first - 1;
    if (of >= 1 && g.is("determiner_or_pronoun", v.lower(of))) {
      of--;
    }
    return of >= 1 && g.is("of_link", v.lower(of)) && v.pos(of - 1).equals("NUM");
  }

  /**
   * "relocate 9,000 of the 19,000 Marines on Okinawa": whatever verb moves the part, the whole is
   * the standing deployment, unless a word of moving follows the whole itself ("of the 12,000
   * leaving Germany").
   */
  private boolean standingWhole(Candidate c) {
    if (!wholeOfPart(c.v, c.first)) {
      return false;
    }
    int after = c.head.after(c.last);
    if (after < c.v.size() && g.phraseAt(c.v, after, "trigger") > 0) {
      Lexicon.Trigger own = g.strongest(c.v, after, after + 1);
      if (own != null && !"deployed".equals(own.metric())) {
        return false;
      }
    }
    return set(c, Level.WHOLE, "deployed", "the whole a part is taken from");
  }

  /**
   * "5,400 of the 12,000 troops leaving Germany will remain in Europe": the figure is the part of a
   * whole named after it; the verb of the sentence, past the whole and its words, is the part's.
   */
  private int pastWhole(SentenceView v, int last, int after) {
    int of = after < v.size() && g.is("of_link", v.lower(after)) ? after : last + 1;
    if (of >= v.size() || !g.is("of_link", v.lower(of))) {
      return -1;
    }
    int j = of + 1;
    if (j < v.size() && g.is("determiner_or_pronoun", v.lower(j))) {
      j++;
    }
    if (j >= v.size() || !v.pos(j).equals("NUM")) {
      return -1;
    }
    return Math.max(j + 1, after); // "700 of the 2,500 Dutch soldiers": past the shared noun too
  }

  /** "leaving 200 soldiers at the base", "60 soldiers remained in Niger": what stays. */
  private boolean standing(Candidate c) {
    SentenceView v = c.v;
    int after = c.head.after(c.last);
    int end = g.clauseEnd(v, c.last);
    for (int i = after; i < Math.min(end, after + 12); i++) {
      if (g.phraseAt(v, i, "gone_by") > 0) {
        return set(c, Level.GONE, "withdrawn", "what stays will be gone by a date");
      }
    }
    if (c.first >= 1 && g.is("leave_behind", v.lower(c.first - 1)) && after < v.size()) {
      if (g.is("stay_preposition", v.lower(after))) {
        c.placeFrom = after;
        return set(c, Level.REMAIN, "deployed", "left behind ('leaving N in')");
      }
    }
    int whole = pastWhole(v, c.last, after);
    int from = whole < 0 ? after : whole;
    int window = whole < 0 ? 6 : 12;
    for (int i = from; i < Math.min(end, from + window); i++) {
      if (whole < 0 && g.phraseAt(v, i, "trigger") > 0) {
        break; // "5,400 of the 12,000 leaving Germany ... remain": the stay is another figure's
      }
      int n = g.phraseAt(v, i, "remain");
      if (n > 0) {
        c.placeFrom = i + n;
        return set(c, Level.REMAIN, "deployed", "'" + v.span(i, i + n) + "': what stays");
      }
    }
    return false;
  }

  /**
   * "30,000 soldiers, 5,000 vehicles and their stores have been withdrawn": a figure heading a list
   * that shares one passive predicate takes the predicate's metric, when its own clause (cut at the
   * list's next figure) holds no trigger.
   */
  private boolean listPredicate(Candidate c) {
    SentenceView v = c.v;
    if (!"deployed".equals(c.metric)
        || g.strongest(v, g.clauseStartPlain(v, c.first), g.clauseEnd(v, c.last)) != null) {
      return false;
    }
    boolean list = false;
    boolean auxiliary = false;
    for (int i = c.head.after(c.last); i < v.size() && !g.isBoundary(v, i); i++) {
      String pos = v.pos(i);
      if (pos.equals("AUX") || g.is("auxiliary", v.lower(i))) {
        auxiliary = true;
        continue;
      }
      if (g.phraseAt(v, i, "trigger") > 0) {
        Lexicon.Trigger t = g.strongest(v, i, i + 1);
        if (!list || !auxiliary || t == null || !"withdrawn".equals(t.metric())) {
          return false;
        }
        c.metric = "withdrawn";
        c.note("direction", "'" + v.lower(i) + "': the predicate of a list the figure heads");
        return true;
      }
      boolean modifier =
          i + 1 < v.size() && (v.pos(i + 1).equals("NOUN") || v.pos(i + 1).equals("ADJ"));
      if (auxiliary || pos.equals("VERB") && !modifier) {
        return false; // a verb of the list's own, not its predicate ("armoured vehicles" is none)
      }
      list |= v.lower(i).equals(",") || g.is("list_joiner", v.lower(i));
    }
    return false;
  }

  /** "returned home from Kosovo", "were rotated out", "after leaving South Sudan". */
  private boolean homeward(Candidate c) {
    if (!"deployed".equals(c.metric)) {
      return false;
    }
    SentenceView v = c.v;
    int after = c.head.after(c.last);
    int end = g.clauseEnd(v, c.last);
    for (int i = after; i < Math.min(end, after + 14); i++) {
      int n = g.phraseAt(v, i, "homeward");
      if (n > 0) {
        c.metric = "withdrawn";
        c.note("direction", "'" + v.span(i, i + n) + "': back from the host");
        return true;
      }
    }
    return false;
  }

  /**
   * "100 Marines stationed on Okinawa moving to Guam", "the 3,000 troops based in Germany
   * relocating to Poland": troops on the move away from where they are stationed leave that host
   * (convention 22); the host step looks for the place from the word of standing on.
   */
  private boolean relocated(Candidate c) {
    if (!"deployed".equals(c.metric)) {
      return false;
    }
    SentenceView v = c.v;
    // "100 members of the III Marine Expeditionary Force stationed on": past the noun, even one
    // that is not right after the figure
    int after = Math.max(c.head.after(c.last), c.head.end());
    int end = c.last + 1; // to the clause's boundary: "with 100 members of III Marine ..." is one
    while (end < v.size() && !g.isBoundary(v, end)) {
      end++;
    }
    int standing = -1;
    for (int i = after; i < Math.min(end, after + 6) && standing < 0; i++) {
      standing = g.is("standing", v.lower(i)) ? i : -1;
    }
    if (standing < 0) {
      return false;
    }
    boolean placed = false;
    for (int i = standing + 1; i < Math.min(end, standing + 8); i++) {
      if (v.mention(i) != null) {
        placed |= places.governed(v, v.mentionStart(i));
        i = v.pastMention(i) - 1;
        continue;
      }
      int n = g.phraseAt(v, i, "relocating");
      if (n > 0 && placed) {
        c.metric = "withdrawn";
        c.placeFrom = standing + 1;
        c.note("direction", "'" + v.span(i, i + n) + "': leaves where it is stationed");
        return true;
      }
    }
    return false;
  }

  /** "left Kigali for Cabo Delgado", "flies out of Incheon, bound for South Sudan". */
  private boolean leavingHomeFor(Candidate c) {
    if (!"withdrawn".equals(c.metric)) {
      return false;
    }
    SentenceView v = c.v;
    boolean home = false;
    int from = Math.min(c.first, c.head.after(c.last));
    for (int i = Math.max(0, from - 4); i < v.size(); i++) {
      if (i > c.last && g.isBoundary(v, i)) {
        break;
      }
      Mention m = v.mention(i);
      if (m == null || i >= c.first && i <= c.last) {
        continue;
      }
      HostPlace place = places.placeOf(v, i, c.deployer);
      int start = v.mentionStart(i);
      if (place != null && c.deployer.equals(place.country()) && !home) {
        home = places.governed(v, start) || departs(v, start);
      } else if (home && place != null && g.is("outbound", places.preposition(v, start))) {
        c.metric = "deployed";
        c.placeFrom = start - 1;
        c.note("direction", "leaves home for the host");
        return true;
      }
      i = v.pastMention(i) - 1;
    }
    return false;
  }

  /** "departed Kigali", "flies out of Incheon": a word of leaving right before a place. */
  private boolean departs(SentenceView v, int start) {
    for (int k = 1; k <= 2; k++) {
      if (start - k >= 0 && g.phraseAt(v, start - k, "departure") == k) {
        return true;
      }
    }
    return false;
  }

  private static boolean set(Candidate c, Level level, String metric, String why) {
    c.level = level;
    c.metric = metric;
    c.note("direction", why);
    return true;
  }

  /**
   * "shift 9,000 Marines from Okinawa to Guam", "5,000 Marines will go to Guam": troops sent to
   * their own country's soil leave their host (spec convention 22).
   */
  private boolean headingHome(SentenceView v, int from, String deployer) {
    for (int i = from; i < Math.min(v.size(), from + 12); i++) {
      if (g.isBoundary(v, i)) {
        return false;
      }
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      String preposition = places.preposition(v, v.mentionStart(i));
      if (preposition != null && g.is("destination", preposition)) {
        HostPlace place = places.placeOf(v, i, deployer);
        return place != null && deployer.equals(place.country());
      }
      i = v.pastMention(i) - 1;
    }
    return false;
  }
}
