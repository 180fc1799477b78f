package org.troopwatch.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.troopwatch.ingest.ArticleChecker;
import org.troopwatch.ingest.LanguageDetector;
import org.troopwatch.ingest.MinHasher;
import org.troopwatch.ingest.TextCleaner;
import org.troopwatch.tag.Prefilter;
import org.troopwatch.tag.figure.FigureParser;
import org.troopwatch.tag.figure.Token;
import org.troopwatch.tag.figure.Tokenizer;
import org.troopwatch.tag.time.TimeResolver;

/**
 * A benchmark, run as a test: every scanner and regex a text meets on its way through ingest and
 * the tagger's figure and time parsers, on one sentence of digits and commas of 256 kB, 512 kB and
 * 1 MB in several shapes. It PRINTS the times and the 1 MB / 256 kB ratio (about 4 when linear, 16
 * when quadratic); there are no timing assertions, since the machine is shared.
 */
class TaggerLinearityTest {

  static final int[] SIZES = {1 << 18, 1 << 19, 1 << 20};
  static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 4);

  /** Shapes of a sentence of digits and commas, each a function of its length. */
  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(
            "random groups of 1-4 digits", (IntFunction<String>) HostileFiles::digitsAndCommas),
        Arguments.of(
            "one number: 1,000,000,...", (IntFunction<String>) n -> repeat("1", ",000", n)),
        Arguments.of("single digits: 1,2,3,...", (IntFunction<String>) n -> repeat("1", ",2", n)),
        Arguments.of(
            "comma and space: 12, 34, ...", (IntFunction<String>) n -> repeat("12", ", 34", n)),
        Arguments.of(
            "spaced thousands: 1 000 000", (IntFunction<String>) n -> repeat("1", " 000", n)),
        Arguments.of("digits only", (IntFunction<String>) n -> "7".repeat(n)));
  }

  static String repeat(String first, String unit, int length) {
    StringBuilder text = new StringBuilder(length + unit.length()).append(first);
    while (text.length() + unit.length() <= length) {
      text.append(unit);
    }
    return text.toString();
  }

  static final List<Scanner> SCANNERS =
      List.of(
          new Scanner("ingest TextCleaner.clean", TextCleaner::clean),
          new Scanner("ingest LanguageDetector.detect", LanguageDetector::detect),
          new Scanner("ingest ArticleChecker.contentHash", ArticleChecker::contentHash),
          new Scanner("ingest MinHasher.signature", new MinHasher(3, 20, 5)::signature),
          new Scanner("tag Prefilter.mayHoldClaim", Prefilter.defaults()::mayHoldClaim),
          new Scanner("tag figure Tokenizer.tokenize", Tokenizer::tokenize),
          new Scanner("tag figure FigureParser.find", FigureParser.defaults()::find),
          new Scanner(
              "tag time TimeResolver.find", t -> TimeResolver.defaults().find(t, PUBLISHED)));

  record Scanner(String name, Function<String, Object> run) {}

  @BeforeAll
  static void warmUp() {
    String small = HostileFiles.digitsAndCommas(20_000);
    for (int i = 0; i < 3; i++) {
      SCANNERS.forEach(s -> s.run().apply(small));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void everyScannerReadsAMegabyteSentenceOfDigitsAndCommasInLinearTime(
      String shape, IntFunction<String> text) {
    String[] inputs = new String[SIZES.length];
    for (int i = 0; i < SIZES.length; i++) {
      inputs[i] = text.apply(SIZES[i]);
    }
    StringBuilder report = new StringBuilder("linearity: " + shape + "\n");
    for (Scanner scanner : SCANNERS) {
      long[] millis = new long[SIZES.length];
      for (int i = 0; i < SIZES.length; i++) {
        long started = System.nanoTime();
        Object result = scanner.run().apply(inputs[i]);
        millis[i] = (System.nanoTime() - started) / 1_000_000;
        assertThat(result).as(scanner.name()).isNotNull();
      }
      report.append(
          String.format(
              Locale.ROOT,
              "  %-36s 256k %6d ms  512k %6d ms  1M %6d ms  ratio 1M/256k %5.1f%n",
              scanner.name(),
              millis[0],
              millis[1],
              millis[2],
              (double) Math.max(1, millis[2]) / Math.max(1, millis[0])));
    }
    System.out.print(report);
  }

  @Test
  void aChainOfThousandsGroupsIsOneNumberTokenAndSingleDigitsAreManyTokens() {
    List<Token> chain = Tokenizer.tokenize(repeat("1", ",000", 1 << 20));
    assertThat(chain).hasSize(1);
    assertThat(chain.get(0).kind()).isEqualTo(Token.Kind.NUMBER);
    // "1,2,2,...,2": a comma before a single digit separates numbers
    String digits = repeat("1", ",2", 1 << 20);
    List<Token> many = Tokenizer.tokenize(digits);
    assertThat(many).hasSize(digits.length());
    assertThat(many.stream().filter(t -> t.kind() == Token.Kind.NUMBER).count())
        .isEqualTo((digits.length() + 1) / 2);
  }
}
