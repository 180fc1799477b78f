package org.troopwatch.tag.claim;

import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;

/**
 * The head step's readings of groups named by something other than a plain personnel noun after the
 * figure: members of a force ("22 members of the military"), units of a given strength ("a
 * 200-person company of Marines"), a force's people ("Wagner has 1,200 people in Libya"), groups
 * whose level a clause counts ("cut American forces from 8,500 to 4,000") and counts whose noun the
 * article left out ("the numbers are under 2,000"); and the sizes and ratios that are no head count
 * at all.
 */
final class GroupNouns {

  private final Grammar g;
  private final Lexicon lexicon;

  GroupNouns(Grammar g) {
    this.g = g;
    this.lexicon = g.lexicon;
  }

  /**
   * Whether the figure is the size of what follows ("the 9,600-strong NATO mission", "eight per
   * launcher"), not a count of people: a strength word before a noun (the head step found no
   * personnel there) or a ratio right after it.
   */
  boolean sizeOfSomethingElse(SentenceView v, int last) {
    String here = v.lower(last);
    String next = v.lower(last + 1);
    int after = last + 1; // the word the strength describes: "the 9,600-strong NATO mission"
    if (next.equals("-") && g.is("strength", v.lower(last + 2))) {
      after = last + 3;
    } else if (g.is("strength", next)) {
      after = last + 2;
    } else if (!(g.is("strength", HeadStep.afterHyphen(here)) && here.contains("-"))) {
      return g.is("ratio", next);
    }
    // "the force was 1,700 strong": a strength said of the group is its size, a head count
    String tag = v.pos(after);
    return v.mention(after) != null || tag.equals("NOUN") || tag.equals("PROPN");
  }

  /**
   * "1,600 army officers and troops": officers joined with the troops they lead are one group of
   * personnel, not a count of ranks; the troops then head it. Returns where the head starts.
   */
  int rankAndFile(SentenceView v, int start, int end) {
    if (!"rank".equals(lexicon.personnelKind(v.lowerSpan(start, end)))
        || !g.is("list_joiner", v.lower(end))) {
      return start;
    }
    int n = g.personnelAt(v, end + 1);
    boolean file =
        n > 0 && !"rank".equals(lexicon.personnelKind(v.lowerSpan(end + 1, end + 1 + n)));
    return file ? end + 1 : start;
  }

  /**
   * "34,000 American and Australian troops": a head two countries' words modify, joined by "and" or
   * a comma; the figure counts several countries' forces together.
   */
  boolean jointHead(Candidate c) {
    int countries = 0;
    boolean joined = false;
    for (int i = c.last + 1; i < c.head.start(); i = c.v.pastMention(i)) {
      Mention m = c.v.mention(i);
      if (m != null && Places.countryTie(m) != null) {
        countries++;
      } else if (g.is("list_joiner", c.v.lower(i)) || c.v.lower(i).equals(",")) {
        joined = true;
      }
    }
    return countries >= 2 && joined;
  }

  /** A unit noun at i or the token after it ("medical unit", "survey team"). */
  boolean unitWithin(SentenceView v, int i) {
    return unitAt(v, i) || unitAt(v, i + 1);
  }

  /**
   * "the 350-member unit", "a 90-person team of military trainers": a unit noun, or a loose one
   * ("team") in a sentence about forces ("a 20-member medical team" after an earthquake is none).
   */
  boolean unitAt(SentenceView v, int i) {
    String word = v.lower(i);
    return g.is("unit_noun", word) || g.is("loose_unit_noun", word) && g.militarySentence(v);
  }

  /** Whether a unit noun follows the figure across modifiers: "one infantry battalion". */
  boolean unitAfter(SentenceView v, int from) {
    int i = from;
    while (i < v.size()
        && i < from + 3
        && (g.isModifier(v.pos(i)) || v.pos(i).equals("VERB") || v.mention(i) != null)) {
      i = v.pastMention(i);
    }
    return g.is("unit_noun", v.lower(i));
  }

