package org.troopwatch.tag.claim.words;

import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;
import org.troopwatch.tag.claim.words.WordSentence.Mention;

/**
 * The deployer: a country, demonym or force right beside the personnel noun ("북한군", "військових
 * КНДР", "американских военных"), else the subject the language marks ("북한이 ... 파병"), else a
 * country of the sentence that is neither a host nor a source, else the article's deployer. A
 * military unit that is also a source ("한빛부대") names its country's forces.
 */
final class DeployerWordStep implements WordStep {

  @Override
  public String name() {
    return "deployer";
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    WordSentence s = c.s;
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    if (c.headAt >= 0) {
      int headEnd = c.headAt + c.head.lemmas().size();
      for (Mention m : s.mentions) {
        if (!isCountry(m, c.lex)
            || s.hostMarked(m)
            || (s.fromMarked(m) && "withdrawn".equals(c.metric))) {
          continue;
        }
        int d =
            m.start() <= c.headAt && c.headAt < m.end()
                ? 0
                : m.end() <= c.headAt ? c.headAt - m.end() : m.start() - headEnd;
        boolean after = m.start() >= headEnd;
        if (after && d > c.lex.grammarNumber("deployer_after", 2)) {
          continue; // "병력을 우크라이나 전쟁에": Korean names the owner before the noun
        }
        if (!after && c.lex.grammarNumber("deployer_after", 2) == 0 && ownsAnotherNoun(s, m, c)) {
          continue; // "우크라이나 전쟁에 병력": the name owns the noun right after it
        }
        if (after && !s.inCase(m, "owner_case")) {
          continue; // "громадян Москві": a dative after the noun is where they go, not whose
        }
        if (d >= 0 && d <= 2 && d < bestDistance) {
          best = m;
          bestDistance = d;
        }
      }
      if (best != null) {
        return set(c, best, "beside the personnel noun");
      }
    }
    for (Mention m : s.mentions) {
      boolean origin = s.fromMarked(m) && !"withdrawn".equals(c.metric);
      if (isCountry(m, c.lex)
          && (s.marks(m.end(), "subject_after") || origin)
          && m.start() < c.first) {
        best = m;
      }
    }
    if (best != null) {
      return set(c, best, "the subject");
    }
    if (c.context.articleDeployer != null) {
      c.deployer = c.context.articleDeployer;
      c.note("deployer", "the article's troops (" + c.deployer + ")");
      return Optional.empty();
    }
    for (Mention m : s.mentions) {
      if (isCountry(m, c.lex) && !s.hostMarked(m) && !s.fromMarked(m)) {
        return set(c, m, "named in the sentence");
      }
    }
    return Optional.of(Rejection.NO_DEPLOYER);
  }

  /** True when a noun that is no personnel stands between the name and the head (Korean order). */
  private static boolean ownsAnotherNoun(WordSentence s, Mention m, WordCandidate c) {
    for (int i = m.end(); i < c.headAt; i++) {
      String tag = s.words.get(i).tag();
      if (tag != null && tag.startsWith("NN") && c.lex.personnelAt(s.lemmas, i) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name of a country's forces: a country, demonym, force, capital, or a military unit source.
   */
  static boolean isCountry(Mention m, WordLexicon lex) {
    return m.entry().value() != null
        && ("country".equals(m.kind())
            || "demonym".equals(m.kind())
            || "force".equals(m.kind())
            || "capital".equals(m.kind())
            || ("source".equals(m.kind()) && lex.isUnit(m.entry().extra())));
  }

  private static Optional<Rejection> set(WordCandidate c, Mention m, String why) {
    c.deployer = m.entry().value();
    c.note("deployer", "'" + c.s.quote(m.start(), m.end()) + "' " + why);
    return Optional.empty();
  }
}
