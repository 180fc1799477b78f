package org.troopwatch.tag.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.troopwatch.tag.ArticleText.Mention;
import org.troopwatch.tag.Gazetteer.Entry;
import org.troopwatch.tag.Gazetteer.Kind;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.figure.Figure;

/**
 * Step 2, head: binds the figure to what it counts: a personnel noun after it ("3,000 North Korean
 * troops"), or a group it refers back to ("1,500 of them", "killed 384 Libyans and captured 48").
 * Rejects years, counts of things, pronoun uses of number words, and groups that are not a state's
 * forces.
 */
final class HeadStep implements Step {

  /** A number written as a year, which a difference after it does not count the things of. */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(19|20)[0-9][0-9]");

  private final Grammar g;
  private final Places places;
  private final Lexicon lexicon;
  private final FigureStep figures;
  private final GroupNouns groups;

  HeadStep(Grammar g, Places places, FigureStep figures) {
    this.g = g;
    this.places = places;
    this.lexicon = g.lexicon;
    this.figures = figures;
    this.groups = new GroupNouns(g);
  }

  @Override
  public String name() {
    return "head";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    SentenceView v = c.v;
    Figure figure = c.figure;
    boolean single = Long.valueOf(1).equals(figure.low()) && Long.valueOf(1).equals(figure.high());
    Head head = directHead(v, c.last + 1, single);
    if (head == null && nonStateAfter(v, c.last + 1)) {
      return Optional.of(Rejection.NON_STATE_GROUP); // "up to 800 leftist guerrillas attacked"
    }
    if (head == null && g.phraseAt(v, c.last + 1, "difference") > 0 && thingsBefore(v, c.first)) {
      return Optional.of(Rejection.COUNTS_THINGS); // "an order for 91 aircraft, 24 fewer than ..."
    }
    if (head == null) {
      if (groups.sizeOfSomethingElse(v, c.last) || single && groups.unitAfter(v, c.last + 1)) {
        return Optional.of(Rejection.COUNTS_THINGS); // "the 9,600-strong NATO mission"
      }
      if (YEAR.matcher(figure.text()).matches()) {
        return Optional.of(Rejection.YEAR); // "after 2014"
      }
      if (figures.countsSomethingElse(v, c.last + 1)) {
        return Optional.of(Rejection.COUNTS_THINGS);
      }
      boolean inWords = Character.isLetter(figure.text().charAt(0));
      // "injured four others"; not "one more", which is as often a pronoun ("one more in 2009")
      String after = v.lower(c.last + 1);
      boolean others = g.is("referring", after) && !g.is("increment", after);
      // "The three are being held in Sanaa": the captives the article counted before
      boolean captives =
          inWords && c.first > 0 && g.is("definite", v.lower(c.first - 1)) && heldBefore(c);
      if (c.before.isEmpty()
          && inWords
          && figure.low() != null
          && figure.low() < 10
          && !others
          && !captives) {
        return Optional.of(Rejection.SMALL_WORD_NUMBER); // "no one could stay"
      }
      if (inWords && figures.pronounUse(v, c.first) && !captives) {
        return Optional.of(Rejection.PRONOUN); // "higher than the one Seoul gave"
      }
      head = referredHead(v, c.first, c.last, c.before);
      if (head == null && captives) {
        head = Head.referring(false);
      }
      if (head == null && c.context.lastDeployer != null && groups.elidedCount(v, c.first)) {
        head = Head.referring(false); // "the numbers are probably less than 2,000" after troops
      }
    }
    if (head == null) {
      return Optional.of(Rejection.NO_PERSONNEL);
    }
    if (head.start() < 0 && !head.people() && refersToNonState(v, c.first, c.last, c.context)) {
      return Optional.of(Rejection.NON_STATE_GROUP); // "1,000 of them" after "Liberian militias"
    }
    c.head = head;
    c.note(
        "head",
        head.start() < 0
            ? "refers back to the group the article speaks of"
            : "'" + v.span(head.start(), head.end()) + "'" + (head.direct() ? "" : " (referred)"));
    return Optional.empty();
  }

