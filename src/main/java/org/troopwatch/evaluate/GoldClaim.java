package org.troopwatch.evaluate;

import java.time.LocalDate;
import java.util.List;

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
    LocalDate periodEnd) {}
