package org.troopwatch.tag.claim;

import java.util.List;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * The speech-verb reader: the speakers of the sentence's verbs of saying, the subject of "X said"
 * (a known source in its clause, else the noun phrase before the verb), the object of an inverted
 * "..., says X", and the main subject for a participle "..., saying".
 */
final class SayReader {

  private final Grammar g;
  private final Lexicon lexicon;
  private final SourceNames names;
  private final CitedReader cited;

  SayReader(Grammar g, SourceNames names, CitedReader cited) {
    this.g = g;
    this.lexicon = g.lexicon;
    this.names = names;
    this.cited = cited;
  }

  /**
   * Adds the speakers of the sentence's verbs of saying to {@code candidates} and {@code spoken},
   * in text order; whether the sentence has a verb of saying.
   */
  boolean speakers(
      SentenceView v, ArticleContext context, List<Speaker> candidates, List<Speaker> spoken) {
    boolean says = false;
    for (int i = 0; i < v.size(); i++) {
      if (v.mention(i) == null && saysAfterGluedQuote(v.lower(i))) {
        says = true; // "... in the Sumy region“wrote Zelensky": the closing mark run into the verb
        Speaker inverted = cited.objectSource(v, i + 1, context);
        Attribution.add(candidates, inverted);
        Attribution.add(spoken, inverted);
        continue;
      }
      if (v.mention(i) == null && lexicon.phraseAt(v.lower, i, "say") > 0 && isVerbLike(v, i)) {
        says = true;
        int before = i - 1;
        while (before >= 0 && (v.pos(before).equals("AUX") || v.pos(before).equals("ADV"))) {
          before--;
        }
        if (before >= 0 && v.pos(before).equals("PRON") && quotedBeforeItsSpeaker(v, i)) {
          continue; // "“We assess that ...,” Kirby said": the quoted "we" is the speaker outside
        }
        if (before >= 0 && before < i - 1 && impersonalPassive(v, before, i)) {
          continue; // "It was first reported that ...": "it" names no one who reported
        }
        boolean participle = g.is("say_participle", v.lower(i));
        if (before >= 0
            && (v.lower(before).equals(",") || g.isQuote(v.lower(before)))
            && !g.is("say_to", v.lower(i))
            && !participle) {
          Speaker inverted = cited.objectSource(v, i + 1, context); // "..., says Lee"
          Attribution.add(candidates, inverted);
          Attribution.add(spoken, inverted);
        }
        Speaker subject =
            participle && before >= 0 && v.lower(before).equals(",")
                ? mainSubject(v, before, context) // "The minister thanked them, saying ..."
                : subjectOf(v, before + 1, context);
        Attribution.add(candidates, subject);
        Attribution.add(spoken, subject);
      }
    }
    return says;
  }

  /**
   * "It was first reported that", "It is believed that": an empty subject at {@code subject}, a
   * passive of reporting at {@code verb} with no agent after it.
   */
  private boolean impersonalPassive(SentenceView v, int subject, int verb) {
    return g.is("impersonal_subject", v.lower(subject))
        && g.is("report_passive", v.lower(verb))
        && !g.is("agent_preposition", v.lower(verb + 1));
  }

  /**
   * A token where a closing quotation mark runs, with no space, into a verb of saying after the
   * last quoted word ("region“wrote", "Kharkiv\"said"): the speaker follows the verb.
   */
  private boolean saysAfterGluedQuote(String w) {
    for (int k = w.length() - 2; k > 0; k--) {
      if (Grammar.isQuote(w.charAt(k))) {
        char before = w.charAt(k - 1);
        boolean closes = Character.isLetterOrDigit(before) || Grammar.isClosingPunctuation(before);
        return closes && lexicon.is("say", w.substring(k + 1));
      }
    }
    return false;
  }

