package org.troopwatch.tag.claim;

/**
 * The author of the count an article reports. A lead that makes an outlet the author of a count
 * ("The BBC Russian Service, together with Mediazona, have identified the names of 122,883 ...")
 * makes it the source of the article's later figures that name no source of their own:
 *
 * <pre>
 *   sentence                                             source
 *   "X, together with Y, have identified 122,883 ..."    X and Y (the lead: a verb of counting)
 *   "Next on the list are Perm (3,768) and ..."          X and Y (no source of its own)
 *   "Taking into account the above estimate, ..."        X and Y
 *   "According to the General Staff, ..."                General Staff (its own; the study ends)
 * </pre>
 *
 * Once another source speaks, the figures after it are no longer the study's.
 */
final class LeadStudy {

  /** How many sentences from the start of the text the lead may stand at (after a headline). */
  private static final int LEAD_SENTENCES = 2;

  private final Grammar g;

  LeadStudy(Grammar g) {
    this.g = g;
  }

  /**
   * The source of the sentence: {@code found} (its own, remembered as the study's author when the
   * sentence is a lead in which an outlet counts), else the author of the lead's count; null when
   * neither.
   */
  Speaker read(SentenceView v, Speaker found, ArticleContext context) {
    if (found == null) {
      return context.hearsay == null ? context.studyAuthor : null;
    }
    if (context.studyAuthor == null
        && v.index < LEAD_SENTENCES
        && found.outlet()
        && found.relayedBy() == null
        && g.anyIs("study", v, 0, v.size())
        && countsSomething(v)) {
      context.studyAuthor = found;
    } else if (context.studyAuthor != null && !context.studyAuthor.name().equals(found.name())) {
      context.studyAuthor = null; // another source speaks: the study's figures end there
    }
    return found;
  }

  /** Whether the sentence gives a number ("have identified 122,883 ..."), not only a finding. */
  private static boolean countsSomething(SentenceView v) {
    for (int i = 0; i < v.size(); i++) {
      if (v.pos(i).equals("NUM")) {
        return true;
      }
    }
    return false;
  }
}
