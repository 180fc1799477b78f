package org.troopwatch.tag.lang.ru;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.tag.lang.TimeReader;
import org.troopwatch.tag.lang.uk.UkrainianTime;

/**
 * Russian and Ukrainian time expressions, resolved against 2025-04-30, two of our own per pattern.
 */
class RussianTimeTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 4, 30);

  static String read(TimeReader reader, String sentence) {
    return reader.find(sentence, PUBLISHED).stream()
        .map(t -> t.start() + ".." + t.end() + " <" + t.text() + ">")
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # language | sentence | periods found
          # a day and a month: the latest such day on or before the article's date
          ru | Заявление сделали 6 февраля. | 2025-02-06..2025-02-06 <6 февраля>
          uk | Заяву зробили 6 лютого. | 2025-02-06..2025-02-06 <6 лютого>
          ru | Солдат взяли в плен 9 января. | 2025-01-09..2025-01-09 <9 января>
          # a month with "в" / "у", with or without a year
          ru | Переброска началась в декабре 2025 года. | 2025-12-01..2025-12-31 <в декабре 2025 года>
          uk | Перекидання почалося у грудні 2025-го. | 2025-12-01..2025-12-31 <у грудні 2025-го>
          ru | Войска прибыли в марте. | 2025-03-01..2025-03-31 <в марте>
          uk | Війська прибули в березні. | 2025-03-01..2025-03-31 <в березні>
          ru | В октябре туда отправили бригаду. | 2024-10-01..2024-10-31 <В октябре>
          # last and this month, year, week
          ru | Об этом стало известно в прошлом месяце. | 2025-03-01..2025-03-31 <в прошлом месяце>
          uk | Про це стало відомо минулого місяця. | 2025-03-01..2025-03-31 <минулого місяця>
          ru | Их стало больше в этом году. | 2025-01-01..null <в этом году>
          uk | Їх побільшало цього року. | 2025-01-01..null <цього року>
          uk | Торік їх було менше. | 2024-01-01..2024-12-31 <Торік>
          ru | Это случилось на прошлой неделе. | 2025-04-21..2025-04-27 <на прошлой неделе>
          # ranges of months and days
          ru | Их перебрасывали с января по март. | 2025-01-01..2025-03-31 <с января по март>
          uk | Їх перекидали з січня по березень. | 2025-01-01..2025-03-31 <з січня по березень>
          ru | Учения шли с 8 по 13 апреля. | 2025-04-08..2025-04-13 <с 8 по 13 апреля>
          uk | Навчання тривали з 8 по 13 квітня. | 2025-04-08..2025-04-13 <з 8 по 13 квітня>
          # start and end words
          ru | Они там с октября. | 2024-10-01..null <с октября>
          uk | Їх виведуть до червня. | null..2025-06-30 <до червня>
          # parts of a month and whole years
          ru | Их вывели в конце марта. | 2025-03-31..2025-03-31 <в конце марта>
          uk | Їх вивели на початку березня. | 2025-03-01..2025-03-10 <на початку березня>
          ru | В 2024 году их было 300. | 2024-01-01..2024-12-31 <В 2024 году>
          uk | У 2023 році їх було 200. | 2023-01-01..2023-12-31 <У 2023 році>
          # days named from the article's date
          ru | Вчера прибыли 40 человек. | 2025-04-29..2025-04-29 <Вчера>
          uk | У неділю прибули 40 осіб. | 2025-04-27..2025-04-27 <У неділю>
          # numbers that are no dates
          ru | Прибыли 1960 военных. |
          uk | До складу входять 1960 військовослужбовців. |
          """)
  void timeExpressionsResolveAgainstTheArticleDate(
      String language, String sentence, String expected) {
    TimeReader reader = language.equals("ru") ? new RussianTime() : new UkrainianTime();
    assertThat(read(reader, sentence)).isEqualTo(expected == null ? "" : expected);
  }
}
