package org.troopwatch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.troopwatch.evaluate.GoldClaim;

/** The DEV gold set in shared/ (articles and their hand-made claims), read as tests need it. */
public final class DevGold {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One gold article: its id, publication date and text. */
  public record Article(String docId, LocalDate published, String text) {}

  private DevGold() {}

  /** Every article of gold/dev/articles.jsonl, in file order. */
  public static List<Article> articles() {
    return articles("dev");
  }

  /** Every article of gold/SET/articles.jsonl (dev, dev-ko, dev-ruuk ...), in file order. */
  public static List<Article> articles(String set) {
    List<Article> out = new ArrayList<>();
    for (JsonNode a : lines(set, "articles.jsonl")) {
      out.add(
          new Article(
              a.get("doc_id").asText(),
              LocalDate.parse(a.get("published").asText()),
              a.get("text").asText()));
    }
    return out;
  }

  /** The gold article with this id. */
  public static Article article(String docId) {
    return articles().stream()
        .filter(a -> a.docId().equals(docId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no gold article " + docId));
  }

  /** Every claim of gold/dev/claims.jsonl, in file order. */
  public static List<GoldClaim> claims() {
    return claims("dev");
  }

  /** Every claim of gold/SET/claims.jsonl, in file order. */
  public static List<GoldClaim> claims(String set) {
    List<GoldClaim> out = new ArrayList<>();
    for (JsonNode c : lines(set, "claims.jsonl")) {
      List<String> aliases = new ArrayList<>();
      c.path("attributed_to_aliases").forEach(alias -> aliases.add(alias.asText()));
      out.add(
          new GoldClaim(
              text(c, "doc_id"),
              text(c, "sentence"),
              text(c, "deploying_country"),
              text(c, "host_country"),
              text(c, "metric"),
              number(c, "low"),
              number(c, "high"),
              text(c, "qualifier"),
              text(c, "scope"),
              c.hasNonNull("wave") ? c.get("wave").asInt() : null,
              c.hasNonNull("planned") ? c.get("planned").asBoolean() : null,
              text(c, "attributed_to"),
              List.copyOf(aliases),
              date(c, "period_start"),
              date(c, "period_end")));
    }
    return out;
  }

  private static List<JsonNode> lines(String set, String file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(Shared.resolve("gold/" + set + "/" + file))) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold/" + set + "/" + file, e);
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static Long number(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asLong() : null;
  }

  private static LocalDate date(JsonNode n, String field) {
    return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
  }
}
