package org.troopwatch.tag.claim;

import java.util.Optional;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.time.TimeResolver;
import org.troopwatch.tag.time.TimeSpan;

/**
 * Step 8, time: the period the figure refers to, from a time expression of its clause that does not
 * date the statement instead ("said on Friday", "In January, the NIS said").
 */
final class TimeStep implements Step {

  private final Grammar g;
  private final Lexicon lexicon;
  private final TimeResolver times;

  TimeStep(Grammar g, TimeResolver times) {
    this.g = g;
    this.lexicon = g.lexicon;
    this.times = times;
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    c.period = period(c.v, c.first, c.last, c.planned);
    if (c.period != null) {
      c.note("period", "'" + c.period.text() + "'");
    }
    return Optional.empty();
  }

  /**
   * The time the figure refers to: a time expression of its clause that does not date the statement
   * instead ("said on Friday", "In January, the NIS said").
   */
  private TimeSpan period(SentenceView v, int first, int last, boolean planned) {
    int base = v.sentence.begin();
    TimeSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    int clauseFrom = g.clauseStartPlain(v, first);
    int clauseTo = g.clauseEnd(v, last);
    for (TimeSpan span : times.find(v.text(), v.article.published(), planned)) {
      int startTok = v.tokenAtOrAfter(base + span.charStart());
      int endTok = v.tokenEndingBy(base + span.charEnd());
      boolean leading = startTok <= 1 && endTok + 1 < v.size() && v.lower(endTok + 1).equals(",");
      if ((startTok < clauseFrom && !leading) || startTok >= clauseTo) {
        continue;
      }
      if (datesStatement(v, startTok, endTok, first, last)) {
        continue;
      }
      if (span.start() != null && span.end() != null && since(v, startTok)) {
        span = new TimeSpan(span.start(), null, span.charStart(), span.charEnd(), span.text());
      }
      int distance = startTok > last ? startTok - last : first - endTok;
      if (distance < bestDistance) {
        best = span;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Whether a time expression dates the statement rather than the figure: right after a verb of
   * saying ("said Monday", "according to the government on Monday"), before the subject of one ("In
   * January, the NIS said"), or anywhere after a verb of saying that follows the figure ("..., says
   * Lee, who was briefed on Thursday").
   */
  private boolean datesStatement(
      SentenceView v, int startTok, int endTok, int figureFirst, int figureLast) {
    for (int i = Math.max(0, startTok - 6); i < startTok; i++) {
      if (g.saysOrAccording(v, i) && !g.anyIs("complementizer", v, i, startTok)) {
        return true;
      }
    }
    for (int i = figureLast + 1; i < startTok; i++) {
      if (g.saysOrAccording(v, i)) {
        return true;
      }
    }
    for (int i = endTok + 1; endTok < figureFirst && i < Math.min(v.size(), endTok + 6); i++) {
      if (v.pos(i).equals("NUM")) {
        return false;
      }
      if (lexicon.phraseAt(v.lower, i, "say") > 0) {
        return true;
      }
    }
    return false;
  }

  /** "since entering combat in December": the period starts then and is still running. */
  private boolean since(SentenceView v, int startTok) {
    for (int i = Math.max(0, startTok - 3); i < startTok; i++) {
      if (g.is("since", v.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
