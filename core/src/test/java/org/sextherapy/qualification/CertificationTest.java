package org.sextherapy.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sextherapy.qualification.CertificationStatus.CURRENT;
import static org.sextherapy.qualification.CertificationStatus.LAPSED;
import static org.sextherapy.qualification.CertificationStatus.NOT_YET_VALID;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;

class CertificationTest {

  private static final LocalDate ISSUED = LocalDate.of(2023, 11, 26);

  private static Certification.Builder aasectCst() {
    return Certification.builder().credential(StandardCredentials.AASECT_CST).issued(ISSUED);
  }

  @Test
  void aasectCertificationIsCurrentOnItsLastValidDayAndLapsedTheDayAfter() {
    Certification cst = aasectCst().ceCreditsEarned(20).build();

    assertThat(cst.lastValidDay()).contains(LocalDate.of(2026, 11, 25));
    assertThat(cst.statusOn(LocalDate.of(2026, 11, 25))).isEqualTo(CURRENT);
    assertThat(cst.statusOn(LocalDate.of(2026, 11, 26))).isEqualTo(LAPSED);
  }

  @Test
  void certificationIsNotYetValidBeforeItsIssueDayAndCurrentOnIt() {
    Certification cst = aasectCst().build();

    assertThat(cst.statusOn(ISSUED.minusDays(1))).isEqualTo(NOT_YET_VALID);
    assertThat(cst.statusOn(ISSUED)).isEqualTo(CURRENT);
  }

  @Test
  void membershipLapseLapsesAnAasectCertification() {
    Certification cst = aasectCst().ceCreditsEarned(20).membershipCurrent(false).build();

    assertThat(cst.statusOn(ISSUED.plusMonths(6))).isEqualTo(LAPSED);
    assertThat(aasectCst().build().membershipCurrent()).as("membership is current unless set")
        .isTrue();
  }

  @Test
  void membershipLapseDoesNotLapseACertificationWhoseIssuerDoesNotRequireMembership() {
    Certification ecps = Certification.builder().credential(StandardCredentials.EFS_ESSM_ECPS)
        .issued(ISSUED).membershipCurrent(false).build();

    assertThat(ecps.statusOn(ISSUED.plusYears(1))).isEqualTo(CURRENT);
  }

  @Test
  void anIsswshFellowshipRunsFiveYearsAndLapsesWithMembership() {
    Certification fellow = Certification.builder().credential(StandardCredentials.ISSWSH_FELLOW)
        .issued(ISSUED).build();
    Certification withoutMembership = Certification.builder()
        .credential(StandardCredentials.ISSWSH_FELLOW).issued(ISSUED).membershipCurrent(false)
        .build();

    assertThat(fellow.statusOn(ISSUED.plusYears(1))).isEqualTo(CURRENT);
    assertThat(fellow.lastValidDay()).as("a 5-year term")
        .contains(LocalDate.of(2028, 11, 25));
    assertThat(withoutMembership.standingOn(ISSUED.plusYears(1), List.of(withoutMembership)))
        .isEqualTo(CertificationStanding.MEMBERSHIP_LAPSED);
  }

  @Test
  void recordedExpiryDecidesTheLastValidDay() {
    Certification cst = aasectCst().expires(LocalDate.of(2025, 1, 31)).build();

    assertThat(cst.lastValidDay()).contains(LocalDate.of(2025, 1, 31));
    assertThat(cst.statusOn(LocalDate.of(2025, 1, 31))).isEqualTo(CURRENT);
    assertThat(cst.statusOn(LocalDate.of(2025, 2, 1))).isEqualTo(LAPSED);
  }

  @Test
  void certificationFromAnIssuerWithoutKnownRuleOrExpiryNeverLapsesByDate() {
    Certification sexologist = Certification.builder()
        .credential(StandardCredentials.ABS_CERTIFIED_SEXOLOGIST).issued(ISSUED)
        .membershipCurrent(false).build();

    assertThat(sexologist.lastValidDay()).isEmpty();
    assertThat(sexologist.statusOn(ISSUED.plusYears(30))).isEqualTo(CURRENT);
    assertThat(sexologist.ceCreditsShortfall()).isZero();
  }

