package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.qualification.Certification;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.Violation;

/**
 * The findings computed once over the whole calendar agree with the ethics review run on the whole
 * profile, on every date: on random profiles (some with titles claiming a certification), on the
 * days their certifications and grants start and end and the days next to them, and on random
 * days, for the standard review and for reviews that chose other severities or fewer rules.
 */
class ProfileFindingsPropertyTest {

  private static final List<String> CLAIMS = List.of("CST", "Certified Sex Therapist",
      "AASECT certified sexuality educator", "C.S.T., LMFT", "CST-S");

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  private static final List<EthicsReview> REVIEWS = List.of(EthicsReview.standard(),
      EthicsReview.standard()
          .withSeverity(EthicalRules.CERTIFICATION_CURRENT.id(), Severity.ERROR)
          .withSeverity(EthicalRules.CST_PREREQUISITES_RECORDED.id(), Severity.ERROR),
      EthicsReview.standard().withoutRule(EthicalRules.CERTIFICATION_NEEDS_LICENCE.id())
          .withoutRule(EthicalRules.CREDENTIAL_CLAIMS_BACKED.id()));

  /** A random profile, a third of them with a title that claims a certification. */
  private static TherapistProfile profile(RandomValues random) {
    TherapistProfile p = random.profile();
    return random.chance(0.35)
        ? Copies.builderOf(p).title(random.oneOf(CLAIMS)).build() : p;
  }

  /** The days on and next to which a certification or grant of the profile starts or ends. */
  private static List<LocalDate> dates(RandomValues random, TherapistProfile p) {
    Set<LocalDate> days = new TreeSet<>();
    for (Certification c : p.certifications()) {
      days.add(c.issued());
      c.lastValidDay().ifPresent(days::add);
    }
    for (Grant grant : PracticeAuthorisation.standard().grants(p)) {
      days.add(grant.validFrom());
      grant.validUntil().ifPresent(days::add);
    }
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate day : days) {
      if (day.isAfter(LocalDate.MIN) && day.isBefore(LocalDate.MAX)) {
        dates.add(day.minusDays(1));
        dates.add(day);
        dates.add(day.plusDays(1));
      }
    }
    for (int d = 0; d < 4; d++) {
      dates.add(RandomValues.TODAY.plusDays(random.nextInt(4000) - 2000));
    }
    return dates;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theFindingsOfEachRuleAreWhatItsCheckReportsOnEveryDate(long seed) {
    RandomValues random = new RandomValues(seed);
    for (int k = 0; k < 5; k++) {
      TherapistProfile p = profile(random);
      ProfileFindings findings = ProfileFindings.of(p);
      for (LocalDate date : dates(random, p)) {
        Set<String> reported = EthicsReview.standard().reviewProfile(p, date).violations()
            .stream().map(Violation::ruleId).collect(Collectors.toSet());
        int bits = findings.breachesOn(date);
        for (int r = 0; r < ProfileFindings.rules().size(); r++) {
          String rule = ProfileFindings.rules().get(r).id();
          assertThat((bits & (1 << r)) != 0).as(p.id() + " " + rule + " on " + date)
              .isEqualTo(reported.contains(rule));
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyReviewOfStandardRulesIsDecidedByTheFindingsAsOnTheWholeProfile(long seed) {
    RandomValues random = new RandomValues(seed);
    for (int k = 0; k < 5; k++) {
      TherapistProfile p = profile(random);
      ProfileFindings findings = ProfileFindings.of(p);
      for (LocalDate date : dates(random, p)) {
        for (EthicsReview review : REVIEWS) {
          assertThat(findings.admittedBy(review, date)).as(p.id() + " on " + date + " " + review)
              .isEqualTo(review.reviewProfile(p, date).isValid());
        }
      }
    }
  }

  @Test
  void aReviewWithAProfileRuleOfItsOwnIsNotDecidedByTheFindings() {
    EthicalRule own = EthicalRule.builder().id("clinic.no-title").statement("No titles.")
        .source("Clinic policy").defaultSeverity(Severity.ERROR)
        .addAppliesTo(ReviewSubject.PROFILE)
        .profileCheck((profile, date, context) -> List.of()).build();
    EthicsReview clinic = EthicsReview.standard().withRule(own);
    ProfileFindings findings = ProfileFindings.of(new RandomValues(1).profile());

    assertThat(ProfileFindings.decide(EthicsReview.standard())).isTrue();
    assertThat(ProfileFindings.decide(clinic)).isFalse();
    assertThatThrownBy(() -> findings.admittedBy(clinic, RandomValues.TODAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theErrorsOfAReviewFollowTheSeveritiesItChose() {
    int standard = ProfileFindings.errors(EthicsReview.standard());
    int current = 1 << ProfileFindings.rules().indexOf(EthicalRules.CERTIFICATION_CURRENT);
    int licence = 1 << ProfileFindings.rules().indexOf(EthicalRules.CERTIFICATION_NEEDS_LICENCE);

    assertThat(standard & current).as("a warning by default").isZero();
    assertThat(standard & licence).isEqualTo(licence);
    assertThat(ProfileFindings.errors(EthicsReview.standard()
        .withSeverity(EthicalRules.CERTIFICATION_CURRENT.id(), Severity.ERROR)) & current)
        .isEqualTo(current);
    assertThat(ProfileFindings.errors(EthicsReview.standard()
        .withoutRule(EthicalRules.CERTIFICATION_NEEDS_LICENCE.id())) & licence).isZero();
    assertThat(ProfileFindings.rules()).allMatch(rule -> rule.profileCheck().isPresent())
        .contains(EthicalRules.NO_IDENTITY_CHANGE, EthicalRules.NO_CONVERSION_PRACTICE_OFFERED,
            EthicalRules.CREDENTIAL_CLAIMS_BACKED, EthicalRules.CST_PREREQUISITES_RECORDED);
  }
}
