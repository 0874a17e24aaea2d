package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;

/** Properties of ranking on measured outcomes, over the matcher property tests' random cases. */
class MeasuredOutcomesPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  static int rank(MatchResult result, String id) {
    for (int r = 0; r < result.matches().size(); r++) {
      if (result.matches().get(r).therapistId().equals(id)) {
        return r;
      }
    }
    return -1;
  }

  /** Returns the profile with one record changed, through the public builders. */
  static TherapistProfile withRecord(TherapistProfile p, OutcomeRecord from, OutcomeRecord to) {
    List<OutcomeRecord> records = new ArrayList<>(p.outcomes());
    records.set(records.indexOf(from), to);
    return MatchingValues.copyExceptOutcomes(p).addAllOutcomes(records).build();
  }

  /**
   * One course of a therapist's turns from reliable improvement to reliable deterioration, all else
   * equal: their rank never rises, and an excluded therapist is never let in.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCourseTurningFromImprovementToDeteriorationNeverRaisesTheRank(long seed) {
    MatcherPropertyTest.Case c = new MatcherPropertyTest.Case(seed);
    List<Integer> withImprovement = new ArrayList<>();
    for (int i = 0; i < c.profiles.size(); i++) {
      if (c.profiles.get(i).outcomes().stream().anyMatch(r -> r.reliableImprovements() > 0)) {
        withImprovement.add(i);
      }
    }
    assertThat(withImprovement).as("the generator gives records").isNotEmpty();
    // Prefer a therapist the matcher offers, so that the rank is tested, not only exclusion.
    Matcher matcher = Matcher.of(c.policy);
    int everyone = c.profiles.size();
    MatchResult before = matcher.match(c.request, TherapistDirectory.of(c.profiles), c.date,
        everyone);
    int at = withImprovement.stream().filter(i -> rank(before, c.profiles.get(i).id()) >= 0)
        .findFirst().orElse(c.random.oneOf(withImprovement));
    TherapistProfile therapist = c.profiles.get(at);
    OutcomeRecord record = therapist.outcomes().stream()
        .filter(r -> r.reliableImprovements() > 0).findFirst().orElseThrow();
    OutcomeRecord worse = OutcomeRecord.builder().concern(record.concern())
        .measureId(record.measureId()).courses(record.courses())
        .reliableImprovements(record.reliableImprovements() - 1)
        .reliableDeteriorations(record.reliableDeteriorations() + 1)
        .periodFrom(record.periodFrom()).periodUntil(record.periodUntil()).build();
    List<TherapistProfile> changed = new ArrayList<>(c.profiles);
    changed.set(at, withRecord(therapist, record, worse));
    MatchResult after = matcher.match(c.request, TherapistDirectory.of(changed), c.date,
        everyone);

    int was = rank(before, therapist.id());
    int now = rank(after, therapist.id());
    if (was < 0) {
      assertThat(now).as("an excluded therapist stays excluded").isEqualTo(-1);
    } else if (now >= 0) {
      assertThat(now).as("rank of " + therapist.id()).isGreaterThanOrEqualTo(was);
      assertThat(after.matches().get(now).score())
          .isLessThanOrEqualTo(before.matches().get(was).score());
    }
  }

  /**
   * A therapist without a record for a measured concern earns exactly the neutral half of the
   * measured share, with 0 courses; and without any record in the directory, scores are declared
   * expertise alone, as before measured outcomes existed.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noRecordMeansThePrior(long seed) {
    MatcherPropertyTest.Case c = new MatcherPropertyTest.Case(seed);
    Map<String, Integer> weights = new HashMap<>();
    for (RequestedConcern concern : c.request.concerns()) {
      weights.merge(concern.concern().id(), concern.priority().weight(), Math::max);
    }
    long share = (long) c.policy.specialistExpertisePoints()
        * c.policy.measuredOutcomeWeightPercent();
    for (Match match : c.match().matches()) {
      for (Reason reason : match.reasons()) {
        if (reason.code() == ReasonCode.MEASURED_OUTCOMES && reason.courses().getAsInt() == 0) {
          assertThat(reason.points()).isEqualTo(weights.get(reason.argument()) * share / 200);
        }
      }
    }

    List<TherapistProfile> unmeasured = new ArrayList<>();
    for (TherapistProfile p : c.profiles) {
      unmeasured.add(p.outcomes().isEmpty() ? p
          : withoutOutcomes(p));
    }
    Map<String, TherapistProfile> byId = new HashMap<>();
    unmeasured.forEach(p -> byId.put(p.id(), p));
    MatchResult plain = Matcher.of(c.policy).match(c.request, TherapistDirectory.of(unmeasured),
        c.date, c.k);
    for (Match match : plain.matches()) {
      for (Reason reason : match.reasons()) {
        assertThat(reason.code()).isNotIn(ReasonCode.MEASURED_OUTCOMES,
            ReasonCode.MEASURED_DETERIORATION);
        if (reason.code() == ReasonCode.COVERS_CONCERN) {
          ExpertiseLevel level = byId.get(match.therapistId()).expertise().stream()
              .filter(e -> e.concern().id().equals(reason.argument())).findFirst().orElseThrow()
              .level();
          assertThat(reason.points())
              .isEqualTo((long) weights.get(reason.argument()) * c.policy.pointsFor(level));
        }
      }
    }
    assertThat(plain.excludedBy(HardConstraint.MEASURED_DETERIORATION)).isZero();
  }

  static TherapistProfile withoutOutcomes(TherapistProfile p) {
    return MatchingValues.copyExceptOutcomes(p).build();
  }
}
