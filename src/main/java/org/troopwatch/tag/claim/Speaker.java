package org.troopwatch.tag.claim;

import org.troopwatch.tag.Gazetteer.Entry;

/**
 * Who a sentence attributes its figures to.
 *
 * @param name the source's canonical name, or the phrase as written when it is not a known source
 * @param outlet whether the source is a news outlet (a messenger more often than an originator)
 * @param relayedBy the messenger that relays the originator ("a lawmaker citing the agency"), or
 *     null
 */
record Speaker(String name, boolean outlet, String relayedBy) {

  Speaker(String name, boolean outlet) {
    this(name, outlet, null);
  }

  /** A known source of the knowledge base, by its canonical name. */
  static Speaker of(Entry e) {
    return new Speaker(e.canonical(), "outlet".equals(e.sourceKind()));
  }

  Speaker relayedBy(Speaker messenger) {
    return messenger == null || messenger.name().equals(name)
        ? this
        : new Speaker(name, outlet, messenger.name());
  }
}
