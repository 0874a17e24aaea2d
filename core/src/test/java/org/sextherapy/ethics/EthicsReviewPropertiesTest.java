package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/** Properties of the ethics review over seeded random values from {@link RandomValues}. */
class EthicsReviewPropertiesTest {

  private static final List<Focus> IDENTITY = List.of(Focus.SEXUAL_ORIENTATION,
      Focus.GENDER_IDENTITY, Focus.GENDER_EXPRESSION);
  private static final List<Intent> ALTERING = List.of(Intent.CHANGE, Intent.SUPPRESS,
      Intent.DENY);

  /** A review with application rules that echo client text, so rule 9 must withhold it. */
  private static final EthicsReview LEAKY = EthicsReview.standard()
      .withRule(EthicalRule.builder().id("test.echo-profile").statement("Echoes.")
          .source("Test").defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.PROFILE)
          .profileCheck((profile, date, context) -> List.of(context.violation("$.displayName",
              "name " + profile.displayName() + ", pronouns " + profile.pronouns().orElse(""))))
          .build())
      .withRule(EthicalRule.builder().id("test.echo-plan").statement("Echoes.").source("Test")
          .defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.PLAN)
          .planCheck((plan, date, context) -> {
            List<Violation> echoes = new ArrayList<>();
            for (Exercise exercise : plan.exercises()) {
              exercise.note().ifPresent(n -> echoes.add(context.violation("$", n)));
            }
            for (PlannedSession session : plan.sessions()) {
              for (Goal goal : session.goals()) {
                goal.note().ifPresent(n -> echoes.add(context.violation("$['" + n + "']", "x")));
              }
            }
            return echoes;
          })
          .build())
      .withRule(EthicalRule.builder().id("test.echo-request").statement("Echoes.")
          .source("Test").defaultSeverity(Severity.INFO)
          .addAppliesTo(ReviewSubject.REQUEST, ReviewSubject.MATCH)
          .requestCheck((request, date, context) -> {
            List<Violation> echoes = new ArrayList<>();
            for (Participant participant : request.participants()) {
              participant.gender().flatMap(g -> g.ownWords())
                  .ifPresent(w -> echoes.add(context.violation("$", "words: " + w)));
            }
            return echoes;
          })
          .matchCheck((request, profile, date, context) -> List.of(context.violation("$",
              "therapist " + profile.displayName())))
          .build());

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** The standard review, or one with consent ages and other severities, chosen by the seed. */
  private static EthicsReview review(RandomValues random) {
    if (random.chance(0.5)) {
      return EthicsReview.standard();
    }
    return EthicsReview.standard()
        .withMinorConsentAges(Map.of(random.jurisdiction(), 12 + random.nextInt(6),
            Jurisdiction.parse("US"), 12 + random.nextInt(6)))
        .withSeverity(EthicalRules.CERTIFICATION_CURRENT.id(), random.oneOf(Severity.class))
        .withSeverity(EthicalRules.NO_CONVERSION_PRACTICE_TERMS.id(), Severity.ERROR);
  }

  private static void assertWellFormed(ValidationResult result) {
    assertThat(result).isNotNull();
    if (result.violations().isEmpty()) {
      assertThat(result).isSameAs(ValidationResult.valid());
    }
    assertThat(result.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("$"));
  }

  private static void assertHoldsNoSentinel(ValidationResult result) {
    assertThat(result.toString()).doesNotContain(SENTINEL);
    for (Violation violation : result.violations()) {
      assertThat(violation.message()).doesNotContain(SENTINEL);
      assertThat(violation.path()).doesNotContain(SENTINEL);
      assertThat(violation.toString()).doesNotContain(SENTINEL);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reviewNeverThrowsOnAnyGeneratedProfile(long seed) {
    RandomValues random = new RandomValues(seed);
    TherapistProfile profile = random.profile();

    assertWellFormed(review(random).reviewProfile(profile, random.date()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reviewNeverThrowsOnAnyGeneratedPlan(long seed) {
    RandomValues random = new RandomValues(seed);
    SessionPlan plan = random.plan(random.chance(0.3));

    assertWellFormed(review(random).reviewPlan(plan, random.date()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reviewNeverThrowsOnAnyGeneratedRequest(long seed) {
    RandomValues random = new RandomValues(seed);
    ClientRequest request = random.request();

    assertWellFormed(review(random).reviewRequest(request, random.date()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reviewNeverThrowsOnAnyGeneratedMatch(long seed) {
    RandomValues random = new RandomValues(seed);
    ClientRequest request = random.request();
    TherapistProfile profile = random.profile();

    assertWellFormed(review(random).reviewMatch(request, profile, random.date()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ethicalPlanHasNoBreachOfRulesThreeToFive(long seed) {
    RandomValues random = new RandomValues(seed);
    SessionPlan plan = random.plan(true);

    ValidationResult result = EthicsReview.standard().reviewPlan(plan, random.date());

    assertThat(result.violations()).noneSatisfy(v -> assertThat(
        EthicalRules.find(v.ruleId()).orElseThrow().number().getAsInt()).isBetween(3, 5));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ethicalPlanPassesTheWholeStandardReview(long seed) {
    RandomValues random = new RandomValues(seed);
    SessionPlan plan = random.plan(true);

    assertThat(EthicsReview.standard().reviewPlan(plan, random.date()))
        .isSameAs(ValidationResult.valid());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingAnIdentityChangeGoalToAnyPlanAlwaysBreachesRuleOne(long seed) {
    RandomValues random = new RandomValues(seed);
    SessionPlan plan = random.plan(random.chance(0.5));
    Aim conversion = Aim.of(random.oneOf(IDENTITY), random.oneOf(ALTERING));
    Goal goal = random.chance(0.5) ? Goal.of(conversion, "acceptance and support")
        : Goal.of(conversion);
    List<PlannedSession> sessions = new ArrayList<>(plan.sessions());
    int s = random.nextInt(sessions.size() + 1);
    int g;
    if (s == sessions.size()) {
      g = 0;
      sessions.add(PlannedSession.of(s + 1, List.of(goal), List.of()));
    } else {
      List<Goal> goals = new ArrayList<>(sessions.get(s).goals());
      g = random.nextInt(goals.size() + 1);
      goals.add(g, goal);
      sessions.set(s, PlannedSession.of(sessions.get(s).number(), goals,
          sessions.get(s).activities()));
    }
    SessionPlan withConversion = SessionPlan.builder().id(plan.id())
        .therapistId(plan.therapistId()).addAllParticipants(plan.participants())
        .schedule(plan.schedule()).addAllSessions(sessions).addAllExercises(plan.exercises())
        .build();

    ValidationResult result = review(random).reviewPlan(withConversion, random.date());

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).anySatisfy(v -> {
      assertThat(v.ruleId()).isEqualTo(EthicalRules.NO_IDENTITY_CHANGE.id());
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.path()).isEqualTo("$.sessions[" + s + "].goals[" + g + "].aim");
    });
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sentinelNeverAppearsInAnyResultOfTheStandardRules(long seed) {
    RandomValues random = new RandomValues(seed);
    EthicsReview review = review(random);
    LocalDate date = random.date();
    TherapistProfile profile = random.profile();
    ClientRequest request = random.request();

    assertHoldsNoSentinel(review.reviewProfile(profile, date));
    assertHoldsNoSentinel(review.reviewPlan(random.plan(random.chance(0.3)), date));
    assertHoldsNoSentinel(review.reviewRequest(request, date));
    assertHoldsNoSentinel(review.reviewMatch(request, profile, date));
  }

  private static final List<String> CONVERSION_WORDING = List.of(
      "help him overcome unwanted same-sex attraction", "stop being attracted to the same sex",
      "accept the sex assigned at birth", "Reparative therapy", "encourage her to detransition",
      "certified sex therapist (CST)");

  /** Client-like text around a phrase the lexicon or the claims check catches. */
  private static String wording(RandomValues random) {
    return random.text() + " " + random.oneOf(CONVERSION_WORDING) + " " + random.text();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lexiconAndClaimFindingsNameTheRulePathAndEntryNeverTheWords(long seed) {
    RandomValues random = new RandomValues(seed);
    LocalDate date = random.date();
    TherapistProfile profile = Copies.builderOf(random.profile())
        .title(wording(random))
        .addModalities(Modality.of("worded", random.text() + " conversion therapy",
            Set.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE)), wording(random)))
        .build();
    SessionPlan plan = random.plan(random.chance(0.3));
    SessionPlan worded = SessionPlan.builder().id(plan.id()).therapistId(plan.therapistId())
        .addAllParticipants(plan.participants())
        .addSessions(PlannedSession.of(1, List.of(Goal.of(Aim.of(Focus.INTIMACY,
            Intent.IMPROVE), wording(random))), List.of(ActivityKind.TALK_THERAPY)))
        .build();

    ValidationResult profileResult = review(random).reviewProfile(profile, date);
    ValidationResult planResult = review(random).reviewPlan(worded, date);

    assertThat(profileResult.violations()).extracting(Violation::ruleId)
        .contains(EthicalRules.NO_CONVERSION_PRACTICE_OFFERED.id());
    assertHoldsNoSentinel(profileResult);
    assertHoldsNoSentinel(planResult);
    for (ValidationResult result : List.of(profileResult, planResult)) {
      for (Violation v : result.violations()) {
        for (String words : CONVERSION_WORDING) {
          assertThat(v.message()).doesNotContainIgnoringCase(words);
        }
        if (v.ruleId().startsWith("ethics.no-conversion-practice")) {
          assertThat(v.message()).matches(".* lexicon entry [a-z]{2}\\.[a-z]+\\.[a-z-]+");
        }
      }
    }
  }

  private static final List<String> CONDUCT_WORDING = List.of(
      "Mandatory homework.", "If you refuse, therapy ends.", "Do it even if it hurts.",
      "Client must undress in session.", "nude body scan in the office with therapist present.",
      "The therapist will touch to demonstrate.");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void conductFindingsNameTheRulePathAndEntryNeverTheWords(long seed) {
    RandomValues random = new RandomValues(seed);
    SessionPlan plan = random.plan(random.chance(0.3));
    String wording = random.text() + ". " + random.oneOf(CONDUCT_WORDING) + " " + random.text();
    SessionPlan worded = SessionPlan.builder().id(plan.id()).therapistId(plan.therapistId())
        .addAllParticipants(plan.participants())
        .addSessions(PlannedSession.of(1, List.of(Goal.of(Aim.of(Focus.INTIMACY,
            Intent.IMPROVE), wording)), List.of(ActivityKind.TALK_THERAPY)))
        .build();

    ValidationResult result = review(random).reviewPlan(worded, random.date());

    assertHoldsNoSentinel(result);
    assertThat(result.violations()).extracting(Violation::ruleId)
        .containsAnyOf(EthicalRules.NO_COERCION_TERMS.id(),
            EthicalRules.NO_IN_SESSION_CONTACT_TERMS.id());
    for (Violation v : result.violations()) {
      for (String words : CONDUCT_WORDING) {
        assertThat(v.message()).doesNotContainIgnoringCase(words);
      }
      if (v.ruleId().equals(EthicalRules.NO_COERCION_TERMS.id())
          || v.ruleId().equals(EthicalRules.NO_IN_SESSION_CONTACT_TERMS.id())) {
        assertThat(v.path()).isEqualTo("$.sessions[0].goals[0].note");
        assertThat(v.message()).matches(".* phrase entry en\\.[a-z]+\\.[a-z-]+");
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sentinelNeverAppearsEvenWhenAnApplicationRuleEchoesClientText(long seed) {
    RandomValues random = new RandomValues(seed);
    LocalDate date = random.date();
    TherapistProfile profile = random.profile();
    ClientRequest request = random.request();
    SessionPlan plan = random.plan(random.chance(0.3));

    ValidationResult profileResult = LEAKY.reviewProfile(profile, date);
    assertHoldsNoSentinel(profileResult);
    assertHoldsNoSentinel(LEAKY.reviewPlan(plan, date));
    assertHoldsNoSentinel(LEAKY.reviewRequest(request, date));
    assertHoldsNoSentinel(LEAKY.reviewMatch(request, profile, date));
    assertThat(profileResult.hasViolation(EthicalRules.CONFIDENTIALITY.id())).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reviewOfARequestNeverDependsOnAParticipantsGender(long seed) {
    RandomValues random = new RandomValues(seed);
    EthicsReview review = review(random);
    LocalDate date = random.date();
    ClientRequest request = random.request();
    TherapistProfile profile = random.profile();
    List<Participant> genderless = new ArrayList<>();
    for (Participant participant : request.participants()) {
      genderless.add(Participant.builder().id(participant.id())
          .ageBracket(participant.ageBracket()).age(participant.age())
          .sessionJurisdiction(participant.sessionJurisdiction()).build());
    }
    ClientRequest withoutGender = ClientRequest.builder().id(request.id())
        .sessionJurisdiction(request.sessionJurisdiction()).format(request.format())
        .addAllDeliveries(request.deliveries()).addAllParticipants(genderless)
        .addAllConcerns(request.concerns()).addAllPreferences(request.preferences())
        .guardianConsent(request.guardianConsent()).waitingSince(request.waitingSince())
        .build();

    assertThat(review.reviewRequest(withoutGender, date).violations())
        .isEqualTo(review.reviewRequest(request, date).violations());
    assertThat(review.reviewMatch(withoutGender, profile, date).violations())
        .isEqualTo(review.reviewMatch(request, profile, date).violations());
  }
}
