package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.Register;
import org.sextherapy.qualification.Registration;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.treatment.StandardModalities;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/** Ethical rule 1: no change, suppression or denial of identity, in structure and in wording. */
class NoIdentityChangeTest {

  private static final String RULE = EthicalRules.NO_IDENTITY_CHANGE.id();
  private static final String TERMS = EthicalRules.NO_CONVERSION_PRACTICE_TERMS.id();
  private static final String OFFERED = EthicalRules.NO_CONVERSION_PRACTICE_OFFERED.id();

  private static TherapistProfile offering(Modality modality) {
    return Examples.profile().addModalities(modality).build();
  }

  @Test
  void affirmingTherapyThatExploresOrientationIsAllowed() {
    ValidationResult result = REVIEW.reviewProfile(offering(StandardModalities.AFFIRMATIVE), DATE);

    assertThat(result).isSameAs(ValidationResult.valid());
  }

  @Test
  void modalityAimingToChangeOrientationIsAConversionPractice() {
    Modality pathway = Modality.of("pathway", "Pathway programme",
        Set.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE),
            Aim.of(Focus.SEXUAL_ORIENTATION, Intent.CHANGE)));

    ValidationResult result = REVIEW.reviewProfile(offering(pathway), DATE);

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RULE);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.path()).isEqualTo("$.modalities[0].aims");
      assertThat(v.message()).contains("pathway", "change", "sexual-orientation");
    });
  }

  @Test
  void everyAlteringIntentOnEveryIdentityFocusIsABreachAndNoOtherAimIs() {
    for (Focus focus : Focus.values()) {
      for (Intent intent : Intent.values()) {
        SessionPlan plan = Examples.planWithGoal(Goal.of(Aim.of(focus, intent)));

        boolean breach = REVIEW.reviewPlan(plan, DATE).hasViolation(RULE);

        assertThat(breach).as("%s %s", intent, focus)
            .isEqualTo(focus.isIdentity() && intent.alters());
      }
    }
  }

  @Test
  void changingOneselfOutsideIdentityIsNotAConversionPractice() {
    SessionPlan plan =
        Examples.planWithGoal(Goal.of(Aim.of(Focus.SEXUAL_BEHAVIOUR, Intent.CHANGE)));

    assertThat(REVIEW.reviewPlan(plan, DATE)).isSameAs(ValidationResult.valid());
  }

  @Test
  void goalToDenyGenderIdentityIsABreachWhateverItsNoteSays() {
    SessionPlan plan = Examples.planWithGoal(Goal.of(Aim.of(Focus.GENDER_IDENTITY, Intent.DENY),
        "support and self-acceptance"));

    ValidationResult result = REVIEW.reviewPlan(plan, DATE);

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple(RULE, "$.sessions[0].goals[0].aim"));
  }

  @Test
  void offeringAModalityNamedAfterAConversionPracticeIsAnErrorWhateverItsAims() {
    Modality named = Modality.of("rt", "Reparative Therapy for men",
        Set.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE)));

    ValidationResult result = REVIEW.reviewProfile(offering(named), DATE);

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(OFFERED);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.path()).isEqualTo("$.modalities[0].name");
      assertThat(v.message()).doesNotContainIgnoringCase("reparative therapy for")
          .endsWith("lexicon entry en.practice.reparative-therapy");
    });
  }

  @Test
  void offeringAServiceDescribedInPlainWordsAsAConversionPracticeIsAnError() {
    Modality described = Modality.of("coaching", "Men's life coaching",
        Set.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE)),
        "Faith-based coaching to help you overcome unwanted same-sex attraction.");

    ValidationResult result = REVIEW.reviewProfile(offering(described), DATE);

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(OFFERED);
      assertThat(v.path()).isEqualTo("$.modalities[0].description");
      assertThat(v.message()).doesNotContainIgnoringCase("same-sex")
          .doesNotContainIgnoringCase("faith");
    });
  }

  @Test
  void aDisplayNameOrTitleAdvertisingAConversionPracticeIsAnErrorThatDoesNotEchoIt() {
    TherapistProfile profile = Examples.profile().displayName("Reparative Therapy Institute")
        .title("Ex-gay life coach").build();

    ValidationResult result = REVIEW.reviewProfile(profile, DATE);

    assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple(OFFERED, "$.displayName"), tuple(OFFERED, "$.title"));
    assertThat(result.toString()).doesNotContainIgnoringCase("institute")
        .doesNotContainIgnoringCase("life coach");
  }

  @Test
  void disclosuresAdvertisingAConversionPracticeAreErrorsThatDoNotEchoThem() {
    TherapistProfile profile = Examples.profile()
        .faith(FaithStance.integrating("Ex-gay ministry"))
        .lgbtqIdentity(SelfDescription.of("healed from homosexuality through reparative therapy",
            Set.of("ex-gay")))
        .raceOrEthnicity(SelfDescription.of(Set.of("Black British"))).build();

    ValidationResult result = REVIEW.reviewProfile(profile, DATE);

    assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple(OFFERED, "$.faith.tradition"),
            tuple(OFFERED, "$.lgbtqIdentity.terms[0]"), tuple(OFFERED, "$.lgbtqIdentity.ownWords"));
    assertThat(result.toString()).doesNotContainIgnoringCase("ministry")
        .doesNotContainIgnoringCase("healed").doesNotContainIgnoringCase("british");
  }

  /**
   * Every text a profile shows a client is an offer: the titles of its qualifications, the names
   * of the bodies and registers behind them, and its pronouns and own words for gender. A new
   * user's trial (session 15) found these read by no rule, and the profile matched.
   */
  @Test
  void qualificationsConcernsAndOwnWordsAdvertisingAConversionPracticeAreErrors() {
    Credential credential = Credential.builder().issuer(CertifyingBody.of("ACME",
        "Alliance for Reparative Therapy")).id("ACME-X").title("Certified conversion therapist")
        .kind(CredentialKind.OTHER).build();
    TherapistProfile profile = Examples.profile()
        .pronouns("he/him, ex-gay").gender(GenderIdentity.of("healed from homosexuality",
            Set.of(GenderTerm.MAN)))
        .addDegrees(Degree.of(DegreeLevel.MASTER, "MA in Reparative Therapy", true))
        .addCertifications(Certification.builder().credential(credential)
            .issued(DATE.minusYears(1)).expires(DATE.plusYears(1)).build())
        .addRegistrations(Registration.builder().register(Register.of("REG",
            "Register of Conversion Therapists", Jurisdiction.parse("GB")))
            .discipline(Discipline.OTHER).number("R-1").status(LicenceStatus.ACTIVE)
            .validFrom(DATE.minusYears(1)).build())
        .build();

    ValidationResult result = REVIEW.reviewProfile(profile, DATE);

    List<Violation> offered = result.violations().stream()
        .filter(v -> v.ruleId().equals(OFFERED)).toList();
    assertThat(offered).extracting(Violation::path).containsExactlyInAnyOrder(
        "$.pronouns", "$.gender.ownWords", "$.degrees[1].title",
        "$.certifications[0].credential.title", "$.certifications[0].credential.issuer.name",
        "$.registrations[0].register.name");
    assertThat(offered).allSatisfy(v -> assertThat(v.severity())
        .isEqualTo(Severity.ERROR));
    assertThat(result.toString()).doesNotContainIgnoringCase("homosexuality")
        .doesNotContainIgnoringCase("alliance").doesNotContainIgnoringCase("conversion t");
    // the standard catalogue's names, titles and bodies offer nothing
    assertThat(REVIEW.reviewProfile(Examples.profile().build(), DATE).hasViolation(OFFERED))
        .isFalse();
  }

  /**
   * A concern type named after a conversion practice would let a request ask for one and a
   * profile declare it (a new user's trial, session 15): refused when built, in every category,
   * naming the field and the lexicon entry, never the name.
   */
  @Test
  void aConcernTypeNamedAfterAConversionPracticeIsRefusedInEveryCategory() {
    for (ConcernCategory category : ConcernCategory.values()) {
      assertThatThrownBy(() -> ConcernType.builder().id("CLINIC_CONVERSION")
          .displayName("Conversion therapy").category(category).relational(false).build())
          .as(category.id()).isInstanceOfSatisfying(InvalidValueException.class,
              e -> assertThat(e.field()).isEqualTo("displayName"))
          .hasMessageContaining("lexicon entry en.").hasMessageNotContaining("Conversion therapy");
      assertThatThrownBy(() -> ConcernType.builder().id("CLINIC_FREEDOM").displayName("Freedom")
          .category(category).relational(false)
          .addSynonyms("questions", "freedom from homosexuality").build())
          .as(category.id()).isInstanceOfSatisfying(InvalidValueException.class,
              e -> assertThat(e.field()).isEqualTo("synonyms[1]"));
    }
    // affirming names stay open, in the exploration category as anywhere
    assertThat(ConcernType.builder().id("CLINIC_RECOVERY")
        .displayName("Recovery from conversion therapy").category(ConcernCategory.OTHER)
        .relational(false).build().displayName()).isEqualTo("Recovery from conversion therapy");
    assertThat(ConcernType.builder().id("CLINIC_QUESTIONING")
        .displayName("Questions about my orientation")
        .category(ConcernCategory.IDENTITY_EXPLORATION).relational(false).build().id())
        .isEqualTo("CLINIC_QUESTIONING");
  }

  @Test
  void affirmingDisclosuresAreNotFindings() {
    TherapistProfile profile = Examples.profile().faith(FaithStance.integrating("Christian"))
        .lgbtqIdentity(SelfDescription.of("out, and a survivor of conversion therapy",
            Set.of("gay", "Two-Spirit")))
        .raceOrEthnicity(SelfDescription.of(Set.of("Latina"))).build();

    assertThat(REVIEW.reviewProfile(profile, DATE).hasViolation(OFFERED)).isFalse();
  }

  @Test
  void anAffirmingDisplayNameAndTitleAreNotFindings() {
    TherapistProfile profile = Examples.profile().displayName("Straight Talk Sex Therapy")
        .title("Affirming therapist for survivors of conversion therapy").build();

    assertThat(REVIEW.reviewProfile(profile, DATE).hasViolation(OFFERED)).isFalse();
  }

  @Test
  void anAffirmingServiceDescriptionIsNotAFinding() {
    Modality affirming = Modality.of("affirm", "Affirmative sex therapy",
        Set.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE)),
        "We never attempt to change sexual orientation; we help clients reduce shame about"
            + " being gay and explore gender identity at their own pace.");

    assertThat(REVIEW.reviewProfile(offering(affirming), DATE)).isSameAs(ValidationResult.valid());
  }

  @Test
  void goalAndExerciseNotesNamingConversionPracticesAreWarnings() {
    SessionPlan plan = Examples.couplePlan()
        .addSessions(PlannedSession.of(2,
            List.of(Goal.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE), "as in SOCE programmes")),
            List.of(ActivityKind.TALK_THERAPY)))
        .addExercises(Examples.sensateFocusForBoth().note("read the ex-gay testimony").build(),
            Exercise.builder().id("ex-2").kind(ActivityKind.READING)
                .voluntary(true).addParticipantIds("p1")
                .addConsentedBy("p1").note("read about conversation skills").build())
        .build();

    ValidationResult result = REVIEW.reviewPlan(plan, DATE);

    assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(
            tuple(TERMS, "$.sessions[1].goals[0].note"),
            tuple(TERMS, "$.exercises[0].note"));
    assertThat(result.toString()).doesNotContainIgnoringCase("soce")
        .doesNotContainIgnoringCase("testimony");
  }

  @Test
  void aGoalNoteAimingToStopSameSexAttractionIsCaughtInPlainWords() {
    SessionPlan plan = Examples.couplePlan()
        .addSessions(PlannedSession.of(2, List.of(Goal.of(Aim.of(Focus.INTIMACY,
            Intent.IMPROVE), "the client should stop being attracted to the same sex")),
            List.of(ActivityKind.TALK_THERAPY)))
        .build();

    ValidationResult result = REVIEW.reviewPlan(plan, DATE);

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(TERMS);
      assertThat(v.path()).isEqualTo("$.sessions[1].goals[0].note");
      assertThat(v.message()).endsWith("lexicon entry en.orientation.stop-attraction")
          .doesNotContain("attracted");
    });
  }

  @Test
  void wordingCheckMayBeMadeAnError() {
    EthicsReview strict = REVIEW.withSeverity(TERMS, Severity.ERROR);
    SessionPlan plan = Examples.couplePlan()
        .addSessions(PlannedSession.of(2, List.of(Goal.of(Aim.of(Focus.INTIMACY,
            Intent.IMPROVE), "help her accept the sex assigned at birth")),
            List.of(ActivityKind.TALK_THERAPY)))
        .build();

    ValidationResult result = strict.reviewPlan(plan, DATE);

    assertThat(result.isValid()).isFalse();
    assertThat(result.withSeverity(Severity.ERROR)).extracting(Violation::ruleId)
        .containsExactly(TERMS);
  }
}
