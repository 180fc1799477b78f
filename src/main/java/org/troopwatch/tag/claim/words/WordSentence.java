package org.troopwatch.tag.claim.words;

import java.util.ArrayList;
import java.util.List;
import org.troopwatch.tag.lang.Word;

/** One sentence of an article as the word steps read it: its words, lemmas and named mentions. */
public final class WordSentence {

  /** A name found in the sentence: words [start, end), what it names. */
  public record Mention(int start, int end, WordLexicon.Entry entry) {
    String kind() {
      return entry.kind();
    }
  }

  final int index;
  final int begin;
  final String text;
  final List<Word> words;
  final List<String> lemmas = new ArrayList<>();
  final List<Mention> mentions = new ArrayList<>();
  private final WordLexicon lex;

  WordSentence(int index, int begin, String text, WordLexicon lex) {
    this.index = index;
    this.begin = begin;
    this.text = text;
    this.lex = lex;
    this.words = lex.language().words().words(text);
    for (Word w : words) {
      lemmas.add(WordLexicon.lower(w.lemma()));
    }
    for (int i = 0; i < words.size(); ) {
      Mention best = null;
      for (WordLexicon.NameMatch found : lex.namesAt(lemmas, i)) {
        WordLexicon.Entry e = found.entry();
        int end = i + found.length();
        if (!wholeWord(i, end, e)) {
          continue;
        }
        if (best == null
            || found.length() > best.end() - best.start()
            || (found.length() == best.end() - best.start()
                && e.priority() > best.entry().priority())) {
          best = new Mention(i, end, e);
        }
      }
      if (best != null) {
        mentions.add(best);
        i = best.end();
      } else {
        i++;
      }
    }
  }

  /** A one-letter name ("北", "러") counts only as a whole word, a particle at most after it. */
  private boolean wholeWord(int start, int end, WordLexicon.Entry e) {
    String written = text.substring(words.get(start).begin(), words.get(end - 1).end());
    if (written.codePointCount(0, written.length()) > 1) {
      return true;
    }
    int b = words.get(start).begin();
    boolean startsWord = b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1));
    if (end >= words.size()) {
      return startsWord;
    }
    Word next = words.get(end);
    boolean gluedParticle = next.tag() != null && next.tag().startsWith("J");
    return startsWord
        && (next.begin() > words.get(end - 1).end()
            || gluedParticle
            || !Character.isLetterOrDigit(text.charAt(next.begin())));
  }

  WordLexicon lex() {
    return lex;
  }

  int size() {
    return words.size();
  }

  /** True when the lemma of word {@code i} is one of the grammar role's words. */
  boolean marks(int i, String role) {
    return i >= 0 && i < size() && lex.grammar(role).contains(lemmas.get(i));
  }

  /** The mention covering word {@code i}, or null. */
  Mention mentionAt(int i) {
    for (Mention m : mentions) {
      if (m.start() <= i && i < m.end()) {
        return m;
      }
    }
    return null;
  }

  /** True when the mention is where troops are or go ("러시아에", "в России"). */
  boolean hostMarked(Mention m) {
    if (marks(m.end(), "host_after") || marks(m.start() - 1, "host_before")) {
      return true;
    }
    int gap = lex.grammarNumber("host_gap", 0);
    List<String> gapWords = lex.grammar("gap_words");
    for (int g = 1; g <= gap; g++) {
      int at = m.start() - 1 - g;
      if (marks(at, "host_before")
          && mentionAt(at + 1) == null
          && (gapWords.isEmpty() || marks(at + 1, "gap_words"))) {
        return true;
      }
    }
    return alliedSide(m) || ownsTheWar(m);
  }

  /**
   * True when the sentence makes the country the side its troops help ("러시아를 돕기 위해", "на стороне
   * России"): an ally cue right after it (its particle between) or right before it.
   */
  private boolean alliedSide(Mention m) {
    return cue("ally", m.end(), m.end() + 2) >= 0 || cue("ally", m.start() - 3, m.start()) >= 0;
  }

  /**
   * True when the country owns the war the troops are sent to ("러시아의 우크라이나 침략 전쟁에"): a genitive
   * after it, then within five words a war noun that the language marks as the host.
   */
  private boolean ownsTheWar(Mention m) {
    if (!marks(m.end(), "genitive_after")) {
      return false;
    }
    for (int j = m.end() + 1; j <= Math.min(size() - 2, m.end() + 5); j++) {
      if (marks(j, "war_noun") && marks(j + 1, "host_after")) {
        return true;
      }
    }
    return false;
  }

  /** True when the mention is where troops come from or leave ("한국에서", "из Сирии"). */
  boolean fromMarked(Mention m) {
    if (!inCase(m, "from_case")) {
      return false; // "війна з Росією": "з" with the instrumental is "with", not "from"
    }
    if (marks(m.end(), "from_after") || marks(m.start() - 1, "from_before")) {
      return true;
    }
    int at = m.start() - 2;
    return marks(at, "from_before")
        && mentionAt(at + 1) == null
        && marks(at + 1, "gap_words"); // "из района Дамаска"
  }

  /**
   * True when the analyzer's tag of the mention's last word allows the case a grammar role names
   * ("v_rod"); true when the language names none or the analyzer gives no tag (a stem, an
   * indeclinable abbreviation).
   */
  boolean inCase(Mention m, String role) {
    List<String> cases = lex.grammar(role);
    String tag = words.get(m.end() - 1).tag();
    return cases.isEmpty() || tag == null || cases.stream().anyMatch(tag::contains);
  }

  /** The word index of the first word overlapping characters [from, to) of the sentence. */
  int wordAt(int from, int to) {
    for (int i = 0; i < size(); i++) {
      if (words.get(i).end() > from && words.get(i).begin() < to) {
        return i;
      }
    }
    return -1;
  }

  /** The last word overlapping characters [from, to). */
  int lastWordAt(int from, int to) {
    int last = -1;
    for (int i = 0; i < size(); i++) {
      if (words.get(i).end() > from && words.get(i).begin() < to) {
        last = i;
      }
    }
    return last;
  }

  /** A cue of {@code role} among words [from, to): its first word, or -1. */
  int cue(String role, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
      if (lex.cueAt(lemmas, i, role) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The words [from, to) as written, for evidence. */
  String quote(int from, int to) {
    return text.substring(words.get(from).begin(), words.get(Math.max(from, to - 1)).end());
  }
}
