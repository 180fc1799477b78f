package org.troopwatch.tag.lang.ko;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Korean time expressions resolved against 2025-04-30, two sentences of our own per pattern. */
class KoreanTimeTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 4, 30);
  private static final KoreanTime TIME = new KoreanTime();

  private static String read(String sentence, boolean future) {
    return TIME.find(sentence, PUBLISHED, future).stream()
        .map(t -> t.start() + ".." + t.end() + " <" + t.text() + ">")
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence | periods found
          # a day alone: of the article's month, or the month before
          국방부는 30일 이를 발표했다. | 2025-04-30..2025-04-30 <30일>
          정부는 지난 8일 병력을 보냈다. | 2025-04-08..2025-04-08 <지난 8일>
          # last month, this month, last year, this year (start only)
          지난달 1천 명이 더 도착했다. | 2025-03-01..2025-03-31 <지난달>
          이달 들어 병력이 늘었다. | 2025-04-01..2025-04-30 <이달>
          작년 300명이 귀국했다. | 2024-01-01..2024-12-31 <작년>
          지난해 병사 200명이 숨졌다. | 2024-01-01..2024-12-31 <지난해>
          올해 파병 규모가 커졌다. | 2025-01-01..null <올해>
          # ranges of months and days
          부상병을 지난 1~3월 송환했다. | 2025-01-01..2025-03-31 <지난 1~3월>
          병력은 2~4월 사이 이동했다. | 2025-02-01..2025-04-30 <2~4월>
          지난 8일에서 13일 사이 1차 수송이 있었다. | 2025-04-08..2025-04-13 <지난 8일에서 13일>
          훈련은 10월부터 12월까지 이어졌다. | 2024-10-01..2024-12-31 <10월부터 12월까지>
          # a month with a relative year, a part of a month
          지난해 10월 병력이 처음 도착했다. | 2024-10-01..2024-10-31 <지난해 10월>
          작년 11월 2진이 출발했다. | 2024-11-01..2024-11-30 <작년 11월>
          10월 말 선발대가 도착했다. | 2024-10-31..2024-10-31 <10월 말>
          3월 초 병력이 철수했다. | 2025-03-01..2025-03-10 <3월 초>
          # start and end words; a bare month looks back unless forward
          12월까지 1만 명이 이동할 예정이다. | null..2025-12-31 <12월까지>
          오는 6월 교대 병력이 도착한다. | 2025-06-01..2025-06-30 <오는 6월>
          1월부터 병력이 늘었다. | 2025-01-01..null <1월부터>
          # full dates and years
          2024년 10월 30일 발표가 나왔다. | 2024-10-30..2024-10-30 <2024년 10월 30일>
          2023년 병력 500명이 배치됐다. | 2023-01-01..2023-12-31 <2023년>
          # no dates: durations and counts
          병력은 30일간 훈련을 받았다. |
          1만 2000명을 보냈다. |
          """)
  void koreanTimeExpressionsResolveAgainstTheArticleDate(String sentence, String expected) {
    assertThat(read(sentence, false)).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void aBareMonthOfAPlannedFigureLooksForward() {
    assertThat(read("12월경 1만여 명이 이동할 것으로 보인다.", true)).isEqualTo("2025-12-01..2025-12-31 <12월경>");
    assertThat(read("9월께 추가 병력이 갈 전망이다.", true)).isEqualTo("2025-09-01..2025-09-30 <9월께>");
  }
}
