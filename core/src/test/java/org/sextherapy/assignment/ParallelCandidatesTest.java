package org.sextherapy.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticData;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * A waiting list matched on several threads over the one directory index gives the assignment
 * matched on one, on both benchmark distributions, at a size where the threads really interleave.
 */
class ParallelCandidatesTest {

  private static Assignment assign(Distribution distribution, int threads) {
    RealisticData.Sample sample = RealisticData.generate(42L, 300, 2_000, distribution);
    RandomValues random = new RandomValues(7);
    List<TherapistProfile> therapists = new ArrayList<>();
    for (TherapistProfile p : sample.profiles()) {
      therapists.add(random.withAvailability(p, true, 1 + random.nextInt(5)));
    }
    List<ClientRequest> waiting = new ArrayList<>();
    for (ClientRequest r : sample.requests()) {
      waiting.add(random.waitingSince(r,
          Optional.of(RealisticData.DATE.minusDays(random.nextInt(365)))));
    }
    return CaseloadAssigner.standard().withParallelism(threads)
        .assign(waiting, therapists, RealisticData.DATE);
  }

  @Test
  void aRealisticWaitingListIsAssignedTheSameOnOneTwoOrSevenThreads() {
    Assignment one = assign(Distribution.REALISTIC, 1);

    assertThat(one.assignedCount()).isGreaterThan(100);
    assertThat(assign(Distribution.REALISTIC, 2)).isEqualTo(one);
    assertThat(assign(Distribution.REALISTIC, 7)).isEqualTo(one);
  }

  @Test
  void aDenseWaitingListIsAssignedTheSameOnOneTwoOrSevenThreads() {
    Assignment one = assign(Distribution.DENSE, 1);

    assertThat(one.assignedCount()).isGreaterThan(100);
    assertThat(assign(Distribution.DENSE, 2)).isEqualTo(one);
    assertThat(assign(Distribution.DENSE, 7)).isEqualTo(one);
  }

  @Test
  void theStandardAssignerMatchesOnEveryProcessorAndAParallelismBelowOneIsRefused() {
    assertThat(CaseloadAssigner.standard().parallelism())
        .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors()));
    assertThatThrownBy(() -> CaseloadAssigner.standard().withParallelism(0))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("parallelism"));
  }
}
