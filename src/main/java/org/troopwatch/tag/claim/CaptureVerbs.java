package org.troopwatch.tag.claim;

import org.troopwatch.tag.Lexicon;

/**
 * Verbs of capture and release read around a figure: a release right before it ("Iran freed 15
 * British sailors": captives, convention 19), and a capture whose object is a place ("a force sent
 * to capture the air base": no captives, convention 11).
 */
final class CaptureVerbs {

  private static final String CAPTURED = "captured";

  private final Grammar g;
  private final Lexicon lexicon;

  CaptureVerbs(Grammar g) {
    this.g = g;
    this.lexicon = g.lexicon;
  }

  /**
   * Whether a verb of release governs the figure: it ends right before it, across determiners and
   * adverbs ("released the 15 sailors", "freed two Turkish pilots").
   */
  boolean releasedBefore(SentenceView v, int first, int clauseStart) {
    for (int i = first - 1; i >= Math.max(clauseStart, first - 3); i--) {
      for (int start = Math.max(0, i - 2); start <= i; start++) {
        if (g.phraseAt(v, start, "release") == i - start + 1) {
          return true;
        }
      }
      if (!v.pos(i).equals("DET") && !v.pos(i).equals("ADV")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a capture verb in [from, to) takes a place as its object ("to capture Tripoli's air
   * base", "seized the town"), so that it counts no captives (convention 11).
   */
  boolean capturesPlace(SentenceView v, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(v.size(), to); i++) {
      int n = g.phraseAt(v, i, "trigger");
      if (n > 0) {
        Lexicon.Trigger t = lexicon.trigger(v.lowerSpan(i, i + n));
        if (CAPTURED.equals(t.metric())) {
          return placeObject(v, i + n);
        }
        i += n - 1;
      }
    }
    return false;
  }

  /** Whether the object starting at {@code from} is a place: names and modifiers, then its noun. */
  private boolean placeObject(SentenceView v, int from) {
    for (int j = from; j < Math.min(v.size(), from + 6); j++) {
      if (g.phraseAt(v, j, "seized_place") > 0) {
        return true;
      }
      String tag = v.pos(j);
      boolean modifier =
          v.mention(j) != null
              || tag.equals("DET")
              || tag.equals("ADJ")
              || tag.equals("PROPN")
              || g.is("possessive_marker", v.lower(j));
      if (!modifier || g.personnelAt(v, j) > 0) {
        return false;
      }
    }
    return false;
  }
}
