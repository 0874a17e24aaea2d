package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.StandardRegisters;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Violation;

/**
 * AASECT certifies licensed clinicians, and applicants outside the United States on an equivalent
 * credential (https://www.aasect.org/certification/aasect-requirements-sex-therapist-certification):
 * the ethics review asks the owner of authorisation which credentials count.
 */
class CertificationNeedsALicenceOrRegistrationTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final String RULE = EthicalRules.CERTIFICATION_NEEDS_LICENCE.id();

  private static TherapistProfile.Builder certified() {
    return TherapistProfile.builder().id("th-1").displayName("Dr A")
        .addCertifications(Certification.builder().credential(StandardCredentials.AASECT_CST)
            .issued(DATE.minusYears(1)).build());
  }

  private static boolean flagged(TherapistProfile profile) {
    return EthicsReview.standard().reviewProfile(profile, DATE).violations().stream()
        .map(Violation::ruleId).anyMatch(RULE::equals);
  }

  @Test
  void aUkTherapistRegisteredWithCosrtHoldsTheEquivalentOfALicence() {
    assertThat(flagged(certified().addRegistrations(Registration.builder()
        .register(StandardRegisters.COSRT).discipline(Discipline.COUNSELLING).number("C-1")
        .status(LicenceStatus.ACTIVE).validFrom(DATE.minusYears(3)).build()).build())).isFalse();
  }

  @Test
  void aCountryLevelUsLicenceIsNoStateLicence() {
    assertThat(flagged(certified().addLicences(Licence.builder()
        .discipline(Discipline.PSYCHOLOGY).jurisdiction(Jurisdiction.country("US"))
        .number("L-1").status(LicenceStatus.ACTIVE).validFrom(DATE.minusYears(3)).build())
        .build())).isTrue();
  }

  @Test
  void aStateLicenceCounts() {
    assertThat(flagged(certified().addLicences(Licence.builder()
        .discipline(Discipline.PSYCHOLOGY).jurisdiction(Jurisdiction.parse("US-CA"))
        .number("L-1").status(LicenceStatus.ACTIVE).validFrom(DATE.minusYears(3)).build())
        .build())).isFalse();
  }
}
