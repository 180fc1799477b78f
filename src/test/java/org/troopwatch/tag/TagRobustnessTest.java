package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.troopwatch.tag.time.TimeResolver;

/** Inputs from real news that once stopped the tag stage (found by the benchmark on Reuters). */
class TagRobustnessTest {

  @Test
  void anAstronomicalDurationResolvesToNoDateInsteadOfFailing() {
    String text =
        "The universe formed some 15,400,000,000 years ago, long before 3,000 troops came.";
    assertThatCode(() -> TimeResolver.defaults().find(text, LocalDate.of(2010, 5, 1)))
        .doesNotThrowAnyException();
    assertThat(TimeResolver.defaults().find(text, LocalDate.of(2010, 5, 1)))
        .noneMatch(span -> span.text().contains("years ago"));
  }

  @Test
  void anEmptySentenceAtMinusOneIsSkippedNotFatal() {
    String text = "About 3,000 soldiers arrived.";
    ArticleText article =
        Annotations.article(
            "doc",
            LocalDate.of(2024, 1, 1),
            null,
            text,
            List.of(
                new Annotations.Span(-1, -1, ""), new Annotations.Span(0, text.length() - 1, text)),
            List.of(new Annotations.Span(0, 4, "About"), new Annotations.Span(6, 10, "3,000")),
            List.of(),
            Gazetteer.defaults());
    assertThat(article.sentences()).hasSize(1);
    assertThat(article.sentences().get(0).begin()).isZero();
    assertThatCode(() -> ClaimExtractor.defaults().extract(article)).doesNotThrowAnyException();
  }
}
