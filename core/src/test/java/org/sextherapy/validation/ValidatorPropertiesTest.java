package org.sextherapy.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextherapy.testing.RandomValues.SENTINEL;
import static org.sextherapy.testing.RandomValues.TODAY;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

  private static final Map<Class<?>, Set<String>> RULE_IDS = new ConcurrentHashMap<>();

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
      assertWellFormedAndPrivate(judge(profiles, profile, date), TherapistProfileValidator.class);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void requestValidatorNeverThrowsNorLeaksFreeTextWithinThreeYearsOfToday(long seed) {
    ClientRequest request = new RandomValues(seed).request();
    for (LocalDate date : dates(seed)) {
      assertWellFormedAndPrivate(judge(requests, request, date), ClientRequestValidator.class);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void planValidatorNeverThrowsNorLeaksFreeTextWithinThreeYearsOfToday(long seed) {
    SessionPlan plan = new RandomValues(seed).plan(false);
    SessionPlan ethical = new RandomValues(seed).plan(true);
    for (LocalDate date : dates(seed)) {
      assertWellFormedAndPrivate(judge(plans, plan, date), SessionPlanValidator.class);
      assertWellFormedAndPrivate(judge(plans, ethical, date), SessionPlanValidator.class);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theDatesJudgedOnSpanThreeYearsEitherSideOfToday(long seed) {
    List<LocalDate> dates = dates(seed);

    assertThat(dates).contains(FIRST, LAST).allSatisfy(d -> assertThat(d).isBetween(FIRST, LAST));
    assertThat(ChronoUnit.DAYS.between(FIRST, LAST) / STEP_DAYS).isLessThan(dates.size());
  }

  /** Validates, failing with the date when the validator throws. */
  private static <T> ValidationResult judge(Validator<T> validator, T value, LocalDate date) {
    try {
      return validator.validate(value, date);
    } catch (RuntimeException e) {
      throw new AssertionError(validator + " threw on " + date, e);
    }
  }

  private static void assertWellFormedAndPrivate(ValidationResult result, Class<?> validator) {
    Set<String> ruleIds = RULE_IDS.computeIfAbsent(validator, ValidatorPropertiesTest::ruleIds);
    for (Violation v : result.violations()) {
      assertThat(v.ruleId()).isIn(ruleIds);
      assertThat(v.path()).startsWith("$");
    }
    for (String text : ToStrings.of(result)) {
      assertThat(text).doesNotContain(SENTINEL);
    }
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
