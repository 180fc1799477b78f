package org.troopwatch.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.testing.Shared;

/**
 * Checks the sample corpus packaged in the jar: its shape, and that none of its sentences was
 * copied from the evaluation-only texts under shared/.
 */
class SampleCorpusTest {

  private static final String RESOURCE = "/org/troopwatch/sample/articles.jsonl";
  private static final List<String> FIELDS =
      List.of("doc_id", "url", "outlet", "published", "title", "text");
  private static final Set<String> URL_HOSTS = Set.of("example.com", "example.org", "example.net");

  /** Sentences shorter than this are too generic to count as copied ("He said."). */
  private static final int MIN_GUARDED_LENGTH = 40;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’')]?)\\s+");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> lines;
  private static List<JsonNode> items;

  @BeforeAll
  static void readSample() throws IOException {
    try (InputStream in = SampleCorpusTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("resource %s on the class path", RESOURCE).isNotNull();
      lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    }
    items = new ArrayList<>();
    for (String line : lines) {
      items.add(JSON.readTree(line));
    }
  }

  @Test
  void everyLineIsOneJsonObject() {
    assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    assertThat(items).allSatisfy(item -> assertThat(item.isObject()).isTrue());
  }

  @Test
  void theCorpusHoldsBetweenFortyAndEightyItems() {
    assertThat(items).hasSizeBetween(40, 80);
  }

  @Test
  void everyItemHasExactlyTheSixFieldsInOrder() {
    assertThat(items)
        .allSatisfy(
            item -> {
              List<String> names = new ArrayList<>();
              item.fieldNames().forEachRemaining(names::add);
              assertThat(names).as(item.path("doc_id").asText()).isEqualTo(FIELDS);
              assertThat(names)
                  .allSatisfy(name -> assertThat(item.get(name).isTextual()).as(name).isTrue());
            });
  }

