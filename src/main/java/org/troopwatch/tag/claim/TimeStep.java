package org.troopwatch.tag.claim;

import java.util.List;
import java.util.Optional;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.time.TimeResolver;
import org.troopwatch.tag.time.TimeSpan;

/**
 * Step 8, time: the period the figure refers to, from a time expression of its clause that does not
 * date the statement instead ("said on Friday", "In January, the NIS said").
 *
 * <pre>
 * "... 51 killed since the start of the operation in 2013"   2013-01-01..(open)   since governs
 * "the highest toll since 2001"                               none                 a comparison
 * "since January 2, when Chadian troops lost 700 men"         01-02..01-02         when: that day
 * "12,000 soldiers in Kursk, where Ukraine struck in August"  none                 another clause
 * "16,000 sailors and 1,300 marines ... between 2008 and 2015" both                shared time
 * "Today, 5,100 soldiers are mobilized"                       none                 standing level
 * </pre>
 */
final class TimeStep implements Step {

  /** The metric of a standing level, which a single day of some other event does not date. */
  private static final String DEPLOYED = "deployed";

  /** How far back a "since" governs a date of its clause ("since France launched ... in 2013"). */
  private static final int SINCE_REACH = 10;

  /** How far before "since" a superlative makes it a comparison ("the lowest number since"). */
  private static final int COMPARISON_REACH = 6;

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
    // a release dates the homecoming, not the capture (convention 19)
    c.period = c.released ? null : period(c);
    if (c.period != null) {
      c.note("period", "'" + c.period.text() + "'");
    }
    return Optional.empty();
  }

  /**
   * The time the figure refers to: a time expression of its clause that does not date the statement
   * instead ("said on Friday", "In January, the NIS said"), nor an event of another clause; failing
   * one, the time after a figure coordinated with it ("16,000 sailors and 1,300 marines ... between
   * 2008 and 2015").
   */
  private TimeSpan period(Candidate c) {
    SentenceView v = c.v;
    int first = c.first;
    int last = c.last;
    int base = v.sentence.begin();
    List<TimeSpan> spans = times.find(v.text(), v.article.published(), c.planned, speaksOfAPlan(v));
    int clauseFrom = g.clauseStartPlain(v, first);
    int clauseTo = g.clauseEnd(v, last);
    boolean coordinated =
        clauseTo < v.size() && v.pos(clauseTo).equals("NUM") && g.startsFigureAfterAnd(v, clauseTo);
    int sharedTo = coordinated ? g.clauseEnd(v, clauseTo) : clauseTo;
    TimeSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeSpan span : spans) {
      int startTok = v.tokenAtOrAfter(base + span.charStart());
      int endTok = v.tokenEndingBy(base + span.charEnd());
      TimeSpan linked = whenLinked(v, span, startTok, endTok, first);
      if (linked != null) {
        return linked;
      }
      boolean leading = startTok <= 1 && endTok + 1 < v.size() && v.lower(endTok + 1).equals(",");
      if ((startTok < clauseFrom && !leading) || startTok >= sharedTo) {
        continue;
      }
      if (datesStatement(v, startTok, endTok, first, last)
          || otherClause(v, startTok, endTok, first, last)
          || standingToday(c, span, clauseFrom, clauseTo)) {
        continue;
      }
      int since = sinceAt(v, startTok, clauseFrom);
      if (since >= 0 && since < first && first < startTok) {
        since = -1; // "since 250 Marines landed there in 2012": the date is the figure's own event
      }
      if (since >= 0 && g.anyIs("superlative", v, since - COMPARISON_REACH, since)) {
        continue; // "the highest number since 2001" compares, it does not date the figure
      }
      if (since >= 0 && span.start() != null && span.end() != null) {
        span = new TimeSpan(span.start(), null, span.charStart(), span.charEnd(), span.text());
      }
      int distance = startTok > last ? startTok - last : first - endTok;
      if (startTok >= clauseTo) {
        distance += v.size(); // past a coordinated figure: only when the own clause has none
      }
      if (distance < bestDistance) {
        best = span;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * "since January 2, when Chadian troops overran Fada with the loss of 700 men": a figure in a
   * clause opened by a word of time linking back to a date is dated by that date itself (the day,
   * not "since" it); null when the figure is not in such a clause.
   */
  private TimeSpan whenLinked(SentenceView v, TimeSpan span, int startTok, int endTok, int first) {
    int link = endTok + 1 < v.size() && v.lower(endTok + 1).equals(",") ? endTok + 2 : endTok + 1;
    if (link >= first
        || !g.is("time_link", v.lower(link))
        || g.anyIs("time_link", v, link + 1, first)
        || g.separated(v, link + 1, first)) {
      return null;
    }
    if (span.start() != null && span.end() != null) {
      return span;
    }
    // The resolver read the prefix ("since January 2" starts then); read the date without it.
    int from = v.tokens.get(Math.min(startTok + 1, endTok)).begin() - v.sentence.begin();
    List<TimeSpan> inner = times.find(v.text().substring(from), v.article.published(), false);
    if (inner.isEmpty() || inner.get(0).start() == null || inner.get(0).end() == null) {
      return null;
    }
    TimeSpan date = inner.get(0);
    return new TimeSpan(date.start(), date.end(), span.charStart(), span.charEnd(), span.text());
  }

  /**
   * Whether a comma and a word that opens a clause of its own ("..., where Ukraine struck in August
   * 2024") stand between the time expression and the figure: the time dates that clause's event.
   */
  private boolean otherClause(SentenceView v, int startTok, int endTok, int first, int last) {
    int from = startTok > last ? last + 1 : endTok + 1;
    int to = startTok > last ? startTok : first;
    for (int i = Math.max(1, from); i < to; i++) {
      if (g.is("time_break", v.lower(i)) && v.lower(i - 1).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a single day dates something other than a standing level ("Today, 5,100 soldiers are
   * mobilized", "ordered on Friday the withdrawal of the 700 troops currently stationed"): the
   * level is the one that is, not an event of that day.
   */
  private boolean standingToday(Candidate c, TimeSpan span, int clauseFrom, int clauseTo) {
    if (!DEPLOYED.equals(c.metric)
        || c.planned
        || span.start() == null
        || !span.start().equals(span.end())) {
      return false;
    }
    return g.anyIs("present", c.v, clauseFrom, clauseTo);
  }

  /**
   * Whether a word of plan stands anywhere in the sentence ("will reduce ... to 2,500 troops and
   * 2,500 troops in Iraq by Jan. 15"): its end dates ("by", "until") look ahead; in a report ("By
   * early July, 200 were left") they look back.
   */
  private boolean speaksOfAPlan(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (g.plannedAt(v, i)) {
        return true;
      }
    }
    return false;
  }

  /** A word of saying that is not one here: part of a toll ("claimed the lives of"), "added to". */
  private boolean notSaying(SentenceView v, int i) {
    int n = lexicon.phraseAt(v.lower, i, "say");
    return n > 0
        && (lexicon.phraseAt(v.lower, i, "trigger") > 0
            || (i + n < v.size() && g.is("destination", v.lower(i + n))));
  }

  /**
   * Whether a time expression dates the statement rather than the figure: right after a verb of
   * saying ("said Monday", "according to the government on Monday"), before the subject of one ("On
   * March 12, the chief of the General Staff, General X, said that ..."), or anywhere after a verb
   * of saying that follows the figure ("..., says Lee, who was briefed on Thursday").
   */
  private boolean datesStatement(
      SentenceView v, int startTok, int endTok, int figureFirst, int figureLast) {
    for (int i = Math.max(0, startTok - 6); i < startTok; i++) {
      if (g.saysOrAccording(v, i)
          && !notSaying(v, i)
          && !g.anyIs("complementizer", v, i, startTok)) {
        return true;
      }
    }
    for (int i = figureLast + 1; i < startTok; i++) {
      if (g.saysOrAccording(v, i)) {
        return true;
      }
    }
    for (int i = endTok + 1; endTok < figureFirst && i < figureFirst; i++) {
      if (v.pos(i).equals("NUM")) {
        return false;
      }
      if (lexicon.phraseAt(v.lower, i, "say") > 0 && !notSaying(v, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The "since" that governs a time expression, or -1: just before it ("since 2001"), or opening a
   * clause that ends with it ("since France launched its operation in January 2013": the period
   * starts then and is still running). A comma or a clause boundary ends its reach.
   */
  private int sinceAt(SentenceView v, int startTok, int clauseFrom) {
    for (int i = startTok; i >= Math.max(clauseFrom, startTok - SINCE_REACH); i--) {
      if (g.is("since", v.lower(i))) {
        return i;
      }
      if (v.lower(i).equals(",") || g.isBoundary(v, i)) {
        return -1;
      }
    }
    return -1;
  }
}
