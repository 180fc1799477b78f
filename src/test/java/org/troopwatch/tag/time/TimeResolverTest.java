package org.troopwatch.tag.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeResolverTest {

  private final TimeResolver resolver = TimeResolver.defaults();

  @ParameterizedTest(name = "{0} (published {1}, future {2})")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # sentence                                                     | published  | future | text                                     | start      | end
          Up to 3,000 troops moved between January and February this year. | 2025-02-27 | false | between January and February this year   | 2025-01-01 | 2025-02-28
          The first unit arrived in January.                               | 2025-02-27 | false  | in January                               | 2025-01-01 | 2025-01-31
          January was cold for the new arrivals.                           | 2025-02-27 | false  | January                                  | 2025-01-01 | 2025-01-31
          In December, they joined the fighting.                           | 2024-12-19 | false  | In December                              | 2024-12-01 | 2024-12-31
          In December the brigade took over the sector.                    | 2025-03-01 | false  | In December                              | 2024-12-01 | 2024-12-31
          Reinforcements landed last month.                                | 2024-03-12 | false  | last month                               | 2024-02-01 | 2024-02-29
          The number could climb this month.                               | 2022-02-03 | false  | this month                               | 2022-02-01 | 2022-02-28
          The engineers came last week.                                    | 2024-10-23 | false  | last week                                | 2024-10-14 | 2024-10-20
          The medics come this week.                                       | 2024-10-23 | false  | this week                                | 2024-10-21 | 2024-10-27
          The force will reach 68,000 this year.                           | 2009-01-06 | false  | this year                                | 2009-01-01 | null
          Earlier this year the garrison shrank.                           | 2024-05-06 | false  | Earlier this year                        | 2024-01-01 | null
          Some 900 marines landed earlier this month.                      | 2025-03-12 | false  | earlier this month                       | 2025-03-01 | 2025-03-12
          The second company rotates out later this month.                 | 2025-03-12 | true   | later this month                         | 2025-03-12 | 2025-03-31
          The battalion trained near Tapa this spring.                     | 2025-07-01 | false  | this spring                              | 2025-03-01 | 2025-05-31
          Last summer the Latvian garrison doubled.                        | 2025-03-12 | false  | Last summer                              | 2024-06-01 | 2024-08-31
          Early this morning a rocket struck the camp.                     | 2025-03-12 | false  | Early this morning                       | 2025-03-12 | 2025-03-12
          Shells fell near the outpost last night.                         | 2025-03-12 | false  | last night                               | 2025-03-11 | 2025-03-11
          As of last year, 650 soldiers served there.                      | 2025-03-12 | false  | As of last year                          | 2024-01-01 | 2024-12-31
          As of March 3, 650 soldiers served there.                        | 2025-03-12 | false  | As of March 3                            | null       | 2025-03-03
          Losses mounted last year.                                        | 2024-12-20 | false  | last year                                | 2023-01-01 | 2023-12-31
          The garrison fell in 1987.                                       | 1987-03-20 | false  | in 1987                                  | 1987-01-01 | 1987-12-31
          The first troops arrived in November 2024.                       | 2025-02-27 | false  | in November 2024                         | 2024-11-01 | 2024-11-30
          November 2024 saw the first clashes.                             | 2025-02-27 | false  | November 2024                            | 2024-11-01 | 2024-11-30
          The raids came between March 7 and March 9.                      | 2024-04-08 | false  | between March 7 and March 9              | 2024-03-07 | 2024-03-09
          The raids came between March 7 and 9.                            | 2024-04-08 | false  | between March 7 and 9                    | 2024-03-07 | 2024-03-09
          Raids came between March 7 and 9, 2011, officials said.          | 2024-04-08 | false  | between March 7 and 9, 2011              | 2011-03-07 | 2011-03-09
          The raids came between 7 and 9 March.                            | 2024-04-08 | false  | between 7 and 9 March                    | 2024-03-07 | 2024-03-09
          A column was struck on March 7.                                  | 2024-04-08 | false  | on March 7                               | 2024-03-07 | 2024-03-07
          March 7 was the day the column was struck.                       | 2024-04-08 | false  | March 7                                  | 2024-03-07 | 2024-03-07
          A column was struck on 7 March.                                  | 2024-04-08 | false  | on 7 March                               | 2024-03-07 | 2024-03-07
          A second column was hit on the 7th of March.                     | 2024-04-08 | false  | 7th of March                             | 2024-03-07 | 2024-03-07
          A patrol was ambushed on December 30.                            | 2025-01-05 | false  | on December 30                           | 2024-12-30 | 2024-12-30
          The pilots flew home on March 7, 2024.                           | 2025-01-01 | false  | on March 7, 2024                         | 2024-03-07 | 2024-03-07
          The attacks of Sept. 11, 2001 changed the mission.               | 2011-09-12 | false  | Sept. 11, 2001                           | 2001-09-11 | 2001-09-11
          The soldiers left the atoll on Sunday.                           | 2024-03-12 | false  | on Sunday                                | 2024-03-10 | 2024-03-10
          Sunday brought fresh arrivals.                                   | 2024-03-10 | false  | Sunday                                   | 2024-03-10 | 2024-03-10
          Sailors were seized on Friday.                                   | 2007-03-23 | false  | on Friday                                | 2007-03-23 | 2007-03-23
          A convoy came last Friday.                                       | 2007-03-23 | false  | last Friday                              | 2007-03-16 | 2007-03-16
          The next rotation lands next Monday.                             | 2024-10-23 | false  | next Monday                              | 2024-10-28 | 2024-10-28
          The ministry confirmed the figure yesterday.                     | 2024-05-06 | false  | yesterday                                | 2024-05-05 | 2024-05-05
          There are 1,890 instructors there today.                         | 2023-02-03 | false  | today                                    | 2023-02-03 | 2023-02-03
          The brigade fought in mid-January.                               | 2025-02-27 | false  | in mid-January                           | 2025-01-15 | 2025-01-15
          They moved in early November.                                    | 2024-12-19 | false  | in early November                        | 2024-11-01 | 2024-11-10
          Shelling resumed in late November.                               | 2024-12-19 | false  | in late November                         | 2024-11-21 | 2024-11-30
          Between early to mid-October, 3,000 soldiers moved east.         | 2024-10-23 | false  | early to mid-October                     | 2024-10-01 | 2024-10-15
          About 1,100 have been hurt since October.                        | 2024-12-23 | false  | since October                            | 2024-10-01 | null
          No foreign troops have been based there since 2014.              | 2024-01-01 | false  | since 2014                               | 2014-01-01 | null
          The north plans to send 10,000 troops by December.               | 2024-10-18 | false  | by December                              | null       | 2024-12-31
          The rest will leave by the end of the year.                      | 2023-09-25 | false  | by the end of the year                   | null       | 2023-12-31
          All troops must be out by end-2011.                              | 2009-01-06 | false  | by end-2011                              | null       | 2011-12-31
          The mission runs until March.                                    | 2024-10-18 | false  | until March                              | null       | 2025-03-31
          The mission runs until 2014.                                     | 2010-06-02 | false  | until 2014                               | null       | 2014-12-31
          The battlegroup doubles by the end of the month.                 | 2022-02-05 | false  | by the end of the month                  | null       | 2022-02-28
          As of January 26, about 1,500 had left.                          | 2024-02-01 | false  | As of January 26                         | null       | 2024-01-26
          Over the past three weeks some 3,000 arrived.                    | 2024-10-23 | false  | Over the past three weeks                | 2024-10-02 | 2024-10-23
          Ten soldiers died in the past 24 hours.                          | 2024-10-23 | false  | in the past 24 hours                     | 2024-10-22 | 2024-10-23
          The force doubled in the last two months.                        | 2024-10-23 | false  | in the last two months                   | 2024-08-23 | 2024-10-23
          The sailors were taken three days ago.                           | 2007-03-23 | false  | three days ago                           | 2007-03-20 | 2007-03-20
          The first group landed a week ago.                               | 2024-10-23 | false  | a week ago                               | 2024-10-16 | 2024-10-16
          The force will number 98,250 in fiscal 2012.                     | 2011-05-01 | false  | in fiscal 2012                           | 2011-10-01 | 2012-09-30
          Troop levels fall in FY '12.                                     | 2011-05-01 | false  | in FY '12                                | 2011-10-01 | 2012-09-30
          Bases were closed in the 1990s.                                  | 2008-07-21 | false  | in the 1990s                             | 1990-01-01 | 1999-12-31
          The buildup began in early 2024.                                 | 2024-07-08 | false  | in early 2024                            | 2024-01-01 | 2024-04-30
          The force grew between 2010 and 2012.                            | 2013-01-01 | false  | between 2010 and 2012                    | 2010-01-01 | 2012-12-31
          The deployment lasted from January to March.                     | 2024-04-08 | false  | from January to March                    | 2024-01-01 | 2024-03-31
          The deployment ran between November and January.                 | 2025-02-27 | false  | between November and January             | 2024-11-01 | 2025-01-31
          Raids killed 14 soldiers in late November and early December.    | 2025-03-12 | false  | in late November and early December      | 2024-11-21 | 2024-12-10
          Some 600 marines rotated in during May and June.                 | 2025-07-01 | false  | during May and June                      | 2025-05-01 | 2025-06-30
          The unit trained in May.                                         | 2024-07-08 | false  | in May                                   | 2024-05-01 | 2024-05-31
          A second brigade will arrive in January.                         | 2024-10-18 | true   | in January                               | 2025-01-01 | 2025-01-31
          Marines will rotate in on March 7.                               | 2024-04-08 | true   | on March 7                               | 2025-03-07 | 2025-03-07
          The advance team arrives next month.                             | 2024-10-18 | false  | next month                               | 2024-11-01 | 2024-11-30
          By now, in the first week of December, 2,000 are there.          | 2017-12-07 | false  | in the first week of December            | 2017-12-01 | 2017-12-07
          The pullout is due on Sunday.                                    | 2024-03-12 | true   | on Sunday                                | 2024-03-17 | 2024-03-17
          The buildup will reach 9,000 troops added since May.             | 2024-03-12 | true   | since May                                | 2023-05-01 | null
          """)
  void resolvesTheExpressionAgainstThePublicationDate(
      String sentence,
      LocalDate published,
      boolean future,
      String text,
      LocalDate start,
      LocalDate end) {
    List<TimeSpan> spans = resolver.find(sentence, published, future);
    List<TimeSpan> matching = spans.stream().filter(s -> s.text().equals(text)).toList();
    assertThat(matching).as("spans in <%s>: %s", sentence, spans).hasSize(1);
    TimeSpan span = matching.get(0);
    assertThat(span.start()).isEqualTo(start);
    assertThat(span.end()).isEqualTo(end);
    assertThat(sentence.substring(span.charStart(), span.charEnd())).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence without a time expression that gives a date
          About 12,000 troops have been sent since the start of the war.
          May God protect them, the general said.
          Troops may march to the border.
          Officials said 2000 U.S. troops were sent.
          Over 400 had just left the base.
          More units may follow in the coming weeks.
          The force could double in coming months.
          Over the next years the base will grow.
          """)
  void findsNoDateWhereTheTextGivesNone(String sentence) {
    assertThat(resolver.find(sentence, LocalDate.of(2024, 10, 23))).isEmpty();
  }

  @Test
  void anEndOfAReportedFigureLooksBackWhenAskedTo() {
    String text = "By early July, only 200 marines were left at the base.";
    LocalDate published = LocalDate.of(2024, 8, 5);
    assertThat(resolver.find(text, published, false, false).get(0).end())
        .isEqualTo(LocalDate.of(2024, 7, 10));
    assertThat(resolver.find(text, published, false, true).get(0).end())
        .isEqualTo(LocalDate.of(2025, 7, 10));
    assertThat(resolver.find("They leave by June.", published, true, false).get(0).end())
        .isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void resolvesAMonthWithoutAYearBackwardsUnlikeSparkNlpsMultiDateMatcher() {
    // MultiDateMatcher put "January" of an article of 2025-02-27 in 2026.
    List<TimeSpan> spans = resolver.find("Troops arrived in January.", LocalDate.of(2025, 2, 27));
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).start()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(spans.get(0).end()).isEqualTo(LocalDate.of(2025, 1, 31));
  }

  @Test
  void scansAMegabyteOfDatesInOnePass() {
    StringBuilder text = new StringBuilder();
    int count = 0;
    while (text.length() < 1_000_000) {
      text.append("between March 7 and 9, 2011 and ");
      count++;
    }
    assertThat(resolver.find(text.toString(), LocalDate.of(2012, 1, 1))).hasSize(count);
  }

  @Test
  void findsEveryTimeExpressionOfASentenceLeftToRight() {
    List<String> texts =
        resolver
            .find(
                "In December, they fought; by March they had left, a week ago they returned.",
                LocalDate.of(2025, 2, 27))
            .stream()
            .map(TimeSpan::text)
            .toList();
    assertThat(texts).containsExactly("In December", "by March", "a week ago");
  }
}