  /**
   * Whether token i stands inside a quotation that closes later in the sentence and is followed
   * there by a verb of saying: "We assessed that ...,” Kirby added." (the quotation's speaker is
   * the one named after it).
   */
  private boolean quotedBeforeItsSpeaker(SentenceView v, int i) {
    for (int j = i + 1; j < v.size(); j++) {
      String w = v.lower(j); // the tokenizer may keep the mark with its comma: ",”"
      if (w.startsWith("“")) {
        return false;
      }
      boolean closing =
          w.endsWith("”")
              || w.endsWith("\"")
                  && (w.length() > 1 || Grammar.isClosingPunctuation(v.lower(j - 1)));
      if (closing) {
        for (int k = j + 1; k < v.size(); k++) {
          if (lexicon.phraseAt(v.lower, k, "say") > 0) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * "Defence Minister X, who was giving a statement in the senate on the decision to send 1,000
   * troops": a known person or institution that opens the sentence and is said, in a relative
   * clause, to be making a statement; the figures of the clause are its words. Null otherwise.
   */
  Speaker relativeSpeaker(SentenceView v) {
    for (int i = 0; i < Math.min(v.size(), 6); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m == null || !m.is(Kind.SOURCE)) {
        continue; // "Turkish Defence Minister Hulusi Akar": the title before the name
      }
      int after = v.pastMention(i);
      if (after + 1 >= v.size()
          || !v.lower(after).equals(",")
          || !g.is("relative_person", v.lower(after + 1))) {
        return null;
      }
      for (int j = after + 2; j < v.size() && !g.isBoundary(v, j); j++) {
        if (g.is("speech_noun", v.lower(j))) {
          Speaker source = Speaker.of(m.first(Kind.SOURCE));
          return source.outlet() ? null : source;
        }
      }
      return null;
    }
    return null;
  }

  /** The subject that opens the sentence, for a participle of saying after a comma. */
  private Speaker mainSubject(SentenceView v, int comma, ArticleContext context) {
    int end = 0;
    while (end < comma && isNounPhrasePart(v, end) && !v.lower(end).equals(",")) {
      end++;
    }
    return end == 0 ? null : subjectOf(v, end, context);
  }

  private boolean isVerbLike(SentenceView v, int i) {
    String next = v.lower(i + 1);
    // The tagger takes "suggests" or "reports" for nouns now and then; a clause after settles it.
    // The word tests come first: the part-of-speech tags of a sentence are computed on first use.
    if (g.is("finite_say", v.lower(i))
        || g.is("complementizer", next)
        || next.equals(",")
        || (next.equals(".") || i + 1 >= v.size()) && v.mention(i - 1) != null // ", Esper noted."
        || v.mention(i - 1) != null
            && v.mention(i - 1).is(Kind.SOURCE)) { // "British intelligence estimates"
      return true;
    }
    String tag = v.pos(i);
    return tag.equals("VERB") || tag.equals("AUX") || v.pos(i + 1).equals("NUM");
  }

  /**
   * The subject of a verb of saying that ends at token {@code end}: the nearest known source in its
   * clause (across an apposition: "Ryder, the Pentagon spokesman, told"), else the noun phrase just
   * before the verb ("U.S. officials said", "the agency estimated", "he said").
   */
  private Speaker subjectOf(SentenceView v, int end, ArticleContext context) {
    Speaker nearest = null;
    for (int i = end - 1; i >= Math.max(0, end - 16); i--) {
      String w = v.lower(i);
      boolean parenthesis = w.equals("(") || w.equals(")"); // "JNIM (an al Qaeda affiliate) said"
      if (g.is("complementizer", w)
          || w.equals(";")
          || g.isQuote(w)
          || g.isBoundary(v, i) && !parenthesis) {
        break;
      }
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE) && g.postOfTitle(v, v.mentionStart(i))) {
        i = v.mentionStart(i); // "the ambassador to Mali said": Mali is the post, not the speaker
      } else if (m != null && m.is(Kind.SOURCE)) {
        nearest = Speaker.of(m.first(Kind.SOURCE));
        Speaker joint = names.joints.withLead(v, v.mentionStart(i), nearest);
        nearest = joint != null ? joint : nearest; // "X, together with Y, have found"
        boolean definite =
            v.mentionStart(i) > 0 && g.is("definite", v.lower(v.mentionStart(i) - 1));
        Speaker holder =
            definite ? names.postHolder(v, v.pastMention(i), end, nearest, context) : null;
        nearest = holder != null ? holder : nearest; // "the Pentagon's top officer said"
        break;
      }
    }
    if (nearest != null) {
      return nearest;
    }
    int start = end;
    while (start > 0 && end - start < 8 && isNounPhrasePart(v, start - 1)) {
      start--;
    }
    return names.phraseSource(v, start, end, context);
  }

  private boolean isNounPhrasePart(SentenceView v, int i) {
    String tag = v.pos(i);
    String w = v.lower(i);
    return tag.equals("NOUN")
        || tag.equals("PROPN")
        || tag.equals("ADJ")
        || tag.equals("DET")
        || tag.equals("PRON") && !g.is("complementizer", w)
        || g.is("possessive_marker", w)
        || w.equals(".")
        || g.is("list_joiner", w) && i > 0 && !v.pos(i - 1).equals("VERB")
        // "the Russian ambassador to Mali said": the preposition after a title belongs to the
        // title; the country after it is the post, not the speaker
        || g.titlePreposition(v, i)
        || v.mention(i) != null;
  }
}