  /**
   * The personnel noun right after a figure, across modifiers: "1,500 North Korean special forces",
   * "2,000 U.S. soldiers", "3,000 additional soldiers", "384 Libyans", "a 5,000-strong force".
   */
  private Head directHead(SentenceView v, int from, boolean single) {
    String deployer = null;
    int nouns = 0;
    boolean strength = from > 0 && g.is("strength", afterHyphen(v.lower(from - 1)));
    int i = from;
    if (i < v.size() && g.is("of_link", v.lower(i)) && g.isDeterminerOrPronoun(v.lower(i + 1))) {
      i += 2; // "1,500 of its troops"
    } else if (i < v.size() && g.is("of_link", v.lower(i)) && v.pos(i + 1).equals("NUM")) {
      i++; // "2,200 of 5,200 troops": the part counts the whole's people
    }
    for (int steps = 0; i < v.size() && steps < 8; steps++) {
      int personnel = g.personnelAt(v, i);
      if (personnel > 0) {
        if (!strength && g.is("unit_noun", v.lower(i)) && single) {
          return null; // "sent one battalion of soldiers to each post": a count of units
        }
        int start = groups.rankAndFile(v, i, i + personnel);
        int n = start == i ? personnel : g.personnelAt(v, start);
        return new Head(start, start + n, deployer, true);
      }
      Mention m = v.mention(i);
      if (m != null) {
        Entry tie = places.countryTie(m);
        int next = v.pastMention(i);
        if (m.is(Kind.DEMONYM) && isPeopleNoun(m) && !g.personnelAhead(v, next)) {
          // "killed 384 Libyans": people of a country, a claim only as a toll in a military
          // sentence
          return new Head(i, next, m.first(Kind.DEMONYM).iso3(), true, true);
        }
        if (tie != null && deployer == null) {
          deployer = tie.iso3();
        }
        if (m.is(Kind.FORCE) && !g.personnelAhead(v, next)) {
          if (next < v.size()
              && (g.is("member_noun", v.lower(next)) && !v.pos(next + 1).equals("NOUN")
                  || g.is("toll_noun", v.lower(next))
                  || strength && g.is("unit_noun", v.lower(next)))) {
            // "800 Canadian Armed Forces members", "the 350-member GSDF unit"; "20 Wagner
            // fatalities" (the toll noun heads the group: its metric is the noun's)
            boolean toll = g.is("toll_noun", v.lower(next));
            return new Head(toll ? next : i, next + 1, tie.iso3(), true);
          }
          if (v.pos(next).equals("NOUN") && g.personnelAt(v, next) == 0) {
            return null; // "three U.S. Navy ships": the force's things, not its people
          }
          return new Head(
              i, next, tie.iso3(), true); // "1,000 Wagner fighters", "500 Royal Marines"
        }
        i = next;
        continue;
      }
      String word = v.lower(i);
      String tag = v.pos(i);
      if (deployer != null && (g.is("list_joiner", word) || word.equals(",")) && tiedAt(v, i + 1)) {
        i++; // "34,000 U.S. and Australian servicemembers": the noun several countries' words
        // modify
        continue;
      }
      if (g.is("toll_noun", word)) {
        return new Head(i, i + 1, deployer, true); // "37 Iranian deaths", "20 Ukrainian POWs"
      }
      if (deployer != null && g.is("people_noun", word)) {
        return new Head(i, i + 1, deployer, true, true); // "450 British people lost their lives"
      }
      if (tollWord(v, i) && g.personnelAhead(v, i + 1)) {
        i++; // "two wounded soldiers", whatever the tagger makes of the participle
        continue;
      }
      if (g.is("member_noun", word) && g.is("of_link", v.lower(i + 1))) {
        Head members = groups.membersOf(v, from, i);
        if (members != null) {
          return members; // "one member of the Azov brigade": not the strength of "a 350-member
          // unit"
        }
      }
      if (word.equals("-") || g.is("strength", word) || g.is("strength", afterHyphen(word))) {
        strength = true;
        i++;
        continue;
      }
      Head members =
          g.is("member_noun", word) && !v.pos(i + 1).equals("NOUN")
              ? groups.membersOf(v, from, i)
              : null;
      if (members != null) {
        return members; // "22 members of the armed forces"
      }
      if (strength && groups.unitAt(v, i)) {
        if (g.is("of_link", v.lower(i + 1))) {
          i += 2; // "a 200-person company of Marines": the unit's people are the group
          continue;
        }
        return new Head(i, i + 1, deployer, true); // "the 350-member unit"
      }
      if (tag.equals("VERB") && g.personnelAhead(v, i + 1)) {
        i++; // "two fallen soldiers", "40 newly trained Czech troops": a participle
        continue;
      }
      if (tag.equals("ADJ")
          || tag.equals("PROPN")
          || tag.equals("NUM")
          || g.isQuote(word)
          || g.is("count_modifier", word)
          || g.is("possessive_marker", word)) {
        i++;
        continue;
      }
      if (tag.equals("NOUN")
          && nouns < 2
          && (g.personnelWithin(v, i + 1, 2) || strength && groups.unitWithin(v, i + 1))) {
        // "two army medics"; "a 150-member army medical unit"
        nouns++;
        i++;
        continue;
      }
      break;
    }
    return null;
  }

