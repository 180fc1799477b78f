package org.troopwatch.knowledge;

import java.util.List;

/**
 * A place below country level (region, city, base, island, territory, theatre) and the country
 * whose territory it is.
 */
public record Place(String name, String iso3, List<String> aliases, String kind) {

  public Place {
    aliases = List.copyOf(aliases);
  }
}
