package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.ethics.EthicalRules;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.qualification.Certification;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;

/**
 * The verdicts a directory decides in bulk for a new date, from the findings it packed, or
 * carries to it from a cached date, agree with the ethics gate asked on each whole profile
 * ({@link EthicsGate#admits}), for a directory built from a stream that kept no profile, on a walk
 * of dates per seed in random order (boundary days of the directory's certifications and grants
 * and the days either side, where certifications lapse and licences end, random days, and dates
 * met before) and several reviews: each date after the first is carried from the closest cached
 * one.
 */
class EthicsVerdictsPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static final List<EthicsReview> REVIEWS = List.of(EthicsReview.standard(),
      EthicsReview.standard()
          .withSeverity(EthicalRules.CERTIFICATION_CURRENT.id(), Severity.ERROR),
      EthicsReview.standard()
          .withSeverity(EthicalRules.CST_PREREQUISITES_RECORDED.id(), Severity.ERROR)
          .withoutRule(EthicalRules.CERTIFICATION_NEEDS_LICENCE.id()));

  private static List<LocalDate> dates(RandomValues random, List<TherapistProfile> profiles) {
    List<LocalDate> dates = new ArrayList<>();
    for (int d = 0; d < 8; d++) {
      TherapistProfile p = random.oneOf(profiles);
      List<LocalDate> boundaries = new ArrayList<>();
      for (Certification c : p.certifications()) {
        boundaries.add(c.issued());
        c.lastValidDay().ifPresent(boundaries::add);
      }
      for (Grant grant : PracticeAuthorisation.standard().grants(p)) {
        boundaries.add(grant.validFrom());
        grant.validUntil().ifPresent(boundaries::add);
      }
      dates.add(boundaries.isEmpty() || random.chance(0.3)
          ? RandomValues.TODAY.plusDays(random.nextInt(3000) - 1500)
          : random.oneOf(boundaries).plusDays(random.nextInt(3) - 1));
    }
    dates.add(random.oneOf(dates));
    return dates;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bulkVerdictsAgreeWithTheGateOnEveryWholeProfile(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> profiles = random.profiles(20 + random.nextInt(60));
    PackedDirectory.Compiler compiler =
        PackedDirectory.compiler(PracticeAuthorisation.standard(), false);
    profiles.forEach(compiler::add);
    PackedDirectory d = compiler.build();
    for (LocalDate date : dates(random, profiles)) {
      for (EthicsReview review : REVIEWS) {
        EthicsVerdicts.OnDate verdicts = d.verdicts.on(review, date);
        // Packed positions follow the scan order, not the order given: go by id.
        for (TherapistProfile profile : profiles) {
          assertThat(verdicts.admits(d.indexOf(profile.id()))).as(profile.id() + " on " + date)
              .isEqualTo(EthicsGate.admits(review, profile, date));
        }
      }
    }
  }
}
