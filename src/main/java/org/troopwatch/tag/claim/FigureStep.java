package org.troopwatch.tag.claim;

import java.util.Optional;
import java.util.Set;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.time.TimeResolver;

/**
 * Step 1, figure: keeps only numbers that can count people. Rejects numbers inside dates, codes and
 * names, figures a disclaimer denies, and figures that belong to another noun or group.
 */
final class FigureStep implements Step {

  private final Grammar g;
  private final Places places;
  private final Lexicon lexicon;
  private final TimeResolver times;

  FigureStep(Grammar g, Places places, TimeResolver times) {
    this.g = g;
    this.places = places;
    this.lexicon = g.lexicon;
    this.times = times;
  }

  @Override
  public String name() {
    return "figure";
  }

  @Override
  public Optional<Rejection> apply(Candidate c) {
    SentenceView v = c.v;
    if (isModifierOrLabel(v, c.figure, c.first)) {
      return Optional.of(Rejection.LABEL);
    }
    if (disclaimed(v, c.first)) {
      return Optional.of(Rejection.DISCLAIMED); // "that is not to say we will keep 40,000 troops"
    }
    if (governedByOtherNoun(v, c.first, c.last)) {
      return Optional.of(Rejection.OTHER_NOUN);
    }
    if (partOfOtherGroup(v, c.last)) {
      return Optional.of(Rejection.PART_OF_OTHER_GROUP);
    }
    c.note("figure", "'" + c.figure.text() + "' " + c.figure.qualifier().code());
    return Optional.empty();
  }

  /**
   * Numbers that are part of a word or a name: "four-star", "30-day", "Panzerbrigade 45",
   * "Resolution 1701".
   */
  private boolean isModifierOrLabel(SentenceView v, Figure figure, int first) {
    String text = v.text();
    int end = figure.end();
    int start = figure.start();
    if (digitJoined(text, end, 1) || digitJoined(text, start - 1, -1)) {
      return true; // "2024-07-08", "04:05", "1/2"
    }
    String digits = figure.text();
    if (digits.matches("[0-9]+\\.[0-9]+")) {
      return true; // "0.9581": a rate or a price, never a head count
    }
    if (end + 1 < text.length()
        && text.charAt(end) == '.'
        && Character.isUpperCase(text.charAt(end + 1))) {
      return true; // "2603.TW": a ticker
    }
    if (first >= 2
        && v.lower(first - 1).equals(",")
        && v.pos(first - 2).equals("PROPN")
        && v.lower(v.tokenEndingBy(v.sentence.begin() + end) + 1).equals(",")) {
      return true; // "Lawrence Summers, 53, was": an age
    }
    if (end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isLetter(text.charAt(end + 1))
        && !g.is("strength", wordAt(text, end + 1))) {
      return true;
    }
    if (first > 0
        && g.is("name_label", v.lower(first - 1))
        && figure.qualifier() == org.troopwatch.tag.figure.Qualifier.EXACT
        && Character.isDigit(digits.charAt(0))) {
      return true; // "Tower 22", "Air Base 201", "Panzerbrigade 45"
    }
    if (first > 0
        && figure.qualifier() == org.troopwatch.tag.figure.Qualifier.EXACT
        && !v.titleCase()) {
      String previous = v.tokens.get(first - 1).text();
      return Character.isUpperCase(previous.charAt(0))
          && v.mention(first - 1) == null
          && Character.isLetter(previous.charAt(previous.length() - 1))
          && first - 1 > 0
          && !lexicon.isAbbreviation(previous + ".")
          && times.find(previous, v.article.published()).isEmpty();
    }
    return false;
  }

