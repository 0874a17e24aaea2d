package org.sextherapy.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JurisdictionTest {

  @Test
  void usStateIsACountryWithASubdivision() {
    Jurisdiction california = Jurisdiction.parse("US-CA");

    assertThat(california.countryCode()).isEqualTo("US");
    assertThat(california.subdivisionCode()).contains("CA");
    assertThat(california.code()).isEqualTo("US-CA");
    assertThat(california).hasToString("US-CA")
        .isEqualTo(Jurisdiction.subdivision("US", "CA"));
  }

  @Test
  void countryHasNoSubdivision() {
    Jurisdiction uk = Jurisdiction.parse("GB");

    assertThat(uk.subdivisionCode()).isEmpty();
    assertThat(uk).isEqualTo(Jurisdiction.country("GB")).hasToString("GB");
    assertThat(uk.toCountry()).isSameAs(uk);
    assertThat(Jurisdiction.parse("DE-BE").toCountry()).isEqualTo(Jurisdiction.country("DE"));
    assertThat(Jurisdiction.parse("AU-NSW").subdivisionCode()).contains("NSW");
  }

  @Test
  void countryLicenceCoversItsSubdivisions() {
    Jurisdiction germany = Jurisdiction.country("DE");

    assertThat(germany.covers(Jurisdiction.parse("DE-BE"))).isTrue();
    assertThat(germany.covers(germany)).isTrue();
    assertThat(germany.covers(Jurisdiction.parse("AT"))).isFalse();
  }

  @Test
  void subdivisionLicenceDoesNotCoverANeighbour() {
    Jurisdiction newYork = Jurisdiction.parse("US-NY");

    assertThat(newYork.covers(Jurisdiction.parse("US-NJ"))).isFalse();
    assertThat(newYork.covers(newYork)).isTrue();
    assertThat(newYork.covers(Jurisdiction.country("US"))).as("nor the whole country").isFalse();
  }

  @Test
  void jurisdictionRejectsUnknownCountry() {
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse("XX"))
        .withMessageStartingWith("countryCode ");
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse("XX-CA"))
        .withMessageStartingWith("countryCode ");
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.country("USA"))
        .withMessageStartingWith("countryCode ");
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse(""))
        .withMessageStartingWith("countryCode ");
  }

  @Test
  void lowerCaseCodesAreRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse("us-CA"))
        .withMessageStartingWith("countryCode ");
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse("US-ca"))
        .withMessageStartingWith("subdivisionCode ");
  }

  @Test
  void malformedSubdivisionIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse("US-"))
        .withMessageStartingWith("subdivisionCode ");
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse("US-CALI"))
        .withMessageStartingWith("subdivisionCode ");
    assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse("US-C-A"))
        .withMessageStartingWith("subdivisionCode ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Jurisdiction.subdivision("GB", "E N G"))
        .withMessageStartingWith("subdivisionCode ");
  }

  @Test
  void subdivisionOutsideItsCountrysIso3166ListIsRefusedRatherThanMatchingNothing() {
    for (String typo : List.of("US-ZZ", "US-NYC", "US-CAL", "US-PQ", "CA-QU", "CA-PQ", "AU-NS",
        "AU-VI", "DE-BER", "DE-B")) {
      assertThatIllegalArgumentException().as(typo).isThrownBy(() -> Jurisdiction.parse(typo))
          .withMessageStartingWith("subdivisionCode ");
    }
    for (String listed : List.of("US-CA", "US-DC", "US-WY", "US-GU", "CA-QC", "CA-NU",
        "AU-ACT", "AU-TAS", "DE-BE", "DE-TH", "GB-SCT", "GB-LND", "FR-75", "NZ-AUK")) {
      assertThat(Jurisdiction.parse(listed).code()).isEqualTo(listed);
    }
  }

  /** The lists as ISO 3166-2 gives them: a missing or extra code would refuse a real place. */
  @Test
  void listedCountriesHaveTheirIso3166SubdivisionCounts() {
    int[] counts = new int[4];
    String[] countries = {"US", "CA", "AU", "DE"};
    for (int c = 0; c < countries.length; c++) {
      for (char a = 'A'; a <= 'Z'; a++) {
        for (char b = 'A'; b <= 'Z'; b++) {
          if (Subdivisions.isListed(countries[c], "" + a + b).orElseThrow()) {
            counts[c]++;
          }
          for (char d = 'A'; d <= 'Z'; d++) {
            if (Subdivisions.isListed(countries[c], "" + a + b + d).orElseThrow()) {
              counts[c]++;
            }
          }
        }
      }
    }
    // 50 states, DC and 6 outlying areas; 10 provinces and 3 territories; 6 states and 2
    // territories; 16 Lander.
    assertThat(counts).containsExactly(57, 13, 8, 16);
  }

  @Test
  void usOutlyingAreaWithItsOwnCountryCodeIsReadAsItsUsSubdivision() {
    for (String area : List.of("AS", "GU", "MP", "PR", "UM", "VI")) {
      Jurisdiction own = Jurisdiction.parse(area);
      assertThat(own).isEqualTo(Jurisdiction.parse("US-" + area))
          .isEqualTo(Jurisdiction.country(area)).isEqualTo(Jurisdiction.subdivision("US", area));
      assertThat(own.code()).isEqualTo("US-" + area);
      assertThat(own.toCountry()).isEqualTo(Jurisdiction.country("US"));
      assertThat(own.covers(Jurisdiction.parse("US-" + area))).isTrue();
      assertThatIllegalArgumentException().isThrownBy(() -> Jurisdiction.parse(area + "-01"))
          .withMessageStartingWith("subdivisionCode ");
    }
    assertThat(Jurisdiction.country("US").covers(Jurisdiction.parse("PR"))).isTrue();
  }

  @Test
  void jurisdictionsSortByTheirCode() {
    TreeSet<Jurisdiction> sorted = new TreeSet<>(List.of(Jurisdiction.parse("US-NY"),
        Jurisdiction.parse("GB"), Jurisdiction.parse("US-CA"), Jurisdiction.parse("DE-BE")));

    assertThat(sorted).extracting(Jurisdiction::code)
        .containsExactly("DE-BE", "GB", "US-CA", "US-NY");
  }

  /** ISO 3166-2's form of a subdivision part, the rule the model checks by a scan. */
  private static final Pattern ISO_3166_2_PART = Pattern.compile("[A-Z0-9]{1,3}");

  private static final String CHARACTERS = "AZCN09a z-_\u00c9\u0660";

  static IntStream seeds() {
    return IntStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void subdivisionIsAcceptedExactlyWhenItHasTheIso3166Form(int seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 50; n++) {
      StringBuilder part = new StringBuilder();
      int length = random.nextInt(5);
      for (int i = 0; i < length; i++) {
        part.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
      }
      String code = part.toString();
      // Great Britain's subdivisions are checked for form only (see the listed countries below).
      if (ISO_3166_2_PART.matcher(code).matches()) {
        assertThat(Jurisdiction.subdivision("GB", code).code()).isEqualTo("GB-" + code);
      } else {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Jurisdiction.subdivision("GB", code))
            .withMessageStartingWith("subdivisionCode ");
      }
    }
  }
}
