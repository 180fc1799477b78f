package org.troopwatch.tag.claim;

import java.util.Optional;
import org.troopwatch.tag.ArticleText.Mention;

/**
 * Step 5, direction: troops sent to their own country's soil leave their host ("shift 9,000 Marines
 * from Okinawa to Guam"): a deployment read as such becomes {@code withdrawn}.
 */
final class DirectionStep implements Step {

  private final Grammar g;
  private final Places places;

  DirectionStep(Grammar g, Places places) {
    this.g = g;
    this.places = places;
  }

  @Override
  public String name() {
    return "direction";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    if ("deployed".equals(c.metric) && headingHome(c.v, c.head.after(c.last), c.deployer)) {
      c.metric = "withdrawn";
      c.note("direction", "heading to the deployer's own soil");
    }
    return Optional.empty();
  }

  /**
   * "shift 9,000 Marines from Okinawa to Guam", "5,000 Marines will go to Guam": troops sent to
   * their own country's soil leave their host (spec convention 22).
   */
  private boolean headingHome(SentenceView v, int from, String deployer) {
    for (int i = from; i < Math.min(v.size(), from + 12); i++) {
      if (g.isBoundary(v, i)) {
        return false;
      }
      Mention m = v.mention(i);
      if (m == null) {
        continue;
      }
      String preposition = places.preposition(v, v.mentionStart(i));
      if (preposition != null && g.is("destination", preposition)) {
        HostPlace place = places.placeOf(v, i, deployer);
        return place != null && deployer.equals(place.country());
      }
      i = v.pastMention(i) - 1;
    }
    return false;
  }
}
