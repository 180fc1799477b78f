package org.troopwatch.tag.claim;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.troopwatch.tag.Lexicon;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.figure.FigureParser;
import org.troopwatch.tag.figure.Flag;
import org.troopwatch.tag.figure.Qualifier;
import org.troopwatch.tag.figure.Token;
import org.troopwatch.tag.figure.Tokenizer;

/**
 * The counts a toll writes without a cardinal number, before one singular personnel noun: the
 * indefinite article ("a French soldier was killed": 1, gold convention 6) and the ordinal of a
 * running toll ("the fourth US soldier to die": 4). Outside a toll neither counts anyone ("a
 * soldier said", "the first soldier to arrive"), so a candidate needs a toll word in its clause.
 *
 * <pre>
 *   text                                          figure   why
 *   A Dutch soldier was wounded in Iraq.          'A'  1   article, singular noun, toll after it
 *   the death of a Chadian peacekeeper            'a'  1   toll right before the article
 *   the 5th Danish soldier killed this year       '5th' 5  ordinal, singular noun, toll after it
 *   those killed were two Marines and a corpsman  'a'  1   the last item of a list of counts
 *   a soldier told reporters 3 were killed        -        a verb of saying ends the search
 *   a Polish soldier killed two gunmen            -        the toll verb has an object: the agent
 * </pre>
 *
 * The scan reads plain tokens (no tagger), as the sentence windows do; the claim steps then check
 * the figure as they check any other, and {@link #isWordToll} lets them demand a toll of it.
 */
