package org.troopwatch.tag.claim;

import java.util.List;
import java.util.Optional;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.figure.FigureParser;
import org.troopwatch.tag.figure.Flag;

/**
 * Step 7, scope, wave and planned: whether the figure is announced or planned rather than done, a
 * total to date or a new batch, and the batch's ordinal when the text numbers it ("second wave").
 */
final class ScopeStep implements Step {

  private final Grammar g;
  private final Lexicon lexicon;
  private final FigureParser figures;

  ScopeStep(Grammar g, FigureParser figures) {
    this.g = g;
    this.lexicon = g.lexicon;
    this.figures = figures;
  }

  @Override
  public String name() {
    return "scope";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    c.planned = planned(c.v, c.first, c.last, c.before, c.metric) && !standingLevel(c);
    c.scope = scope(c.v, c.first, c.last, c.head, c.metric, c.before);
    if ("increment".equals(c.scope)
        && Grammar.isToll(c.metric)
        && !g.is("comparative_more", c.v.lower(c.last + 1))) {
      // "another seven soldiers were wounded": a listing, not a new batch (conv 12); "23 more had
      // died of their wounds" stays a new batch.
      c.scope = null;
    }
    if (c.level == Level.START || c.level == Level.WHOLE) {
      c.planned = false; // the standing level a change starts from or a part leaves
      c.scope = null;
    } else if (c.level == Level.TARGET) {
      c.scope = "total"; // conventions 26, 36; planned while not reached
      // "will cut its troops from 5,200 to 3,000": the change's verb stands before the start figure
      c.planned = planned(c.v, c.first, c.last, List.of(), c.metric) && !standingLevel(c);
    } else if (c.level == Level.BY) {
      c.scope = "increment";
    } else if (c.level == Level.GONE) {
      c.planned = true;
    }
    if (!c.planned && c.level != Level.START && c.level != Level.WHOLE && sharesPlan(c)) {
      c.planned = true;
    }
    c.wave = wave(c.v, c.nextWave);
    if (c.wave != null && c.scope == null && c.wave > 1) {
      c.scope = "increment";
    }
    if (c.planned || c.scope != null || c.wave != null) {
      c.note(
          "scope",
          (c.scope == null ? "" : c.scope + " ")
              + (c.wave == null ? "" : "wave " + c.wave + " ")
              + (c.planned ? "planned" : ""));
    }
    return Optional.empty();
  }

  /**
   * "to support the roughly 1,000 troops based there", "the military's 700 troops currently
   * stationed": a definite figure with its own word of standing is the level that is, not a plan.
   */
  private boolean standingLevel(Candidate c) {
    if (!"deployed".equals(c.metric) || c.first < 1) {
      return false;
    }
    String before = c.v.lower(c.first - 1);
    if (!g.is("definite", before) && !g.is("possessive_marker", before)) {
      return false;
    }
    int after = c.head.after(c.last);
    return g.is("standing", c.v.lower(after)) || g.is("standing", c.v.lower(after + 1));
  }

  /**
   * "will reduce its forces to 2,500 troops in Afghanistan and 2,500 troops in Iraq": a figure
   * joined to a planned one with no verb of its own shares the plan.
   */
  private boolean sharesPlan(Candidate c) {
    Candidate prev = c.previous();
    if (prev == null || !prev.planned || prev.last >= c.first) {
      return false;
    }
    boolean joined = false;
    for (int i = prev.last + 1; i < c.first; i++) {
      String tag = c.v.pos(i);
      if (g.isBoundary(c.v, i) || tag.equals("VERB") || tag.equals("AUX")) {
        return false;
      }
      joined |= g.is("list_joiner", c.v.lower(i));
    }
    return joined;
  }

  /**
   * Whether the figure's clause announces or plans it. A toll counts what has happened: a word of
   * plan or expectation in its clause hedges the estimate ("the number of wounded is expected to be
   * about 400", "deaths could range from 150 to 200"), it plans nothing, unless it projects the
   * toll onwards ("could rise to 60", "is expected to climb to 500").
   */
  private boolean planned(
      SentenceView v, int first, int last, List<Candidate> before, String metric) {
    int from = g.clauseStart(v, first, before);
    int to = g.clauseEnd(v, last);
    for (int i = first - 1; i >= from; i--) {
      if (g.is("relative", v.lower(i)) && v.pos(i).equals("PRON")) {
        from =
            i + 1; // "will bulk up a force that had numbered 1,700": the figure's own verb counts
        break;
      }
    }
    for (int i = last + 1; i < Math.min(to, last + 6); i++) {
      if (g.is("already", v.lower(i))) {
        return false; // "1,500 special forces already in Russia's Far East"
      }
    }
    for (int i = from; i < to; i++) {
      if (g.plannedAt(v, i) && (!Grammar.isToll(metric) || projects(v, i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of growth is part of or follows the cue of plan at token i ("could rise"). */
  private boolean projects(SentenceView v, int i) {
    int end = i + Math.max(1, lexicon.phraseAt(v.lower, i, "planned")) + 2;
    for (int j = i; j < Math.min(v.size(), end); j++) {
      if (g.is("growth", v.lower(j))) {
        return true;
      }
    }
    return false;
  }

  private String scope(
      SentenceView v, int first, int last, Head head, String metric, List<Candidate> before) {
    int headEnd = head.direct() ? head.end() : last + 1;
    for (int i = Math.max(0, first - 2); i < Math.min(v.size(), headEnd + 1); i++) {
      String w = v.lower(i);
      boolean more = g.is("comparative_more", w);
      if (more && i > last || !more && lexicon.phraseAt(v.lower, i, "increment") > 0) {
        return "increment";
      }
    }
    int from = g.clauseStart(v, first, before);
    int to = g.clauseEnd(v, last);
    for (int i = from; i < to; i++) {
      int n = lexicon.phraseAt(v.lower, i, "total");
      if (n > 0) {
        String phrase = String.join(" ", v.lower.subList(i, i + n));
        if (g.is("perfect_auxiliary", v.lower(i)) && !"deployed".equals(metric)) {
          continue;
        }
        return "total";
      }
    }
    return null;
  }

  private Integer wave(SentenceView v, Integer nextWave) {
    Integer own = ordinalWave(v);
    return own != null ? own : nextWave;
  }

  /** "the second wave", "a third batch": the ordinal the text gives the batch. */
  Integer ordinalWave(SentenceView v) {
    int base = v.sentence.begin();
    for (Figure f : figures.find(v.text())) {
      // "the second-largest contingent": an ordinal joined to a superlative ranks, it counts no
      // batch
      boolean compound = f.end() < v.text().length() && v.text().charAt(f.end()) == '-';
      if (f.flags().contains(Flag.ORDINAL) && f.low() != null && !compound) {
        int last = v.tokenEndingBy(base + f.end());
        for (int j = last + 1; j < Math.min(v.size(), last + 3); j++) {
          if (g.is("wave_noun", v.lower(j))) {
            return f.low().intValue();
          }
        }
      }
    }
    return null;
  }
}
