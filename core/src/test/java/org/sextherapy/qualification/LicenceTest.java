package org.sextherapy.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sextherapy.InvalidValueException;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;
import org.sextherapy.therapist.TherapistProfile;

class LicenceTest {

  private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

  private static Licence.Builder californiaPsychologist() {
    return Licence.builder().discipline(Discipline.PSYCHOLOGY)
        .jurisdiction(Jurisdiction.parse("US-CA")).number("PSY 12345")
        .status(LicenceStatus.ACTIVE).validFrom(FROM).validUntil(UNTIL);
  }

  @Test
  void activeLicenceIsValidFromItsFirstToItsLastDay() {
    Licence licence = californiaPsychologist().build();

    assertThat(licence.isValidOn(FROM.minusDays(1))).isFalse();
    assertThat(licence.isValidOn(FROM)).isTrue();
    assertThat(licence.isValidOn(UNTIL)).isTrue();
    assertThat(licence.isValidOn(UNTIL.plusDays(1))).isFalse();
  }

  @Test
  void licenceWithoutEndDateStaysValidWhileActive() {
    Licence licence = californiaPsychologist().validUntil(java.util.Optional.empty()).build();

    assertThat(licence.validUntil()).isEmpty();
    assertThat(licence.isValidOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  /** Asks the owner of authorisation, since a licence alone does not know the place's policy. */
  private static boolean authorises(Licence licence, Jurisdiction place, LocalDate date) {
    TherapistProfile profile = TherapistProfile.builder().id("th-1").displayName("Dr A")
        .addLicences(licence).build();
    return PracticeAuthorisation.standard().decide(profile, place, Delivery.VIDEO, date)
        .isAuthorised();
  }

  @ParameterizedTest
  @EnumSource(value = LicenceStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
  void onlyAnActiveLicenceAuthorisesPractice(LicenceStatus status) {
    Licence licence = californiaPsychologist().status(status).build();

    assertThat(licence.isValidOn(LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(authorises(licence, Jurisdiction.parse("US-CA"), LocalDate.of(2025, 6, 1)))
        .isFalse();
  }

  @Test
  void licenceAuthorisesPracticeWhereTheClientIsOnlyWithinItsJurisdiction() {
    Licence licence = californiaPsychologist().build();
    LocalDate day = LocalDate.of(2025, 6, 1);

    assertThat(authorises(licence, Jurisdiction.parse("US-CA"), day)).isTrue();
    assertThat(authorises(licence, Jurisdiction.parse("US-NV"), day)).isFalse();
    assertThat(authorises(licence, Jurisdiction.parse("US-CA"), UNTIL.plusDays(1))).isFalse();
  }

  @Test
  void nationalLicenceCoversItsSubdivisionsWhereTheCountryLicenses() {
    Licence australia = californiaPsychologist().jurisdiction(Jurisdiction.country("AU")).build();

    assertThat(authorises(australia, Jurisdiction.parse("AU-NSW"), LocalDate.of(2025, 6, 1)))
        .isTrue();
  }

  @Test
  void countryLevelLicenceAuthorisesNoStateWhereStatesLicense() {
    Licence us = californiaPsychologist().jurisdiction(Jurisdiction.country("US")).build();

    assertThat(authorises(us, Jurisdiction.parse("US-CA"), LocalDate.of(2025, 6, 1))).isFalse();
  }

  @Test
  void subdivisionLicenceDoesNotCoverANeighbour() {
    Licence newYork = californiaPsychologist().jurisdiction(Jurisdiction.parse("US-NY")).build();

    assertThat(authorises(newYork, Jurisdiction.parse("US-NJ"), LocalDate.of(2025, 6, 1)))
        .isFalse();
  }

  @Test
  void licenceValidUntilBeforeValidFromIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> californiaPsychologist().validUntil(FROM.minusDays(1)).build())
        .withMessageStartingWith("validUntil ");
    assertThat(californiaPsychologist().validUntil(FROM).build().isValidOn(FROM))
        .as("a one-day licence").isTrue();
  }

  @Test
  void aLicenceVerifiedWithTheBoardKeepsTheDayAndAVerificationCannotPredateItsPeriod() {
    assertThat(californiaPsychologist().build().verifiedOn()).isEmpty();
    assertThat(californiaPsychologist().verifiedOn(FROM).build().verifiedOn()).contains(FROM);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> californiaPsychologist().verifiedOn(FROM.minusDays(1)).build())
        .withMessageStartingWith("verifiedOn ");
    assertThat(californiaPsychologist().verifiedOn(UNTIL.plusYears(1)).build().isValidOn(UNTIL))
        .as("verification says nothing about validity").isTrue();
  }

  @Test
  void blankLicenceNumberIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> californiaPsychologist().number(" ").build())
        .withMessageStartingWith("number ");
  }

  @Test
  void taxonomyCodeMustComeFromTheNuccTaxonomy() {
    assertThat(californiaPsychologist().taxonomyCode(CodeCatalogue.NUCC_PSYCHOLOGIST).build()
        .taxonomyCode()).contains(CodeCatalogue.NUCC_PSYCHOLOGIST);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> californiaPsychologist()
            .taxonomyCode(CodeCatalogue.ICD11_HYPOACTIVE_SEXUAL_DESIRE).build())
        .withMessageStartingWith("taxonomyCode ");
  }

  @Test
  void licenceWithoutStatusCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Licence.builder().discipline(Discipline.SOCIAL_WORK)
            .jurisdiction(Jurisdiction.parse("US-NY")).number("LCSW-1").validFrom(FROM).build())
        .withMessageContaining("status");
  }

  @Test
  void licenceShowsDisciplineJurisdictionAndStatusButNotItsNumber() {
    assertThat(californiaPsychologist().build().toString())
        .isEqualTo("Licence{psychology, US-CA, active}");
  }
}
