package org.troopwatch.tag.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * Step 4, deployer: whose forces the figure counts: the country in its noun phrase ("North Korean
 * troops"), after "from" ("soldiers from Britain's 5th Battalion"), a possessive ("France's 1,500
 * soldiers"), the subject of the clause ("Norway has about 600 soldiers"), else the article's.
 * Rejects multinational forces and capacities.
 */
final class DeployerStep implements Step {

  /** Source kinds that act as their state does ("the government sent ..."), not as its voice. */
  static final Set<String> ACTING_SOURCES = Set.of("government", "military", "ministry");

  private final Grammar g;
  private final Places places;
  private final Lexicon lexicon;
  private final StateVoices voices;

  DeployerStep(Grammar g, Places places) {
    this.g = g;
    this.places = places;
    this.lexicon = g.lexicon;
    this.voices = new StateVoices(g, places);
  }

  @Override
  public String name() {
    return "deployer";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    String deployer = deployer(c.v, c.first, c.head, c.before, c.context, c.metric);
    if (deployer == null) {
      return Optional.of(Rejection.NO_DEPLOYER);
    }
    if (multinational(c.v, c.first, c.head, c.before)) {
      return Optional.of(Rejection.MULTINATIONAL);
    }
    if (capacity(c.v, c.first)) {
      return Optional.of(Rejection.CAPACITY);
    }
    if (c.head.direct() && g.anyIs("civilian_modifier", c.v, c.last + 1, c.head.start())) {
      return Optional.of(Rejection.CIVILIAN); // "two security guards", "one civilian personnel"
    }
    c.deployer = deployer;
    c.note("deployer", deployer + (c.head.deployer() != null ? " (named with the group)" : ""));
    return Optional.empty();
  }

  private String deployer(
      SentenceView v,
      int first,
      Head head,
      List<Candidate> before,
      ArticleContext context,
      String metric) {
    if (head.deployer() != null) {
      return head.deployer();
    }
    if (head.direct()) {
      String from = places.countryAfter(v, head.end(), false);
      if (from != null) {
        return from;
      }
    }
    String owner = ownerOfIts(v, first, head);
    if (owner != null) {
      return owner;
    }
    String among = ownerAmong(v, first, head);
    if (among != null) {
      return among;
    }
    String whose = ownerOfWhose(v, first);
    if (whose != null) {
      return whose;
    }
    String possessive = possessiveBefore(v, first);
    if (possessive != null) {
      return possessive;
    }
    String avenger = avenger(v, first);
    if (avenger != null) {
      return avenger;
    }
    String subject = subjectCountry(v, 0, first);
    if (subject == null) {
      subject = voices.sayerAsSubject(v, first);
    }
    if (subject != null) {
      // "North Korea ... torpedoed the ship, killing 46 sailors": the subject did it to others.
      return agentOfToll(v, first, metric) ? null : subject;
    }
    if (head.direct() && !"withdrawn".equals(metric)) {
      // "200 troops from Burundi arrived in eastern Congo": no one else acts, the troops are
      // Burundi's
      String from = places.countryAfter(v, head.end(), true);
      if (from != null) {
        return from;
      }
    }
    if (head.direct() && g.anyIs("home_force", v, first + 1, head.start())) {
      // "12 government soldiers were killed": the forces of the country it happens in, not those of
      // the country the article named before
      return null;
    }
    if (head.direct() && Grammar.isToll(metric) && !agentOfToll(v, first, metric)) {
      String voice = voices.armedVoice(v);
      if (voice != null) {
        return voice; // "two soldiers were killed in Lebanon, the Israeli military said"
      }
    }
    if (context.lastDeployer != null) {
      return context.lastDeployer;
    }
    return context.articleDeployer;
  }

  /**
   * Whether a verb of killing, wounding or capturing right before the figure takes it as object.
   */
  private boolean agentOfToll(SentenceView v, int first, String metric) {
    if (!Set.of("killed", "wounded", "captured").contains(metric)) {
      return false;
    }
    for (int i = first - 1; i >= Math.max(0, first - 3); i--) {
      Lexicon.Trigger t = g.triggerEndingAt(v, i);
      if (t != null) {
        return t.metric().equals(metric) && v.pos(i).equals("VERB");
      }
    }
    return false;
  }

  /**
   * "Turkey claims killing 21 Syrian troops in retaliation for the death of two soldiers": a group
   * without a country after a word of retaliation is the retaliating country's own, the first
   * country named before that word (as speaker or subject, not as a place).
   */
  private String avenger(SentenceView v, int first) {
    int word = -1;
    for (int i = 0; i < first; i++) {
      if (g.phraseAt(v, i, "retaliation") > 0) {
        word = i;
      }
    }
    for (int i = 0; i < word; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null
          && (m.is(Kind.COUNTRY) || m.is(Kind.CAPITAL))
          && !m.is(Kind.DEMONYM)
          && !places.governed(v, v.mentionStart(i))) {
        return places.countryTie(m).iso3();
      }
    }
    return null;
  }

  /**
   * "Jordan said three of its soldiers were wounded": the country the possessive refers to, the
   * last one named before the figure (even as the speaker), not one named as a place ("Israel's
   * offensive in Lebanon, where two of its soldiers died": Israel's).
   */
  private String ownerOfIts(SentenceView v, int first, Head head) {
    int of = head.direct() ? head.start() - 2 : -1;
    if (of <= first || !g.is("of_link", v.lower(of)) || !g.is("own_possessive", v.lower(of + 1))) {
      return null;
    }
    return lastOwner(v, first);
  }

  /**
   * "Rwanda has acknowledged 11 fatalities among its troops": a toll among a possessive's own
   * troops is the toll of the country the possessive refers to.
   */
  private String ownerAmong(SentenceView v, int first, Head head) {
    int end = head.end();
    boolean among =
        head.direct()
            && g.is("toll_noun", v.lower(end - 1))
            && g.is("inclusion_link", v.lower(end))
            && g.is("own_possessive", v.lower(end + 1))
            && g.personnelAt(v, end + 2) > 0;
    return among ? lastOwner(v, first) : null;
  }

  /**
   * The country a possessive before the figure refers to: the last one named before it (even as the
   * speaker), not one named as a place.
   */
  private String lastOwner(SentenceView v, int first) {
    String owner = null;
    for (int i = 0; i < first; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null
          && !m.is(Kind.PLACE)
          && !m.is(Kind.REGION)
          && !places.governed(v, v.mentionStart(i))
          && (m.is(Kind.COUNTRY)
              || m.is(Kind.CAPITAL)
              || m.is(Kind.FORCE)
              || m.is(Kind.SOURCE)
              || g.is("agent", v.lower(v.pastMention(i))))) { // "the Turkish ministry said"
        Entry tie = places.countryTie(m);
        owner = tie == null ? owner : tie.iso3();
      }
    }
    return owner;
  }

  /**
   * "estimates for Ukraine, whose military is believed to have suffered 70,000 deaths": the country
   * right before the last "whose" ahead of the figure (a comma between) owns the troops.
   */
  private String ownerOfWhose(SentenceView v, int first) {
    for (int i = first - 1; i > 0; i--) {
      if (g.is("relative_possessive", v.lower(i))) {
        int j = v.pos(i - 1).equals("PUNCT") ? i - 2 : i - 1;
        Mention m = v.mention(j);
        boolean country = m != null && (m.is(Kind.COUNTRY) || m.is(Kind.CAPITAL));
        return country ? places.countryTie(m).iso3() : null;
      }
    }
    return null;
  }

  /** "Britain's 3,500 troops", "France's 1,500 soldiers". */
  private String possessiveBefore(SentenceView v, int first) {
    int i = first - 1;
    if (i >= 1 && g.is("possessive_marker", v.lower(i))) {
      Mention m = v.mention(i - 1);
      if (m != null && (m.is(Kind.COUNTRY) || m.is(Kind.CAPITAL))) {
        return places.countryTie(m).iso3();
      }
    }
    return null;
  }

  /**
   * The country that acts in the sentence: the first one named before the figure that is not
   * governed by a preposition, not a source of the statement and not the owner of something else
   * ("Moscow's war"): "Norway has about 600 soldiers", "North Korea moved at least 3,000 soldiers".
   */
  private String subjectCountry(SentenceView v, int from, int first) {
    for (int i = from; i < first; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      Entry tie = places.countryTie(m);
      if (tie == null || m.is(Kind.PLACE) || m.is(Kind.REGION)) {
        continue;
      }
      Entry source = m.first(Kind.SOURCE);
      if (source != null
          && m.first(Kind.COUNTRY) == null
          && m.first(Kind.FORCE) == null
          && !ACTING_SOURCES.contains(String.valueOf(source.sourceKind()))) {
        continue; // an agency, outlet or person: the source of the statement, not the actor
      }
      int start = v.mentionStart(i);
      if (start > 0 && g.is("subject_blocker", v.lower(start - 1))) {
        continue;
      }
      int next = v.pastMention(i);
      if (!g.verbFollows(v, next) || g.saysAt(v, next) || g.hostsAt(v, next)) {
        continue; // not the subject of a verb, the source ("South Korea said") or the host
      }
      if (g.separated(v, next, first)) {
        continue; // the subject of another clause: "Tehran had provided ... that killed 241"
      }
      return tie.iso3();
    }
    return null;
  }

  /**
   * A figure of a multinational force: a NATO, U.N. or coalition word before it in its clause, and
   * no country named in its own noun phrase ("NATO agreed to raise the number of troops to
   * 300,000"), nor a country acting as the subject after that word ("with our coalition partners,
   * Denmark will cut its troops to 200").
   */
  private boolean multinational(SentenceView v, int first, Head head, List<Candidate> before) {
    if (head.deployer() != null) {
      return false;
    }
    int end = head.direct() ? head.start() : first;
    int word = -1;
    for (int i = g.clauseStart(v, first, before); i < end; i++) {
      if (lexicon.is("multinational", v.lower(i))) {
        word = i;
      }
    }
    return word >= 0 && subjectCountry(v, v.pastMention(word), first) == null;
  }

  /** "barracks designed to accommodate up to 3,000 soldiers": a capacity, not a force. */
  private boolean capacity(SentenceView v, int first) {
    for (int i = Math.max(0, first - 5); i < first; i++) {
      if (lexicon.phraseAt(v.lower, i, "capacity") > 0) {
        return true;
      }
    }
    return false;
  }
}
