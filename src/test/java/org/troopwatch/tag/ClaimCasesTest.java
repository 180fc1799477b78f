package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.claim.ClaimExtractor;

/**
 * The claim steps on the language patterns of {@code tag/lang/en/claim-cases.tsv}: short texts in
 * our own words, each with the claims a tagger must make. A case marked {@code open} in {@code
 * claim-cases-open.tsv} is a known gap: the test checks that it still fails, so a fix must also
 * close it there (a ratchet); every other case must pass.
 */
class ClaimCasesTest {

  private static final String CASES = "/org/troopwatch/tag/lang/en/claim-cases.tsv";
  private static final String OPEN = "/org/troopwatch/tag/lang/en/claim-cases-open.tsv";
  private static final Set<String> FIELDS =
      Set.of("scope", "wave", "planned", "source", "location", "period");

  private static final List<String> report = new ArrayList<>();

  /** One case: a text and what the tagger must make of it. */
  record Case(
      int line, String pattern, LocalDate published, String title, String text, String expected) {
    @Override
    public String toString() {
      return pattern + " (line " + line + ")";
    }
  }

  @AfterAll
  static void printReport() {
    System.out.println("claim cases: " + report.size() + " not passing");
    report.forEach(System.out::println);
  }

  static Stream<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    int line = 0;
    boolean header = true;
    for (String row : lines(CASES)) {
      line++;
      if (row.startsWith("#") || row.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = row.split("\t", -1);
      assertThat(f).as("line " + line + " has 5 columns").hasSize(5);
      cases.add(
          new Case(
              line, f[0], LocalDate.parse(f[1]), f[2], f[3].replace("\\n", "\n"), f[4].trim()));
    }
    return cases.stream();
  }

  /** The texts of the open cases (known gaps), one a line after the header. */
  private static Set<String> open() throws IOException {
    Set<String> open = new java.util.HashSet<>();
    boolean header = true;
    for (String row : lines(OPEN)) {
      if (row.startsWith("#") || row.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      open.add(row.split("\t", -1)[1].replace("\\n", "\n"));
    }
    return open;
  }

  private static List<String> lines(String resource) throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    ClaimCasesTest.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
      return in.lines().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theClaimStepsReadThePattern(Case c) throws IOException {
    String title = c.title().isEmpty() ? null : c.title();
    ArticleText article = ArticleBuilder.article("case", c.published(), title, c.text());
    List<Claim> claims = ClaimExtractor.defaults().extract(article);
    String mismatch = mismatch(c.expected(), claims);
    boolean isOpen = open().contains(c.text());
    if (mismatch != null) {
      report.add((isOpen ? "  open  " : "  FAIL  ") + c + ": " + mismatch);
    }
    if (isOpen) {
      assertThat(mismatch).as(c + " passes now: remove it from claim-cases-open.tsv").isNotNull();
    } else {
      assertThat(mismatch).as(c.toString()).isNull();
    }
  }

  /** Why the claims differ from the expectation, or null when they match. */
  static String mismatch(String expected, List<Claim> claims) {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" ; "));
    List<String> got = claims.stream().map(ClaimCasesTest::render).toList();
    if (want.size() != claims.size()) {
      return "want " + want + " got " + got;
    }
    for (int i = 0; i < want.size(); i++) {
      String[] parts = want.get(i).trim().split(" ");
      String core = String.join(" ", List.of(parts).subList(0, 6));
      Claim claim = claims.get(i);
      if (!core.equals(core(claim))) {
        return "claim " + (i + 1) + ": want " + core + " got " + got.get(i);
      }
      Map<String, String> fields = fields(claim);
      for (Map.Entry<String, String> e : extras(parts).entrySet()) {
        if (!e.getValue().equals(fields.get(e.getKey()))) {
          return "claim "
              + (i + 1)
              + " "
              + e.getKey()
              + ": want "
              + e.getValue()
              + " got "
              + fields.get(e.getKey());
        }
      }
    }
    return null;
  }

  private static String core(Claim c) {
    return String.join(
        " ",
        dash(c.deployingCountry()),
        dash(c.hostCountry()),
        c.metric(),
        dash(c.low()),
        dash(c.high()),
        c.qualifier());
  }

  private static String render(Claim c) {
    return core(c) + " " + fields(c);
  }

  private static Map<String, String> fields(Claim c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("scope", dash(c.scope()));
    m.put("wave", dash(c.wave()));
    m.put("planned", String.valueOf(c.planned()));
    m.put("source", dash(c.attributedTo()));
    m.put("location", dash(c.location()));
    m.put("period", dash(c.periodStart()) + ".." + dash(c.periodEnd()));
    return m;
  }

  private static String dash(Object value) {
    return value == null ? "-" : value.toString();
  }

  /** "source=Turkish Defence Ministry location=Kursk" -> {source: ..., location: Kursk}. */
  private static Map<String, String> extras(String[] parts) {
    Map<String, String> out = new LinkedHashMap<>();
    String key = null;
    for (int i = 6; i < parts.length; i++) {
      String token = parts[i];
      int eq = token.indexOf('=');
      if (eq > 0 && FIELDS.contains(token.substring(0, eq))) {
        key = token.substring(0, eq);
        out.put(key, token.substring(eq + 1));
      } else if (key != null) {
        out.put(key, out.get(key) + " " + token);
      }
    }
    return out;
  }
}
