package org.troopwatch.tag.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.troopwatch.testing.Shared;

/** Reads the dev gold set at test time (never copied into the repository). */
class TimeResolverGoldTest {

  private static LocalDate dateOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
  }

  @Test
  void findsThePeriodOfMostGoldClaimsThatHaveOneInTheirSentence() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, LocalDate> published = new HashMap<>();
    for (String line : Files.readAllLines(Shared.resolve("gold/dev/articles.jsonl"))) {
      if (!line.isBlank()) {
        JsonNode a = json.readTree(line);
        published.put(a.get("doc_id").asText(), LocalDate.parse(a.get("published").asText()));
      }
    }
    TimeResolver resolver = TimeResolver.defaults();
    int withPeriod = 0;
    int found = 0;
    for (String line : Files.readAllLines(Shared.resolve("gold/dev/claims.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode claim = json.readTree(line);
      LocalDate start = dateOrNull(claim.get("period_start"));
      LocalDate end = dateOrNull(claim.get("period_end"));
      if (start == null && end == null) {
        continue;
      }
      withPeriod++;
      List<TimeSpan> spans =
          resolver.find(
              claim.get("sentence").asText(),
              published.get(claim.get("doc_id").asText()),
              claim.get("planned").asBoolean());
      boolean hit =
          spans.stream()
              .anyMatch(s -> Objects.equals(s.start(), start) && Objects.equals(s.end(), end));
      if (hit) {
        found++;
      } else {
        System.out.println("  period miss: " + start + ".." + end + " spans " + spans);
      }
    }
    System.out.printf("gold periods: %d claims with a period, %d found%n", withPeriod, found);
    assertThat(found).isGreaterThanOrEqualTo(8);
  }
}
