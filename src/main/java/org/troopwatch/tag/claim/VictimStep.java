package org.troopwatch.tag.claim;

import java.util.Optional;
import java.util.Set;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * Step 4b, victims: whether a toll counts the force's own people or the people it killed, and
 * whether it counts one side at all. A force is the killer, not the killed, when it is the toll
 * verb's subject ("Turkish troops killed 25 people", "Israel launched the strike that killed one of
 * its members"), its agent after "by" ("killed in air strikes by the Israeli army") or the subject
 * of an act that left the dead ("commandos stormed the ship, leaving nine dead"); "people" killed
 * where the sentence names a state are its victims or a toll of several sides ("people killed in
 * the war between Israel and ..."); a figure of an act of killing ("behind the slaughter of 500")
 * counts victims. A toll of two demonyms ("Russian and Ukrainian troops"), of troops and irregulars
 * ("soldiers and guerrillas") or "on each side" is no one country's.
 */
final class VictimStep implements Step {

  /** The metrics whose verbs have the force as their subject when it is the one that acted. */
  private static final Set<String> ACTS = Set.of("killed", "wounded", "captured");

  private final Grammar g;
  private final Places places;
  private final GroupNouns groups;

  VictimStep(Grammar g, Places places) {
    this.g = g;
    this.places = places;
    this.groups = new GroupNouns(g);
  }

  @Override
  public String name() {
    return "victims";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    SentenceView v = c.v;
    if (!c.head.direct() && actOfKilling(v, c.first)) {
      return Optional.of(Rejection.VICTIMS); // "mercenaries behind the slaughter of 500"
    }
    if (!Grammar.isToll(c.metric)) {
      return Optional.empty();
    }
    if (groups.jointHead(c) || withIrregulars(v, c.head)) {
      return Optional.of(Rejection.MIXED_TOLL);
    }
    if (bothSides(v, c)) {
      String abroad = invaderAbroad(c);
      if (abroad == null) {
        return Optional.of(Rejection.MIXED_TOLL);
      }
      // "100,000 troops on each side killed or wounded" in a war one side invaded: each side lost
      // that many, and the invader's are the ones abroad (the other side is on its own soil)
      c.deployer = abroad;
      c.note("victims", "each side's figure; the invader's side is abroad: " + abroad);
    }
    if (c.head.people() && c.head.deployer() == null && namesState(v)) {
      return Optional.of(Rejection.VICTIMS); // "43,000 people killed in the war between A and B"
    }
    // A soldiers' noun of its own keeps a toll the force's even when a state of the force is the
    // subject before it ("a Russian helicopter crash that killed two pilots"); "people", a toll
    // noun
    // or a group referred back to does not ("Turkish troops killed 25 people").
    boolean ownNoun = c.head.direct() && g.personnelAt(v, c.head.start()) > 0;
    String agent = ownNoun ? null : activeAgent(v, c.first);
    if (agent == null) {
      agent = passiveAgent(v, c.last + 1, g.clauseEnd(v, c.last));
    }
    if (agent != null && agent.equals(c.deployer)) {
      c.note("victims", "the toll's agent is " + agent + ", the force itself");
      return Optional.of(Rejection.VICTIMS);
    }
    if (agent != null && c.head.deployer() == null && !ownNoun) {
      // "commandos of another state stormed the ship, leaving nine dead": the dead have no country
      // of
      // their own in the sentence, and the one the article spoke of before did not lose them
      c.note("victims", "the toll's agent is " + agent + ", the dead have no country of their own");
      return Optional.of(Rejection.VICTIMS);
    }
    return Optional.empty();
  }

  /**
   * "the massacre of 300 in a village": a figure with no noun of its own after an act of killing.
   */
  private boolean actOfKilling(SentenceView v, int first) {
    int of = first - 1;
    while (of > 0 && v.pos(of).equals("DET")) {
      of--;
    }
    if (of < 1 || !g.is("of_link", v.lower(of))) {
      return false;
    }
    int noun = of - 1;
    return g.is("act_of_killing", v.lower(noun)) && g.personnelAt(v, first + 1) == 0;
  }

  /** "40 soldiers and guerrillas died": troops counted together with irregulars. */
  private boolean withIrregulars(SentenceView v, Head head) {
    if (!head.direct() || head.start() < 0) {
      return false;
    }
    int joiner = head.end();
    return g.is("list_joiner", v.lower(joiner)) && g.is("non_state", v.lower(joiner + 1));
  }

  /** "more than 100,000 troops on each side": a toll of both sides of a war. */
  private boolean bothSides(SentenceView v, Candidate c) {
    int end = g.clauseEnd(v, c.last);
    for (int i = c.head.after(c.last); i < end; i++) {
      int n = g.phraseAt(v, i, "both_sides");
      if (n > 0 && !g.is("of_link", v.lower(i + n))) {
        return true; // not "on both sides of the border", a place
      }
    }
    return false;
  }

  /**
   * The invader of the article's war when a toll "on each side" names no country with its group and
   * the war is fought on the other side's soil; else null.
   */
  private static String invaderAbroad(Candidate c) {
    String invader = c.context.invader;
    String theatre = c.context.theatreOfWar;
    boolean abroad = invader != null && theatre != null && !invader.equals(theatre);
    return abroad && c.head.deployer() == null ? invader : null;
  }

  /** Whether the sentence names a state (a country, its people, its forces or a place in it). */
  private boolean namesState(SentenceView v) {
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && stateMention(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean stateMention(Mention m) {
    return Places.countryTie(m) != null && (namesState(m) || m.is(Kind.PLACE));
  }

  /** A country, its people, its capital or one of its forces. */
  private static boolean namesState(Mention m) {
    return m.is(Kind.COUNTRY) || m.is(Kind.DEMONYM) || m.is(Kind.CAPITAL) || m.is(Kind.FORCE);
  }

  /**
   * The country that did the killing, when a verb of killing, wounding or capturing (or of leaving
   * the dead) right before the figure takes it as object: the first state of its clause that is the
   * subject of a verb other than one of saying ("Israel launched the strike that killed", "Turkish
   * troops killed", "Israel's strike killed"); null when there is none.
   */
  private String activeAgent(SentenceView v, int first) {
    int verb = first - 1;
    while (verb > 0 && (v.pos(verb).equals("DET") || v.pos(verb).equals("ADV"))) {
      verb--; // "killed some 300", "leaving only two"
    }
    Lexicon.Trigger t = g.triggerEndingAt(v, verb);
    boolean acts = t != null && ACTS.contains(t.metric()) && v.pos(verb).equals("VERB");
    if (!acts && !g.is("resultative", v.lower(verb)) || passive(v, verb)) {
      return null; // "were killed, while 2,700 others": the verb is the group's before
    }
    for (int i = g.clauseStartPlain(v, verb); i < verb; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null || !actor(m) || places.governed(v, v.mentionStart(i))) {
        continue;
      }
      int start = v.mentionStart(i);
      if (start > 0 && g.is("subject_blocker", v.lower(start - 1)) || objectOfVerb(v, start)) {
        continue;
      }
      int next = subjectEnd(v, v.pastMention(i), verb);
      if (g.verbFollows(v, next) && !g.saysAt(v, next) && !g.hostsAt(v, next)) {
        return Places.countryTie(m).iso3();
      }
    }
    return null;
  }

  /** "were killed": an auxiliary of the passive right before the verb (across adverbs). */
  private boolean passive(SentenceView v, int verb) {
    int i = verb - 1;
    while (i > 0 && v.pos(i).equals("ADV")) {
      i--;
    }
    return g.is("auxiliary", v.lower(i)) && !g.is("perfect_auxiliary", v.lower(i));
  }

  /**
   * "the ministry announced a Russian helicopter crash": a noun phrase after a verb (across its
   * determiners and adjectives) is that verb's object, not a subject; after a verb of saying it
   * opens the reported clause ("Hamas said Israel launched").
   */
  private boolean objectOfVerb(SentenceView v, int start) {
    int i = start - 1;
    while (i > 0 && (v.pos(i).equals("DET") || v.pos(i).equals("ADJ"))) {
      i--;
    }
    return i >= 0 && v.pos(i).equals("VERB") && !g.saysOrAccording(v, i);
  }

  /**
   * Past the rest of a subject noun phrase after its state: "Turkish [troops]", "Israel['s air
   * strike]", at most a few nouns.
   */
  private int subjectEnd(SentenceView v, int from, int limit) {
    int i = from;
    if (i < limit && g.is("possessive_marker", v.lower(i))) {
      i++;
    }
    for (int n = 0; i < limit && n < 3; n++) {
      int personnel = g.personnelAt(v, i);
      String tag = v.pos(i);
      if (personnel > 0) {
        i += personnel;
      } else if (tag.equals("NOUN") || tag.equals("PROPN") && v.mention(i) == null) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * The state after "by" that did the toll between the figure and it: "10 people were killed in air
   * strikes by the Israeli army", "15 deaths caused by Ethiopian shelling"; null when there is
   * none.
   */
  private String passiveAgent(SentenceView v, int from, int end) {
    boolean toll = false;
    for (int i = from; i < end; i++) {
      Lexicon.Trigger t = g.triggerEndingAt(v, i);
      toll |= t != null && Grammar.isToll(t.metric());
      if (toll && g.is("agent_preposition", v.lower(i))) {
        int j = i + 1;
        while (j < end
            && v.mention(j) == null
            && (v.pos(j).equals("DET") || v.pos(j).equals("ADJ"))) {
          j++;
        }
        Mention m = v.mention(j);
        if (m != null && actor(m)) {
          return Places.countryTie(m).iso3();
        }
      }
    }
    return null;
  }

  /** A mention that can act: a country, its capital, its people or its forces (not a place). */
  private static boolean actor(Mention m) {
    return Places.countryTie(m) != null && !m.is(Kind.PLACE) && !m.is(Kind.REGION) && namesState(m);
  }
}
