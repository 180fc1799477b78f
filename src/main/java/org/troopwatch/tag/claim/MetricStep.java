package org.troopwatch.tag.claim;

import java.util.List;
import java.util.Optional;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * Step 3, metric: what happened to the personnel (deployed, killed, wounded, casualties, captured,
 * withdrawn), from the trigger that governs the figure. Rejects ranks outside tolls, people who are
 * not troops, and weak nouns ("men") with nothing military about them.
 */
final class MetricStep implements Step {

  /** The metric of a toll adjective ("fallen soldiers"). */
  private static final String KILLED = "killed";

  /** The metric of captives, whom a verb of release right before them also counts. */
  private static final String CAPTURED = "captured";

  private final Grammar g;
  private final Lexicon lexicon;
  private final WordTolls wordTolls;
  private final CaptureVerbs captures;
  private final Places places;

  MetricStep(Grammar g, Places places, WordTolls wordTolls) {
    this.g = g;
    this.places = places;
    this.lexicon = g.lexicon;
    this.wordTolls = wordTolls;
    this.captures = new CaptureVerbs(g);
  }

  @Override
  public String name() {
    return "metric";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    SentenceView v = c.v;
    Head head = c.head;
    String metric = metric(v, c.first, c.last, head, c.before, c.carriedMetric, c.context);
    if (head.direct()
        && "rank".equals(lexicon.personnelKind(v.lowerSpan(head.start(), head.end())))
        && !Grammar.isToll(metric)) {
      return Optional.of(Rejection.RANK_NOT_TOLL);
    }
    if (wordTolls.isWordToll(c.figure)
        && !(Grammar.isToll(metric)
            && head.direct()
            && (wordTolls.isArticle(c.figure) || onlyNames(v, c.last + 1, head.start())))) {
      // "a soldier said", "the first soldier to arrive"; an ordinal across a unit's own name ranks
      // the unit ("the 4th Infantry Division soldier"), while "a 4th Division soldier" is one
      return Optional.of(Rejection.NOT_A_TOLL);
    }
    if (head.start() < 0 && !"deployed".equals(metric) && c.context.lastDeployer == null) {
      return Optional.of(Rejection.NO_GROUP_CONTEXT);
    }
    if (head.people() && !(Grammar.isToll(metric) && g.militarySentence(v))) {
      return Optional.of(Rejection.PEOPLE_NOT_TROOPS); // "five Brazilians", "16 people died"
    }
    if (head.people() && head.deployer() != null && !fightingSentence(v)) {
      // "guards charged over the killing of two Afghans": a country's people, and nothing but a
      // weak personnel noun ("guards") in the sentence makes them a force's toll
      return Optional.of(Rejection.PEOPLE_NOT_TROOPS);
    }
    if (head.start() >= 0 && head.deployer() == null && g.is("non_state", v.lower(head.start()))) {
      // "two fighters detonated the bomb": a noun of irregulars counts a state's troops only with
      // the state named with it ("five Ukrainian fighters")
      return Optional.of(Rejection.NON_STATE_GROUP);
    }
    if (disciplined(v, c.first, head.after(c.last))) {
      return Optional.of(Rejection.DISCIPLINE); // "115 guardsmen sacked", "jailed 12 soldiers"
    }
    if (head.direct() && g.anyIs("defector", v, c.last + 1, head.start())) {
      return Optional.of(Rejection.DEFECTORS); // "three fugitive soldiers landed in a plane"
    }
    if (head.start() >= 0
        && head.deployer() == null
        && c.context.lastDeployer == null
        && weakHead(v, head)
        && !(head.direct() && places.countryAfter(v, head.end(), true) != null) // "from Japan"
        && !g.militaryContext(v)
        && !(g.is("toll_noun", v.lower(head.start())) && g.personnelWithin(v, 0, v.size()))
        && !(Grammar.isToll(metric) && otherPersonnel(v, head))) {
      return Optional.of(Rejection.WEAK_NOUN); // "two other men", "two former guards"
    }
    if (Grammar.isToll(metric)
        && g.anyIs("weapon_testing", v, head.after(c.last), g.clauseEnd(v, c.last))) {
      return Optional.of(Rejection.TESTING_TOLL); // "with 12 soldiers killed during its testing"
    }
    c.metric = metric;
    c.released =
        CAPTURED.equals(metric)
            && captures.releasedBefore(v, c.first, g.clauseStart(v, c.first, c.before));
    c.note("metric", c.released ? metric + " (set free)" : metric);
    return Optional.empty();
  }

