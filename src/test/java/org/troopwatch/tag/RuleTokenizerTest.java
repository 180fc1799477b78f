package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain-Java tokenizer and phrase matcher, without Spark. */
class RuleTokenizerTest {

  /** Tokens as text@begin, space separated. */
  private static String tokens(String text) {
    return String.join(
        " ",
        RuleTokenizer.defaults().tokens(text).stream()
            .map(t -> t.text() + "@" + t.begin())
            .toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          words and a full stop       | Ten soldiers left.   | Ten@0 soldiers@4 left@13 .@17
          leading and trailing marks  | (about 10k),         | (@0 about@1 10k@7 ),@10
          a possessive splits         | South Korea's spy    | South@0 Korea@6 s@12 spy@14
          a typographic one too       | Russia’s army        | Russia@0 s@7 army@9
          numbers stay whole          | 1,000-3,000 troops   | 1,000-3,000@0 troops@12
          marks alone are one token   | a -- b               | a@0 --@2 b@5
          tabs and new lines break    | a\tb                 | a@0 b@2
          """)
  void readsAsTheTagStagesTokenizer(String covers, String text, String expected) {
    assertThat(tokens(text.replace("\\t", "\t"))).as(covers).isEqualTo(expected);
  }

  @Test
  void keepsSparkNlpsOffsetsAfterAQuoteThatOpensAWord() {
    // Spark NLP leaves the position of a word after a lone opening quote one short; the builder
    // follows it so that both paths give the same tokens (ArticleBuilderParityTest).
    assertThat(tokens("A 'Defence x")).isEqualTo("A@0 Defence@2 x@11");
    assertThat(tokens("A 'we're x")).isEqualTo("A@0 we@3 re@6 x@9");
  }

  @Test
  void findsGazetteerPhrasesAndMergesOverlaps() {
    PhraseMatcher matcher =
        new PhraseMatcher(
            List.of("North Korea", "Korea", "Korean People's Army"), RuleTokenizer.defaults());
    String text = "North Korea and the Korean People's Army.";
    List<PhraseMatcher.Chunk> chunks = matcher.chunks(text, RuleTokenizer.defaults().tokens(text));
    assertThat(chunks)
        .extracting(PhraseMatcher.Chunk::text)
        .containsExactly("North Korea", "Korean People's Army");
  }

  @Test
  void buildsAnArticleWithItsMentionsWithoutSpark() {
    ArticleText a =
        ArticleBuilder.article(
            "t", LocalDate.of(2025, 3, 12), "Chile sent 40 soldiers to Haiti. Nothing else.");
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.sentences().get(0).mentions())
        .extracting(ArticleText.Mention::text)
        .containsExactly("Chile", "Haiti");
  }
}