  /**
   * A figure with no noun of its own refers back: to the previous figure's group in a list ("killed
   * 384 Libyans and captured 48", "25 personnel ..., 26 manage ...") or to a personnel noun of the
   * sentence ("the troop count in Syria was 503", "2,700 others sustained injuries").
   */
  private Head referredHead(SentenceView v, int first, int last, List<Candidate> before) {
    if (g.is("people_noun", v.lower(last + 1))) {
      Head force = groups.forcePeople(v, first, last);
      if (force != null) {
        return force;
      }
      return new Head(-1, -1, null, false, true); // "at least 100 people died" in a battle
    }
    if (!before.isEmpty()) {
      Candidate prev = before.get(before.size() - 1);
      if (countriesBetween(v, prev.last + 1, first) >= 2) {
        return null; // "alongside French, Danish and Icelandic forces, totaling almost 1,200"
      }
      return new Head(prev.head.start(), prev.head.end(), prev.deployer, false);
    }
    boolean inParentheses = first > 0 && v.lower(first - 1).equals("(");
    for (int i = first - 1; i >= 0; i--) {
      String tollDeployer = g.is("toll_noun", v.lower(i)) ? tollDeployer(v, i) : null;
      if (tollDeployer != null) {
        return new Head(i, i + 1, tollDeployer, false); // "Russian losses ... have passed 5,000"
      }
      if (inParentheses && g.is("toll_noun", v.lower(i))) {
        return new Head(i, i + 1, null, false); // "deaths were highest in Perm (3,768)"
      }
      int n = g.personnelAt(v, i);
      if (n > 0 && (!g.is("loose_personnel", v.lower(i)) || n > 1 || groups.countedGroup(v, i))) {
        return new Head(i, i + n, g.modifierDeployer(v, i), false);
      }
    }
    // "that figure has shot up to 2,000, even though no new troops were deployed": a group named
    // just after, in the same clause.
    int window = Math.min(v.size(), last + 11);
    for (int i = last + 1; i < window && !g.is("of_link", v.lower(last + 1)); i++) {
      int n = g.personnelAt(v, i);
      if (n > 0 && !g.is("loose_personnel", v.lower(i)) || n > 1) {
        return new Head(i, i + n, g.modifierDeployer(v, i), false);
      }
    }
    boolean ofThem = g.is("of_link", v.lower(last + 1)) && g.is("group_pronoun", v.lower(last + 2));
    if (ofThem || last + 1 < v.size() && g.is("referring", v.lower(last + 1))) {
      return new Head(-1, -1, null, false);
    }
    if (g.is("people_noun", v.lower(last + 1))) {
      return new Head(-1, -1, null, false, true); // "at least 100 people died" in a battle
    }
    // "the number of wounded is expected to be almost 1,000": a toll whose group is the article's.
    for (int i = Math.max(0, first - 8); i < first; i++) {
      Lexicon.Trigger t = g.triggerEndingAt(v, i);
      if (t != null
          && Grammar.isToll(t.metric())
          && i > 0
          && (g.is("of_link", v.lower(i - 1)) || g.is("definite", v.lower(i - 1)))) {
        return new Head(-1, -1, null, false);
      }
    }
    return null;
  }

