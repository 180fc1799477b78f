package org.troopwatch.tag.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureParserTest {

  private final FigureParser parser = FigureParser.defaults();

  private Figure only(String sentence, String text) {
    List<Figure> found = parser.find(sentence);
    List<Figure> matching = found.stream().filter(f -> f.text().equals(text)).toList();
    assertThat(matching).as("figures found in <%s>: %s", sentence, found).hasSize(1);
    Figure f = matching.get(0);
    assertThat(sentence.substring(f.start(), f.end())).isEqualTo(text);
    return f;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # sentence                                                    | low     | high    | qualifier | text
          The ministry sent 3,000 soldiers to the border.                  | 3000    | 3000    | exact     | 3,000
          Officials counted 1 500 marines at the port.                     | 1500    | 1500    | exact     | 1 500
          A force of 450 paratroopers landed overnight.                    | 450     | 450     | exact     | 450
          Some 1.5 million reservists were called up.                      | 1500000 | 1500000 | approx    | Some 1.5 million
          Up to 12k troops could rotate through the base.                  | null    | 12000   | at_most   | Up to 12k
          The army has 3 million men under arms.                           | 3000000 | 3000000 | exact     | 3 million
          He said 15-hundred soldiers crossed the river.                   | 1500    | 1500    | exact     | 15-hundred
          Roughly 12-thousand troops remain in the region.                 | 12000   | 12000   | approx    | Roughly 12-thousand
          About 2.5 thousand instructors were flown in.                    | 2500    | 2500    | approx    | About 2.5 thousand
          Three thousand sailors are aboard the carriers.                  | 3000    | 3000    | exact     | Three thousand
          A dozen advisers arrived on Tuesday.                             | 12      | 12      | approx    | A dozen
          more than a dozen guards were wounded                            | 12      | null    | at_least  | more than a dozen
          two dozen engineers stayed behind                                | 24      | 24      | approx    | two dozen
          Two soldiers were hurt in the blast.                             | 2       | 2       | exact     | Two
          The unit lost twenty-five men.                                   | 25      | 25      | exact     | twenty-five
          The unit lost twenty five men.                                   | 25      | 25      | exact     | twenty five
          It could be as few as a couple thousand troops.                  | 2000    | null    | at_least  | as few as a couple thousand
          a couple of thousand marines                                     | 2000    | 2000    | exact     | a couple of thousand
          A hundred commandos took part.                                   | 100     | 100     | exact     | A hundred
          a thousand paratroopers jumped                                   | 1000    | 1000    | exact     | a thousand
          One hundred and fifty medics were deployed.                      | 150     | 150     | exact     | One hundred and fifty
          two hundred thousand conscripts                                  | 200000  | 200000  | exact     | two hundred thousand
          fifteen hundred marines                                          | 1500    | 1500    | exact     | fifteen hundred
          three million men                                                | 3000000 | 3000000 | exact     | three million
          nine hundred and ninety-nine cadets                              | 999     | 999     | exact     | nine hundred and ninety-nine
          between 1,000 and 3,000 troops were moved                        | 1000    | 3000    | range     | between 1,000 and 3,000
          The estimate is 1,000-3,000 fighters.                            | 1000    | 3000    | range     | 1,000-3,000
          It rose to 10,000 to 12,000 soldiers.                            | 10000   | 12000   | range     | 10,000 to 12,000
          from 1,000 to 3,000 troops over the year                         | 1000    | 3000    | range     | from 1,000 to 3,000
          some 11 to 12,000 soldiers                                       | 11000   | 12000   | range     | some 11 to 12,000
          Some 3,000-4,000 Rwandan soldiers are fighting there.            | 3000    | 4000    | range     | Some 3,000-4,000
          between 77 and 89 military personnel                             | 77      | 89      | range     | between 77 and 89
          two to three thousand volunteers                                 | 2000    | 3000    | range     | two to three thousand
          five to 10 million people                                        | 5000000 | 10000000| range     | five to 10 million
          one or two officers were present                                 | 1       | 2       | range     | one or two
          1,000 or 2,000 more troops                                       | 1000    | 2000    | range     | 1,000 or 2,000
          between 300 and 400 marines                                      | 300     | 400     | range     | between 300 and 400
          about 4,000 troops were in the country                           | 4000    | 4000    | approx    | about 4,000
          around 2,700 others sustained injuries                           | 2700    | 2700    | approx    | around 2,700
          approximately 300 were killed                                    | 300     | 300     | approx    | approximately 300
          roughly 900 personnel                                            | 900     | 900     | approx    | roughly 900
          an estimated 5,000 fighters                                      | 5000    | 5000    | approx    | an estimated 5,000
          estimated 800 soldiers                                           | 800     | 800     | approx    | estimated 800
          some 3,000 troops                                                | 3000    | 3000    | approx    | some 3,000
          4,500 or so guards                                               | 4500    | 4500    | approx    | 4,500 or so
          more than 60,000 troops                                          | 60000   | null    | at_least  | more than 60,000
          over 400 had already left                                        | 400     | null    | at_least  | over 400
          at least 100 soldiers died                                       | 100     | null    | at_least  | at least 100
          upwards of 7,000 men                                             | 7000    | null    | at_least  | upwards of 7,000
          in excess of 20,000 troops                                       | 20000   | null    | at_least  | in excess of 20,000
          there are 2,000+ troops there                                    | 2000    | null    | at_least  | 2,000+
          a 5,000-plus force                                               | 5000    | null    | at_least  | 5,000-plus
          no fewer than 600 sailors                                        | 600     | null    | at_least  | no fewer than 600
          500 or more fighters                                             | 500     | null    | at_least  | 500 or more
          up to 5,000 troops                                               | null    | 5000    | at_most   | up to 5,000
          fewer than 200 advisers                                          | null    | 200     | at_most   | fewer than 200
          less than 1,000 troops                                           | null    | 1000    | at_most   | less than 1,000
          as many as 24 personnel                                          | null    | 24      | at_most   | as many as 24
          nearly 850 soldiers                                              | null    | 850     | at_most   | nearly 850
          almost 1,000 wounded                                             | null    | 1000    | at_most   | almost 1,000
          approaching 30,000 troops                                        | null    | 30000   | at_most   | approaching 30,000
          no more than 150 instructors                                     | null    | 150     | at_most   | no more than 150
          under 900 personnel                                              | null    | 900     | at_most   | under 900
          just under 2,000 marines                                         | null    | 2000    | at_most   | just under 2,000
          More Than 1,200 TROOPS                                           | 1200    | null    | at_least  | More Than 1,200
          The force grew to 1,234,567 people.                              | 1234567 | 1234567 | exact     | 1,234,567
          an average of 98,250 troops                                      | 98250   | 98250   | exact     | 98,250
          the 1,890 instructors                                            | 1890    | 1890    | exact     | 1,890
          2000 U.S. troops were sent                                       | 2000    | 2000    | exact     | 2000
          a 2,500-strong task force                                        | 2500    | 2500    | exact     | 2,500
          the official count shot up to 2,000 last week                    | 2000    | 2000    | exact     | 2,000
          Eleven sailors were rescued.                                     | 11      | 11      | exact     | Eleven
          """)
  void findsTheFigureWithItsBoundsAndQualifier(
      String sentence, Long low, Long high, String qualifier, String text) {
    Figure f = only(sentence, text);
    assertThat(f.low()).isEqualTo(low);
    assertThat(f.high()).isEqualTo(high);
    assertThat(f.qualifier().code()).isEqualTo(qualifier);
    assertThat(f.flags()).as("flags of %s", f).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence                                          | text              | flag
          The contract is worth $5 million.                     | $5 million        | MONEY
          Aid of US$ 3 million was pledged.                      | US$ 3 million     | MONEY
          They spent 3 billion euros on tanks.                   | 3 billion euros   | MONEY
          a £2bn package                                         | £2bn              | MONEY
          Support fell 5% in a month.                            | 5%                | PERCENT
          Support fell 5 percent in a month.                     | 5 percent         | PERCENT
          a rise of 2.5 per cent                                 | 2.5 per cent      | PERCENT
          Chadian troops attacked in 1987.                       | 1987              | YEAR
          by mid-2011 the force was gone                         | 2011              | YEAR
          the agreement of March 2011                            | 2011              | YEAR
          the war of the 1990s                                   | 1990s             | YEAR
          from 2010 to 2012 the mission grew                     | from 2010 to 2012 | YEAR
          the third battalion                                    | third             | ORDINAL
          the 82nd Airborne Division                             | 82nd              | ORDINAL
          its twenty-first rotation                              | twenty-first      | ORDINAL
          the second wave of troops                              | second            | ORDINAL
          The talks began at 10:30 local time.                   | 10:30             | TIME
          The convoy left at 3 p.m. on Friday.                   | 3 p.m.            | TIME
          the strike on March 7 hit a depot                      | March 7           | TIME
          the strike on 7 March hit a depot                      | 7 March           | TIME
          in the past 24 hours                                   | 24 hours          | TIME
          within 16 months                                       | 16 months         | TIME
          a 5-year plan                                          | 5-year            | TIME
          They marched 5 km to the border.                       | 5 km              | MEASURE
          a 10-mile column of vehicles                           | 10-mile           | MEASURE
          120mm shells                                           | 120mm             | MEASURE
          hundreds of soldiers                                   | hundreds          | VAGUE
          thousands of troops                                    | thousands         | VAGUE
          tens of thousands of troops                            | tens of thousands | VAGUE
          several thousand marines                               | several thousand  | VAGUE
          a few hundred guards                                   | a few hundred     | VAGUE
          dozens of advisers                                     | dozens            | VAGUE
          several hundred casualties                             | several hundred   | VAGUE
          """)
  void flagsNumbersThatAreNotCountsOfPeople(String sentence, String text, Flag flag) {
    Figure f = only(sentence, text);
    assertThat(f.flags()).contains(flag);
    assertThat(f.isCount()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence
          hundreds of soldiers
          several thousand marines
          thousands more were wounded
          """)
  void leavesVagueAmountsWithoutBounds(String sentence) {
    Figure f = parser.find(sentence).get(0);
    assertThat(f.low()).isNull();
    assertThat(f.high()).isNull();
    assertThat(f.flags()).containsExactly(Flag.VAGUE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentence that holds no number expression
          A U.S. adviser was among the dead.
          An officer said the base was quiet.
          The F-16 and the Su-35 flew over the A400M.
          The G7 met after COVID-19.
          Troops may march on Sunday.
          """)
  void findsNothingWhereThereIsNoNumber(String sentence) {
    assertThat(parser.find(sentence)).isEmpty();
  }

  @Test
  void findsEveryFigureOfASentenceLeftToRight() {
    String sentence =
        "Chadian troops killed 384 Libyans and captured 48 in fighting, while nearly 1,000 fled.";
    List<String> texts = parser.find(sentence).stream().map(Figure::text).toList();
    assertThat(texts).containsExactly("384", "48", "nearly 1,000");
  }

  @Test
  void keepsTheOffsetsOfTheWholeExpressionInTheInput() {
    String sentence = "Officials said that between 1,000 and 3,000 troops moved.";
    Figure f = parser.find(sentence).get(0);
    assertThat(f.start()).isEqualTo(sentence.indexOf("between"));
    assertThat(f.end()).isEqualTo(sentence.indexOf(" troops"));
  }

  @Test
  void scansAMegabyteOfCommaSeparatedDigitsInOnePass() {
    StringBuilder text = new StringBuilder();
    int count = 0;
    while (text.length() < 1_000_000) {
      text.append(count % 10).append(',');
      count++;
    }
    List<Figure> found = parser.find(text.toString());
    // "1,2,3" is not one number with separators: every digit stands alone.
    assertThat(found).hasSize(count);
    Set<Long> values = found.stream().map(Figure::low).collect(Collectors.toSet());
    assertThat(values).hasSize(10);
  }

  @Test
  void skipsAMegabyteLongNumberThatHoldsNoUsableValue() {
    StringBuilder text = new StringBuilder("1");
    while (text.length() < 1_000_000) {
      text.append(",000");
    }
    text.append(" and 12 more");
    List<Figure> found = parser.find(text.toString());
    assertThat(found).extracting(Figure::text).containsExactly("12");
  }
}
