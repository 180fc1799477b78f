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
 * The word reader's patterns of sources across sentences, hosts by case and particle, waves, lists
 * and units: two texts of our own each (a line break "\n" between sentences), per language. A row
 * names the figure it checks by its value.
 */
class WordReaderPatternsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

  private static List<Outcome> read(String language, String text) {
    return new WordClaimReader(Language.of(language))
        .read("t", PUBLISHED, WordClaimReader.split(text.replace("\\n", "\n")));
  }

  private static Claim claimOf(String language, String text, long low) {
    return read(language, text).stream()
        .filter(o -> o.claim() != null && o.claim().low() != null && o.claim().low() == low)
        .map(Outcome::claim)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim of " + low + " in " + text));
  }

  private static String nullable(String cell) {
    return cell == null || cell.isEmpty() ? null : cell;
  }

  /** Who the figure is attributed to, across the sentences of a short article. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a source named as an aside ("the eastern flank of NATO") is no speaker and does not carry
        "ru|Войска НАТО усилили восточный фланг НАТО.\\nВ Польше находятся 300 американских военных.|300|",
        "uk|Литва посилює східний фланг НАТО.\\nУ Литві перебувають 800 німецьких військових.|800|",
        // a sentence that refers back names the source of the figures before it
        "ru|В Эстонии находятся 700 британских военных.\\nОб этом сообщил Пентагон.|700|Pentagon",
        "uk|У Румунії перебувають 2 тис. американських військових.\\nПро це повідомив Пентагон.|2000|Pentagon",
        "ko|러시아에 북한군 3천 명이 주둔 중이다.\\n국정원은 이같이 밝혔다.|3000|National Intelligence Service (South Korea)",
        // the headline and lead take the first source that speaks after them
        "ru|В Сирии остаются 900 российских военных.\\nПо данным ГУР, их число не меняется.|900|Main Intelligence Directorate (Ukraine)",
        "ko|北, 벨라루스에 병력 900명 파견\\n국정원은 새 자료를 공개했다.|900|National Intelligence Service (South Korea)",
        // a country that speaks is the source
        "ko|우크라이나는 쿠르스크에서 북한군 3명을 생포했다며 영상을 공개했다.|3|Ukraine",
        "ru|Украина заявила, что в Белоруссии находятся 1500 российских военных.|1500|Ukraine",
        // impersonal hearsay names no speaker, so the article's old source does not carry to it
        "ko|국정원은 북한 동향을 공개했다.\\n첫째 문장이다.\\n둘째 문장이다.\\n셋째 문장이다.\\n북한군 5천 명이 러시아에 파병된 것으로 전해졌다.|5000|",
        "ko|국정원은 북한 동향을 공개했다.\\n첫째 문장이다.\\n둘째 문장이다.\\n셋째 문장이다.\\n중국군 400명이 러시아에 배치된 것으로 전해졌다.|400|",
        // a topic shift opens the outlet's own background
        "ko|국정원은 새 자료를 냈다.\\n한편 북한군 7천 명이 러시아에 주둔 중이다.|7000|",
        "ru|По данным ГУР, обстановка не изменилась.\\nНапомним, в Сирии находятся 800 российских военных.|800|",
      })
  void source(String language, String text, long low, String source) {
    assertThat(claimOf(language, text, low).attributedTo()).isEqualTo(nullable(source));
  }

  /** The messenger that relays the originator: an outlet named with a relay verb. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ru|По данным ГУР, в Курской области находятся 3 тыс. военных КНДР, передает ТАСС.|3000|Main Intelligence Directorate (Ukraine)|TASS",
        "uk|За даними ГУР, у Курській області перебувають 4 тис. військових КНДР, передає Бі-Бі-Сі.|4000|Main Intelligence Directorate (Ukraine)|BBC",
      })
  void relayedBy(String language, String text, long low, String source, String messenger) {
    Claim c = claimOf(language, text, low);
    assertThat(c.attributedTo()).isEqualTo(source);
    assertThat(c.relayedBy()).isEqualTo(messenger);
  }

  /** Deployer, host and metric by the language's particles, cases and word order. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the side the troops help is their host
        "ko|국정원은 러시아를 돕기 위해 북한이 병력 2천 명을 보냈다고 밝혔다.|2000|PRK|RUS|deployed",
        "ru|На стороне России воюют 2 тыс. военных КНДР.|2000|PRK|RUS|deployed",
        // the country whose war it is hosts; a country before another noun owns that noun (ko)
        "ko|중국은 러시아의 우크라이나 전쟁에 병력 500명을 보낼 것이라고 한다.|500|CHN|RUS|deployed",
        "ko|북한은 러시아의 전쟁에 병력 1천 명을 추가로 보냈다.|1000|PRK|RUS|deployed",
        // Korean names the owner before the noun: a country after it is no deployer
        "ko|북한이 병력 800명을 러시아에 보내 우크라이나 전쟁에 투입했다.|800|PRK|RUS|deployed",
        // captives brought to the captor's capital keep the host where they were taken
        "uk|У Курській області взяли в полон трьох солдатів КНДР, їх доставили до Києва.|3|PRK|RUS|captured",
        "ru|В Курской области в плен взяли четырех солдат КНДР и доставили в Киев.|4|PRK|RUS|captured",
        // only a place noun may stand between a host preposition and the name
        "ru|Подтвержден захват в плен Украиной трех солдат КНДР в Курской области.|3|PRK|RUS|captured",
        "uk|Підтверджено захоплення в полон Україною трьох солдатів КНДР у Курській області.|3|PRK|RUS|captured",
        // a from-preposition over a place noun ("из окрестностей Дамаска")
        "ru|Россия отвела 250 военных из окрестностей Дамаска.|250|RUS|SYR|withdrawn",
        "uk|Росія вивела 300 військових з околиць Дамаска.|300|RUS|SYR|withdrawn",
        // a dative after the noun is where they go, not whose they are (uk)
        "uk|До Росії Пхеньян має направити ще 2 тис. громадян Москві|2000|PRK|RUS|deployed",
        "uk|До Польщі Вашингтон має направити ще 3 тис. військових Варшаві|3000|USA|POL|deployed",
        // "미군" is a personnel noun that names its country
        "ko|미군 1500명이 폴란드에 배치됐다.|1500|USA|POL|deployed",
        "ko|독일에 미군 약 3000명이 주둔하고 있다.|3000|USA|DEU|deployed",
        // a part after "가운데" counts the group before; an object takes the verb after it (ko)
        "ko|주둔 중인 미군 2만 명 가운데 3천 명을 일본으로 이전할 계획이다.|3000|USA|JPN|withdrawn",
        "ko|일본에 주둔하는 영국군 900명 가운데 200명을 철수시킨다.|200|GBR|JPN|withdrawn",
        // a military unit that is a source names its country's forces
        "ko|한빛부대 21진이 남수단에 출정했다.\\n21진은 파병 경험자 20명 등 총 290명이다.|290|KOR|SSD|deployed",
        "ko|한빛부대 22진이 출정했다.\\n22진은 의무병 12명 등 총 275명으로 남수단에 파견됐다.|275|KOR|SSD|deployed",
      })
  void fields(String language, String text, long low, String deployer, String host, String metric) {
    Claim c = claimOf(language, text, low);
    assertThat(c.deployingCountry()).as("deployer").isEqualTo(deployer);
    assertThat(c.hostCountry()).as("host").isEqualTo(host);
    assertThat(c.metric()).as("metric").isEqualTo(metric);
  }

  /** Wave, planned and scope. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a numbered batch: the topic before the figure (ko), an ordinal before a batch noun (ru,
        // uk)
        "ko|한빛부대 21진이 남수단에 출정했다.\\n21진은 파병 경험자 20명 등 총 290명이다.|290|21|false",
        "ru|Ожидается прибытие первой партии германских военных, около 600 человек, в Литву.|600|1|true",
        "uk|Почалося прибуття другої хвилі британських військових до Естонії, приблизно 400 осіб.|400|2|false",
        // "-기로" (decided to) plans
        "ko|북한이 연말까지 러시아에 병력 2천 명을 파병하기로 했다.|2000||true",
        "ko|러시아는 올해 벨라루스에 병력 3천 명을 보내기로 결정했다.|3000||true",
        // the future "останутся" (will remain) plans (ru)
        "ru|В Германии останутся 12 тыс. американских военных.|12000||true",
        "ru|Остальные 300 британских военных останутся в Эстонии.|300||true",
        // a planning cue after another figure or after the comma belongs to that one
        "uk|У Литві перебувають 900 німецьких військових, очікується прибуття ще 300.|900||false",
        "ko|北, 현재까지 2000여명 벨라루스에 파견...연말 총 5천여명 이동 예상|2000||false",
      })
  void waveAndPlanned(String language, String text, long low, Integer wave, boolean planned) {
    Claim c = claimOf(language, text, low);
    assertThat(c.wave()).as("wave").isEqualTo(wave);
    assertThat(c.planned()).as("planned").isEqualTo(planned);
  }

  /**
   * Scope: a count to date anywhere in the figure's clause makes it a total; a verb of growth whose
   * subject is the figure, an increment.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ko|현재까지 레바논에 파견된 한국군 병력은 약 300명이다.|300|total",
        "ko|군 당국은 지금까지 러시아로 보내진 북한군 병사가 1만1000여명이라고 밝혔다.|11000|total",
        "uk|У Сирії на сьогодні перебувають 4 тисячі російських військових.|4000|total",
        "uk|2 тисячі британських військових на сьогодні залишаються в Естонії.|2000|total",
        "ru|3 тысячи иранских военных прибыли в Сирию с начала войны.|3000|total",
        // a new batch is no total, whatever is known so far; a figure before it ends the clause
        "ko|현재까지 파악된 바로는 북한군 500명이 다음 달 러시아로 추가 파병될 예정이다.|500|",
        "ko|현재까지 북한군 900명이 러시아에 있고 12월경 500명이 더 갈 예정이다.|500|",
        // a Korean count to date after a figure stands before the phrase it modifies, not that
        // figure
        // a verb of growth whose subject is the figure: grew by it, a new batch; "으로": grew to it
        "ko|러시아에 있는 북한군은 1000여명이 늘어 현재까지 파병된 인원은 4000여명이다.|1000|increment",
        "ko|벨라루스에 주둔한 러시아군 병력은 지난달 800명이 증가했다.|800|increment",
        "ko|러시아에 파병된 북한군 병력은 1만2000명으로 늘었다.|12000|",
        "ko|쿠르스크에 있는 북한군 1000여명과 별도로 현재까지 파병된 인원은 4000여명이다.|1000|",
      })
  void scope(String language, String text, long low, String scope) {
    assertThat(claimOf(language, text, low).scope()).as("scope").isEqualTo(nullable(scope));
  }

  /** The period: the time expression nearest the figure, the next month for a planned one. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a month that stands by another figure scopes that one
        "ko|北, 현재까지 2000여명 벨라루스에 파견...연말 총 5천여명 이동 예상|2000||",
        "ko|북한군 900명이 러시아에 있고 12월경 500명이 추가로 갈 예정이다.|900||",
        // a planned figure's month before the article's date with no year is the next one
        "ko|러시아는 1월경 벨라루스에 병력 3천 명을 보낼 예정이다.|3000|2026-01-01|2026-01-31",
        "ko|북한군 900명이 러시아에 있고 12월경 500명이 추가로 갈 예정이다.|500|2025-12-01|2025-12-31",
      })
  void period(String language, String text, long low, String start, String end) {
    Claim c = claimOf(language, text, low);
    assertThat(c.periodStart())
        .as("start")
        .isEqualTo(start == null ? null : LocalDate.parse(start));
    assertThat(c.periodEnd()).as("end").isEqualTo(end == null ? null : LocalDate.parse(end));
  }

  /** Figures that make no claim, with the step and reason. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the items of a list the sentence sums up
        "ko|5진은 의무병 20명, 공병 40명 등 총 300여 명이다.|20|head|LISTED_PART",
        "ko|3진은 병사 30명, 장교 12명 등 총 150명이다.|12|head|LISTED_PART",
        // formations and bases are units, not personnel
        "ru|В Литве размещены четыре бригады.|4|head|COUNTS_THINGS",
        "uk|У Польщі будуть відкриті дві військові бази.|2|head|COUNTS_THINGS",
        // a common noun with no trigger is no deployment (recruited citizens)
        "ru|Россия завербовала 5000 граждан Непала.|5000|metric|NO_PERSONNEL",
        "uk|Росія завербувала 3000 громадян Непалу.|3000|metric|NO_PERSONNEL",
        // a noun with its suffix before the figure counts others (ko)
        "ko|중국이 러시아에 기술자 약 300명을 보냈다.|300|head|OTHER_NOUN",
        "ko|북한이 러시아에 건설 노동자 약 2천 명을 보냈다.|2000|head|OTHER_NOUN",
        // "з" with the instrumental is "with": the enemy in a war is no host (uk)
        "uk|Війна з Росією забрала життя: загинули 2000 українських військових.|2000|host|NO_HOST",
        "uk|За рік війни з Росією поранені 3000 українських військових.|3000|host|NO_HOST",
      })
  void rejected(String language, String text, long low, String step, String reason) {
    Outcome o =
        read(language, text).stream()
            .filter(x -> x.figure().low() != null && x.figure().low() == low)
            .findFirst()
            .orElseThrow();
    assertThat(o.claim()).as("claim").isNull();
    assertThat(o.rejectedBy()).isEqualTo(step);
    assertThat(o.rejection().name()).isEqualTo(reason);
  }
}
