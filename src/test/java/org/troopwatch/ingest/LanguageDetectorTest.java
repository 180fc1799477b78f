package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short headlines and leads of our own in Korean, Russian and Ukrainian, and what they are. */
class LanguageDetectorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text | language
          # Korean by its script, headline style with hanja and digits included
          北, 러시아에 병력 2천명 추가 파병 | ko
          국방부 "주한미군 감축 계획 없다" | ko
          합참, 북한군 사상자 4천명 넘어…NATO 분석과 일치 | ko
          # Ukrainian by і ї є ґ and the apostrophe inside a word
          Пхеньян надіслав ще 3 тис. військових | uk
          У Придністров’ї лишаються російські війська | uk
          Зеленський: КНДР втратила 4 тисячі солдатів | uk
          Генштаб ЗСУ повідомив про втрати | uk
          # Russian by ы э ё, or a longer text without any Ukrainian letter
          Пхеньян отправил еще 3 тыс. военных | ru
          Зеленский: КНДР потеряла 4 тысячи солдат | ru
          Генштаб ВСУ сообщил о потерях противника на Курском направлении | ru
          Россия выведет войска из Сирии | ru
          # too short to tell, or another Cyrillic language
          Путин | und
          Србија шаље војнике на границу | und
          # other languages as before, from their stop words
          North Korea has sent more troops to Russia, the agency said. | en
          """)
  void shortHeadlinesAreToldApart(String text, String language) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(language);
  }
}
