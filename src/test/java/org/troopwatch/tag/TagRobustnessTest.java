package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
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
}
