package org.troopwatch.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which input field holds each article field. By default the names of the claims spec ({@code
 * doc_id, url, outlet, published, title, text}); {@code --field-map
 * published=date_publish,text=maintext,outlet=source_domain} reads news-please output.
 */
public final class FieldMapping implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The article fields an input record can carry, in this order. */
  public static final List<String> FIELDS =
      List.of("doc_id", "url", "outlet", "published", "title", "text");

  private final LinkedHashMap<String, String> sourceNames = new LinkedHashMap<>();

  private FieldMapping(Map<String, String> overrides) {
    for (String field : FIELDS) {
      sourceNames.put(field, overrides.getOrDefault(field, field));
    }
  }

  /** The default mapping: every field under its own name. */
  public static FieldMapping defaults() {
    return new FieldMapping(Map.of());
  }

  /**
   * Parses "field=source,field=source"; throws IllegalArgumentException naming a bad entry or an
   * unknown field.
   */
  public static FieldMapping parse(String spec) {
    Map<String, String> overrides = new LinkedHashMap<>();
    if (spec != null && !spec.isBlank()) {
      for (String entry : spec.split(",")) {
        String[] parts = entry.strip().split("=", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
          throw new IllegalArgumentException(
              "field mapping entry '" + entry + "' is not FIELD=SOURCE_NAME");
        }
        if (!FIELDS.contains(parts[0].strip())) {
          throw new IllegalArgumentException(
              "field mapping names unknown field '" + parts[0].strip() + "'; fields: " + FIELDS);
        }
        overrides.put(parts[0].strip(), parts[1].strip());
      }
    }
    return new FieldMapping(overrides);
  }

  /** The input's name for an article field. */
  public String sourceName(String field) {
    return sourceNames.get(field);
  }

  @Override
  public String toString() {
    return sourceNames.toString();
  }
}
