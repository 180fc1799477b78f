package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;

/**
 * Planned, scope: a planning cue after the figure in its sentence ("파병할 예정", "прибудут") or a
 * future verb the analyzer tags ("verb:...:futr", every reading of it) makes it planned; a total
 * cue just before it ("총", "всего") makes it a total, an increment cue ("ещё", "추가") an increment.
 */
final class ScopeWordStep implements WordStep {

  @Override
  public String name() {
    return "scope";
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    WordSentence s = c.s;
    int plan = s.cue("planned", Math.max(0, c.first - 4), s.size());
    if (plan >= 0) {
      c.planned = true;
      c.note("planned", "'" + s.words.get(plan).text() + "'");
    } else {
      for (int i = Math.max(0, c.first - 4); i < s.size(); i++) {
        String tag = s.words.get(i).tag();
        if (tag != null
            && tag.startsWith("verb")
            && tag.contains("futr")
            && !tag.contains("pres")
            && !tag.contains("past")) {
          c.planned = true;
          c.note("planned", "future '" + s.words.get(i).text() + "'");
          break;
        }
      }
    }
    int inc = s.cue("increment", c.first - 3, c.first);
    int total = s.cue("total", c.first - 6, c.first);
    if (inc >= 0) {
      c.scope = "increment";
      c.note("scope", "'" + s.words.get(inc).text() + "'");
    } else if (total >= 0) {
      c.scope = "total";
      c.note("scope", "'" + s.words.get(total).text() + "'");
    }
    return Optional.empty();
  }
}
