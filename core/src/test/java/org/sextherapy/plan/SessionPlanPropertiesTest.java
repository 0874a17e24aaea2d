package org.sextherapy.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.testing.ToStrings;

/** Properties of every generated session plan, ethical or not, over 500 seeds. */
class SessionPlanPropertiesTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedPlanEqualsItsTwinFromTheSameSeedAndItsCopyThroughTheBuilders(long seed) {
    SessionPlan plan = new RandomValues(seed).plan(false);
    SessionPlan twin = new RandomValues(seed).plan(false);
    SessionPlan copy = Copies.copy(plan);

    assertThat(twin).isNotSameAs(plan).isEqualTo(plan).hasSameHashCodeAs(plan);
    assertThat(copy).isNotSameAs(plan).isEqualTo(plan).hasSameHashCodeAs(plan);
    assertThat(copy.toString()).isEqualTo(plan.toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedEthicalPlanEqualsItsTwinFromTheSameSeedAndItsCopyThroughTheBuilders(
      long seed) {
    SessionPlan plan = new RandomValues(seed).plan(true);
    SessionPlan twin = new RandomValues(seed).plan(true);
    SessionPlan copy = Copies.copy(plan);

    assertThat(twin).isNotSameAs(plan).isEqualTo(plan).hasSameHashCodeAs(plan);
    assertThat(copy).isNotSameAs(plan).isEqualTo(plan).hasSameHashCodeAs(plan);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noGeneratedPlanShowsItsNotesInAnyToString(long seed) {
    SessionPlan plan = new RandomValues(seed).plan(false);
    SessionPlan ethical = new RandomValues(seed).plan(true);

    assertThat(ToStrings.of(plan)).allSatisfy(text -> assertThat(text).doesNotContain(SENTINEL));
    assertThat(ToStrings.of(ethical))
        .allSatisfy(text -> assertThat(text).doesNotContain(SENTINEL));
  }

  @Test
  void generatedPlansCarryTheSentinelInGoalAndExerciseNotes() {
    long goalNotes = seeds().mapToObj(seed -> new RandomValues(seed).plan(false))
        .flatMap(p -> p.sessions().stream()).flatMap(s -> s.goals().stream())
        .filter(g -> g.note().filter(n -> n.contains(SENTINEL)).isPresent()).count();
    long exerciseNotes = seeds().mapToObj(seed -> new RandomValues(seed).plan(false))
        .flatMap(p -> p.exercises().stream())
        .filter(e -> e.note().filter(n -> n.contains(SENTINEL)).isPresent()).count();

    assertThat(goalNotes).as("goal notes holding the sentinel").isGreaterThan(100);
    assertThat(exerciseNotes).as("exercise notes holding the sentinel").isGreaterThan(100);
  }
}
