package org.troopwatch.tag.figure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.troopwatch.testing.Shared;

/** Reads the dev gold set at test time (never copied into the repository). */
class FigureParserGoldTest {

  private static Long longOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asLong();
  }

  @Test
  void findsTheBoundsOfNearlyEveryGoldClaimInItsSentence() throws IOException {
    Path claims = Shared.resolve("gold/dev/claims.jsonl");
    ObjectMapper json = new ObjectMapper();
    FigureParser parser = FigureParser.defaults();
    int total = 0;
    int bounds = 0;
    int qualifiers = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(claims)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode claim = json.readTree(line);
      Long low = longOrNull(claim.get("low"));
      Long high = longOrNull(claim.get("high"));
      String sentence = claim.get("sentence").asText();
      total++;
      Figure hit =
          parser.find(sentence).stream()
              .filter(
                  f ->
                      f.isCount() && Objects.equals(f.low(), low) && Objects.equals(f.high(), high))
              .findFirst()
              .orElse(null);
      if (hit == null) {
        misses.add(low + ".." + high + " in: " + sentence);
        continue;
      }
      bounds++;
      if (hit.qualifier().code().equals(claim.get("qualifier").asText())) {
        qualifiers++;
      }
    }
    System.out.printf(
        "gold figures: %d claims, bounds found %d, qualifier also right %d%n",
        total, bounds, qualifiers);
    misses.forEach(m -> System.out.println("  miss: " + m));
    assertThat(bounds).isGreaterThanOrEqualTo((int) Math.ceil(total * 0.9));
  }
}
