package org.sextherapy.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoordinatesTest {

  private static final Coordinates NEW_YORK = Coordinates.of(40.7128, -74.0060);
  private static final Coordinates NEWARK = Coordinates.of(40.7357, -74.1724);

  @Test
  void newYorkToNewarkIsAboutFourteenKilometres() {
    assertThat(NEW_YORK.distanceKm(NEWARK)).isCloseTo(14.0, within(1.0));
    assertThat(NEWARK.distanceKm(NEW_YORK)).isEqualTo(NEW_YORK.distanceKm(NEWARK));
  }

  @Test
  void londonToParisIsAboutThreeHundredAndFortyKilometres() {
    Coordinates london = Coordinates.of(51.5074, -0.1278);
    Coordinates paris = Coordinates.of(48.8566, 2.3522);

    assertThat(london.distanceKm(paris)).isCloseTo(344.0, within(5.0));
  }

  @Test
  void aPointIsNoDistanceFromItselfAndAntipodesAreHalfTheEarthApart() {
    assertThat(NEW_YORK.distanceKm(NEW_YORK)).isZero();
    assertThat(Coordinates.of(0, 0).distanceKm(Coordinates.of(0, 180)))
        .isCloseTo(Math.PI * 6371.0088, within(0.001));
  }

  @Test
  void theEdgesOfTheMapAreAllowed() {
    assertThat(Coordinates.of(90, 180).latitude()).isEqualTo(90);
    assertThat(Coordinates.of(-90, -180).longitude()).isEqualTo(-180);
  }

  @Test
  void latitudeOutsideMinusNinetyToNinetyIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> Coordinates.of(90.0001, 0))
        .withMessageStartingWith("latitude ");
    assertThatIllegalArgumentException().isThrownBy(() -> Coordinates.of(-91, 0))
        .withMessageStartingWith("latitude ");
    assertThatIllegalArgumentException().isThrownBy(() -> Coordinates.of(Double.NaN, 0))
        .withMessageStartingWith("latitude ");
  }

  @Test
  void longitudeOutsideMinusOneEightyToOneEightyIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> Coordinates.of(0, 180.5))
        .withMessageStartingWith("longitude ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Coordinates.of(0, Double.NEGATIVE_INFINITY))
        .withMessageStartingWith("longitude ");
  }

  @Test
  void coordinatesNeverShowWhereSomeoneIs() {
    assertThat(NEW_YORK.toString()).isEqualTo("Coordinates{hidden}").doesNotContain("40.7");
  }
}
