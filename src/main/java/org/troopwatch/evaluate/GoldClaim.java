package org.troopwatch.evaluate;

import java.time.LocalDate;
import java.util.List;
import org.troopwatch.common.Claim;

/**
 * A claim as the scorer compares it: a gold claim (with the aliases of its source) or a tagged one
 * (aliases empty).
 */
public record GoldClaim(
    String docId,
    String sentence,
    String deployingCountry,
    String hostCountry,
    String metric,
    Long low,
    Long high,
    String qualifier,
    String scope,
    Integer wave,
    Boolean planned,
    String attributedTo,
    List<String> attributedToAliases,
    LocalDate periodStart,
    LocalDate periodEnd) {

  /** A tagged claim as the scorer sees it: the spec's fields, no aliases. */
  public static GoldClaim of(Claim c) {
    return new GoldClaim(
        c.docId(),
        c.sentence(),
        c.deployingCountry(),
        c.hostCountry(),
        c.metric(),
        c.low(),
        c.high(),
        c.qualifier(),
        c.scope(),
        c.wave(),
        c.planned(),
        c.attributedTo(),
        List.of(),
        c.periodStart(),
        c.periodEnd());
  }
}
