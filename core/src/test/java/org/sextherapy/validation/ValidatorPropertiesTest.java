package org.sextherapy.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.sextherapy.testing.RandomValues.SENTINEL;
import static org.sextherapy.testing.RandomValues.TODAY;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.testing.ToStrings;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Properties of the validators over 500 seeds, each judged on about forty dates from three years
 * before to three years after {@link RandomValues#TODAY}: they never throw, report only their own
 * rule ids with JSON paths, and never write a value's free text into a result.
 */
class ValidatorPropertiesTest {

  private static final LocalDate FIRST = TODAY.minusYears(3);
  private static final LocalDate LAST = TODAY.plusYears(3);
  private static final int STEP_DAYS = 61;

  private final TherapistProfileValidator profiles = new TherapistProfileValidator();
  private final ClientRequestValidator requests = new ClientRequestValidator();
  private final SessionPlanValidator plans = new SessionPlanValidator();

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** The first and last day and every 61st day in between, starting at an offset from the seed. */
  private static List<LocalDate> dates(long seed) {
    List<LocalDate> dates = new ArrayList<>(List.of(FIRST, TODAY, LAST));
    for (LocalDate d = FIRST.plusDays(seed % STEP_DAYS); !d.isAfter(LAST);
        d = d.plusDays(STEP_DAYS)) {
      dates.add(d);
    }
    return dates;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void profileValidatorNeverThrowsNorLeaksFreeTextWithinThreeYearsOfToday(long seed) {
    TherapistProfile profile = new RandomValues(seed).profile();
    for (LocalDate date : dates(seed)) {
      assertThatCode(() -> profiles.validate(profile, date)).as("on %s", date)
          .doesNotThrowAnyException();
      assertWellFormedAndPrivate(profiles.validate(profile, date), TherapistProfileValidator.class);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void requestValidatorNeverThrowsNorLeaksFreeTextWithinThreeYearsOfToday(long seed) {
    ClientRequest request = new RandomValues(seed).request();
    for (LocalDate date : dates(seed)) {
      assertThatCode(() -> requests.validate(request, date)).as("on %s", date)
          .doesNotThrowAnyException();
      assertWellFormedAndPrivate(requests.validate(request, date), ClientRequestValidator.class);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void planValidatorNeverThrowsNorLeaksFreeTextWithinThreeYearsOfToday(long seed) {
    SessionPlan plan = new RandomValues(seed).plan(false);
    SessionPlan ethical = new RandomValues(seed).plan(true);
    for (LocalDate date : dates(seed)) {
      assertThatCode(() -> plans.validate(plan, date)).as("on %s", date)
          .doesNotThrowAnyException();
      assertThatCode(() -> plans.validate(ethical, date)).as("ethical, on %s", date)
          .doesNotThrowAnyException();
      assertWellFormedAndPrivate(plans.validate(plan, date), SessionPlanValidator.class);
      assertWellFormedAndPrivate(plans.validate(ethical, date), SessionPlanValidator.class);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theDatesJudgedOnSpanThreeYearsEitherSideOfToday(long seed) {
    List<LocalDate> dates = dates(seed);

    assertThat(dates).contains(FIRST, LAST).allSatisfy(d -> assertThat(d).isBetween(FIRST, LAST));
    assertThat(ChronoUnit.DAYS.between(FIRST, LAST) / STEP_DAYS).isLessThan(dates.size());
  }

  private static void assertWellFormedAndPrivate(ValidationResult result, Class<?> validator) {
    Set<String> ruleIds = ruleIds(validator);
    assertThat(result.violations()).allSatisfy(v -> {
      assertThat(v.ruleId()).isIn(ruleIds);
      assertThat(v.path()).startsWith("$");
    });
    assertThat(ToStrings.of(result)).allSatisfy(text -> assertThat(text).doesNotContain(SENTINEL));
  }

  /** The values of a validator's public static final String constants: its rule ids. */
  static Set<String> ruleIds(Class<?> validator) {
    Set<String> ids = new HashSet<>();
    for (Field field : validator.getFields()) {
      int m = field.getModifiers();
      if (Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
        try {
          ids.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return ids;
  }
}
