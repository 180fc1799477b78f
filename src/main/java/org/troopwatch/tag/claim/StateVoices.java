package org.troopwatch.tag.claim;

import java.util.Set;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;

/**
 * A state that speaks in the sentence as the one whose forces the figure counts: the subject of
 * what it says taken up by a pronoun ("Norway said it would send 150 soldiers"), or its armed
 * institution giving a toll of unnamed soldiers ("two soldiers were killed, the Israeli military
 * said"). Read by {@link DeployerStep}.
 */
final class StateVoices {

  /** Source kinds that speak for a state's own forces ("the Russian Defence Ministry said"). */
  private static final Set<String> ARMED_VOICES = Set.of("military", "ministry");

  private final Grammar g;
  private final Places places;

  StateVoices(Grammar g, Places places) {
    this.g = g;
    this.places = places;
  }

  /**
   * The country whose armed forces speak in the sentence, a verb of saying right before or after
   * them: a military or defence source ("the Pentagon said", "said the IDF"), or a country or its
   * people before an armed institution ("Israel's military said", "said the Russian army"). Its
   * toll of unnamed soldiers counts its own dead. Null when none speaks, or two countries do.
   */
  String armedVoice(SentenceView v) {
    String voice = null;
    for (int i = 0; i < v.size(); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      Entry tie = m == null ? null : places.countryTie(m);
      if (tie == null || m.is(Kind.PLACE) || m.is(Kind.REGION)) {
        continue;
      }
      int start = v.mentionStart(i);
      int end = v.pastMention(i);
      Entry source = m.first(Kind.SOURCE);
      boolean armed = source != null && ARMED_VOICES.contains(String.valueOf(source.sourceKind()));
      if (!armed && (m.is(Kind.COUNTRY) || m.is(Kind.DEMONYM))) {
        int word = g.is("possessive_marker", v.lower(end)) ? end + 1 : end;
        int n = g.phraseAt(v, word, "armed_voice");
        armed = n > 0;
        end = armed ? word + n : end;
      }
      end = armed && g.is("agent", v.lower(end)) ? end + 1 : end; // "the Saudi army spokesman said"
      int before = start > 0 && g.is("definite", v.lower(start - 1)) ? start - 1 : start;
      boolean speaks = g.saysAt(v, end) || before > 0 && g.phraseAt(v, before - 1, "say") > 0;
      if (armed && speaks) {
        if (voice != null && !voice.equals(tie.iso3())) {
          return null;
        }
        voice = tie.iso3();
      }
    }
    return voice;
  }

  /**
   * "Norway said it would send 150 soldiers", "Japan announced that they had deployed 40
   * engineers": a country that speaks, then a pronoun (state_pronoun) that takes it up as the
   * subject of the clause holding the figure, with no other country acting in between.
   */
  String sayerAsSubject(SentenceView v, int first) {
    for (int i = 0; i < first; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      Entry tie = m == null ? null : places.countryTie(m);
      if (tie == null
          || !(m.is(Kind.COUNTRY) || m.is(Kind.CAPITAL) || actingSource(m))
          || m.is(Kind.PLACE)
          || places.governed(v, v.mentionStart(i))
          || !g.saysAt(v, v.pastMention(i))) {
        continue;
      }
      for (int k = v.pastMention(i); k < first; k = v.pastMention(k)) {
        if (g.isBoundary(v, k) || v.mention(k) != null && !places.governed(v, k)) {
          break; // "Norway said Sweden would send ...": the other country acts
        }
        if (g.is("state_pronoun", v.lower(k)) && g.verbFollows(v, k + 1)) {
          return g.separated(v, k + 1, first) ? null : tie.iso3();
        }
      }
    }
    return null;
  }

  private static boolean actingSource(Mention m) {
    Entry source = m.first(Kind.SOURCE);
    return source != null
        && DeployerStep.ACTING_SOURCES.contains(String.valueOf(source.sourceKind()));
  }
}
