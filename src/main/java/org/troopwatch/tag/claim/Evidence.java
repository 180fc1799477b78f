package org.troopwatch.tag.claim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The notes the claim steps write about one figure, field by field, in the order they wrote them:
 * what {@code explain} prints and what the claims table's {@code evidence} column holds. Shared by
 * the English steps and the word steps of the other languages.
 */
public final class Evidence {

  private final Map<String, String> notes = new LinkedHashMap<>();

  /** Notes why a field took its value ("metric: 'killed' before the figure"). */
  public void note(String field, String why) {
    notes.put(field, why);
  }

  /** The notes, field by field (read-only). */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(notes);
  }

  /** The notes as one short text: {@code field: why; field: why}. */
  public String text() {
    return notes.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("; "));
  }
}
