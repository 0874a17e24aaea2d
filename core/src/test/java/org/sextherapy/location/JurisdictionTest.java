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
      if (ISO_3166_2_PART.matcher(code).matches()) {
        assertThat(Jurisdiction.subdivision("US", code).code()).isEqualTo("US-" + code);
      } else {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Jurisdiction.subdivision("US", code))
            .withMessageStartingWith("subdivisionCode ");
      }
    }
  }
}