  @Test
  void aasectRenewalNeedsTwentyCreditsInTheCycle() {
    assertThat(aasectCst().build().ceCreditsShortfall()).isEqualTo(20);
    assertThat(aasectCst().ceCreditsEarned(12).build().ceCreditsShortfall()).isEqualTo(8);
    assertThat(aasectCst().ceCreditsEarned(20).build().ceCreditsShortfall()).isZero();
    assertThat(aasectCst().ceCreditsEarned(35).build().ceCreditsShortfall()).isZero();
  }

  @Test
  void supervisorCredentialLapsesWithTheCstItRestsOn() {
    LocalDate date = LocalDate.of(2026, 11, 26);
    Certification supervisor = Certification.builder()
        .credential(StandardCredentials.AASECT_CST_SUPERVISOR).issued(date.minusYears(1)).build();
    Certification currentCst = Certification.builder().credential(StandardCredentials.AASECT_CST)
        .issued(date.minusYears(1)).build();
    Certification lapsedCst = Certification.builder().credential(StandardCredentials.AASECT_CST)
        .issued(date.minusYears(3)).build();
    Certification firstCst = Certification.builder().credential(StandardCredentials.AASECT_CST)
        .issued(date.minusYears(4)).build();

    assertThat(supervisor.statusOn(date)).isEqualTo(CURRENT);
    assertThat(supervisor.statusOn(date, List.of(supervisor, firstCst, currentCst)))
        .as("the CST renewed, first held four years ago").isEqualTo(CURRENT);
    assertThat(supervisor.standingOn(date, List.of(supervisor, currentCst)))
        .as("the CST held only since the supervisor credential was issued")
        .isEqualTo(CertificationStanding.REQUIRED_CREDENTIAL_NOT_HELD_LONG_ENOUGH);
    assertThat(supervisor.statusOn(date, List.of(supervisor, lapsedCst)))
        .isEqualTo(LAPSED);
    assertThat(supervisor.statusOn(date, List.of(supervisor))).isEqualTo(LAPSED);
    assertThat(currentCst.statusOn(date, List.of())).as("rests on nothing")
        .isEqualTo(CURRENT);
  }

  @Test
  void certificationThatExpiresBeforeItWasIssuedIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aasectCst().expires(ISSUED.minusDays(1)).build())
        .withMessageStartingWith("expires ");
    assertThat(aasectCst().expires(ISSUED).build().statusOn(ISSUED)).isEqualTo(CURRENT);
  }

  @Test
  void negativeCreditsAreRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aasectCst().ceCreditsEarned(-1).build())
        .withMessageStartingWith("ceCreditsEarned ");
  }

  @Test
  void certificationWithoutItsIssueDayCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Certification.builder().credential(StandardCredentials.AASECT_CSE)
            .build())
        .withMessageContaining("issued");
  }

  @Test
  void certificationShowsItsQualifiedCredentialId() {
    assertThat(aasectCst().build()).hasToString("Certification{AASECT-CST}");
  }

  @Test
  void aCycleRunningPastTheEndOfTheCalendarEndsOnItsLastDay() {
    Certification late = Certification.builder().credential(StandardCredentials.AASECT_CST)
        .issued(LocalDate.MAX.minusDays(10)).build();
    CertifyingBody forever = CertifyingBody.of("FOREVER", "A body with a very long cycle",
        RenewalRule.of(Period.ofYears(Integer.MAX_VALUE), 0, false));
    Certification endless = Certification.builder().credential(Credential.builder()
        .issuer(forever).id("X").title("Endless").kind(CredentialKind.OTHER).build())
        .issued(ISSUED).build();

    assertThat(late.lastValidDay()).contains(LocalDate.MAX);
    assertThat(late.statusOn(LocalDate.MAX)).isEqualTo(CURRENT);
    assertThat(endless.lastValidDay()).contains(LocalDate.MAX);
    assertThat(endless.statusOn(ISSUED.plusYears(1000))).isEqualTo(CURRENT);
  }
}
