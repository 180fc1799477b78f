package org.troopwatch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.troopwatch.testing.Shared;

class KnowledgeTest {

  private static final String FIXTURES = "org/troopwatch/knowledge/fixtures/";

  // Looked up per test, so that a broken shipped file fails those tests, not the fixture tests.
  private static Knowledge knowledge() {
    return Knowledge.defaults();
  }

  @Test
  void defaultsAreLoadedOnce() {
    assertThat(Knowledge.defaults()).isSameAs(Knowledge.defaults());
  }

  @Test
  void everyIsoCountryAndKosovoIsListedOnce() {
    List<String> codes = knowledge().countries().stream().map(Country::iso3).toList();
    Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    assertThat(codes).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(250);
    assertThat(codes).containsAll(iso).contains("XKX");
  }

  @Test
  void filesAreLargeEnoughToCoverTheNews() {
    assertThat(knowledge().places()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(knowledge().forces()).hasSizeBetween(40, 100);
    assertThat(knowledge().sources()).hasSizeGreaterThanOrEqualTo(150);
  }

  @Test
  void everyCodeUsedInPlacesForcesAndSourcesIsACountry() {
    Stream<String> used =
        Stream.of(
                knowledge().places().stream().map(Place::iso3),
                knowledge().forces().stream().map(Force::iso3),
                knowledge().sources().stream().map(Source::iso3))
            .flatMap(s -> s)
            .filter(code -> code != null);

    assertThat(used).allSatisfy(code -> assertThat(knowledge().country(code)).isPresent());
  }

  @ParameterizedTest(name = "{0} is a form of {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "North Korea => PRK",
        "DPRK => PRK",
        "North Koreans => PRK",
        "Pyongyang => PRK",
        "U.S. => USA",
        "US => USA",
        "Americans => USA",
        "Washington => USA",
        "Britain => GBR",
        "U.K. => GBR",
        "Britons => GBR",
        "Russian Federation => RUS",
        "Kiev => UKR",
        "Kyiv => UKR",
        "Côte d'Ivoire => CIV",
        "Congolese => COD",
        "DR Congo => COD",
        "Czechia => CZE",
        "Emiratis => ARE",
        "N'Djamena => TCD",
        "Chadians => TCD",
        "Indians => IND",
        "Maldivian => MDV",
        "Kosovo => XKX",
      })
  void countryFormsResolveToTheirCountry(String form, String iso3) {
    List<String> owners =
        knowledge().countries().stream()
            .filter(
                c ->
                    c.name().equals(form)
                        || c.aliases().contains(form)
                        || c.demonyms().contains(form)
                        || c.capitals().contains(form))
            .map(Country::iso3)
            .toList();

    assertThat(owners).containsExactly(iso3);
  }

  @Test
  void abbreviationsOfTheUnitedStatesAreAliasesNotDemonyms() {
    Country usa = knowledge().country("USA").orElseThrow();

    assertThat(usa.aliases()).contains("U.S.", "US", "USA", "America");
    assertThat(usa.demonyms()).containsExactly("American", "Americans");
  }