final class WordTolls implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many name tokens ("U.S.", "French", "Army") may stand between the count and the noun. */
  private static final int MODIFIERS = 5;

  /** How far before the count the item before it may start ("two U.S. Marines and a ..."). */
  private static final int LIST_REACH = 6;

  /** How far after the noun the toll word may come ("... is confirmed to have died"). */
  private static final int TOLL_REACH = 8;

  private final Lexicon lexicon;
  private final FigureParser figures;
  private final java.util.Set<String> numberWords;

  WordTolls(Lexicon lexicon, FigureParser figures) {
    this.lexicon = lexicon;
    this.figures = figures;
    this.numberWords = figures.numberWords();
  }

  /**
   * The word counts of a toll in {@code sentence}: ordinals of {@code parsed} read as the count
   * they rank, and indefinite articles no parsed figure covers.
   */
  List<Figure> find(String sentence, List<Figure> parsed) {
    List<Token> tokens = Tokenizer.tokenize(sentence);
    List<String> lower = new ArrayList<>(tokens.size());
    tokens.forEach(t -> lower.add(Lexicon.normalise(t.text())));
    List<Figure> found = new ArrayList<>();
    // "The second soldier killed is named A and the third B": ordinals in a row name the dead one
    // by one; only a lone ordinal ranks a running toll.
    long ordinals = parsed.stream().filter(f -> f.flags().contains(Flag.ORDINAL)).count();
    for (Figure f : ordinals > 1 ? List.<Figure>of() : parsed) {
      if (f.flags().equals(java.util.Set.of(Flag.ORDINAL)) && f.low() != null) {
        int last = tokenEndingAt(tokens, f.end());
        if (last >= 0 && singularTollAfter(tokens, lower, last + 1, last, parsed)) {
          found.add(
              new Figure(
                  f.low(),
                  f.low(),
                  Qualifier.EXACT,
                  f.start(),
                  f.end(),
                  f.text(),
                  java.util.Set.of()));
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.WORD
          && lexicon.is("indefinite_one", lower.get(i))
          && !covered(parsed, t)
          && singularTollAfter(tokens, lower, i + 1, i, parsed)) {
        found.add(
            new Figure(1L, 1L, Qualifier.EXACT, t.start(), t.end(), t.text(), java.util.Set.of()));
      }
    }
    return found;
  }

  /** Whether a figure is one of these word counts: the claim steps accept it only in a toll. */
  boolean isWordToll(Figure f) {
    if (isArticle(f)) {
      return true;
    }
    List<Figure> read = figures.find(f.text());
    return read.size() == 1 && read.get(0).flags().contains(Flag.ORDINAL);
  }

  /** Whether a figure is the indefinite article read as one. */
  boolean isArticle(Figure f) {
    return lexicon.is("indefinite_one", Lexicon.normalise(f.text()));
  }

  /**
   * Whether a singular personnel noun follows token {@code from} across name tokens, and a toll
   * word governs it: right before the count ("the death of", "the killing of") or after the noun in
   * its clause, as a predicate without an object of its own.
   */
  private boolean singularTollAfter(
      List<Token> tokens, List<String> lower, int from, int count, List<Figure> parsed) {
    int noun = -1;
    int length = 0;
    for (int i = from; i < Math.min(tokens.size(), from + MODIFIERS + 1); i++) {
      length = lexicon.phraseAt(lower, i, "personnel");
      if (length > 0) {
        noun = i;
        break;
      }
      if (!nameToken(tokens.get(i))) {
        return false;
      }
    }
    if (noun < 0) {
      return false;
    }
    String kind = lexicon.personnelKind(String.join(" ", lower.subList(noun, noun + length)));
    if (!"person".equals(kind) && !"rank".equals(kind)) {
      return false; // "a garrison", "a battalion": a body counts units, not one soldier
    }
    Token last = tokens.get(noun + length - 1);
    if (last.lower().endsWith("s") || lexicon.phraseAt(lower, count, "personnel") > 0) {
      return false; // a plural ("a million troops" is parsed already), or a rank ("second
      // lieutenant")
    }
    if (Character.isUpperCase(last.text().charAt(0)) && noun > 0) {
      return false; // a capitalised singular names a unit ("the 4th Marine Division")
    }
    return tollBefore(lower, count)
        || tollAfter(tokens, lower, noun + length)
        || lastItemOfToll(tokens, lower, count, parsed);
  }

  /**
   * Whether the count is the last item of a list of counts after a toll: "those killed were four
   * soldiers, two Marines and a Navy medic" (a counted item comes right before it).
   */
  private boolean lastItemOfToll(
      List<Token> tokens, List<String> lower, int count, List<Figure> parsed) {
    if (count < 1 || !lexicon.is("list_joiner", lower.get(count - 1))) {
      return false;
    }
    int itemFrom = Math.max(0, count - LIST_REACH);
    boolean item =
        parsed.stream()
            .anyMatch(
                f ->
                    f.isCount()
                        && f.low() != null
                        && f.start() >= tokens.get(itemFrom).start()
                        && f.end() <= tokens.get(count).start());
    if (!item) {
      return false;
    }
    for (int end = 0; end < count; end++) {
      if (tollEndingAt(lower, end)) {
        return true;
      }
    }
    return false;
  }

  /** A name token: a capitalised word, or the dots and hyphens of "U.S." and "Al-Qaida". */
  private static boolean nameToken(Token t) {
    return switch (t.kind()) {
      case WORD -> Character.isUpperCase(t.text().charAt(0));
      case SIGN -> t.text().equals(".") || t.text().equals("-");
      default -> false;
    };
  }

  /** A toll word that ends right before the count, or before an "of" before it. */
  private boolean tollBefore(List<String> lower, int count) {
    int end = count - 1;
    if (end < 1 || !lexicon.is("of_link", lower.get(end))) {
      return false;
    }
    return tollEndingAt(lower, end)
        || tollEndingAt(lower, end - 1); // "the death of", "the killing of"
  }

  private boolean tollEndingAt(List<String> lower, int end) {
    Lexicon.Trigger t = Grammar.triggerEndingAt(lexicon, lower, end);
    return t != null && Grammar.isToll(t.metric());
  }

  /**
   * A toll word within reach after the noun, before a boundary, a verb of saying or another number;
   * a toll verb right after the noun with an object after it ("a soldier killed two gunmen") makes
   * the soldier the agent, not the dead.
   */
  private boolean tollAfter(List<Token> tokens, List<String> lower, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + TOLL_REACH); i++) {
      String w = lower.get(i);
      Token t = tokens.get(i);
      int say = lexicon.phraseAt(lower, i, "say");
      if (say > 0 && i + say < lower.size() && lexicon.is("infinitive", lower.get(i + say))) {
        i += say; // "is confirmed to have died", "was reported to be wounded": a passive of saying
        continue;
      }
      if (t.kind() == Token.Kind.NUMBER
          || numberWords.contains(w)
          || lexicon.is("boundary", w)
          || say > 0
          || t.kind() == Token.Kind.SIGN && ";:—–()".contains(t.text())) {
        return false;
      }
      int n = lexicon.phraseAt(lower, i, "trigger");
      if (n > 0) {
        if (!Grammar.isToll(lexicon.trigger(String.join(" ", lower.subList(i, i + n))).metric())) {
          return false;
        }
        return i > from || !opensObject(tokens, lower, i + n);
      }
    }
    return false;
  }

  /** Whether token i opens a noun phrase: a number, a determiner or a pronoun. */
  private boolean opensObject(List<Token> tokens, List<String> lower, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    String w = lower.get(i);
    return tokens.get(i).kind() == Token.Kind.NUMBER
        || numberWords.contains(w)
        || lexicon.is("determiner", w)
        || lexicon.is("determiner_or_pronoun", w);
  }

  /** Whether a parsed figure covers the token ("a dozen", "a million"). */
  private static boolean covered(List<Figure> parsed, Token t) {
    return parsed.stream().anyMatch(f -> f.start() < t.end() && t.start() < f.end());
  }

  /** The token that ends at character {@code end}, or -1. */
  private static int tokenEndingAt(List<Token> tokens, int end) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).end() == end) {
        return i;
      }
    }
    return -1;
  }
}
