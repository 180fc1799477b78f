package org.troopwatch.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.troopwatch.common.Claim;
import org.troopwatch.tag.claim.ClaimExtractor;

/**
 * The claim rules on short texts written for these tests (never copied from a corpus), through the
 * real Spark NLP annotators. Each case names what it covers; the expectation lists the claims in
 * text order as {@code DEPLOYER HOST METRIC LOW HIGH QUALIFIER} plus any {@code field=value} to
 * check, or nothing when the text holds no claim.
 */
class ClaimRulesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12); // a Wednesday

  static Stream<Arguments> cases() {
    return Stream.of(
        // ---- figures
        c(
            "digits with separators",
            "Poland now hosts 10,500 American soldiers, the defence ministry in Warsaw said.",
            "USA POL deployed 10500 10500 exact"),
        c(
            "a decimal with a scale word",
            "Washington has kept 1.5 thousand Marines in Norway since the spring, officials said.",
            "USA NOR deployed 1500 1500 exact"),
        c(
            "a number in words",
            "Britain will send three thousand soldiers to Estonia next year, the minister said.",
            "GBR EST deployed 3000 3000 exact planned=true"),
        c(
            "a dozen is approximate",
            "A dozen French commandos remain in Niger, according to a security source.",
            "FRA NER deployed 12 12 approx"),
        c(
            "hundreds written with a hyphen",
            "Some 15-hundred Turkish troops are stationed in northern Iraq, Ankara said.",
            "TUR IRQ deployed 1500 1500 approx"),
        c(
            "a range with between",
            "Between 2,000 and 4,000 Iranian troops have entered Syria this year, analysts estimate.",
            "IRN SYR deployed 2000 4000 range"),
        c(
            "a range with a dash",
            "Kenya has 8,000-9,000 soldiers in Somalia, the mission said.",
            "KEN SOM deployed 8000 9000 range"),
        c(
            "nearly is a ceiling",
            "Nearly 600 Dutch soldiers are based in Lithuania, the Dutch army said.",
            "NLD LTU deployed null 600 at_most"),
        c(
            "more than is a floor",
            "More than 700 Canadian troops are deployed in Latvia, Ottawa said.",
            "CAN LVA deployed 700 null at_least"),
        c(
            "up to is a ceiling",
            "Japan may send up to 500 troops to Djibouti, the defence ministry said.",
            "JPN DJI deployed null 500 at_most planned=true"),
        // ---- what is not a claim
        c(
            "vague amounts carry no figure",
            "Thousands of Russian troops are massing in Belarus, witnesses said.",
            ""),
        c(
            "years, money and equipment are not personnel",
            "In 2023 Germany spent $2 billion on 300 tanks for its brigade in Lithuania.",
            ""),
        c(
            "civilians and refugees are not personnel",
            "About 4,000 civilians fled to Poland and 200 refugees crossed into Moldova.",
            ""),
        c(
            "a country's own forces at home are no claim",
            "Russia has about 100,000 troops at its border with Ukraine, officials said.",
            ""),
        c(
            "a force's name before other nouns names whose ships they are, not a group",
            "Tension rose between Tehran and Washington after Iranian speedboats harassed three U.S."
                + " Navy ships in the Strait of Hormuz.",
            ""),
        c(
            "a figure that is said not to be a plan is no claim",
            "The United States has 50,000 troops in Iraq. \"That is not to say that we will keep"
                + " 40,000 troops there next year,\" he said.",
            "USA IRQ deployed 50000 50000 exact"),
        c(
            "a figure that is said not to mean a plan is no claim",
            "Britain has 900 soldiers in Estonia. This does not mean 2,000 more will follow.",
            "GBR EST deployed 900 900 exact"),
        c(
            "a multinational force is no claim",
            "NATO will raise its force in Romania to 5,000 troops, the alliance said.",
            ""),
        // ---- metrics
        c(
            "killed after the noun",
            "About 40 Ethiopian soldiers were killed in Somalia last week, the army said.",
            "ETH SOM killed 40 40 approx"),
        c(
            "killed or wounded is casualties",
            "At least 250 Russian soldiers have been killed or wounded in Syria, the monitor said.",
            "RUS SYR casualties 250 null at_least"),
        c(
            "a toll and its others",
            "The ministry said 30 Chadian troops died in Mali while 70 others suffered injuries.",
            "TCD MLI killed 30 30 exact; TCD MLI wounded 70 70 exact"),
        c(
            "captured by a verb before the figure",
            "Houthi fighters seized 8 Saudi soldiers in Yemen on Sunday, the group said.",
            "SAU YEM captured 8 8 exact"),
        c(
            "withdrawn with a verb of leaving",
            "Around 400 Italian soldiers left Afghanistan in June, Rome said.",
            "ITA AFG withdrawn 400 400 approx"),
        // ---- deployer and host
        c(
            "a region of the deployer's own country is home soil",
            "Some 2,000 Russian troops moved into the Kursk region, Kyiv said.",
            ""),
        c(
            "the host is the country of a region",
            "About 1,000 North Korean soldiers are fighting in the Kursk region, Kyiv said.",
            "PRK RUS deployed 1000 1000 approx"),
        c(
            "a country hosts the forces of another",
            "Lithuania will host 4,800 German troops by 2027, Vilnius said.",
            "DEU LTU deployed 4800 4800 exact planned=true"),
        c(
            "the subject country deploys",
            "Turkey has about 3,000 soldiers in Qatar, a Turkish official said.",
            "TUR QAT deployed 3000 3000 approx"),
        c(
            "a state-tied force takes its state",
            "Around 1,000 Wagner mercenaries are in Mali, French officials said.",
            "RUS MLI deployed 1000 1000 approx"),
        // ---- attribution
        c(
            "the original source wins over the relay",
            "Yonhap, citing the NIS, said 400 North Korean troops were sent to Russia.",
            "PRK RUS deployed 400 400 exact src=National Intelligence Service (South Korea)"),
        c(
            "according to a vague source keeps its phrase",
            "According to Western diplomats, 900 Iranian advisers are in Iraq.",
            "IRN IRQ deployed 900 900 exact src=Western diplomats"),
        c(
            "the source carries to the agency's next sentence",
            "The Pentagon spoke of new numbers on Monday. The department estimated that 2,300 U.S."
                + " troops are in Syria.",
            "USA SYR deployed 2300 2300 exact src=Pentagon"),
        c(
            "the outlet's own voice has no source",
            "France has about 1,000 soldiers in Chad.",
            "FRA TCD deployed 1000 1000 approx src=null"),
        // ---- time
        c(
            "a past month resolves to the article's year",
            "In January, 500 Belgian soldiers arrived in Romania, the army said.",
            "BEL ROU deployed 500 500 exact period=2025-01-01..2025-01-31"),
        c(
            "a statement's date is not the figure's period",
            "The ministry said on Monday that 600 Spanish troops are in Latvia.",
            "ESP LVA deployed 600 600 exact period=null..null"),
        c(
            "by a month looks forward for a plan",
            "Sweden plans to send 550 soldiers to Finland by December, officials said.",
            "SWE FIN deployed 550 550 exact planned=true period=null..2025-12-31"),
        // ---- scope and wave
        c(
            "additional is an increment",
            "The United States will send 2,000 additional troops to Germany, officials said.",
            "USA DEU deployed 2000 2000 exact scope=increment planned=true"),
        c(
            "a second wave numbers the batch",
            "A second wave of 1,200 North Korean soldiers reached Russia in March, Seoul said.",
            "PRK RUS deployed 1200 1200 exact wave=2 scope=increment"),
        c(
            "so far is a running total",
            "So far 5,000 Indian troops have left the Maldives, the government said.",
            "IND MDV withdrawn 5000 5000 exact scope=total"),
        c(
            "troops after 'of the' belong to the noun before them",
            "Kyiv released photographs of the two Russian soldiers on Sunday.",
            ""),
        c(
            "troops after 'of the' keep their claim when what befell them follows",
            "Lawyers for the families of the 12 Danish soldiers killed in Afghanistan filed suit on"
                + " Monday.",
            "DNK AFG killed 12 12 exact"),
        c(
            "a cut to a force abroad is a withdrawal from its host",
            "Moscow will cut its force in Syria by 1,000 troops, the defence ministry said.",
            "RUS SYR withdrawn 1000 1000 exact planned=true"),
        c(
            "a cut in troops abroad named after the figure is a withdrawal",
            "Washington plans to cut 2,500 soldiers from its garrison in Germany.",
            "USA DEU withdrawn 2500 2500 exact planned=true"),
        c(
            "a number word after a determiner is a pronoun",
            "Over 1,200 North Korean soldiers were killed or wounded in Kursk, Kyiv said, a far"
                + " higher toll than the one Seoul gave.",
            "PRK RUS casualties 1200 null at_least"),
        c(
            "one set against the other is a pronoun",
            "Two Belarusian soldiers were detained in Lithuania; one was unarmed and the other"
                + " carried a rifle.",
            "BLR LTU captured 2 2 exact"),
        // ---- sentence boundaries: an abbreviation's full stop does not end the sentence
        c(
            "a title before a name keeps the sentence whole",
            "Gen. Ortega said about 700 Spanish soldiers serve in Latvia.",
            "ESP LVA deployed 700 700 approx"
                + " sentence=Gen. Ortega said about 700 Spanish soldiers serve in Latvia."),
        c(
            "a month abbreviation before a day keeps the sentence whole",
            "Canada sent 250 troops to Latvia on Feb. 4 to join the brigade there.",
            "CAN LVA deployed 250 250 exact"
                + " sentence=Canada sent 250 troops to Latvia on Feb. 4 to join the brigade there."),
        // ---- precision on real news: patterns that look like claims and are not, or are others
        c(
            "troops moved to the deployer's own soil are withdrawn from their host",
            "Under the new accord Washington will move 4,000 Marines from Okinawa to Guam.",
            "USA JPN withdrawn 4000 4000 exact planned=true"),
        c(
            "a move home takes its host from the sentence before",
            "About 8,000 U.S. Marines are stationed on Okinawa. Some 3,000 of them will relocate to"
                + " Hawaii.",
            "USA JPN deployed 8000 8000 approx; USA JPN withdrawn 3000 3000 approx planned=true"),
        c(
            "the first of a force counts the whole force, not those withdrawn",
            "Rome has pledged to begin pulling out the first of about 2,500 Italian soldiers serving"
                + " in Lebanon.",
            "ITA LBN deployed 2500 2500 approx planned=false"),
        c(
            "a cut to an army's own strength is no withdrawal",
            "Britain keeps 3,000 soldiers in Germany. Deeper spending cuts would cost the army 12,000"
                + " more soldiers, a general told lawmakers.",
            "GBR DEU deployed 3000 3000 exact"),
        c(
            "soldiers killed on their own country's soil are no claim",
            "Kurdish guerrillas killed 9 Turkish soldiers in southeastern Turkey on Sunday, the army"
                + " said.",
            ""),
        c(
            "a region does not make a country's own soldiers foreign",
            "Egypt promised a harsh response after militants killed 11 of its soldiers, deepening"
                + " worries about security in the Middle East.",
            ""),
        c(
            "a place in another clause does not locate a toll",
            "Ankara weighed a raid into northern Iraq against the guerrillas, who killed at least a"
                + " dozen Turkish soldiers over the weekend.",
            ""),
        c(
            "a country's own army taken back from an ally is no deployment",
            "Seoul will take back operational control of its 600,000 troops from the United States"
                + " in 2015.",
            ""),
        c(
            "the country that kills is not the country of the dead",
            "Investigators found that North Korea had torpedoed the frigate, killing 38 sailors.",
            ""),
        c(
            "people killed on their own territory are no foreign casualties",
            "Israeli tanks pushed into the Gaza Strip in an assault that has killed 300 Palestinians,"
                + " medics said.",
            ""),
        c(
            "a region does not hide the force that holds the captives",
            "Markets watched the Middle East after Iranian forces seized 12 British sailors on"
                + " Thursday.",
            "GBR IRN captured 12 12 exact"),
        c(
            "a seizure is a capture",
            "The seizure of 6 Turkish soldiers by militants in Iraq angered Ankara.",
            "TUR IRQ captured 6 6 exact"),
        c(
            "a part of the dead is not a count of troops",
            "Rebel leaders said 12 of the victims were soldiers from Chad.",
            ""),
        c(
            "them after a militia counts the militia",
            "Officials say Sudanese mercenaries, among them several armed militias, have joined the"
                + " fighting in Chad. Diplomats believe there may be up to 2,000 of them.",
            ""),
        c(
            "troops as owners of something else are no claim",
            "A former clerk admitted stealing the names of more than 30 U.S. Marines based in Japan.",
            ""),
        c(
            "a figure after a sentence about a drawdown is a withdrawal",
            "Officials said any drawdown from Iraq would depend on security. It could be as few as a"
                + " couple thousand British troops.",
            "GBR IRQ withdrawn 2000 null at_least planned=true"),
        c(
            "a demonym before capital names a place of that country",
            "Two French soldiers were killed in the Malian capital on Friday, officials said.",
            "FRA MLI killed 2 2 exact"),
        c(
            "the modifier of an offensive is its theatre",
            "Two Turkish soldiers died during a week-long Syria offensive, the ministry said.",
            "TUR SYR killed 2 2 exact"),
        c(
            "troops leave the one foreign country their sentence names",
            "Washington hopes Afghanistan's army can cope so that 9,000 U.S. troops can leave by"
                + " 2014.",
            "USA AFG withdrawn 9000 9000 exact"),
        c(
            "an estimated average is approximate",
            "The Pentagon expects an estimated average of 9,500 U.S. troops to serve in Kuwait.",
            "USA KWT deployed 9500 9500 approx"),
        c(
            "a hoped-for departure is planned",
            "Paris is hoping the Malian army can take over so that 2,000 French troops can leave"
                + " Mali next year.",
            "FRA MLI withdrawn 2000 2000 exact planned=true"));
  }

  private static Arguments c(String covers, String text, String expected) {
    return Arguments.of(covers, text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void claimRulesReadTheSentence(String covers, String text, String expected) {
    ArticleText article = ArticleBuilder.article("case", PUBLISHED, text);
    List<Claim> claims = ClaimExtractor.defaults().extract(article);
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split("; "));
    assertThat(claims).as(covers + ": " + claims).hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      String[] parts = want.get(i).split(" ", 7);
      Claim claim = claims.get(i);
      assertThat(coreOf(claim))
          .as(covers)
          .isEqualTo(String.join(" ", List.of(parts).subList(0, 6)));
      Map<String, String> fields = render(claim);
      for (Map.Entry<String, String> e : extras(parts.length > 6 ? parts[6] : "").entrySet()) {
        assertThat(fields.get(e.getKey())).as(covers + " " + e.getKey()).isEqualTo(e.getValue());
      }
    }
  }

  private static String coreOf(Claim c) {
    return String.join(
        " ",
        c.deployingCountry(),
        String.valueOf(c.hostCountry()),
        c.metric(),
        String.valueOf(c.low()),
        String.valueOf(c.high()),
        c.qualifier());
  }

  private static Map<String, String> render(Claim c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("scope", String.valueOf(c.scope()));
    m.put("wave", String.valueOf(c.wave()));
    m.put("planned", String.valueOf(c.planned()));
    m.put("src", String.valueOf(c.attributedTo()));
    m.put("period", c.periodStart() + ".." + c.periodEnd());
    m.put("sentence", c.sentence());
    return m;
  }

  /** "scope=increment src=Western diplomats" -> {scope: increment, src: Western diplomats}. */
  private static Map<String, String> extras(String spec) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>();
    for (String token : spec.split(" ")) {
      if (token.contains("=")
          && List.of("scope", "wave", "planned", "src", "period", "sentence")
              .contains(token.split("=")[0])) {
        keys.add(token.split("=")[0]);
        out.put(token.split("=")[0], token.split("=", 2)[1]);
      } else if (!keys.isEmpty()) {
        String last = keys.get(keys.size() - 1);
        out.put(last, out.get(last) + " " + token);
      }
    }
    return out;
  }
}
