package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertificationStanding;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.TherapistProfileValidator;
import org.sextherapy.validation.Violation;

/**
 * One owner of "is this certification current on this date" ({@link Certification#standingOn}):
 * the profile validator and ethical rule 6 report exactly the certifications it finds not current,
 * over generated profiles and dates.
 */
class CertificationCurrencyAgreementTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theValidatorAndRuleSixReportTheCertificationsTheOneFunctionFindsNotCurrent(long seed) {
    RandomValues random = new RandomValues(seed);
    TherapistProfile profile = random.profile();
    LocalDate date = random.date();
    List<Certification> held = profile.certifications();

    Set<String> notCurrent = new TreeSet<>();
    for (int k = 0; k < held.size(); k++) {
      if (held.get(k).standingOn(date, held) != CertificationStanding.CURRENT) {
        notCurrent.add("$.certifications[" + k + "]");
      }
    }
    Set<String> byRuleSix = new TreeSet<>();
    for (Violation v : EthicsReview.standard().reviewProfile(profile, date).violations()) {
      if (v.ruleId().equals(EthicalRules.CERTIFICATION_CURRENT.id())) {
        byRuleSix.add(v.path());
      }
    }
    Set<String> byValidator = new TreeSet<>();
    for (Violation v : new TherapistProfileValidator().validate(profile, date).violations()) {
      if (v.ruleId().equals(TherapistProfileValidator.CERTIFICATION_LAPSED)
          || v.ruleId().equals(TherapistProfileValidator.CERTIFICATION_NOT_YET_VALID)) {
        byValidator.add(v.path().replace(".issued", ""));
      }
    }

    assertThat(byRuleSix).isEqualTo(notCurrent);
    assertThat(byValidator).isEqualTo(notCurrent);
  }
}
