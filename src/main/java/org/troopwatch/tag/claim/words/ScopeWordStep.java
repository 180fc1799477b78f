package org.troopwatch.tag.claim.words;

import java.util.List;
import java.util.Optional;
import org.troopwatch.tag.claim.Rejection;
import org.troopwatch.tag.time.TimeSpan;

/**
 * Planned, scope: a planning cue within eight words before the figure or after it in its clause
 * ("파병할 예정", "прибудут") or a future verb the analyzer tags ("verb:...:futr", every reading of it)
 * makes it planned; a total cue just before it ("총", "всего"), or a cue of a count to date before
 * it in its clause ("현재까지 ... 파병된 인원은 3000명") or, where {@code grammar.tsv} says so
 * (to_date_after), after it ("11 тисяч ... на сьогодні присутні"), makes it a total, an increment
 * cue ("ещё", "추가") or a verb of growth whose subject is the figure ("1500여명이 늘어") an increment; a
 * numbered batch before it gives the wave ("20진은", "первой партии").
 */
final class ScopeWordStep implements WordStep {

  @Override
  public String name() {
    return "scope";
  }

  @Override
  public Optional<Rejection> apply(WordCandidate c) {
    WordSentence s = c.s;
    int plan = s.cue("planned", Math.max(0, c.first - 8), c.first);
    if (plan < 0) {
      plan = s.cue("planned", c.last + 1, clauseEnd(c));
    }
    if (plan >= 0) {
      c.planned = true;
      c.note("planned", "'" + s.words.get(plan).text() + "'");
    } else {
      for (int i = Math.max(0, c.first - 4); i < s.size(); i++) {
        String tag = s.words.get(i).tag();
        if (tag != null
            && tag.startsWith("verb")
            && tag.contains("futr")
            && !tag.contains("pres")
            && !tag.contains("past")) {
          c.planned = true;
          c.note("planned", "future '" + s.words.get(i).text() + "'");
          break;
        }
      }
    }
    if (c.planned
        && c.period != null
        && !c.periodHasYear
        && c.period.end() != null
        && c.published != null
        && c.period.end().isBefore(c.published)) {
      // a planned figure's month with no year is the next such month ("12월경 ... 이동 예상")
      TimeSpan p = c.period;
      c.period =
          new TimeSpan(
              p.start() == null ? null : p.start().plusYears(1),
              p.end().plusYears(1),
              p.charStart(),
              p.charEnd(),
              p.text());
      c.note("period", "the next " + c.period.text());
    }
    c.wave = wave(c);
    int inc = s.cue("increment", c.first - 3, c.first);
    for (int j = c.last + 1; inc < 0 && j < Math.min(s.size(), c.last + 4); j++) {
      if (s.marks(j, "subject_after")) { // "1500여명이 늘어": grew by the figure (its counter between)
        inc = s.cue("rise_by", j + 1, j + 3);
        break;
      }
    }
    int total = s.cue("total", c.first - 6, c.first);
    if (total < 0 && s.cue("increment", clauseStart(c), clauseEnd(c)) < 0) {
      // "현재까지 러시아에 파병된 북한군 인원은 약 3000명": a count to date heads the figure's clause;
      // "현재까지 ... 500명이 추가 파병될 예정": a new batch is no total, whatever is known so far
      total = s.cue("to_date", clauseStart(c), c.first);
      if (total < 0 && c.lex.grammar("to_date_after").contains("yes")) {
        total = s.cue("to_date", c.last + 1, clauseEnd(c)); // "11 тисяч ... на сьогодні присутні"
      }
    }
    if (inc >= 0) {
      c.scope = "increment";
      c.note("scope", "'" + s.words.get(inc).text() + "'");
    } else if (total >= 0) {
      c.scope = "total";
      c.note("scope", "'" + s.words.get(total).text() + "'");
    }
    return Optional.empty();
  }

  /**
   * Where a planning cue after the figure stops belonging to it: at the next figure of the sentence
   * ("3000여명 파견... 총 1만여명 이동 예상") or, where the language lists them ({@code grammar.tsv}
   * clause_stops: the comma of Russian and Ukrainian, whose verb comes before its figure), at the
   * first such mark.
   */
  private static int clauseEnd(WordCandidate c) {
    WordSentence s = c.s;
    List<String> stops = c.lex.grammar("clause_stops");
    for (int i = c.last + 1; i < s.size(); i++) {
      String t = s.words.get(i).text();
      if (stops.contains(t) || (!t.isEmpty() && Character.isDigit(t.charAt(0)))) {
        return i;
      }
    }
    return s.size();
  }

  /**
   * Where the figure's clause starts, looking back: after the sentence's figure before it or, where
   * the language lists them ({@code grammar.tsv} clause_stops), after the last such mark.
   */
  private static int clauseStart(WordCandidate c) {
    WordSentence s = c.s;
    List<String> stops = c.lex.grammar("clause_stops");
    for (int i = c.first - 1; i >= 0; i--) {
      String t = s.words.get(i).text();
      if (stops.contains(t) || (!t.isEmpty() && Character.isDigit(t.charAt(0)))) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The batch's ordinal: a number glued to a wave noun that is the clause's topic before the figure
   * ("20진은 ... 280여 명"), or an ordinal word of {@code grammar.tsv} ordinals before a wave noun
   * within six words before the figure ("первой партии ... 1200 человек").
   */
  private static Integer wave(WordCandidate c) {
    WordSentence s = c.s;
    for (int i = Math.max(1, c.first - 12); i < c.first; i++) {
      if (s.cue("wave_noun", i, i + 1) != i) {
        continue;
      }
      String before = s.words.get(i - 1).text();
      if (before.chars().allMatch(Character::isDigit)
          && s.words.get(i - 1).end() == s.words.get(i).begin()
          && s.marks(i + 1, "subject_after")) {
        c.note("wave", "'" + s.quote(i - 1, i + 1) + "'");
        return Integer.parseInt(before);
      }
      int ordinal = ordinal(c.lex.grammar("ordinals"), s.lemmas.get(i - 1));
      if (ordinal >= 0 && c.first - i <= 6) {
        c.note("wave", "'" + s.quote(i - 1, i + 1) + "'");
        return ordinal + 1;
      }
    }
    return null;
  }

  /** The place of a lemma among the ordinals (each "form/form"), or -1. */
  private static int ordinal(List<String> ordinals, String lemma) {
    for (int n = 0; n < ordinals.size(); n++) {
      if (List.of(ordinals.get(n).split("/")).contains(lemma)) {
        return n;
      }
    }
    return -1;
  }
}
