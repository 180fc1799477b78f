package org.troopwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Record-level normalisation: text cleaning, dates, URLs, language and field mappings. */
class NormalisationTest {

  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  @ParameterizedTest(name = "\"{0}\" cleans to \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "a fee of Â£20                    | a fee of £20",
        "itâ€™s cafÃ© time                 | it’s café time",
        "Tom &amp; Jerry &#8211; again    | Tom & Jerry – again",
        "e\u0301te\u0301                  | été",
        "Ã alone stays                    | Ã alone stays",
        "two   spaces\tand tab            | two spaces and tab"
      })
  void textIsCleaned(String raw, String clean) {
    assertThat(TextCleaner.clean(raw)).isEqualTo(clean);
  }

  @Test
  void paragraphsSurviveCleaningAsOneBlankLine() {
    assertThat(TextCleaner.clean("First.\r\n\r\n\r\n  Second.\nThird."))
        .isEqualTo("First.\n\nSecond.\nThird.");
  }

  @ParameterizedTest(name = "\"{0}\" is {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-02-27                      | 2025-02-27 |",
        "2025-02-27T23:30:00-05:00       | 2025-02-27 | 2025-02-28T04:30:00Z",
        "2025-02-27T10:00:00Z            | 2025-02-27 | 2025-02-27T10:00:00Z",
        "2025-02-27 10:00:00             | 2025-02-27 | 2025-02-27T10:00:00Z",
        "Thu, 27 Feb 2025 10:00:00 GMT   | 2025-02-27 | 2025-02-27T10:00:00Z",
        "Thu, 27 Feb 2025 10:00:00 +0100 | 2025-02-27 | 2025-02-27T09:00:00Z",
        "Feb 27, 2025                    | 2025-02-27 |",
        "February 27, 2025               | 2025-02-27 |",
        "27 February 2025                | 2025-02-27 |",
        "1740650400                      | 2025-02-27 | 2025-02-27T10:00:00Z",
        "1740650400000                   | 2025-02-27 | 2025-02-27T10:00:00Z",
        "20250227                        | 2025-02-27 |"
      })
  void datesInTheFormatsFeedsUseAreRead(String raw, String date, String timestamp) {
    PublishedDates.Parsed parsed = PublishedDates.parse(raw, TODAY);
    assertThat(parsed.error()).isNull();
    assertThat(parsed.date()).hasToString(date);
    assertThat(parsed.timestamp() == null ? null : parsed.timestamp().toString())
        .isEqualTo(timestamp);
  }

  @ParameterizedTest(name = "\"{0}\" is rejected as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "next Tuesday      | BAD_DATE        | unreadable date 'next Tuesday'",
        "2025-02-30        | IMPOSSIBLE_DATE | no such date '2025-02-30'",
        "1850-01-01        | IMPOSSIBLE_DATE | date 1850-01-01 from '1850-01-01' is before 1900 or after 2025-06-01",
        "2031-01-01        | IMPOSSIBLE_DATE | date 2031-01-01 from '2031-01-01' is before 1900 or after 2025-06-01",
        "'   '             | MISSING_DATE    | no publication date"
      })
  void badDatesAreRejectedWithAReason(String raw, RejectReason reason, String detail) {
    PublishedDates.Parsed parsed = PublishedDates.parse(raw, TODAY);
    assertThat(parsed.error()).isEqualTo(reason);
    assertThat(parsed.detail()).isEqualTo(detail);
  }

  @ParameterizedTest(name = "{0} is canonically {1}")
  @CsvSource({
    "https://www.Example.com/a/b/?utm_source=x&id=7#top, example.com/a/b?id=7",
    "http://example.com/a?fbclid=1, example.com/a",
    "example.com/a/, example.com/a"
  })
  void urlsAreCanonical(String url, String canonical) {
    assertThat(Urls.canonical(url)).isEqualTo(canonical);
  }

  @Test
  void anOutletIsTheHostWithoutWww() {
    assertThat(Urls.outlet("https://www.reuters.com/article/x")).isEqualTo("reuters.com");
    assertThat(Urls.outlet("not a url")).isNull();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The ministry said that the troops were sent to the border by the army. | en",
        "Die Regierung hat am Montag mitgeteilt, dass die Soldaten nicht an der Grenze sind. | de",
        "Le gouvernement a dit que les soldats sont dans la ville pour une semaine avec leur chef. | fr",
        "El gobierno dijo que los soldados están en la frontera para una semana con sus jefes. | es",
        "Міністерство повідомило, що війська не були на кордоні, але вони вже там від ранку. | uk",
        "Министерство сообщило, что войска не были на границе, но они уже там с утра и все. | ru",
        "42 17 99 | und"
      })
  void theLanguageIsTakenFromStopWords(String text, String language) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(language);
  }

  @Test
  void aFieldMappingRenamesFieldsAndRefusesUnknownOnes() {
    FieldMapping mapping = FieldMapping.parse("published=date_publish, text=maintext");
    assertThat(mapping.sourceName("published")).isEqualTo("date_publish");
    assertThat(mapping.sourceName("title")).isEqualTo("title");
    assertThatThrownBy(() -> FieldMapping.parse("body=maintext"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("field mapping names unknown field 'body'");
    assertThatThrownBy(() -> FieldMapping.parse("text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field mapping entry 'text' is not FIELD=SOURCE_NAME");
  }

  @Test
  void aDocIdComesFromTheUrlWhenNoneIsGivenAndCopiesHashAlike() {
    assertThat(ArticleChecker.docId(" given ", "example.com/a", "o", "t", "x")).isEqualTo("given");
    assertThat(ArticleChecker.docId(null, "example.com/a", "o", "t", "x")).startsWith("url:");
    assertThat(ArticleChecker.docId(null, null, "o", "t", "x")).startsWith("text:");
    assertThat(ArticleChecker.contentHash("Troops, sent!"))
        .isEqualTo(ArticleChecker.contentHash("troops sent"))
        .isNotEqualTo(ArticleChecker.contentHash("troops left"));
  }
}
