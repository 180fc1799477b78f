package org.troopwatch.tag.claim.words;

import java.time.LocalDate;
import java.util.Map;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.claim.Evidence;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.time.TimeSpan;

/** One figure of one sentence while the word steps read it, with what each step filled. */
final class WordCandidate {

  final String docId;
  final LocalDate published;
  final WordSentence s;
  final Figure figure;
  final WordContext context;
  final WordLexicon lex;
  int first;
  int last;

  WordLexicon.Entry head;
  int headAt = -1;
  String metric;
  String deployer;
  String host;
  String location;
  boolean planned;
  String scope;
  TimeSpan period;
  boolean periodHasYear;
  String source;
  String relayedBy;
  Integer wave;
  double confidence;
  private final Evidence evidence = new Evidence();

  WordCandidate(
      String docId,
      LocalDate published,
      WordSentence s,
      Figure figure,
      WordContext context,
      WordLexicon lex) {
    this.docId = docId;
    this.published = published;
    this.s = s;
    this.figure = figure;
    this.context = context;
    this.lex = lex;
  }

  void note(String field, String why) {
    evidence.note(field, why);
  }

  Map<String, String> evidence() {
    return evidence.asMap();
  }

  Claim toClaim() {
    return new Claim(
        docId,
        s.text,
        deployer,
        host,
        location,
        metric,
        figure.low(),
        figure.high(),
        figure.qualifier().code(),
        scope,
        wave,
        planned,
        source,
        period == null ? null : period.start(),
        period == null ? null : period.end(),
        s.index,
        s.begin,
        s.begin + s.text.length(),
        confidence,
        relayedBy,
        false,
        lex.language().code(),
        evidence.text());
  }
}
