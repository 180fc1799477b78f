package org.troopwatch.knowledge;

import java.util.List;

/** A state force or state-tied group whose name implies the country that deploys it. */
public record Force(String name, String iso3, List<String> aliases) {

  public Force {
    aliases = List.copyOf(aliases);
  }
}
