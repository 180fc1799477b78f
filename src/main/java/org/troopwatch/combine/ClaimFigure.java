package org.troopwatch.combine;

import java.time.LocalDate;
import java.util.List;

/**
 * One claim ready to be folded into a figure: its figure and dating, and the story that carried it
 * (syndicated copies share the story, which is reported on its first day). {@code earlier} marks a
 * figure the sentence itself presents as an earlier count ("up from 900"); {@code confidence} is
 * the tagger's (see README, "claims"); {@code language} the article's language code (null in claims
 * tagged before the column existed).
 */
public record ClaimFigure(
    String storyId,
    String docId,
    LocalDate published,
    LocalDate reportDate,
    List<String> storyOutlets,
    String sentence,
    int sentenceIndex,
    Interval figure,
    String qualifier,
    Integer wave,
    String location,
    LocalDate periodStart,
    LocalDate periodEnd,
    boolean attributed,
    boolean earlier,
    double confidence,
    String language) {

  public ClaimFigure {
    storyOutlets = List.copyOf(storyOutlets);
  }
}
