package org.troopwatch.tag;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.troopwatch.knowledge.Country;
import org.troopwatch.knowledge.Force;
import org.troopwatch.knowledge.Knowledge;
import org.troopwatch.knowledge.Place;
import org.troopwatch.knowledge.ResourceTable;
import org.troopwatch.knowledge.Source;

/**
 * Every name the tagger looks for (countries, demonyms, capitals, places, regions, forces,
 * sources), as phrases for Spark NLP's TextMatcher and as the way back from a matched phrase to
 * what it names.
 */
public final class Gazetteer implements Serializable {

  private static final long serialVersionUID = 1L;
  private static volatile Gazetteer defaults;

  /** What a phrase can name. */
  public enum Kind {
    COUNTRY,
    DEMONYM,
    CAPITAL,
    PLACE,
    REGION,
    FORCE,
    SOURCE
  }

  /**
   * One meaning of a phrase: its kind, the country it ties to (null for regions and some sources),
   * its canonical name (the country's name, the place or the source's canonical name) and, for a
   * source, its kind (agency, ministry, government, official, outlet, ...); for a place that is a
   * country's nickname ("Down Under"), {@link Knowledge#NICKNAME}.
   */
  public record Entry(Kind kind, String iso3, String canonical, String sourceKind)
      implements Serializable {
    Entry(Kind kind, String iso3, String canonical) {
      this(kind, iso3, canonical, null);
    }
  }

  private final Map<String, List<Entry>> entries = new LinkedHashMap<>();

  /** The gazetteer of the knowledge files shipped in the jar. */
  public static Gazetteer defaults() {
    if (defaults == null) {
      synchronized (Gazetteer.class) {
        if (defaults == null) {
          defaults = new Gazetteer(Knowledge.defaults());
        }
      }
    }
    return defaults;
  }

  Gazetteer(Knowledge knowledge) {
    for (Country c : knowledge.countries()) {
      add(c.name(), new Entry(Kind.COUNTRY, c.iso3(), c.name()));
      c.aliases().forEach(a -> add(a, new Entry(Kind.COUNTRY, c.iso3(), c.name())));
      c.demonyms().forEach(d -> add(d, new Entry(Kind.DEMONYM, c.iso3(), c.name())));
      c.capitals().forEach(k -> add(k, new Entry(Kind.CAPITAL, c.iso3(), c.name())));
    }
    for (Place p : knowledge.places()) {
      String nickname = Knowledge.NICKNAME.equals(p.kind()) ? Knowledge.NICKNAME : null;
      add(p.name(), new Entry(Kind.PLACE, p.iso3(), p.name(), nickname));
      p.aliases().forEach(a -> add(a, new Entry(Kind.PLACE, p.iso3(), p.name(), nickname)));
    }
    for (var row :
        ResourceTable.load("org/troopwatch/tag/lang/en/regions.tsv", "name", "aliases").rows()) {
      Entry region = new Entry(Kind.REGION, null, row.get("name"));
      add(row.get("name"), region);
      row.list("aliases").forEach(a -> add(a, region));
    }
    for (Force f : knowledge.forces()) {
      add(f.name(), new Entry(Kind.FORCE, f.iso3(), f.name()));
      f.aliases().forEach(a -> add(a, new Entry(Kind.FORCE, f.iso3(), f.name())));
    }
    for (Source s : knowledge.sources()) {
      Entry source = new Entry(Kind.SOURCE, s.iso3(), s.canonical(), s.kind());
      add(s.canonical(), source);
      s.aliases().forEach(a -> add(a, source));
    }
  }

  private void add(String phrase, Entry entry) {
    List<Entry> list = entries.computeIfAbsent(key(phrase), k -> new ArrayList<>());
    if (!list.contains(entry)) {
      list.add(entry);
    }
  }

  /** The lookup key of a phrase: apostrophes straightened, white space folded. */
  public static String key(String phrase) {
    return phrase.replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
  }

  /** Every phrase, one per line, for the TextMatcher's entities file. */
  public List<String> phrases() {
    return List.copyOf(entries.keySet());
  }

  /** The phrases with a meaning of the given kind. */
  public List<String> phrases(Kind kind) {
    return entries.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(x -> x.kind() == kind))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** What a matched phrase names; empty when unknown. */
  public List<Entry> lookup(String phrase) {
    return entries.getOrDefault(key(phrase), List.of());
  }
}
