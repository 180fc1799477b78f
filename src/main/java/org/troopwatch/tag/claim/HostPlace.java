package org.troopwatch.tag.claim;

/**
 * Where a figure's troops are, go or come from.
 *
 * @param country ISO alpha-3 of the host, or null for a region larger than a country
 * @param location a place below country level or a region, or null
 * @param evidence how it was found ("place", "country", "region", "hosting", "theatre", "opponent",
 *     "border", "context", "headline"), or null when it was carried from an earlier figure
 */
record HostPlace(String country, String location, String evidence) {

  /** A region or a list of countries the sentence itself names: no single host. */
  boolean spansCountries() {
    return country == null && ("region".equals(evidence) || Places.SEVERAL_HOSTS.equals(this));
  }
}
