package org.troopwatch.tag;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One claim as the spec defines it (spec/claims.md), with its provenance: the sentence it stands in
 * (index among the article's sentences and character offsets into the article's text) and a
 * confidence in [0, 1].
 */
public record Claim(
    String docId,
    String sentence,
    String deployingCountry,
    String hostCountry,
    String location,
    String metric,
    Long low,
    Long high,
    String qualifier,
    String scope,
    Integer wave,
    boolean planned,
    String attributedTo,
    LocalDate periodStart,
    LocalDate periodEnd,
    int sentenceIndex,
    int charStart,
    int charEnd,
    double confidence)
    implements Serializable {}
