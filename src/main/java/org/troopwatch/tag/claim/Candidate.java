package org.troopwatch.tag.claim;

import java.util.List;
import java.util.Map;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.figure.Figure;
import org.troopwatch.tag.time.TimeSpan;

/**
 * One figure of one sentence while the steps read it: what the sentence and article give every
 * step, and the fields each step fills, with the evidence that decided them.
 */
final class Candidate {

  // What the steps read.
  final SentenceView v;
  final Figure figure;
  final int first;
  final int last;
  final List<Candidate> before;
  final ArticleContext context;
  Speaker speaker;
  final Integer nextWave;
  final String carriedMetric;
  final String language;

  // What the steps fill, in step order.
  Head head;
  String metric;
  String deployer;
  HostPlace host;
  boolean planned;
  String scope;
  Integer wave;
  TimeSpan period;
  double confidence;
  boolean earlierCount;

  /**
   * Whether a verb of release counts the figure ("Iran freed 15 sailors"): captives, whose capture
   * the release does not date (convention 19).
   */
  boolean released;

  /** The figure's part in a change or a standing level ({@link Level}); null for none. */
  Level level;

  /**
   * Why a figure read to the end makes no claim though it names a group of troops that later
   * figures may refer to ("23 missing soldiers and two others who were captured"); null for a
   * claim.
   */
  Rejection held;

  /** The step that held the figure back, with {@link #held}. */
  String heldBy;

  /** Where the host step starts looking for the place, when the direction step knows; else -1. */
  int placeFrom = -1;

  private final Evidence evidence = new Evidence();

  Candidate(
      SentenceView v,
      Figure figure,
      int first,
      int last,
      List<Candidate> before,
      ArticleContext context,
      Speaker speaker,
      Integer nextWave,
      String carriedMetric,
      String language) {
    this.v = v;
    this.figure = figure;
    this.first = first;
    this.last = last;
    this.before = before;
    this.context = context;
    this.speaker = speaker;
    this.nextWave = nextWave;
    this.carriedMetric = carriedMetric;
    this.language = language;
  }

  /** Notes why a field took its value ("metric: 'killed' before the figure"). */
  void note(String field, String why) {
    evidence.note(field, why);
  }

  /** The evidence notes, field by field, in the order the steps wrote them. */
  Map<String, String> evidence() {
    return evidence.asMap();
  }

  /** The previous accepted figure of the sentence, or null. */
  Candidate previous() {
    return before.isEmpty() ? null : before.get(before.size() - 1);
  }

  /** The claim the filled fields make. */
  Claim toClaim() {
    return new Claim(
        v.article.docId(),
        v.text(),
        deployer,
        host.country(),
        host.location(),
        metric,
        figure.low(),
        figure.high(),
        figure.qualifier().code(),
        scope,
        wave,
        planned,
        speaker == null ? null : speaker.name(),
        period == null ? null : period.start(),
        period == null ? null : period.end(),
        v.index,
        v.sentence.begin(),
        v.sentence.end(),
        confidence,
        speaker == null ? null : speaker.relayedBy(),
        earlierCount,
        language,
        evidence.text());
  }
}
