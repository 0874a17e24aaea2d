package org.sextherapy.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.insurance.NetworkId;

class PracticeLocationTest {

  @Test
  void practiceMayPublishItsCoordinatesOrNot() {
    Jurisdiction berlin = Jurisdiction.parse("DE-BE");
    Coordinates point = Coordinates.of(52.52, 13.405);

    assertThat(PracticeLocation.of(berlin).coordinates()).isEmpty();
    assertThat(PracticeLocation.of(berlin, point).coordinates()).contains(point);
    assertThat(PracticeLocation.of(berlin, point).jurisdiction()).isEqualTo(berlin);
    assertThat(PracticeLocation.of(berlin)).isNotEqualTo(PracticeLocation.of(berlin, point));
  }

  @Test
  void practiceLocationDoesNotShowItsCoordinates() {
    assertThat(PracticeLocation.of(Jurisdiction.parse("DE-BE"), Coordinates.of(52.52, 13.405))
        .toString()).contains("DE-BE").doesNotContain("52.52");
  }

  @Test
  void aPracticeListsTheAccessOfItsPremisesAndItsSignLanguages() {
    PracticeLocation location = PracticeLocation.builder().jurisdiction(Jurisdiction.parse("GB-LND"))
        .addAccess(AccessFeature.STEP_FREE_ACCESS, AccessFeature.HEARING_LOOP)
        .addSignLanguages(java.util.Locale.forLanguageTag("bfi")).build();

    assertThat(location.access()).containsExactlyInAnyOrder(AccessFeature.STEP_FREE_ACCESS,
        AccessFeature.HEARING_LOOP);
    assertThat(location.signLanguages()).containsExactly(java.util.Locale.forLanguageTag("bfi"));
    assertThat(PracticeLocation.of(Jurisdiction.parse("GB-LND")).access()).isEmpty();
  }

  @Test
  void aSignLanguageMustBeALanguageTagAndTheirNumberIsBounded() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PracticeLocation.builder()
        .jurisdiction(Jurisdiction.parse("US-NY")).addSignLanguages(java.util.Locale.ROOT).build())
        .isInstanceOf(org.sextherapy.InvalidValueException.class)
        .hasMessageStartingWith("signLanguages[0] ");
    PracticeLocation.Builder many = PracticeLocation.builder().jurisdiction(Jurisdiction.parse("US-NY"));
    for (int i = 0; i <= PracticeLocation.MAX_SIGN_LANGUAGES; i++) {
      many.addSignLanguages(java.util.Locale.forLanguageTag("sgn-x-l" + i));
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(many::build)
        .isInstanceOf(org.sextherapy.InvalidValueException.class)
        .hasMessageStartingWith("signLanguages must hold at most");
  }

  @Test
  void anOfficeFoundInMoreNetworksKeepsEverythingElseAndItsOwnNetworks() {
    PracticeLocation office = PracticeLocation.builder().jurisdiction(Jurisdiction.parse("US-CT"))
        .coordinates(Coordinates.of(41.76, -72.68)).addNetworks(NetworkId.of("acme-ppo")).build();

    PracticeLocation more = office.withMoreNetworks(List.of(NetworkId.of("bcbs-ct-ppo")));

    assertThat(more.networks())
        .isEqualTo(Set.of(NetworkId.of("acme-ppo"), NetworkId.of("bcbs-ct-ppo")));
    assertThat(more.jurisdiction()).isEqualTo(office.jurisdiction());
    assertThat(more.coordinates()).isEqualTo(office.coordinates());
    assertThat(office.withMoreNetworks(List.of())).isEqualTo(office);
  }

  @Test
  void anOfficeInMoreNetworksThanTheLimitIsRejectedNamingTheField() {
    List<NetworkId> many = new ArrayList<>();
    for (int i = 0; i <= PracticeLocation.MAX_NETWORKS; i++) {
      many.add(NetworkId.of("n" + i));
    }

    assertThatThrownBy(() -> PracticeLocation.of(Jurisdiction.parse("US-CT"))
        .withMoreNetworks(many)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("networks");
  }
}
