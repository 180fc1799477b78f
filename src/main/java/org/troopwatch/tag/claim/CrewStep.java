package org.troopwatch.tag.claim;

import java.util.Optional;

/**
 * Step 6b, crews: personnel a figure counts on an offshore installation ("the 25 personnel on the
 * oil platform") are where the installation is; when the sentence names no place, the host the
 * article's earlier troops had is not theirs, and no claim is made.
 */
final class CrewStep implements Step {

  /** How far after the personnel noun the installation may be named ("on the disputed oil rig"). */
  private static final int REACH = 5;

  private final Grammar g;

  CrewStep(Grammar g) {
    this.g = g;
  }

  @Override
  public String name() {
    return "crew";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    boolean carried = c.host != null && c.host.evidence() == null;
    if (carried && c.head.direct() && onInstallation(c.v, c.head.end())) {
      return Optional.of(Rejection.INSTALLATION_CREW);
    }
    return Optional.empty();
  }

  /** Whether an installation is named right after the group, before any verb or punctuation. */
  private boolean onInstallation(SentenceView v, int from) {
    for (int i = from; i < Math.min(v.size(), from + REACH); i++) {
      if (g.phraseAt(v, i, "installation") > 0) {
        return true;
      }
      String tag = v.pos(i);
      if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT")) {
        return false;
      }
    }
    return false;
  }
}
