package org.troopwatch.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The tagger's knowledge base: countries, places, forces and sources, loaded from the four TSV
 * files of a resource folder and validated together (codes exist, no form names two entries).
 *
 * <p>Lookups are exact and case-sensitive, as the matching downstream is.
 */
public final class Knowledge {

  /** The classpath folder of the shipped knowledge files. */
  public static final String DEFAULT_FOLDER = "org/troopwatch/knowledge";

  /**
   * The place kind of a nickname for a whole country, used without a preposition ("Down Under").
   */
  public static final String NICKNAME = "nickname";

  /** Allowed values of the {@code kind} column of places.tsv. */
  public static final Set<String> PLACE_KINDS =
      Set.of("region", "city", "base", "island", "territory", "theatre", NICKNAME);

  /** Allowed values of the {@code kind} column of sources.tsv. */
  public static final Set<String> SOURCE_KINDS =
      Set.of(
          "agency",
          "ministry",
          "government",
          "official",
          "outlet",
          "thinktank",
          "military",
          "legislature",
          "international");

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  private final List<Country> countries;
  private final List<Place> places;
  private final List<Force> forces;
  private final List<Source> sources;
  private final Map<String, Country> countryByIso3;
  private final Map<String, Place> placeByForm;
  private final Map<String, Force> forceByForm;
  private final Map<String, Source> sourceByCanonical;
  private final Map<String, Source> sourceByForm;

  private Knowledge(
      List<Country> countries, List<Place> places, List<Force> forces, List<Source> sources) {
    this.countries = List.copyOf(countries);
    this.places = List.copyOf(places);
    this.forces = List.copyOf(forces);
    this.sources = List.copyOf(sources);
    this.countryByIso3 = index(countries, c -> List.of(c.iso3()));
    this.placeByForm = index(places, p -> forms(p.name(), p.aliases()));
    this.forceByForm = index(forces, f -> forms(f.name(), f.aliases()));
    this.sourceByCanonical = index(sources, s -> List.of(s.canonical()));
    this.sourceByForm = index(sources, s -> forms(s.canonical(), s.aliases()));
  }

  /** The shipped knowledge, loaded and validated once per JVM. */
  public static Knowledge defaults() {
    return Defaults.INSTANCE;
  }

  // Holder idiom: the files are read on first use, once, thread-safely.
  private static final class Defaults {
    static final Knowledge INSTANCE = load(DEFAULT_FOLDER);
  }

  /**
   * Loads countries.tsv, places.tsv, forces.tsv and sources.tsv from a classpath folder.
   *
   * @throws IllegalArgumentException naming {@code file:line} of the first problem found
   */
  public static Knowledge load(String classpathFolder) {
    String folder = classpathFolder.endsWith("/") ? classpathFolder : classpathFolder + "/";
    List<Country> countries =
        readCountries(
            ResourceTable.load(
                folder + "countries.tsv", "iso3", "name", "aliases", "demonyms", "capitals"));
    Set<String> codes = new HashSet<>();
    countries.forEach(c -> codes.add(c.iso3()));
    List<Place> places =
        readPlaces(
            ResourceTable.load(folder + "places.tsv", "name", "iso3", "aliases", "kind"), codes);
    List<Force> forces =
        readForces(ResourceTable.load(folder + "forces.tsv", "name", "iso3", "aliases"), codes);
    List<Source> sources =
        readSources(
            ResourceTable.load(folder + "sources.tsv", "canonical", "iso3", "aliases", "kind"),
            codes);
    return new Knowledge(countries, places, forces, sources);
  }

  static List<Country> readCountries(ResourceTable table) {
    List<Country> countries = new ArrayList<>();
    FormRegistry forms = new FormRegistry(table.file());
    for (ResourceTable.Row row : table.rows()) {
      String iso3 = iso3(table, row, true);
      Country country =
          new Country(
              iso3,
              required(table, row, "name"),
              row.list("aliases"),
              row.list("demonyms"),
              row.list("capitals"));
      forms.add(row, iso3, country.name());
      country.aliases().forEach(f -> forms.add(row, iso3, f));
      country.demonyms().forEach(f -> forms.add(row, iso3, f));
      country.capitals().forEach(f -> forms.add(row, iso3, f));
      countries.add(country);
    }
    return countries;
  }

  static List<Place> readPlaces(ResourceTable table, Set<String> codes) {
    List<Place> places = new ArrayList<>();
    FormRegistry forms = new FormRegistry(table.file());
    for (ResourceTable.Row row : table.rows()) {
      Place place =
          new Place(
              required(table, row, "name"),
              knownIso3(table, row, codes, true),
              row.list("aliases"),
              kind(table, row, PLACE_KINDS));
      forms.add(row, place.name(), place.name());
      place.aliases().forEach(f -> forms.add(row, place.name(), f));
      places.add(place);
    }
    return places;
  }

