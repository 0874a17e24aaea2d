package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.Strength;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The random cases of {@link MatcherPropertyTest} are worth checking only if they reach every part
 * of the matcher: this test fails if they stop doing so, and, for every {@link PreferenceKind}, if
 * the kind lacks a part: a preference class, a generator case, a filter (its own
 * {@link HardConstraint}, counted), a score (its own {@link ReasonCode}, earned) or a
 * reference-matcher judgement that can go both ways. Exhaustive switches make javac refuse a new
 * kind without those cases; this test refuses one whose case does nothing. The JSON shape and the
 * schema entry of each kind are checked by the JSON module's {@code PreferenceKindWireTest}.
 */
class MatcherCoverageTest {

  private static final int SEEDS = 1000;

  private static final Map<HardConstraint, Integer> EXCLUDED = new EnumMap<>(HardConstraint.class);
  private static final Set<ReasonCode> REASONS = EnumSet.noneOf(ReasonCode.class);
  private static final Map<PreferenceKind, Set<Strength>> GENERATED =
      new EnumMap<>(PreferenceKind.class);
  /** Per kind: whether the reference found a therapist meeting it, and one not meeting it. */
  private static final Map<PreferenceKind, Set<Boolean>> JUDGED =
      new EnumMap<>(PreferenceKind.class);
  private static int withMatches;

  @BeforeAll
  static void runThePropertyCases() {
    for (long seed = 0; seed < SEEDS; seed++) {
      MatcherPropertyTest.Case c = new MatcherPropertyTest.Case(seed);
      MatchResult result = c.match();
      result.excluded().forEach((constraint, count) -> EXCLUDED.merge(constraint, count,
          Integer::sum));
      result.matches().forEach(m -> m.reasons().forEach(r -> REASONS.add(r.code())));
      withMatches += result.matches().isEmpty() ? 0 : 1;
      for (Preference preference : c.request.preferences()) {
        GENERATED.computeIfAbsent(preference.kind(), k -> new HashSet<>())
            .add(preference.strength());
        for (TherapistProfile therapist : c.profiles) {
          JUDGED.computeIfAbsent(preference.kind(), k -> new HashSet<>()).add(ReferenceMatcher
              .argument(preference, c.request, therapist, c.date).isPresent());
        }
      }
    }
  }

  @Test
  void propertyCasesExerciseEveryHardConstraintAndEveryReason() {
    assertThat(EXCLUDED.keySet()).containsExactlyInAnyOrder(HardConstraint.values());
    assertThat(EXCLUDED.values()).allMatch(count -> count > 0);
    assertThat(REASONS).containsExactlyInAnyOrder(ReasonCode.values());
    // About a quarter of the cases are refused whole by the request gates (a participant in six is
    // a minor: safeguarding, guardian consent), and many others exclude every therapist; a fifth
    // with matches keeps the ranking and explanations exercised on hundreds of seeds.
    assertThat(withMatches).isGreaterThan(SEEDS / 5);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(PreferenceKind.class)
  void everyPreferenceKindIsGeneratedFilteredScoredAndJudgedByTheReference(PreferenceKind kind) {
    assertThat(GENERATED.get(kind)).as("generated, both strengths")
        .containsExactlyInAnyOrder(Strength.values());
    assertThat(EXCLUDED.get(HardConstraint.requiring(kind))).as("filtered when required")
        .isPositive();
    assertThat(REASONS).as("scored when preferred").contains(ReasonCode.preferring(kind));
    assertThat(JUDGED.get(kind)).as("the reference finds it met and unmet")
        .containsExactlyInAnyOrder(true, false);
    Preference generated = new RandomValues(kind.ordinal())
        .preference(kind, Strength.PREFERRED);
    assertThat(generated.kind()).isEqualTo(kind);
  }

  @Test
  void everyKindHasItsOwnClassConstraintAndReason() {
    Set<Class<?>> classes = Arrays.stream(PreferenceKind.values())
        .map(kind -> new RandomValues(1).preference(kind, Strength.REQUIRED).getClass()
            .getSuperclass())
        .collect(Collectors.toSet());
    assertThat(classes).as("one permitted class per kind")
        .containsExactlyInAnyOrder(Preference.class.getPermittedSubclasses());
    assertThat(Arrays.stream(PreferenceKind.values()).map(HardConstraint::requiring)
        .collect(Collectors.toSet())).hasSize(PreferenceKind.values().length);
    assertThat(Arrays.stream(PreferenceKind.values()).map(ReasonCode::preferring)
        .collect(Collectors.toSet())).hasSize(PreferenceKind.values().length);
  }
}
