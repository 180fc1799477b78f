package org.troopwatch.tag.lang.ko;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.tag.lang.FigureText;

/** Korean number expressions, two sentences of our own per pattern. */
class KoreanNumbersTest {

  private static final KoreanNumbers NUMBERS = new KoreanNumbers();

  /** The figures of a sentence as "low high qualifier flags text;" in order. */
  private static String read(String sentence) {
    return FigureText.read(NUMBERS, sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence | the figures read
          # Sino-Korean places glued to digits or after a space
          병력 1만 2000명이 국경을 넘었다. | 12000 12000 exact <1만 2000>
          해병대 2만8500명이 섬에 남는다. | 28500 28500 exact <2만8500>
          사상자는 4천700명으로 늘었다. | 4700 4700 exact <4천700>
          총 1만 5천 명이 이동했다. | 15000 15000 exact <1만 5천>
          # 여 after a number: about (dev-ko README)
          현재 3000여명이 머물고 있다. | 3000 3000 approx <3000여>
          병사 1만1천여 명이 훈련 중이다. | 11000 11000 approx <1만1천여>
          부대원 2천여 명이 귀국했다. | 2000 2000 approx <2천여>
          # 약, 가량, 정도: about
          약 4천 명이 배치됐다. | 4000 4000 approx <약 4천>
          군인 약 3000여 명을 보냈다. | 3000 3000 approx <약 3000여>
          병력 500명 가량이 도착했다. | 500 500 approx <500명 가량>
          포로는 20명 정도로 추정된다. | 20 20 approx <20명 정도>
          # floors: 최소, 이상, 넘는, 남짓
          최소 600명이 숨졌다. | 600 null at_least <최소 600>
          적어도 70명이 다쳤다. | 70 null at_least <적어도 70>
          1만 명 이상의 병력을 보낼 계획이다. | 10000 null at_least <1만 명 이상>
          연말에는 2만 명이 넘는 규모가 된다. | 20000 null at_least <2만 명이 넘는>
          올해 안에 1만 넘을 것이다. | 10000 null at_least <1만 넘을>
          교대 병력 300명 남짓이 합류했다. | 300 null at_least <300명 남짓>
          # ceilings: 최대, 미만, 이하
          최대 5천 명을 추가로 보낼 수 있다. | null 5000 at_most <최대 5천>
          부상자는 100명 미만이다. | null 100 at_most <100명 미만>
          파견 인원은 50명 이하로 제한된다. | null 50 at_most <50명 이하>
          # ranges
          1만~1만 2천 명이 이동할 것으로 보인다. | 10000 12000 range <1만~1만 2천>
          병사 2~3천 명이 투입됐다. | 2000 3000 range <2~3천>
          1천에서 3천 명 사이로 추정된다. | 1000 3000 range <1천에서 3천>
          # commas and plain digits
          미군 1,500명이 훈련에 참가했다. | 1500 1500 exact <1,500>
          장병 280명이 출국했다. | 280 280 exact <280>
          # native numbers before a counter
          북한군 두 명을 생포했다. | 2 2 exact <두>
          이들 중 세 명이 다쳤다. | 3 3 exact <세>
          # no figure: 수천, 수만
          수천 명이 전선에 있다. | null null approx [VAGUE] <수천>
          수만 명의 병력이 움직였다. | null null approx [VAGUE] <수만>
          # numbers that are not counts
          2024년 10월 북한이 병력을 보냈다. | 2024 2024 exact [YEAR] <2024>; 10 10 exact [TIME] <10>
          1,2차 표창식에서 발표했다. | 1 1 exact [ORDINAL] <1>; 2 2 exact [ORDINAL] <2>
          한빛부대 20진이 떠났다. | 20 20 exact [ORDINAL] <20>
          예산 5억 달러를 배정했다. | 500000000 500000000 exact [MONEY] <5억>
          지지율은 40%였다. | 40 40 exact [PERCENT] <40>
          4개 여단을 보내기로 했다. | 4 4 exact [MEASURE] <4>
          전차 100대가 이동했다. | 100 100 exact [MEASURE] <100>
          월남전(1964~1975) 당시 파병했다. | 1964 1975 range [YEAR] <1964~1975>
          """)
  void koreanFiguresAreReadWithTheirBoundsAndFlags(String sentence, String expected) {
    assertThat(read(sentence)).isEqualTo(expected);
  }
}