  static List<Force> readForces(ResourceTable table, Set<String> codes) {
    List<Force> forces = new ArrayList<>();
    FormRegistry forms = new FormRegistry(table.file());
    for (ResourceTable.Row row : table.rows()) {
      Force force =
          new Force(
              required(table, row, "name"),
              knownIso3(table, row, codes, true),
              row.list("aliases"));
      forms.add(row, force.name(), force.name());
      force.aliases().forEach(f -> forms.add(row, force.name(), f));
      forces.add(force);
    }
    return forces;
  }

  static List<Source> readSources(ResourceTable table, Set<String> codes) {
    List<Source> sources = new ArrayList<>();
    FormRegistry forms = new FormRegistry(table.file());
    for (ResourceTable.Row row : table.rows()) {
      Source source =
          new Source(
              required(table, row, "canonical"),
              knownIso3(table, row, codes, false),
              row.list("aliases"),
              kind(table, row, SOURCE_KINDS));
      forms.add(row, source.canonical(), source.canonical());
      source.aliases().forEach(f -> forms.add(row, source.canonical(), f));
      sources.add(source);
    }
    return sources;
  }

  private static String required(ResourceTable table, ResourceTable.Row row, String column) {
    String value = row.get(column);
    if (value == null) {
      throw problem(table, row, "empty " + column);
    }
    return value;
  }

  private static String iso3(ResourceTable table, ResourceTable.Row row, boolean required) {
    String value = row.get("iso3");
    if (value == null) {
      if (required) {
        throw problem(table, row, "empty iso3");
      }
      return null;
    }
    if (!ISO3.matcher(value).matches()) {
      throw problem(table, row, "iso3 '" + value + "' is not 3 upper-case letters");
    }
    return value;
  }

  private static String knownIso3(
      ResourceTable table, ResourceTable.Row row, Set<String> codes, boolean required) {
    String value = iso3(table, row, required);
    if (value != null && !codes.contains(value)) {
      throw problem(table, row, "iso3 '" + value + "' is not in countries.tsv");
    }
    return value;
  }

  private static String kind(ResourceTable table, ResourceTable.Row row, Set<String> allowed) {
    String value = required(table, row, "kind");
    if (!allowed.contains(value)) {
      throw problem(table, row, "kind '" + value + "' is not one of " + new TreeSet<>(allowed));
    }
    return value;
  }

  private static IllegalArgumentException problem(
      ResourceTable table, ResourceTable.Row row, String what) {
    return new IllegalArgumentException(table.file() + ":" + row.line() + ": " + what);
  }

  /** Checks that no surface form (name, alias, demonym, capital) names two entries of a file. */
  private static final class FormRegistry {
    private final String file;
    private final Map<String, String> ownerByForm = new HashMap<>();
    private final Map<String, Integer> lineByForm = new HashMap<>();

    FormRegistry(String file) {
      this.file = file;
    }

    void add(ResourceTable.Row row, String owner, String form) {
      String previous = ownerByForm.putIfAbsent(form, owner);
      if (previous == null) {
        lineByForm.put(form, row.line());
        return;
      }
      int firstLine = lineByForm.get(form);
      String where = previous.equals(owner) ? "twice in this row" : "also on line " + firstLine;
      throw new IllegalArgumentException(
          file + ":" + row.line() + ": duplicate name '" + form + "' (" + where + ")");
    }
  }

  private static List<String> forms(String name, List<String> aliases) {
    List<String> forms = new ArrayList<>();
    forms.add(name);
    forms.addAll(aliases);
    return forms;
  }

  private static <T> Map<String, T> index(List<T> entries, Function<T, List<String>> keys) {
    Map<String, T> index = new LinkedHashMap<>();
    for (T entry : entries) {
      for (String key : keys.apply(entry)) {
        index.putIfAbsent(key, entry);
      }
    }
    return Map.copyOf(index);
  }

  /** All countries, in file order. */
  public List<Country> countries() {
    return countries;
  }

  /** The country with this ISO 3166-1 alpha-3 code (Kosovo is XKX). */
  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(countryByIso3.get(iso3));
  }

  /** All places below country level, in file order. */
  public List<Place> places() {
    return places;
  }

  /** The place with this name or alias ("Kursk Oblast" gives Kursk). */
  public Optional<Place> place(String nameOrAlias) {
    return Optional.ofNullable(placeByForm.get(nameOrAlias));
  }

  /** All state forces and state-tied groups, in file order. */
  public List<Force> forces() {
    return forces;
  }

  /** The force with this name or alias ("PMC Wagner" gives Wagner Group). */
  public Optional<Force> force(String nameOrAlias) {
    return Optional.ofNullable(forceByForm.get(nameOrAlias));
  }

  /** All sources, in file order. */
  public List<Source> sources() {
    return sources;
  }

  /** The source with this canonical name. */
  public Optional<Source> source(String canonical) {
    return Optional.ofNullable(sourceByCanonical.get(canonical));
  }

  /** The source with this canonical name or alias ("Pat Ryder" gives Pentagon). */
  public Optional<Source> sourceNamed(String nameOrAlias) {
    return Optional.ofNullable(sourceByForm.get(nameOrAlias));
  }
}
