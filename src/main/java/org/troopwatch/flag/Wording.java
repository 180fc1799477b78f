package org.troopwatch.flag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.troopwatch.combine.FigureKey;
import org.troopwatch.combine.Interval;
import org.troopwatch.knowledge.Knowledge;

/**
 * What the flag stage knows about metrics (level or toll) and how it words figures, troops and
 * places in explanations; metrics from {@code metrics.tsv} beside this class, countries from the
 * knowledge base ({@link Knowledge}).
 */
public final class Wording implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A metric's kind and its two phrases. */
  record Metric(String name, String kind, String phrase, String plannedPhrase)
      implements Serializable {}

  /** A country's name and adjective. */
  record Country(String name, String adjective) implements Serializable {}

  private final Map<String, Metric> metrics;
  private final Map<String, Country> countries;

  Wording(Map<String, Metric> metrics, Map<String, Country> countries) {
    this.metrics = Map.copyOf(metrics);
    this.countries = Map.copyOf(countries);
  }

  /** The wording packaged with TroopWatch. */
  public static Wording load() {
    Map<String, Metric> metrics = new HashMap<>();
    for (String[] f : read("metrics.tsv", 4)) {
      if (!List.of(LEVEL, CUMULATIVE, TOLL).contains(f[1])) {
        throw new IllegalStateException(
            "metrics.tsv: kind of " + f[0] + " must be level, cumulative or toll, not " + f[1]);
      }
      metrics.put(f[0], new Metric(f[0], f[1], f[2], f[3]));
    }
    // Country names and adjectives come from the tagger's knowledge base: one list for the product.
    Map<String, Country> countries = new HashMap<>();
    for (org.troopwatch.knowledge.Country c : Knowledge.defaults().countries()) {
      String adjective = c.demonyms().isEmpty() ? null : c.demonyms().get(0);
      if (adjective != null) {
        countries.put(c.iso3(), new Country(c.name(), adjective));
      }
    }
    return new Wording(metrics, countries);
  }

  private static final String LEVEL = "level";
  private static final String CUMULATIVE = "cumulative";
  private static final String TOLL = "toll";

  /** Whether figures of this metric are tolls of one event (killed, wounded, captured ...). */
  public boolean isToll(String metric) {
    Metric known = metrics.get(metric);
    return known != null && known.kind().equals(TOLL);
  }

  /**
   * Whether figures of this metric count a one-way process so far (troops withdrawn): every source
   * counts the same people, so one source's count continues another's.
   */
  public boolean isCumulative(String metric) {
    Metric known = metrics.get(metric);
    return known != null && known.kind().equals(CUMULATIVE);
  }

  /** "North Korean troops deployed in Russia" for the key's deployer, host and metric. */
  public String subject(FigureKey key, String location) {
    Metric metric = metrics.get(key.metric());
    String template =
        metric == null
            ? "{troops} (" + key.metric() + ") in {host}"
            : key.planned() ? metric.plannedPhrase() : metric.phrase();
    String text = template.replace("{troops}", troops(key.deployingCountry()));
    text = text.replace("{host}", host(key.hostCountry(), location));
    return "total".equals(key.scope()) ? text + " in total" : text;
  }

  /** "3,000", "about 3,000", "1,000-3,000", "at least 100", "up to 1,000". */
  public static String figure(Interval figure, String qualifier) {
    NumberFormat digits = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    if (figure.low() == null) {
      return "up to " + digits.format(figure.high());
    }
    if (figure.high() == null) {
      return "at least " + digits.format(figure.low());
    }
    if (!figure.low().equals(figure.high())) {
      return digits.format(figure.low()) + "-" + digits.format(figure.high());
    }
    String point = digits.format(figure.low());
    return switch (qualifier == null ? "" : qualifier) {
      case "approx" -> "about " + point;
      case "at_least" -> "at least " + point;
      case "at_most" -> "up to " + point;
      default -> point;
    };
  }

  private String troops(String code) {
    Country country = countries.get(code);
    return country != null ? country.adjective() + " troops" : "troops from " + countryName(code);
  }

  private String host(String code, String location) {
    if (code == null) {
      return location != null ? location : "an unnamed host country";
    }
    return countryName(code);
  }

  private String countryName(String code) {
    Country country = countries.get(code);
    if (country != null) {
      return country.name();
    }
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", alpha2);
      if (locale.getISO3Country().equals(code)) {
        return locale.getDisplayCountry(Locale.ENGLISH);
      }
    }
    return code;
  }

  private static List<String[]> read(String resource, int fields) {
    InputStream in = Wording.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " is missing from the jar");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = reader.lines().toList();
      java.util.ArrayList<String[]> rows = new java.util.ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != fields) {
          throw new IllegalStateException(
              resource + " line " + (i + 1) + " has " + f.length + " fields, expected " + fields);
        }
        rows.add(f);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
