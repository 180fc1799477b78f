package org.troopwatch.knowledge;

import java.util.List;

/**
 * A country by its ISO 3166-1 alpha-3 code, with the forms news uses for it: name, other names,
 * demonyms (adjectives and people nouns) and the capital used for its government ("Pyongyang").
 */
public record Country(
    String iso3, String name, List<String> aliases, List<String> demonyms, List<String> capitals) {

  public Country {
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
  }
}
