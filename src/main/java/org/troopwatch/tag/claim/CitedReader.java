package org.troopwatch.tag.claim;

import java.util.ArrayList;
import java.util.List;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * The according-to and relay reader: the sources named after "according to X" and after a relay
 * ("citing X", "briefed by X"), and the object of an inverted "..., says X": a known source in the
 * phrase, else the phrase itself as {@link SourceNames} reads it.
 */
final class CitedReader {

  private final Grammar g;
  private final Lexicon lexicon;
  private final SourceNames names;

  CitedReader(Grammar g, SourceNames names) {
    this.g = g;
    this.lexicon = g.lexicon;
    this.names = names;
  }

  /** Remembers the parties of an agreement the sentence introduces, for a later "under it". */
  void rememberAccord(SentenceView v, ArticleContext context) {
    names.joints.rememberAccord(v, context);
  }

  /** The original sources the sentence's relays name ("citing X"), in text order. */
  List<Speaker> relays(SentenceView v, ArticleContext context) {
    List<Speaker> relayed = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      int n = lexicon.phraseAt(v.lower, i, "relay");
      if (n > 0) {
        Attribution.add(relayed, objectSource(v, i + n, context));
      }
    }
    return relayed;
  }

  /**
   * The sentence's "according to X" sources, and the parties of an agreement it cites ("under the
   * agreement"), each with the token of its cue, in text order.
   */
  List<Attribution.Cited> according(SentenceView v, ArticleContext context) {
    List<Attribution.Cited> according = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      int n = lexicon.phraseAt(v.lower, i, "according");
      int terms = lexicon.phraseAt(v.lower, i, "by_terms");
      if (n == 0 && terms > 0) {
        Speaker parties = names.joints.accordParties(v, i + terms, context);
        if (parties != null) {
          according.add(new Attribution.Cited(i, parties));
          context.accordSource = parties;
        }
      } else if (n > 0) {
        Speaker cited = objectSource(v, i + n, context);
        if (cited != null) {
          according.add(new Attribution.Cited(i, cited));
        }
      }
    }
    return according;
  }

  /** The source named after "according to", "citing", "says": a known one, or an agent phrase. */
  Speaker objectSource(SentenceView v, int from, ArticleContext context) {
    int end = from;
    while (end < v.size()
        && end < from + 10
        && !isClauseEnd(v, end)
        && !(end > from && v.pos(end).equals("NUM") && v.pos(end - 1).equals("NOUN"))) {
      end++; // "according to Kyiv's security services 11,000 troops ...": the figure ends the name
    }
    for (int i = from; i < end; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.SOURCE)) {
        Speaker known = Speaker.of(m.first(Kind.SOURCE));
        Speaker author = names.descriptions.documentAuthor(v, v.pastMention(i), known, context);
        return author != null ? author : known; // "a UN report. The report by X ..."
      }
    }
    Speaker parties = names.joints.accordParties(v, from, context); // "according to the agreement"
    if (parties != null) {
      context.accordSource = parties;
      return parties;
    }
    return names.phraseSource(v, from, end, context);
  }

  private boolean isClauseEnd(SentenceView v, int i) {
    String w = v.lower(i);
    return w.equals(",")
        || w.equals(".")
        || w.equals(";")
        || g.isQuote(w)
        || w.equals(":")
        || w.equals("—")
        || v.pos(i).equals("VERB")
        || g.is("source_phrase_end", w);
  }
}
