package org.troopwatch.tag.claim.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.claim.ClaimExtractor.Outcome;
import org.troopwatch.tag.lang.Language;

/**
 * Every pattern of the word steps, two sentences of our own each (the second a different sentence
 * of the same pattern), per language. A row reads one short text and checks the first claim, or the
 * step and reason that rejected its figure.
 */
class WordStepsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

  private static Claim first(String language, String text) {
    List<Claim> claims = new WordClaimReader(Language.of(language)).extract("t", PUBLISHED, text);
    assertThat(claims).as(text).isNotEmpty();
    return claims.get(0);
  }

  private static Outcome outcome(String language, String text) {
    List<Outcome> all =
        new WordClaimReader(Language.of(language))
            .read("t", PUBLISHED, WordClaimReader.split(text));
    assertThat(all).as(text).isNotEmpty();
    return all.get(0);
  }

  /** Head, metric, deployer and host: the figure's noun, trigger, country and marked place. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // personnel noun before the figure, trigger after it, host marked by a particle (ko)
        "ko|북한군 2천 명이 러시아에 파병됐다.|deployed|PRK|RUS|2000",
        "ko|중국군 500명이 시리아에 주둔하고 있다.|deployed|CHN|SYR|500",
        // a person counter with a trigger, no personnel noun (ko)
        "ko|北, 벨라루스에 800여명 파견|deployed|PRK|BLR|800",
        "ko|미국은 폴란드에 1200명을 배치했다.|deployed|USA|POL|1200",
        // casualty noun as the head (ko)
        "ko|러시아에 파병된 북한군 가운데 사상자 900명이 나왔다.|casualties|PRK|RUS|900",
        "ko|시리아에 주둔한 러시아군 전사자는 70명이다.|killed|RUS|SYR|70",
        // wounded sent home are withdrawn (ko)
        "ko|북한은 러시아에서 부상병 300여 명을 송환했다.|withdrawn|PRK|RUS|300",
        "ko|러시아는 시리아에서 부상병 40명을 귀국시켰다.|withdrawn|RUS|SYR|40",
        // personnel noun after the figure, demonym beside it, host by preposition (ru)
        "ru|В Белоруссии находятся 3000 российских военных.|deployed|RUS|BLR|3000",
        "ru|На Кубу прибыли 150 китайских военнослужащих.|deployed|CHN|CUB|150",
        // the deployer as a genitive or an origin after the noun (ru, uk)
        "ru|В Курской области находятся 5 тыс. военных КНДР.|deployed|PRK|RUS|5000",
        "uk|У Курській області перебувають 7 тис. солдатів з Північної Кореї.|deployed|PRK|RUS|7000",
        // a host preposition one word before the name (ru, uk)
        "ru|На территории Сирии размещены 600 российских военных.|deployed|RUS|SYR|600",
        "uk|На території Литви розміщено 900 німецьких військових.|deployed|DEU|LTU|900",
        // withdrawal from the place after a from-preposition (ru, uk)
        "ru|Россия вывела 200 военных из Сирии.|withdrawn|RUS|SYR|200",
        "uk|Росія вивела 300 військових з Сирії.|withdrawn|RUS|SYR|300",
        // capture (uk, ru)
        "uk|Українські військові взяли в полон трьох північнокорейських солдатів у Курській області.|captured|PRK|RUS|3",
        "ru|Украинские военные взяли в плен пятерых солдат КНДР в Курской области.|captured|PRK|RUS|5",
      })
  void fieldsOfTheClaim(
      String language, String text, String metric, String deployer, String host, long low) {
    Claim c = first(language, text);
    assertThat(c.metric()).as("metric").isEqualTo(metric);
    assertThat(c.deployingCountry()).as("deployer").isEqualTo(deployer);
    assertThat(c.hostCountry()).as("host").isEqualTo(host);
    assertThat(c.low()).as("low").isEqualTo(low);
    assertThat(c.language()).isEqualTo(language);
    assertThat(c.sentence()).isEqualTo(text);
    assertThat(c.evidence()).contains("metric:", "deployer:", "host:");
  }

  /** Attribution: a named source, an according phrase, the article's source carried by speech. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ko|국정원은 북한군 3천 명이 러시아에 파병됐다고 밝혔다.|National Intelligence Service (South Korea)",
        "ko|국정원 \"北, 러시아에 4천여명 추가 파병\"|National Intelligence Service (South Korea)",
        "ru|По данным ГУР, в Курской области находятся 8 тыс. военных КНДР.|Main Intelligence Directorate (Ukraine)",
        "uk|За словами Зеленського, у Курській області перебувають 9 тис. військових КНДР.|Volodymyr Zelensky",
        "uk|Пентагон повідомив, що в Польщі розміщено 4 тис. американських військових.|Pentagon",
        "ru|Минобороны Румынии сообщило, что в Румынии останутся 800 американских военных.|Ministry of National Defence (Romania)",
      })
  void attribution(String language, String text, String source) {
    assertThat(first(language, text).attributedTo()).isEqualTo(source);
  }

  /** The source of the sentence before carries to a sentence that reports speech. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ko|국정원은 새 정보를 공개했다.\\n북한군 5천 명이 러시아에 파병됐다고 설명했다.|National Intelligence Service (South Korea)",
        "ru|ГУР опубликовало новые данные.\\nВ Курской области находятся 6 тыс. военных КНДР, сказал он.|Main Intelligence Directorate (Ukraine)",
      })
  void sourceCarriedToSpeech(String language, String text, String source) {
    List<Claim> claims =
        new WordClaimReader(Language.of(language))
            .extract("t", PUBLISHED, text.replace("\\n", "\n"));
    assertThat(claims).isNotEmpty();
    assertThat(claims.get(0).attributedTo()).isEqualTo(source);
  }

  /** Planned: a planning cue or a future verb; scope: total and increment cues. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ko|북한은 러시아에 병력 2천 명을 추가로 파병할 예정이다.|true|",
        "ko|북한은 연말까지 러시아에 총 1만 명을 파병할 계획이다.|true|total",
        "ru|В Румынию направят еще 500 американских военных.|true|increment",
        "uk|До Литви прибудуть ще 400 німецьких військових.|true|increment",
        "uk|Наразі в Польщі перебувають 10 тис. американських військових.|false|total",
        "ru|Всего в Сирии находятся 2 тыс. российских военных.|false|total",
      })
  void plannedAndScope(String language, String text, boolean planned, String scope) {
    Claim c = first(language, text);
    assertThat(c.planned()).as("planned").isEqualTo(planned);
    assertThat(c.scope()).as("scope").isEqualTo(scope);
  }

  /** Figures that make no claim, with the step and reason that say why. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a number glued to a name is a label
        "ko|러시아는 벨라루스에 SU-35 전투기를 배치했다.|figure|LABEL",
        "ru|Россия разместила в Белоруссии комплексы С-400 и МиГ-31.|figure|LABEL",
        // a noun that is not personnel after the figure counts things (ru, uk)
        "ru|В Сирии находятся 90 бронетранспортеров.|head|COUNTS_THINGS",
        "uk|У Литві розміщено 40 танків.|head|COUNTS_THINGS",
        // a noun before the figure that is not personnel counts others (ko)
        "ko|북한은 러시아에 노동자 1만 명을 보냈다.|head|OTHER_NOUN",
        "ko|중국은 러시아에 기술자 300명을 파견했다.|head|OTHER_NOUN",
        // a country's own troops at home
        "uk|В Україні загинули 4 тис. українських військових.|host|OWN_SOIL",
        "ru|В России служат 900 тыс. российских военных.|host|OWN_SOIL",
      })
  void rejections(String language, String text, String step, String reason) {
    Outcome o = outcome(language, text);
    assertThat(o.claim()).as("claim").isNull();
    assertThat(o.rejectedBy()).isEqualTo(step);
    assertThat(o.rejection().name()).isEqualTo(reason);
  }

  /** Sentences: line breaks and full stops before white space end them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"첫 문장이다. 둘째 문장이다.|2", "Первое. Второе.\\nТретье|3"})
  void split(String text, int count) {
    assertThat(WordClaimReader.split(text.replace("\\n", "\n"))).hasSize(count);
  }
}