  @ParameterizedTest(name = "{0} lies in {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Kursk => RUS",
        "Kursk Oblast => RUS",
        "Belgorod => RUS",
        "Kaliningrad => RUS",
        "Crimea => UKR",
        "Donbass => UKR",
        "Donetsk => UKR",
        "Luhansk => UKR",
        "Golan Heights => SYR",
        "al-Tanf => SYR",
        "Deir ez-Zor => SYR",
        "Gaza Strip => PSE",
        "West Bank => PSE",
        "Okinawa => JPN",
        "Guam => USA",
        "Jammu and Kashmir => IND",
        "Transnistria => MDA",
        "South Ossetia => GEO",
        "Ain al-Asad => IRQ",
        "Bagram => AFG",
        "Ouadi Doum => TCD",
        "Aouzou Strip => TCD",
        "North Kivu => COD",
        "Rzeszow => POL",
        "Tapa => EST",
        "Camp Lemonnier => DJI",
        "Diego Garcia => GBR",
        "Addu => MDV",
      })
  void placesResolveToTheCountryWhoseTerritoryTheyAre(String form, String iso3) {
    assertThat(knowledge().place(form)).map(Place::iso3).contains(iso3);
  }

  @Test
  void placesThatShareANameWithACountryAreTerritories() {
    Set<String> countryNames = new HashSet<>();
    knowledge()
        .countries()
        .forEach(
            c -> {
              countryNames.add(c.name());
              countryNames.addAll(c.aliases());
            });
    List<Place> clashing =
        knowledge().places().stream()
            .filter(
                p ->
                    countryNames.contains(p.name())
                        || p.aliases().stream().anyMatch(countryNames::contains))
            .toList();

    assertThat(clashing).extracting(Place::name).contains("Guam", "Greenland", "Hong Kong");
    assertThat(clashing).allSatisfy(p -> assertThat(p.kind()).isEqualTo("territory"));
  }

  @ParameterizedTest(name = "{0} is deployed by {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "Wagner => RUS",
        "PMC Wagner => RUS",
        "Africa Corps => RUS",
        "Spetsnaz => RUS",
        "IRGC => IRN",
        "Revolutionary Guards => IRN",
        "Quds Force => IRN",
        "PLA => CHN",
        "Bundeswehr => DEU",
        "IDF => ISR",
        "Korean People's Army => PRK",
        "82nd Airborne => USA",
        "U.S. Marines => USA",
        "Royal Marines => GBR",
        "Gurkhas => GBR",
        "Foreign Legion => FRA",
        "Barkhane => FRA",
      })
  void forcesResolveToTheirDeployingCountry(String form, String iso3) {
    assertThat(knowledge().force(form)).map(Force::iso3).contains(iso3);
  }

  @ParameterizedTest(name = "{0} is an alias of {1}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "South Korea's spy agency => National Intelligence Service (South Korea)",
        "NIS => National Intelligence Service (South Korea)",
        "Lee Seong-kweun => National Intelligence Service (South Korea)",
        "Pat Ryder => Pentagon",
        "Sabrina Singh => Pentagon",
        "Defense Department => Pentagon",
        "John Kirby => White House",
        "Dmitry Peskov => Kremlin",
        "Zelenskyy => Volodymyr Zelensky",
        "Budanov => Main Intelligence Directorate (Ukraine)",
        "HUR => Main Intelligence Directorate (Ukraine)",
        "Stoltenberg => Jens Stoltenberg",
        "ISW => Institute for the Study of War",
        "AP => Associated Press",
        "UN experts => UN Group of Experts on the DRC",
        "UK MoD => UK Ministry of Defence",
      })
  void sourceAliasesResolveToTheirCanonicalSource(String alias, String canonical) {
    assertThat(knowledge().sourceNamed(alias)).map(Source::canonical).contains(canonical);
    assertThat(knowledge().source(canonical)).isPresent();
  }

  @Test
  void spokespeopleFoldIntoTheirInstitutionButLeadersKeepTheirName() {
    assertThat(knowledge().source("Pentagon").orElseThrow().aliases()).doesNotContain("John Kirby");
    assertThat(knowledge().source("Vladimir Putin")).map(Source::kind).contains("official");
    assertThat(knowledge().source("NATO")).map(Source::iso3).isEmpty();
  }

  @Test
  void everySourceTheDevGoldAttributesFiguresToIsKnown() throws IOException {
    List<String> unknown = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    Path claims = Shared.resolve("gold/dev/claims.jsonl");
    for (String line : Files.readAllLines(claims)) {
      JsonNode claim = json.readTree(line);
      if (claim.path("attributed_to").isTextual()) {
        String canonical = claim.get("attributed_to").asText();
        List<String> names = new ArrayList<>(List.of(canonical));
        claim.path("attributed_to_aliases").forEach(a -> names.add(a.asText()));
        // The scorer accepts the canonical name or any gold alias: one of them must be ours.
        if (names.stream().noneMatch(n -> knowledge().source(n).isPresent())) {
          unknown.add(canonical);
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void everyLocationOfTheDevGoldLiesInItsHostCountry() throws IOException {
    List<String> wrong = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Shared.resolve("gold/dev/claims.jsonl"))) {
      JsonNode claim = json.readTree(line);
      if (claim.path("location").isTextual() && claim.path("host_country").isTextual()) {
        String location = claim.get("location").asText();
        String host = claim.get("host_country").asText();
        boolean asPlace =
            knowledge().place(location).map(Place::iso3).filter(host::equals).isPresent();
        boolean asCapital =
            knowledge().country(host).map(c -> c.capitals().contains(location)).orElse(false);
        if (!asPlace && !asCapital) {
          wrong.add(location + " -> " + host);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aSmallWellFormedFolderLoads() {
    Knowledge small = Knowledge.load(FIXTURES + "good");

    assertThat(small.countries()).extracting(Country::iso3).containsExactly("RUS", "UKR", "PRK");
    assertThat(small.place("Kursk region")).map(Place::name).contains("Kursk");
    assertThat(small.sourceNamed("Dmitry Peskov")).map(Source::canonical).contains("Kremlin");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "bad-code => bad-code/countries.tsv:4: iso3 'ukr' is not 3 upper-case letters",
        "unknown-code => unknown-code/forces.tsv:4: iso3 'IRN' is not in countries.tsv",
        "shared-alias => shared-alias/sources.tsv:4: duplicate name 'Moscow officials' (also on"
            + " line 3)",
        "same-row => same-row/countries.tsv:3: duplicate name 'Russian' (twice in this row)",
        "bad-kind => bad-kind/places.tsv:3: kind 'province' is not one of [base, city, island,"
            + " nickname, region, territory, theatre]",
      })
  void invalidKnowledgeFailsNamingFileLineAndProblem(String folder, String message) {
    assertThatThrownBy(() -> Knowledge.load(FIXTURES + folder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(FIXTURES + message);
  }
}
