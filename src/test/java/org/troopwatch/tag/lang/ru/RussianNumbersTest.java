package org.troopwatch.tag.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.tag.lang.FigureText;

/** Russian number expressions, two sentences of our own per pattern. */
class RussianNumbersTest {

  private static final RussianNumbers NUMBERS = new RussianNumbers();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence | the figures read
          # abbreviated thousands, with a decimal comma
          В регион прибыли 11 тыс. военных. | 11000 11000 exact <11 тыс.>
          Речь идет о 1,1 тыс. бойцов. | 1100 1100 exact <1,1 тыс.>
          Контингент сократят на 2,5 тыс человек. | 2500 2500 exact <2,5 тыс>
          # thousands grouped by a space
          На полигонах остаются 12 000 солдат. | 12000 12000 exact <12 000>
          Туда перебросили 10 000 военнослужащих. | 10000 10000 exact <10 000>
          # number words in their case forms
          Пхеньян отправит шесть тысяч военных. | 6000 6000 exact <шесть тысяч>
          Речь идет о шести тысячах строителей. | 6000 6000 exact <шести тысячах>
          В плен взяли двух солдат. | 2 2 exact <двух>
          Прибыли полторы тысячи человек. | 1500 1500 exact <полторы тысячи>
          В плен попали трое солдат. | 3 3 exact <трое>
          Двое военных получили ранения. | 2 2 exact <Двое>
          Группа из двадцати пяти офицеров вернулась. | 25 25 exact <двадцати пяти>
          # about: около, примерно, порядка, ориентировочно
          Там находятся около 4000 солдат. | 4000 4000 approx <около 4000>
          Останутся около тысячи военных. | 1000 1000 approx <около тысячи>
          Контингент сократится примерно на 700 человек. | 700 700 approx <примерно на 700>
          Ожидается порядка 3 тыс. инженеров. | 3000 3000 approx <порядка 3 тыс.>
          Речь идет ориентировочно о 500 бойцах. | 500 500 approx <ориентировочно о 500>
          Говорят примерно об 800 морпехах. | 800 800 approx <примерно об 800>
          # floors: более, свыше, не менее, с лишним
          Более 10 000 солдат остаются там. | 10000 null at_least <Более 10 000>
          Свыше двух тысяч бойцов погибли. | 2000 null at_least <Свыше двух тысяч>
          Вывели не менее 400 военных. | 400 null at_least <не менее 400>
          Там тысяча с лишним вооруженных людей. | 1000 null at_least <тысяча с лишним>
          # ceilings: до, не более, почти
          Могут направить до 5 тыс. человек. | null 5000 at_most <до 5 тыс.>
          В миссии не более 300 военных. | null 300 at_most <не более 300>
          Погибли почти 200 солдат. | null 200 at_most <почти 200>
          # ranges
          Прибудут от 1 до 3 тыс. солдат. | 1000 3000 range <от 1 до 3 тыс.>
          Туда отправили 10-12 тысяч военных. | 10000 12000 range <10-12 тысяч>
          # no figure
          Погибли тысячи военных. | null null approx [VAGUE] <тысячи>
          Прибыли несколько тысяч солдат. | null null approx [VAGUE] <несколько тысяч>
          # years, dates, money, ordinals
          Это произошло в декабре 2025 года. | 2025 2025 exact [YEAR] <2025>
          Решение приняли 6 февраля. | 6 6 exact [TIME] <6>
          В 2024 году туда ушли 300 военных. | 2024 2024 exact [YEAR] <2024>; 300 300 exact <300>
          США выделят 5 млрд долларов. | 5000000000 5000000000 exact [MONEY] <5 млрд>
          В конце 2025-го солдат стало больше. | 2025 2025 exact [YEAR] <2025-го>
          Развернута 45-я бригада. | 45 45 exact [ORDINAL] <45-я>
          Бойцы группы №84 взяли пленных. | 84 84 exact [ORDINAL] <84>
          """)
  void russianFiguresAreReadWithTheirBoundsAndFlags(String sentence, String expected) {
    assertThat(FigureText.read(NUMBERS, sentence)).isEqualTo(expected);
  }
}
