package org.troopwatch.tag.claim.words;

import org.troopwatch.tag.claim.words.WordSentence.Mention;

/**
 * Who a sentence's figures are attributed to: a source named in the sentence (the one nearest
 * before the figure; a relaying outlet only when no other source is named: "..., передает ТАСС"),
 * else the article's last source when the sentence reports speech (a say or according cue, a
 * quotation) or the source was named in the last two sentences; else the outlet's own voice (null).
 */
final class WordAttribution {

  private WordAttribution() {}

  static String source(WordCandidate c) {
    WordSentence s = c.s;
    Mention best = null;
    Mention relay = null;
    for (Mention m : s.mentions) {
      if (!"source".equals(m.kind())) {
        continue;
      }
      if (s.cue("relay", m.start() - 2, m.start()) >= 0) {
        relay = m;
        continue;
      }
      if (best == null || m.start() < c.first || best.start() > c.first) {
        if (best == null || m.start() < c.first) {
          best = m;
        }
      }
    }
    if (best == null && relay != null && c.context.lastSource == null) {
      best = relay;
    }
    if (best != null) {
      c.note("source", "'" + s.quote(best.start(), best.end()) + "'");
      return best.entry().extra();
    }
    if (c.context.lastSource == null) {
      return null;
    }
    boolean speech =
        s.cue("say", 0, s.size()) >= 0
            || s.cue("according", 0, s.size()) >= 0
            || relay != null
            || c.lex.grammar("quote").stream().anyMatch(s.text::contains);
    if (speech || c.context.sourceAge <= 2) {
      c.note("source", "the article's source, named before");
      return c.context.lastSource;
    }
    return null;
  }
}