  /**
   * Whether [from, to) holds only names ("a French soldier", "the 4th U.S. Army soldier"), not
   * words of a unit's own name ("the 4th Infantry Division soldier").
   */
  private static boolean onlyNames(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (v.mention(i) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the sentence names troops besides the weak head: "a brigade ... withdrew after losing
   * some 400 men" (the men are the brigade's).
   */
  private boolean otherPersonnel(SentenceView v, Head head) {
    for (int i = 0; i < v.size(); i++) {
      if ((i < head.start() || i >= head.end()) && g.personnelAt(v, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence is about fighting or forces by more than a weak personnel noun: a word of
   * fighting, a force's name, or a personnel noun strong enough to mark an article about troops.
   */
  private boolean fightingSentence(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      Mention m = v.mention(i);
      if (g.is("military_context", v.lower(i)) || m != null && m.is(Kind.FORCE)) {
        return true;
      }
      int n = g.personnelAt(v, i);
      if (n > 0 && lexicon.strongPersonnel().contains(v.lowerSpan(i, i + n))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a disciplinary or judicial act is what befell the group: its verb right before the
   * figure ("a court jailed 12 soldiers") or after the group across auxiliaries and adverbs ("two
   * Marines were earlier charged with ...", "115 soldiers sacked for ..."), or the group named as
   * the accused ("30 soldiers suspected of looting", "named 10 soldiers in alleged abuses").
   */
  private boolean disciplined(SentenceView v, int first, int after) {
    int i = first - 1;
    while (i > 0 && (v.pos(i).equals("DET") || v.pos(i).equals("ADV"))) {
      i--;
    }
    if (g.is("discipline", v.lower(i))) {
      return true;
    }
    for (int j = after; j < Math.min(v.size(), after + 4); j++) {
      String w = v.lower(j);
      if (g.is("discipline", w) || g.phraseAt(v, j, "accusation") > 0) {
        return true;
      }
      String tag = v.pos(j);
      if (!(tag.equals("AUX") || tag.equals("ADV") || g.is("auxiliary", w))) {
        return false;
      }
    }
    return false;
  }

  private boolean weakHead(SentenceView v, Head head) {
    return !lexicon.strongPersonnel().contains(v.lowerSpan(head.start(), head.end()));
  }

  /**
   * What happened to the personnel: a trigger right before the figure ("killed 384", "withdraw
   * about 500") wins; else the strongest trigger after the noun in the same clause ("troops sent to
   * Russia have been killed"); else one before it in the clause ("the number of wounded is ...");
   * else deployed.
   */
  private String metric(
      SentenceView v,
      int first,
      int last,
      Head head,
      List<Candidate> before,
      String carried,
      ArticleContext context) {
    int clauseStart = g.clauseStart(v, first, before);
    int clauseEnd = g.clauseEnd(v, last);
    boolean borrowed =
        !head.direct() && before.stream().anyMatch(b -> b.head.start() == head.start());
    Lexicon.Trigger own =
        head.start() >= 0 && !borrowed && g.is("toll_noun", v.lower(head.start()))
            ? g.triggerEndingAt(v, head.start())
            : null;
    if (own != null && head.direct()) {
      return own.metric(); // "12 deaths and 30 injuries": each noun its own metric
    }
    if (head.direct() && g.anyIs("killed_adjective", v, last + 1, head.start())) {
      return KILLED; // "two fallen soldiers": the adjective is their toll, whatever the verb
    }
    if (notKeptAlive(v, first, last, clauseStart, clauseEnd)) {
      return KILLED; // "... were wounded, but doctors could not keep two of them alive"
    }
    if (captures.releasedBefore(v, first, clauseStart)) {
      return CAPTURED; // "Iran freed 15 British sailors": set free, so they had been held
    }
    for (int i = first - 1; i >= Math.max(clauseStart, first - 3); i--) {
      Lexicon.Trigger t = g.triggerEndingAt(v, i);
      if (t != null) {
        Lexicon.Trigger state = resultState(v, i, head, last);
        return state != null ? state.metric() : t.metric();
      }
      if (g.is("coordinator", v.lower(i))) {
        break; // "9 were killed and 14 were wounded": the verb before "and" is the other figure's
      }
    }
    int from = Math.max(last + 1, head.direct() ? head.end() : last + 1);
    Lexicon.Trigger best = predicate(v, from, clauseEnd);
    if (best != null
        && CAPTURED.equals(best.metric())
        && captures.capturesPlace(v, from, clauseEnd)) {
      best = null; // "a 5,000-strong force to capture the air base": the force took a place
    }
    if (best == null) {
      String part = subgroupToll(v, first, before);
      if (part != null) {
        return part; // "five were taken prisoner, including one member of the Azov brigade"
      }
      best = g.strongest(v, clauseStart, first);
      if (best != null
          && CAPTURED.equals(best.metric())
          && captures.capturesPlace(v, clauseStart, first)) {
        best = null; // "after they seized the town, 300 soldiers ..."
      }
    }
    if (best == null) {
      best = own; // "deaths by region: Perm (3,768)": the toll noun the figure refers to
    }
    if (best == null) {
      best = sharedPredicate(v, last, clauseEnd);
    }
    if (best != null) {
      return best.metric();
    }
    String listed = listToll(v, first, clauseStart, head, before);
    if (listed != null) {
      return listed; // "the 13 killed — 11 Marines, one Navy sailor and one Army soldier"
    }
    if (context.previousToll != null && partOfGroupBefore(v, first, last, clauseStart)) {
      return context.previousToll; // "... were killed. Twelve of them were in their 20s."
    }
    if (carried != null && startsWithPronoun(v)) {
      return carried; // "Any drawdown would follow ... . It could be as few as 2,000 troops."
    }
    return "deployed";
  }

  /**
   * Whether the figure's people were not kept alive: a word of survival right after the figure or
   * right before it, under a negation a few words before the figure ("could not keep two of them
   * alive", "were unable to save one of them"): a euphemism of death.
   */
  private boolean notKeptAlive(
      SentenceView v, int first, int last, int clauseStart, int clauseEnd) {
    boolean survival =
        g.anyIs("survival", v, last + 1, Math.min(clauseEnd, last + 5))
            || g.anyIs("survival", v, Math.max(clauseStart, first - 2), first);
    return survival && g.anyIs("negation", v, Math.max(clauseStart, first - 5), first);
  }

  /**
   * The predicate a figure shares with the coordinated figure that ends its clause when its own
   * clause has none: "15 troops at a base in Syria and four at a camp in Iraq were diagnosed with
   * concussions". The predicate must follow the second figure's phrase before a comma, a relative
   * word or a boundary ("..., where two were killed" is another clause's); null when none.
   */
  private Lexicon.Trigger sharedPredicate(SentenceView v, int last, int clauseEnd) {
    if (clauseEnd >= v.size()
        || !v.pos(clauseEnd).equals("NUM")
        || !g.is("list_joiner", v.lower(clauseEnd - 1))) {
      return null;
    }
    for (int i = last + 1; i < clauseEnd; i++) {
      String tag = v.pos(i);
      if (v.lower(i).equals(",")
          || g.is("relative", v.lower(i))
          || tag.equals("VERB")
          || tag.equals("AUX")) {
        // "300 in Chad, where two were killed", "11 were missing and two others had been
        // captured": the figure has a clause of its own
        return null;
      }
    }
    for (int i = clauseEnd + 1; i < v.size(); i++) {
      String w = v.lower(i);
      if (w.equals(",") || g.is("relative", w) || g.isBoundary(v, i) || v.pos(i).equals("NUM")) {
        return null;
      }
      Lexicon.Trigger t = g.triggerEndingAt(v, i);
      if (t != null && Grammar.isToll(t.metric())) {
        return t;
      }
    }
    return null;
  }

  /**
   * The strongest trigger in [from, to); when that is a toll, the toll nearest the group: "two
   * servicemen were killed ..., bringing the total of reported losses to 44" (the losses are the
   * later figure's).
   */
  private Lexicon.Trigger predicate(SentenceView v, int from, int to) {
    Lexicon.Trigger best = g.strongest(v, from, to);
    return best == null || !Grammar.isToll(best.metric()) ? best : g.firstToll(v, from, to);
  }

  /**
   * The toll of a list the figure is an item of, when its own clause says nothing: the previous
   * item's ("killed 11 Marines, one sailor and one soldier"; "deaths in A (5,900) and B (5,600)"),
   * or the toll of the clause before a dash or colon that opens the list ("the 13 killed — 11
   * Marines, ...").
   */
  private String listToll(
      SentenceView v, int first, int clauseStart, Head head, List<Candidate> before) {
    Candidate prev = before.isEmpty() ? null : before.get(before.size() - 1);
    if (prev != null && Grammar.isToll(prev.metric)) {
      boolean borrowed = !head.direct() && prev.head.start() == head.start();
      int from = prev.head.direct() ? prev.head.end() : prev.last + 1;
      if (borrowed || onlyListWords(v, from, first)) {
        return prev.metric;
      }
    }
    int open = clauseStart - 1;
    if (open > 0 && Grammar.opensApposition(v.lower(open))) {
      Lexicon.Trigger t = g.firstToll(v, g.clauseStartPlain(v, open), open);
      return t == null ? null : t.metric();
    }
    return null;
  }

  /** Whether [from, to) holds only what joins the items of a list (commas, "and"). */
  private boolean onlyListWords(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = v.lower(i);
      if (!w.equals(",") && !g.is("list_joiner", w)) {
        return false;
      }
    }
    return from < to;
  }

  /**
   * Whether the figure takes a part of a group named before: "Twelve of them ...", "Among them were
   * three officers".
   */
  private boolean partOfGroupBefore(SentenceView v, int first, int last, int clauseStart) {
    if (g.is("of_link", v.lower(last + 1)) && g.is("group_pronoun", v.lower(last + 2))) {
      return true;
    }
    for (int i = clauseStart; i + 1 < first; i++) {
      if (g.is("inclusion_link", v.lower(i)) && g.is("group_pronoun", v.lower(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "left four soldiers dead": after a resultative verb, a toll word right after the object says
   * what befell them; null when the verb ending at {@code verbEnd} is no such verb or none follows.
   */
  private Lexicon.Trigger resultState(SentenceView v, int verbEnd, Head head, int last) {
    if (!g.is("resultative", v.lower(verbEnd))) {
      return null;
    }
    int after = head.after(last);
    Lexicon.Trigger t = after < v.size() ? g.triggerEndingAt(v, after) : null;
    return t != null && Grammar.isToll(t.metric()) ? t : null;
  }

  /**
   * The toll of the group a breakdown after it takes a part of ("two were killed, including a
   * medic"): the previous figure's, when the word right before this one opens the breakdown.
   */
  private String subgroupToll(SentenceView v, int first, List<Candidate> before) {
    if (before.isEmpty() || first < 1 || !g.is("subgroup_link", v.lower(first - 1))) {
      return null;
    }
    String whole = before.get(before.size() - 1).metric;
    return Grammar.isToll(whole) ? whole : null;
  }

  /** "It could be ...", "That would be ...": the sentence goes on from the one before. */
  private boolean startsWithPronoun(SentenceView v) {
    int i = 0;
    while (i < v.size() && g.isQuote(v.lower(i))) {
      i++;
    }
    return g.is("back_reference", v.lower(i));
  }
}
