package org.troopwatch.tag;

import java.util.ArrayList;
import java.util.List;
import org.troopwatch.common.Claim;
import org.troopwatch.evaluate.EvaluateJob;
import org.troopwatch.evaluate.GoldClaim;
import org.troopwatch.evaluate.Score;
import org.troopwatch.evaluate.Scorer;
import org.troopwatch.ingest.LanguageDetector;
import org.troopwatch.tag.claim.words.WordClaimReader;
import org.troopwatch.tag.lang.Language;
import org.troopwatch.testing.DevGold;

/** A non-English gold set tagged by each article's language bundle (detected as ingest does). */
final class LanguageGold {

  private LanguageGold() {}

  static Score score(String set) {
    List<GoldClaim> tagged = new ArrayList<>();
    for (DevGold.Article a : DevGold.articles(set)) {
      Language language = Language.of(LanguageDetector.detect(a.text()));
      for (Claim c : new WordClaimReader(language).extract(a.docId(), a.published(), a.text())) {
        tagged.add(GoldClaim.of(c));
      }
    }
    Score score = Scorer.score(DevGold.claims(set), tagged);
    EvaluateJob.report(score, System.out);
    return score;
  }
}
