package org.troopwatch.tag.claim;

import java.util.List;
import java.util.Optional;
import org.troopwatch.tag.Lexicon;

/**
 * Step 3, metric: what happened to the personnel (deployed, killed, wounded, casualties, captured,
 * withdrawn), from the trigger that governs the figure. Rejects ranks outside tolls, people who are
 * not troops, and weak nouns ("men") with nothing military about them.
 */
final class MetricStep implements Step {

  private final Grammar g;
  private final Lexicon lexicon;

  MetricStep(Grammar g) {
    this.g = g;
    this.lexicon = g.lexicon;
  }

  @Override
  public String name() {
    return "metric";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    SentenceView v = c.v;
    Head head = c.head;
    String metric = metric(v, c.first, c.last, head, c.before, c.carriedMetric);
    if (head.direct()
        && "rank".equals(lexicon.personnelKind(v.lowerSpan(head.start(), head.end())))
        && !Grammar.isToll(metric)) {
      return Optional.of(Rejection.RANK_NOT_TOLL);
    }
    if (head.start() < 0 && !"deployed".equals(metric) && c.context.lastDeployer == null) {
      return Optional.of(Rejection.NO_GROUP_CONTEXT);
    }
    if (head.people() && !(Grammar.isToll(metric) && g.militarySentence(v))) {
      return Optional.of(Rejection.PEOPLE_NOT_TROOPS); // "five Brazilians", "16 people died"
    }
    if (head.start() >= 0
        && head.deployer() == null
        && c.context.lastDeployer == null
        && weakHead(v, head)
        && !g.militaryContext(v)) {
      return Optional.of(Rejection.WEAK_NOUN); // "two other men", "two former guards"
    }
    c.metric = metric;
    c.note("metric", metric);
    return Optional.empty();
  }

  private boolean weakHead(SentenceView v, Head head) {
    return !lexicon.prefilterPhrases().contains(v.lowerSpan(head.start(), head.end()));
  }

  /**
   * What happened to the personnel: a trigger right before the figure ("killed 384", "withdraw
   * about 500") wins; else the strongest trigger after the noun in the same clause ("troops sent to
   * Russia have been killed"); else one before it in the clause ("the number of wounded is ...");
   * else deployed.
   */
  private String metric(
      SentenceView v, int first, int last, Head head, List<Candidate> before, String carried) {
    int clauseStart = g.clauseStart(v, first, before);
    int clauseEnd = g.clauseEnd(v, last);
    for (int i = first - 1; i >= Math.max(clauseStart, first - 3); i--) {
      Lexicon.Trigger t = g.triggerEndingAt(v, i);
      if (t != null) {
        return t.metric();
      }
    }
    int from = Math.max(last + 1, head.direct() ? head.end() : last + 1);
    Lexicon.Trigger best = g.strongest(v, from, clauseEnd);
    if (best == null) {
      best = g.strongest(v, clauseStart, first);
    }
    if (best == null && carried != null && startsWithPronoun(v)) {
      return carried; // "Any drawdown would follow ... . It could be as few as 2,000 troops."
    }
    return best == null ? "deployed" : best.metric();
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
