package org.troopwatch.knowledge;

import java.util.List;

/**
 * Someone figures are attributed to, by canonical name, with the aliases that count as the same
 * source; {@code iso3} is null for international bodies.
 */
public record Source(String canonical, String iso3, List<String> aliases, String kind) {

  public Source {
    aliases = List.copyOf(aliases);
  }

  /** Every name of the source: its aliases, then its canonical name. */
  public List<String> names() {
    List<String> names = new java.util.ArrayList<>(aliases);
    names.add(canonical);
    return names;
  }
}