  /** The lower-case word of letters that starts at offset i of the text ("" when none). */
  private static String wordAt(String text, int i) {
    int end = i;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(Math.min(i, end), end).toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the character at i is '-', ':' or '/' with a digit beyond it (direction +1 or -1). */
  private static boolean digitJoined(String text, int i, int direction) {
    int beyond = i + direction;
    return i >= 0
        && i < text.length()
        && beyond >= 0
        && beyond < text.length()
        && "-:/".indexOf(text.charAt(i)) >= 0
        && Character.isDigit(text.charAt(beyond));
  }

  /** Whether a disclaimer ("not to say", "does not mean") comes before token {@code first}. */
  private boolean disclaimed(SentenceView v, int first) {
    for (int i = 0; i < first; i++) {
      if (lexicon.phraseAt(v.lower, i, "disclaimer") > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the identities of more than 40 Marines": a figure after "of" belongs to the noun before it;
   * unless that noun can govern a count of troops ("a force of", "a total of", "the deployment
   * of"), the sentence is about something of theirs, not about where they are or what befell them.
   */
  private boolean governedByOtherNoun(SentenceView v, int first, int last) {
    if (g.firstToll(v, last + 1, Math.min(v.size(), last + 7)) != null) {
      // What befell them follows: "the families of the 30 soldiers killed in the attack", "the
      // remains of 13 Marines killed in Kabul", "the names of 900 soldiers who died".
      return false;
    }
    int of = first - 1;
    if (of > 0 && g.is("of_link", v.lower(of - 1)) && v.pos(of).equals("DET")) {
      of--; // "pictures of the two soldiers": the article does not change who governs them
    }
    if (of < 1 || !g.is("of_link", v.lower(of)) || !v.pos(of - 1).equals("NOUN")) {
      return false;
    }
    int noun = of - 1;
    String w = v.lower(noun);
    String determiner = noun > 0 ? v.pos(noun - 1) : "";
    if (!Set.of("DET", "ADJ", "PRON").contains(determiner)) {
      return false; // "will consist of 20 soldiers": the tagger took a verb for a noun
    }
    return v.mention(noun) == null
        && !g.is("of_head", w)
        && !g.is("partitive", w)
        && !g.is("increment", w)
        && lexicon.phraseAt(v.lower, noun, "trigger") == 0
        && g.triggerEndingAt(v, of) == null
        && lexicon.phraseAt(v.lower, noun, "total") == 0
        && g.personnelAt(v, noun) == 0;
  }

  /**
   * "10 of the dead were security forces": a figure that takes a part of a group that is not troops
   * counts that group, whatever the sentence says about them afterwards.
   */
  private boolean partOfOtherGroup(SentenceView v, int last) {
    if (!g.is("of_link", v.lower(last + 1)) || !g.is("definite", v.lower(last + 2))) {
      return false;
    }
    // The group's head may be tagged as anything ("the dead", "the wounded"); its modifiers are
    // not.
    for (int i = last + 3; i < Math.min(v.size(), last + 7); i++) {
      if (g.personnelAt(v, i) > 0 || v.mention(i) != null) {
        return false;
      }
      String tag = v.pos(i);
      boolean verb = g.is("auxiliary", v.lower(i)); // the tagger reads "were" as ADJ now and then
      if (verb || !(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("NUM"))) {
        return i > last + 3 || !g.isQuote(v.lower(i)) && !v.lower(i).equals(",");
      }
    }
    return true;
  }

  /**
   * A number word used as a pronoun, not as a count: after a determiner ("the one they gave", "each
   * one") or set against "the other" later in the sentence ("one with a bandaged hand, the other
   * with a bandaged jaw").
   */
  boolean pronounUse(SentenceView v, int first) {
    if (first > 0 && v.pos(first - 1).equals("DET")) {
      return true;
    }
    for (int i = first + 1; i + 1 < v.size(); i++) {
      if (g.phraseAt(v, i, "contrast_pair") > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the figure is followed by a noun that is not personnel: "30 days", "200 tanks". */
  boolean countsSomethingElse(SentenceView v, int from) {
    int i = from;
    if (g.is("of_link", v.lower(i)) && g.isDeterminerOrPronoun(v.lower(i + 1))) {
      i += 2; // "50,000 of the new vehicles"
    }
    for (int skipped = 0;
        i < v.size()
            && skipped < 3
            && (g.isQuote(v.lower(i)) || g.isModifier(v.pos(i)) || v.lower(i).equals("-"));
        skipped++) {
      i++;
    }
    if (v.mention(i) != null) {
      // "27 NATO member states", "three U.S. Navy ships": a name may modify a noun of things
      int past = v.pastMention(i);
      if (!v.pos(past).equals("NOUN") || g.personnelAt(v, past) > 0) {
        return false;
      }
      i = past;
    }
    if (i >= v.size() || g.is("referring", v.lower(i)) || g.is("people_noun", v.lower(i))) {
      return false;
    }
    if (g.personnelAt(v, i) > 0) {
      return false;
    }
    if (i > from && !times.find(v.span(from, i + 1), v.article.published()).isEmpty()) {
      return false; // "to 900 next year": a time after the figure, not what it counts
    }
    String tag = v.pos(i);
    return tag.equals("NOUN")
        || tag.equals("PROPN") && Character.isLowerCase(v.tokens.get(i).text().charAt(0));
  }
}