  /**
   * The group whose members the noun at {@code noun} counts, when it is armed forces: a force, the
   * military or a unit named right after ("22 members of the armed forces") or between the figure
   * and the noun ("800 Canadian Armed Forces members"), or the forces the clause before the figure
   * names ("cut French forces from 5,000 members to 3,000"); null when it is no armed body. The
   * head is the personnel phrase when there is one, else the noun with the force's country.
   */
  Head membersOf(SentenceView v, int figureEnd, int noun) {
    boolean of = g.is("of_link", v.lower(noun + 1));
    int from = of ? noun + 2 : figureEnd;
    int to = of ? Math.min(v.size(), noun + 7) : noun;
    for (int i = from; i < to && !g.isBoundary(v, i); i++) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.FORCE)) {
        Entry tie = Places.countryTie(m);
        return new Head(noun, noun + 1, tie == null ? null : tie.iso3(), true);
      }
      if (militaryGroupWord(v, i)) {
        int n = lexicon.phraseAt(v.lower, i, "personnel");
        String deployer = g.modifierDeployer(v, i);
        return of && n > 0
            ? new Head(i, i + n, deployer, true)
            : new Head(noun, noun + 1, deployer, true);
      }
    }
    if (of) {
      return null;
    }
    for (int i = figureEnd - 1; i >= 0 && !g.isBoundary(v, i); i--) {
      Mention m = v.mention(i);
      Entry tie = m == null ? null : Places.countryTie(m);
      if (m != null && m.is(Kind.FORCE)) {
        return new Head(noun, noun + 1, tie == null ? null : tie.iso3(), true);
      }
      int n = g.personnelAt(v, i);
      if (n > 0) {
        return new Head(i, i + n, g.modifierDeployer(v, i), false);
      }
    }
    return null;
  }

  /**
   * A word that names armed forces or one of their units, in any case ("the military", "III Marine
   * Expeditionary Force"); a name ending in "Forces" is not enough, as militias take such names.
   */
  boolean militaryGroupWord(SentenceView v, int i) {
    String w = v.lower(i);
    if (g.is("loose_personnel", w) && Character.isUpperCase(v.tokens.get(i).text().charAt(0))) {
      return false; // "Popular Mobilization Forces", "Rapid Support Forces": often a militia's name
    }
    return lexicon.phraseAt(v.lower, i, "personnel") > 0
        || g.is("unit_noun", w)
        || g.phraseAt(v, i, "armed_body") > 0;
  }

  /**
   * A figure whose noun is left out because the article just named the group: the complement of
   * "the number(s)" ("in Syria the numbers are probably under 2,000") or of an existential ("there
   * are more than 1,000 in Iraq").
   */
  boolean elidedCount(SentenceView v, int first) {
    if (first >= 2
        && (g.is("auxiliary", v.lower(first - 1)) || g.is("possessive_marker", v.lower(first - 1)))
        && g.is("existential", v.lower(first - 2))) {
      return true;
    }
    boolean verb = false;
    for (int k = first - 1; k > 0 && !g.isBoundary(v, k); k--) {
      String w = v.lower(k);
      if (g.is("count_noun", w)) {
        String det = v.lower(k - 1);
        return verb
            && !g.is("of_link", v.lower(k + 1))
            && (g.is("definite", det) || g.is("own_possessive", det));
      }
      String tag = v.pos(k);
      if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM") || v.mention(k) != null) {
        return false;
      }
      verb |= g.is("auxiliary", w);
    }
    return false;
  }

  /**
   * Whether a loose personnel word ("forces") at {@code noun} is the group whose level the clause
   * counts: after "the number of" ("raise the number of its forces to 3,000") or as the object of a
   * change of level ("cut American forces in Iraq from 5,200 to 3,000").
   */
  boolean countedGroup(SentenceView v, int noun) {
    int i = noun - 1;
    for (int skipped = 0; i >= 0 && skipped < 3; skipped++) {
      boolean modifier =
          v.mention(i) != null
              || g.isDeterminerOrPronoun(v.lower(i))
              || g.is("possessive_marker", v.lower(i))
              || v.pos(i).equals("ADJ");
      if (!modifier) {
        break;
      }
      i--;
    }
    if (i < 0) {
      return false;
    }
    if (g.phraseAt(v, i, "level_change") > 0) {
      return true;
    }
    return i > 0 && g.is("of_link", v.lower(i)) && g.is("count_noun", v.lower(i - 1));
  }

  /**
   * "Wagner has 1,200 people in Libya": people a force named before the figure in its clause has or
   * sends somewhere are its personnel; people it acts on ("shot 40 people"), or in a clause of
   * killing or wounding, may be its victims, so null there (and when no force is named).
   */
  Head forcePeople(SentenceView v, int first, int last) {
    int start = g.clauseStartPlain(v, first);
    Lexicon.Trigger toll = g.strongest(v, start, g.clauseEnd(v, last));
    if (toll != null && Grammar.isToll(toll.metric())) {
      return null;
    }
    for (int i = first - 1; i >= start; i--) {
      Mention m = v.mention(i);
      Entry tie = m == null ? null : Places.countryTie(m);
      if (m != null && m.is(Kind.FORCE) && tie != null) {
        return new Head(last + 1, last + 2, tie.iso3(), true);
      }
      Lexicon.Trigger t = g.triggerEndingAt(v, i);
      boolean has =
          g.is("auxiliary", v.lower(i))
              || g.is("holding", v.lower(i))
              || t != null && "deployed".equals(t.metric());
      if (!has && !v.pos(i).equals("ADV")) {
        return null; // "Wagner mercenaries shot 40 people": what the force did to people
      }
    }
    return null;
  }
}
