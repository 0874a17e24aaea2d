package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The random cases of {@link MatcherPropertyTest} are worth checking only if they reach every part
 * of the matcher: this test fails if they stop doing so.
 */
class MatcherCoverageTest {

  @Test
  void propertyCasesExerciseEveryHardConstraintAndEveryReason() {
    Map<HardConstraint, Integer> excluded = new EnumMap<>(HardConstraint.class);
    Set<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
    int withMatches = 0;
    int seeds = 500;
    for (long seed = 0; seed < seeds; seed++) {
      MatchResult result = new MatcherPropertyTest.Case(seed).match();
      result.excluded().forEach((constraint, count) -> excluded.merge(constraint, count,
          Integer::sum));
      result.matches().forEach(m -> m.reasons().forEach(r -> reasons.add(r.code())));
      withMatches += result.matches().isEmpty() ? 0 : 1;
    }
    assertThat(excluded.values()).allMatch(count -> count > 0);
    assertThat(reasons).containsExactlyInAnyOrder(ReasonCode.values());
    assertThat(withMatches).isGreaterThan(seeds / 4);
  }
}