  @Test
  void docIdsAreUnique() {
    List<String> ids = items.stream().map(item -> item.path("doc_id").asText()).toList();
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void publishedDatesAreIsoCalendarDates() {
    assertThat(items)
        .allSatisfy(
            item -> {
              String published = item.path("published").asText();
              assertThat(published).matches("\\d{4}-\\d{2}-\\d{2}");
              assertThat(LocalDate.parse(published)).isBefore(LocalDate.of(2026, 1, 1));
            });
  }

  @Test
  void titlesOutletsAndTextsAreNotBlank() {
    assertThat(items)
        .allSatisfy(
            item -> {
              assertThat(item.path("title").asText()).isNotBlank();
              assertThat(item.path("outlet").asText()).isNotBlank();
              assertThat(item.path("text").asText()).isNotBlank();
            });
  }

  @Test
  void textsRunBetweenEightyAndFourHundredWords() {
    assertThat(items)
        .allSatisfy(
            item ->
                assertThat(item.path("text").asText().trim().split("\\s+").length)
                    .as(item.path("doc_id").asText())
                    .isBetween(80, 400));
  }

  @Test
  void paragraphsAreSeparatedByOneBlankLine() {
    assertThat(items)
        .allSatisfy(
            item -> {
              String text = item.path("text").asText();
              assertThat(text).as(item.path("doc_id").asText()).doesNotContain("\n\n\n");
              assertThat(text.split("\n\n")).allSatisfy(p -> assertThat(p).isNotBlank());
            });
  }

  @Test
  void urlsPointAtReservedExampleDomains() {
    assertThat(items)
        .allSatisfy(
            item -> {
              String host = URI.create(item.path("url").asText()).getHost();
              assertThat(URL_HOSTS).as(item.path("url").asText()).contains(host);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a sentence in the middle of a longer text | Some words first. North Korea sent about 1,500 soldiers to the Far East. More words.
          a sentence at the very start of a text     | North Korea sent about 1,500 soldiers to the Far East. More words.
          a sentence hard-wrapped across lines       | Lead. North Korea sent about 1,500\\n soldiers   to the Far East.
          """)
  void theCopyFinderReportsAGuardedSentence(String caseName, String text) {
    String sentence = "North Korea sent about 1,500 soldiers to the Far East.";
    CopyFinder finder = new CopyFinder(List.of(sentence));

    finder.scan(text.replace("\\n", "\n"));

    assertThat(finder.found()).containsExactly(sentence);
  }

  @Test
  void theCopyFinderIgnoresANearMiss() {
    CopyFinder finder =
        new CopyFinder(List.of("North Korea sent about 1,500 soldiers to the Far East."));

    finder.scan("North Korea sent about 1,500 soldiers to the Far East of Russia.");

    assertThat(finder.found()).isEmpty();
  }

  @Test
  void theCopyFinderRejectsSentencesTooShortToGuard() {
    assertThatThrownBy(() -> new CopyFinder(List.of("Too short.")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Too short.")
        .hasMessageContaining("40");
  }

  @Test
  void noSampleSentenceAppearsVerbatimInTheSharedTexts() throws IOException {
    CopyFinder finder = new CopyFinder(guardedSentences());
    Path shared = Shared.path();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(shared)) {
      sources =
          walk.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".jsonl.gz"))
              .sorted()
              .toList();
    }
    assertThat(sources)
        .as("gold and corpus files under %s", shared)
        .anyMatch(p -> p.toString().contains("gold"))
        .anyMatch(p -> p.toString().contains("corpus"));

    long scanned = 0;
    for (Path source : sources) {
      scanned += scanRecords(source, finder);
    }

    assertThat(scanned).as("records scanned").isGreaterThan(100_000);
    assertThat(finder.scannedChars()).as("characters scanned").isGreaterThan(100_000_000L);
    assertThat(finder.found()).as("sample sentences found verbatim in shared/").isEmpty();
  }

  /** Every sentence (and title) of the sample long enough to be guarded, whitespace-collapsed. */
  private static List<String> guardedSentences() {
    Set<String> sentences = new LinkedHashSet<>();
    for (JsonNode item : items) {
      sentences.add(CopyFinder.normalize(item.path("title").asText()));
      for (String paragraph : item.path("text").asText().split("\n\n")) {
        for (String sentence : SENTENCE_END.split(CopyFinder.normalize(paragraph))) {
          sentences.add(sentence);
        }
      }
    }
    return sentences.stream().filter(s -> s.length() >= MIN_GUARDED_LENGTH).toList();
  }

  /** Streams one JSON Lines file (gzip or plain) through the finder; returns the record count. */
  private static long scanRecords(Path source, CopyFinder finder) throws IOException {
    long count = 0;
    try (InputStream raw = Files.newInputStream(source);
        InputStream in =
            source.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        JsonParser parser = JSON.getFactory().createParser(in)) {
      // Streaming, not readTree: the corpora hold ~100,000 records and only two fields matter.
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT) {
          count++;
        } else if (token == JsonToken.FIELD_NAME
            && ("title".equals(parser.currentName()) || "text".equals(parser.currentName()))
            && parser.nextToken() == JsonToken.VALUE_STRING) {
          finder.scan(parser.getText());
        }
      }
    }
    return count;
  }

  /**
   * Finds guarded sentences inside long texts in one pass per text: a rolling hash over windows of
   * the guard length picks candidate positions, and a full comparison confirms them. Whitespace is
   * collapsed on both sides so hard-wrapped newswire still matches.
   */
  static final class CopyFinder {
    private static final long BASE = 1_000_003L;

    private final Map<Long, List<String>> byPrefixHash = new HashMap<>();
    private final Set<String> found = new HashSet<>();
    private final long topPower;
    private long scannedChars;

    CopyFinder(List<String> sentences) {
      long power = 1;
      for (int i = 1; i < MIN_GUARDED_LENGTH; i++) {
        power *= BASE;
      }
      topPower = power;
      for (String sentence : sentences) {
        if (sentence.length() < MIN_GUARDED_LENGTH) {
          throw new IllegalArgumentException(
              "sentence shorter than " + MIN_GUARDED_LENGTH + " characters: " + sentence);
        }
        byPrefixHash.computeIfAbsent(hash(sentence, 0), k -> new ArrayList<>(1)).add(sentence);
      }
    }

    /** Collapses every run of whitespace to one space and trims the ends. */
    static String normalize(String text) {
      StringBuilder out = new StringBuilder(text.length());
      boolean pendingSpace = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          pendingSpace = out.length() > 0;
        } else {
          if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
          }
          out.append(c);
        }
      }
      return out.toString();
    }

    void scan(String rawText) {
      String text = normalize(rawText);
      scannedChars += text.length();
      if (text.length() < MIN_GUARDED_LENGTH) {
        return;
      }
      long h = hash(text, 0);
      for (int i = 0; ; i++) {
        List<String> candidates = byPrefixHash.get(h);
        if (candidates != null) {
          for (String sentence : candidates) {
            if (text.startsWith(sentence, i)) {
              found.add(sentence);
            }
          }
        }
        int next = i + MIN_GUARDED_LENGTH;
        if (next >= text.length()) {
          return;
        }
        h = (h - text.charAt(i) * topPower) * BASE + text.charAt(next);
      }
    }

    long scannedChars() {
      return scannedChars;
    }

    Set<String> found() {
      return found;
    }

    private static long hash(String s, int from) {
      long h = 0;
      for (int i = from; i < from + MIN_GUARDED_LENGTH; i++) {
        h = h * BASE + s.charAt(i);
      }
      return h;
    }
  }
}
