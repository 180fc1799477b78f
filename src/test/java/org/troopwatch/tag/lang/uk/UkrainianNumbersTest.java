package org.troopwatch.tag.lang.uk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.tag.lang.FigureText;

/** Ukrainian number expressions, two sentences of our own per pattern. */
class UkrainianNumbersTest {

  private static final UkrainianNumbers NUMBERS = new UkrainianNumbers();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence | the figures read
          # abbreviated thousands, with a decimal comma
          У регіоні перебувають 11 тис. військових. | 11000 11000 exact <11 тис.>
          Йдеться про 1,2 тис. бійців. | 1200 1200 exact <1,2 тис.>
          # thousands grouped by a space
          На полігонах лишаються 12 000 солдатів. | 12000 12000 exact <12 000>
          Туди перекинули 10 000 військовослужбовців. | 10000 10000 exact <10 000>
          # number words in their case forms
          Пхеньян надішле шість тисяч військових. | 6000 6000 exact <шість тисяч>
          Йдеться про шістьох офіцерів. | 6 6 exact <шістьох>
          У полон узяли двох солдатів. | 2 2 exact <двох>
          Прибули півтори тисячі людей. | 1500 1500 exact <півтори тисячі>
          # about: близько, приблизно, орієнтовно
          Там перебувають близько 11 тисяч військових. | 11000 11000 approx <близько 11 тисяч>
          Лишиться близько тисячі військових. | 1000 1000 approx <близько тисячі>
          Очікується орієнтовно 1200 осіб. | 1200 1200 approx <орієнтовно 1200>
          Контингент скоротять приблизно на 700 осіб. | 700 700 approx <приблизно на 700>
          Йдеться орієнтовно про 900 військових. | 900 900 approx <орієнтовно про 900>
          Мова про приблизно про 400 бійців. | 400 400 approx <приблизно про 400>
          # floors: понад, більше, щонайменше, з гаком
          Понад 10 000 солдатів залишаються там. | 10000 null at_least <Понад 10 000>
          Там дислокується понад тисяча військових. | 1000 null at_least <понад тисяча>
          Загинули щонайменше 400 бійців. | 400 null at_least <щонайменше 400>
          Там тисяча з гаком озброєних людей. | 1000 null at_least <тисяча з гаком>
          # ceilings: до, не більше, майже
          Можуть направити до 5 тис. осіб. | null 5000 at_most <до 5 тис.>
          У місії не більше 300 військових. | null 300 at_most <не більше 300>
          # ranges
          Прибудуть від 1 до 3 тис. солдатів. | 1000 3000 range <від 1 до 3 тис.>
          Туди відправили 10-12 тисяч військових. | 10000 12000 range <10-12 тисяч>
          # no figure
          Загинули тисячі військових. | null null approx [VAGUE] <тисячі>
          Прибули кілька тисяч солдатів. | null null approx [VAGUE] <кілька тисяч>
          # years, dates, money, ordinals
          Це сталося у грудні 2025 року. | 2025 2025 exact [YEAR] <2025>
          Рішення ухвалили 6 лютого. | 6 6 exact [TIME] <6>
          У грудні 2025-го їх стало більше. | 2025 2025 exact [YEAR] <2025-го>
          США інвестують понад 500 млн доларів. | 500000000 null at_least [MONEY] <понад 500 млн>
          Активовано 45-ту бронетанкову бригаду. | 45 45 exact [ORDINAL] <45-ту>
          """)
  void ukrainianFiguresAreReadWithTheirBoundsAndFlags(String sentence, String expected) {
    assertThat(FigureText.read(NUMBERS, sentence)).isEqualTo(expected);
  }
}
