package org.troopwatch.tag.claim.words;

import org.troopwatch.knowledge.Country;
import org.troopwatch.knowledge.Knowledge;
import org.troopwatch.tag.claim.words.WordSentence.Mention;

/**
 * Who a sentence's figures are attributed to: a source named in the sentence (the one nearest
 * before the figure; a relaying outlet only when no other source is named: "..., передает ТАСС"),
 * else a country the sentence makes a speaker ("우크라이나는 ... 생포했다며"), else the source the next
 * sentence names when it refers back ("Об этом сообщил ...", "Про це розповів ..."), else in the
 * headline and lead before any source speaks, the first source that speaks in the article (they sum
 * up its report), else the article's last source when the sentence reports speech (a say or
 * according cue, a quotation) or the source was named in the last two sentences; else the outlet's
 * own voice (null). A relaying outlet or lawmaker named beside another source is its messenger
 * (relayed_by).
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
      if (best == null || m.start() < c.first) {
        best = m;
      }
    }
    Mention messenger = relay;
    if (best == null && relay != null && c.context.lastSource == null) {
      best = relay;
      messenger = null;
    }
    String found = null;
    if (best != null) {
      c.note("source", "'" + s.quote(best.start(), best.end()) + "'");
      found = best.entry().extra();
      if (messenger == null) {
        messenger = messengerBefore(s, best);
      }
    } else if (speakingCountry(s) != null) {
      Mention country = speakingCountry(s);
      c.note("source", "'" + s.quote(country.start(), country.end()) + "' speaks");
      found = Knowledge.defaults().country(country.entry().value()).map(Country::name).orElse(null);
    } else if (c.context.sourceAfter.containsKey(s.index)) {
      c.note("source", "named by the next sentence, which refers back to this one");
      found = c.context.sourceAfter.get(s.index);
    } else if (!c.context.spoken && c.context.firstSource != null) {
      // The headline and lead sum up the report whose source the body names after them.
      c.note("source", "the article's source, named after the lead");
      found = c.context.firstSource;
    } else if (c.context.lastSource != null) {
      boolean speech =
          personalSay(s)
              || s.cue("according", 0, s.size()) >= 0
              || relay != null
              || c.lex.grammar("quote").stream().anyMatch(s.text::contains);
      if (speech || c.context.sourceAge <= 2) {
        c.note("source", "the article's source, named before");
        found = c.context.lastSource;
      }
    }
    if (found != null && messenger != null && !found.equals(messenger.entry().extra())) {
      c.relayedBy = messenger.entry().extra();
      c.note("relayed_by", "'" + s.quote(messenger.start(), messenger.end()) + "'");
    }
    return found;
  }

  /**
   * A say cue of the sentence that is not impersonal: a say verb followed by the language's passive
   * ({@code grammar.tsv} passive_after: "것으로 전해졌다", it is reported) names no speaker.
   */
  private static boolean personalSay(WordSentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.cue("say", i, i + 1) == i
          && !s.marks(i + 1, "passive_after")
          && !s.marks(i + 2, "passive_after")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A country the sentence makes a speaker: where the language marks the subject, a country with
   * its particle that a quotative ending closes ("우크라이나는 ... 생포했다며"); elsewhere a country right
   * before a say verb ("Украина заявила"); else null.
   */
  static Mention speakingCountry(WordSentence s) {
    for (Mention m : s.mentions) {
      if (!"country".equals(m.kind()) || m.entry().value() == null) {
        continue;
      }
      if (s.marks(m.end(), "subject_after")) {
        for (int i = m.end() + 1; i < s.size(); i++) {
          if (s.marks(i, "quotative")) {
            return m;
          }
        }
      } else if (s.lex().grammar("subject_after").isEmpty()
          && s.cue("say", m.end(), m.end() + 2) == m.end()) {
        return m;
      }
    }
    return null;
  }

  /**
   * A named source before the originator that passes it on: another source whose words are followed
   * by a relay cue ("의원은 ... 국정원이 보고", "депутат ... со ссылкой на ГУР"), or null.
   */
  private static Mention messengerBefore(WordSentence s, Mention originator) {
    for (Mention m : s.mentions) {
      if (m.start() >= originator.start()) {
        break;
      }
      if ("source".equals(m.kind())
          && !m.entry().extra().equals(originator.entry().extra())
          && s.cue("relay", m.end(), originator.start()) >= 0) {
        return m;
      }
    }
    return null;
  }

  /**
   * True when a source named in a sentence speaks in it, so that it may carry to the sentences
   * after: an according phrase beside it ("по данным ГУР", "국정원에 따르면"), a say verb within three
   * words of it ("заявил Буданов") or, where the language marks the subject, a subject that a say
   * verb of the sentence closes ("국정원은 ... 밝혔다"), a quotation right after it (국정원 "..."), a
   * headline that ends with it ("..., - ГУР"), or a sentence that refers back ("Об этом сообщил").
   */
  static boolean speaks(WordSentence s, Mention m) {
    if (s.cue("according", m.start() - 3, m.start()) >= 0
        || s.cue("according", m.end(), m.end() + 2) >= 0
        || s.cue("say", m.start() - 3, m.end() + 3) >= 0
        || s.cue("about_this", 0, s.size()) >= 0) {
      return true;
    }
    if (s.marks(m.end(), "subject_after") && s.cue("say", m.end(), s.size()) >= 0) {
      return true;
    }
    int after = s.words.get(m.end() - 1).end();
    String rest = s.text.substring(after).strip();
    if (rest.isEmpty()) {
      return m.start() > 0 && HeadWordStep.isPunct(s, m.start() - 1);
    }
    return s.lex().grammar("quote").stream().anyMatch(rest::startsWith);
  }
}
