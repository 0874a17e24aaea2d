package org.sextherapy.location;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