  /**
   * Whether a noun of a group that is not a state's forces follows the figure across a few
   * modifiers ("800 leftist guerrillas", "some 300 armed Islamist militants").
   */
  private boolean nonStateAfter(SentenceView v, int from) {
    for (int i = from; i < Math.min(v.size(), from + 4); i++) {
      if (g.is("non_state", v.lower(i))) {
        return true;
      }
      String tag = v.pos(i);
      if (!(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("VERB"))
          || g.personnelAt(v, i) > 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the nearest figure before {@code first}, with no personnel noun between, counts
   * something other than personnel ("91 aircraft"): a difference after it counts the same things.
   */
  private boolean thingsBefore(SentenceView v, int first) {
    for (int i = first - 1; i >= 0; i--) {
      if (g.personnelAt(v, i) > 0) {
        return false;
      }
      if (v.pos(i).equals("NUM") && !YEAR.matcher(v.lower(i)).matches()) {
        return figures.countsSomethingElse(v, i + 1); // not "through fiscal 2017 -- 24 less"
      }
    }
    return false;
  }

  /** Whether the article has counted captives of the candidate's figure before. */
  private static boolean heldBefore(Candidate c) {
    return c.context.captives.stream().anyMatch(k -> CaptiveStep.sameCount(k, c));
  }

  /** Whether token i is a one-word trigger of a toll ("wounded", "killed"). */
  private boolean tollWord(SentenceView v, int i) {
    Lexicon.Trigger t = g.triggerEndingAt(v, i);
    return t != null && Grammar.isToll(t.metric()) && g.phraseAt(v, i, "trigger") == 1;
  }

  /**
   * The country whose losses a toll noun counts: named before it ("Russian losses", "Russia's
   * casualty count") or as the side after it ("deaths on the Russian side").
   */
  private String tollDeployer(SentenceView v, int noun) {
    String before = g.modifierDeployer(v, noun);
    if (before != null) {
      return before;
    }
    for (int i = noun + 1; i < Math.min(v.size(), noun + 5); i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.DEMONYM) && g.is("side_noun", v.lower(v.pastMention(i)))) {
        return m.first(Kind.DEMONYM).iso3();
      }
    }
    return null;
  }

  /** Whether a mention tied to a country starts at token i ("Australian" in "U.S. and ..."). */
  private boolean tiedAt(SentenceView v, int i) {
    Mention m = v.mention(i);
    return m != null && places.countryTie(m) != null;
  }

  /** The part of a hyphenated word after its last hyphen ("5,000-strong" -> "strong"). */
  static String afterHyphen(String word) {
    return word.substring(word.lastIndexOf('-') + 1);
  }

  private int countriesBetween(SentenceView v, int from, int to) {
    Set<String> seen = new java.util.HashSet<>();
    for (int i = from; i < to; i = v.pastMention(i)) {
      Mention m = v.mention(i);
      if (m != null && m.is(Kind.DEMONYM)) {
        seen.add(m.first(Kind.DEMONYM).iso3());
      }
    }
    return seen.size();
  }

  /**
   * A plural demonym used as a noun: "Libyans", "Americans" (not "Japanese", also an adjective).
   */
  private static boolean isPeopleNoun(Mention m) {
    return m.text().endsWith("s");
  }

  /** Whether a pronoun figure ("1,000 of them") refers to a group that is not a state's forces. */
  private boolean refersToNonState(SentenceView v, int first, int last, ArticleContext context) {
    if (g.is("of_link", v.lower(last + 1))) {
      // "patrol ships, 15 of them": "them" is the nearest plural noun before it.
      for (int i = first - 1; i >= 0; i--) {
        if (g.personnelAt(v, i) > 0 || v.mention(i) != null && v.mention(i).is(Kind.FORCE)) {
          return false;
        }
        if (g.is("toll_noun", v.lower(i))) {
          return false; // "... the death toll to 723 casualties, 346 of them in Gaza"
        }
        if (v.pos(i).equals("NOUN") && v.lower(i).endsWith("s")) {
          return true;
        }
      }
    }
    Boolean here = g.lastGroupNonState(v, 0, first);
    return Boolean.TRUE.equals(here != null ? here : context.lastGroupNonState);
  }

  boolean weakHead(SentenceView v, Head head) {
    return !lexicon
        .strongPersonnel()
        .contains(String.join(" ", v.lower.subList(head.start(), head.end())));
  }
}
