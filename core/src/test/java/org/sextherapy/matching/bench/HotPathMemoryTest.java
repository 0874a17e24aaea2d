package org.sextherapy.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The packed columns a query scans stay within the budget of 96 bytes per profile on the
 * benchmark's directories, realistic and dense ({@link Distribution}), with every attribute they
 * populate: a new attribute family must fit, or move to a side structure read only for profiles
 * that pass the filters (as measured outcomes do). This is the memory accounting of
 * {@link MatcherBenchmark}'s setup ({@link TherapistDirectory#packedBytes()} divided by the number
 * of therapists), not a timing. The dense directory holds about four grants of authorisation per
 * therapist, which is what its budget rests on: two ints each in the blob.
 */
class HotPathMemoryTest {

  static final double BUDGET_BYTES_PER_PROFILE = 96;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Distribution.class)
  void theHotPathStaysWithinTheBudget(Distribution distribution) {
    int n = 20_000;
    List<TherapistProfile> profiles =
        new RealisticDirectory(20261126L, distribution).profiles(n);
    TherapistDirectory directory = TherapistDirectory.of(profiles);
    double perProfile = directory.packedBytes() / (double) n;
    System.out.printf("hot path: %.1f bytes per profile over %,d %s profiles%n",
        perProfile, n, distribution);
    assertThat(perProfile).isLessThanOrEqualTo(BUDGET_BYTES_PER_PROFILE);
  }
}
