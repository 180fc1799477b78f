package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;
import org.troopwatch.tag.claim.words.WordSentence.Mention;

/**
 * The host and location: a place, region or country the language marks as where the troops are or
 * go ({@code grammar.tsv} host markers: "러시아에", "в Курской области"), or where they leave for a
 * withdrawal ("из Сирии"), the nearest to the figure; else the article's last host. The deployer's
 * own country is no host.
 */
final class HostWordStep implements WordStep {

  @Override
  public String name() {
    return "host";
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    WordSentence s = c.s;
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean withdrawn = "withdrawn".equals(c.metric);
    boolean ownSoil = false;
    for (Mention m : s.mentions) {
      if ("source".equals(m.kind()) || "demonym".equals(m.kind()) || "force".equals(m.kind())) {
        continue;
      }
      boolean marked = s.hostMarked(m) || (withdrawn && s.fromMarked(m));
      if (marked && c.deployer.equals(m.entry().value())) {
        ownSoil = true; // "В Україні загинули ... українських військових"
      }
      if (!marked || c.deployer.equals(m.entry().value())) {
        continue;
      }
      if ("captured".equals(c.metric) && "capital".equals(m.kind())) {
        continue; // "доставлены в Киев": captives are brought to the captor's capital
      }
      int d = Math.abs(m.start() - c.first) - ("place".equals(m.kind()) ? 2 : 0);
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    if (best != null) {
      c.host = best.entry().value();
      c.location =
          "country".equals(best.kind()) || "capital".equals(best.kind())
              ? null
              : best.entry().extra();
      if (c.location != null && c.host != null) {
        // a place names its country; a country named too keeps the place as the location
      }
      c.note("host", "'" + s.quote(best.start(), best.end()) + "'");
    } else if (ownSoil) {
      return Optional.of(Rejection.OWN_SOIL);
    } else if (c.context.lastHost != null) {
      c.host = c.context.lastHost;
      c.location = c.context.lastLocation;
      c.note("host", "the article's host (" + c.host + ")");
    } else {
      return Optional.of(Rejection.NO_HOST);
    }
    if (c.deployer.equals(c.host)) {
      return Optional.of(Rejection.OWN_SOIL);
    }
    return Optional.empty();
  }
}
