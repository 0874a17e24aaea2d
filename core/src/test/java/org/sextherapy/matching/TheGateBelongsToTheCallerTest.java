package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sextherapy.matching.MatcherTest.ids;
import static org.sextherapy.matching.MatcherTest.request;
import static org.sextherapy.matching.MatcherTest.therapist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.CaseloadAssigner;
import org.sextherapy.assignment.Placement;
import org.sextherapy.assignment.UnassignedReason;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.ethics.EthicalRule;
import org.sextherapy.ethics.EthicalRules;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.ethics.ReviewSubject;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.validation.Severity;

/**
 * The ethics gate belongs to the caller (ethical rules 1 to 9 as the matcher applies them): a
 * clinic's stricter review gates matching and assignment, rules 1 to 5 and safeguarding cannot be
 * loosened, the verdict cache keeps reviews apart, and children and partner-format requests with
 * minors are safeguarded.
 */
class TheGateBelongsToTheCallerTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final Jurisdiction NY = Jurisdiction.parse("US-NY");

  /** A clinic that will not list a therapist who offers no modality of its own. */
  static final EthicsReview CLINIC = EthicsReview.standard()
      .withRule(EthicalRule.builder().id("clinic.modality-listed")
          .statement("Every listed therapist names at least one modality.")
          .source("Clinic policy").defaultSeverity(Severity.ERROR)
          .addAppliesTo(ReviewSubject.PROFILE)
          .profileCheck((profile, date, context) -> profile.modalities().isEmpty()
              ? List.of(context.violation("$.modalities", "names no modality")) : List.of())
          .build());

  private static final Modality SENSATE = Modality.of("sensate-focus", "Sensate focus",
      Set.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE)));

  private static TherapistDirectory directory() {
    return TherapistDirectory.of(List.of(
        therapist("th-plain", t -> { }).build(),
        therapist("th-listed", t -> t.modalities.add(SENSATE)).build()));
  }

  @Test
  void aClinicsStricterReviewKeepsOutWhatTheStandardReviewAdmits() {
    ClientRequest request = request(r -> { });
    Matcher clinic = Matcher.standard().withEthicsReview(CLINIC);

    MatchResult standard = Matcher.standard().match(request, directory(), DATE, 10);
    MatchResult strict = clinic.match(request, directory(), DATE, 10);

    assertThat(ids(standard)).containsExactlyInAnyOrder("th-plain", "th-listed");
    assertThat(ids(strict)).containsExactly("th-listed");
    assertThat(strict.excludedBy(HardConstraint.ETHICS)).isEqualTo(1);
    assertThat(clinic.ethicsReview()).isSameAs(CLINIC);
    assertThat(Matcher.standard().ethicsReview()).isSameAs(EthicsReview.standard());
  }

  @Test
  void oneDirectoryKeepsEachReviewsVerdictsApartOnTheSameDate() {
    TherapistDirectory shared = directory();
    ClientRequest request = request(r -> { });
    Matcher clinic = Matcher.standard().withEthicsReview(CLINIC);

    List<String> first = ids(Matcher.standard().match(request, shared, DATE, 10));
    List<String> strict = ids(clinic.match(request, shared, DATE, 10));
    List<String> again = ids(Matcher.standard().match(request, shared, DATE, 10));

    assertThat(first).hasSize(2);
    assertThat(strict).containsExactly("th-listed");
    assertThat(again).isEqualTo(first);
  }

  @Test
  void theCaseloadAssignerGatesWithTheCallersReview() {
    List<TherapistProfile> therapists = List.of(therapist("th-plain", t -> { }).build());
    List<ClientRequest> waiting = List.of(request(r -> { }));

    Assignment standard = CaseloadAssigner.standard().assign(waiting, therapists, DATE);
    Assignment strict = CaseloadAssigner.standard().withEthicsReview(CLINIC)
        .assign(waiting, therapists, DATE);

    assertThat(standard.placements()).allMatch(Placement::isAssigned);
    assertThat(strict.placements()).singleElement().satisfies(p -> {
      assertThat(p.isAssigned()).isFalse();
      assertThat(p.unassignedReason()).contains(UnassignedReason.NO_ELIGIBLE_THERAPIST);
    });
  }

  @Test
  void noCallersReviewCanSwitchOffOrWeakenTheRulesOnIdentityChange() {
    EthicsReview review = EthicsReview.standard();

    assertThatThrownBy(() -> review.withoutRule(EthicalRules.NO_IDENTITY_CHANGE.id()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> review.withoutRule(EthicalRules.NO_CONVERSION_PRACTICE_OFFERED.id()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> review.withSeverity(
        EthicalRules.NO_CONVERSION_PRACTICE_OFFERED.id(), Severity.WARNING))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProfileOfferingConversionTherapyByNameIsNeverMatchedWhateverItsAims() {
    Modality named = Modality.of("ct", "Conversion therapy",
        Set.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE)));
    TherapistDirectory directory = TherapistDirectory.of(List.of(
        therapist("th-offers", t -> t.modalities.add(named)).build(),
        therapist("th-other", t -> { }).build()));

    MatchResult result = Matcher.standard().match(request(r -> { }), directory, DATE, 10);

    assertThat(ids(result)).containsExactly("th-other");
    assertThat(result.excludedBy(HardConstraint.ETHICS)).isEqualTo(1);
  }

  // ------------------------------------------------------------------ minors and safeguarding

  private static ClientRequest couple(Participant first, Participant second) {
    return ClientRequest.builder().id("req-couple").sessionJurisdiction(NY)
        .format(SessionFormat.COUPLE).addDeliveries(Delivery.VIDEO)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX, Priority.HIGH))
        .addParticipants(first, second).guardianConsent(GuardianConsent.GIVEN).build();
  }

  private static TherapistDirectory servingEveryone() {
    return TherapistDirectory.of(List.of(everyone()));
  }

  private static TherapistProfile everyone() {
    return therapist("th-all", t -> {
      t.populations.add(Population.ADOLESCENTS);
      t.populations.add(Population.CHILDREN);
      t.populations.add(Population.COUPLES);
    }).build();
  }

  @Test
  void aCoupleOfA34YearOldAndA15YearOldIsMatchedToNobody() {
    ClientRequest request = couple(Participant.ofAge("p1", 34), Participant.ofAge("p2", 15));

    MatchResult result = Matcher.standard().match(request, servingEveryone(), DATE, 10);

    assertThat(result.matches()).isEmpty();
    assertThat(result.excludedBy(HardConstraint.SAFEGUARDING)).isEqualTo(1);
    assertThat(EthicsReview.standard().refusesToMatch(request, DATE)).isTrue();
  }

  @Test
  void aCoupleRequestWithAChildIsMatchedToNobodyWhateverTheCallersAgesOfConsent() {
    ClientRequest request = couple(Participant.ofAge("p1", 11), Participant.ofAge("p2", 11));
    EthicsReview lenient = EthicsReview.standard().withAgesOfConsent(Map.of(NY, 10))
        .withSeverity(EthicalRules.SAFEGUARDING_ADULT_AND_MINOR_PARTNERS.id(), Severity.WARNING);

    MatchResult result = Matcher.standard().withEthicsReview(lenient)
        .match(request, servingEveryone(), DATE, 10);

    assertThat(result.matches()).isEmpty();
    assertThat(result.excludedBy(HardConstraint.SAFEGUARDING)).isEqualTo(1);
  }

  @Test
  void aCallerWhoSuppliesTheLocalAgeOfConsentMayLowerTheAdultAndMinorCaseForMinorsWhoReachIt() {
    ClientRequest seventeen = couple(Participant.ofAge("p1", 18), Participant.ofAge("p2", 17));
    ClientRequest fifteen = couple(Participant.ofAge("p1", 18), Participant.ofAge("p2", 15));
    EthicsReview lowered = EthicsReview.standard().withAgesOfConsent(Map.of(NY, 17))
        .withSeverity(EthicalRules.SAFEGUARDING_ADULT_AND_MINOR_PARTNERS.id(), Severity.WARNING);
    Matcher matcher = Matcher.standard().withEthicsReview(lowered);

    assertThat(ids(matcher.match(seventeen, servingEveryone(), DATE, 10)))
        .containsExactly("th-all");
    assertThat(matcher.match(fifteen, servingEveryone(), DATE, 10).matches()).isEmpty();
  }

  @Test
  void loweringTheAdultAndMinorCaseWithoutAnAgeOfConsentChangesNothing() {
    ClientRequest request = couple(Participant.ofAge("p1", 18), Participant.ofAge("p2", 17));
    EthicsReview lowered = EthicsReview.standard()
        .withSeverity(EthicalRules.SAFEGUARDING_ADULT_AND_MINOR_PARTNERS.id(), Severity.INFO);

    assertThat(lowered.refusesToMatch(request, DATE)).isTrue();
    assertThat(lowered.reviewRequest(request, DATE).violations()).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void warningSafeguardingRulesLeaveTheRequestMatchedUntilTheCallerRaisesThem() {
    ClientRequest adolescents = couple(Participant.ofAge("p1", 16), Participant.ofAge("p2", 17));
    ClientRequest mixedGroup = ClientRequest.builder().id("req-group").sessionJurisdiction(NY)
        .format(SessionFormat.GROUP).addDeliveries(Delivery.VIDEO)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX, Priority.HIGH))
        .addParticipants(Participant.ofAge("p1", 45), Participant.ofAge("p2", 14))
        .guardianConsent(GuardianConsent.GIVEN).build();
    TherapistProfile groups = therapist("th-all", t -> {
      t.populations.add(Population.ADOLESCENTS);
      t.populations.add(Population.COUPLES);
      t.formats.add(SessionFormat.GROUP);
    }).build();
    TherapistDirectory directory = TherapistDirectory.of(List.of(groups));

    for (ClientRequest request : List.of(adolescents, mixedGroup)) {
      String rule = request == adolescents ? EthicalRules.SAFEGUARDING_MINOR_PARTNERS.id()
          : EthicalRules.SAFEGUARDING_MINOR_IN_ADULT_GROUP.id();
      assertThat(EthicsReview.standard().reviewRequest(request, DATE).hasViolation(rule))
          .as(rule).isTrue();
      assertThat(ids(Matcher.standard().match(request, directory, DATE, 10))).as(rule)
          .containsExactly("th-all");

      EthicsReview raised = EthicsReview.standard().withSeverity(rule, Severity.ERROR);
      MatchResult refused = Matcher.standard().withEthicsReview(raised)
          .match(request, directory, DATE, 10);
      assertThat(refused.matches()).as(rule).isEmpty();
      assertThat(refused.excludedBy(HardConstraint.SAFEGUARDING)).as(rule).isEqualTo(1);
      assertThat(CaseloadAssigner.standard().withEthicsReview(raised)
          .assign(List.of(request), List.of(groups), DATE).placements()).singleElement()
          .satisfies(p -> assertThat(p.unassignedReason())
              .contains(UnassignedReason.NO_ELIGIBLE_THERAPIST));
    }
  }

  private static ClientRequest fifteenYearOld(@Nullable GuardianConsent consent) {
    ClientRequest.Builder b = ClientRequest.builder().id("req-teen").sessionJurisdiction(NY)
        .format(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX, Priority.HIGH))
        .addParticipants(Participant.ofAge("p1", 15));
    if (consent != null) {
      b.guardianConsent(consent);
    }
    return b.build();
  }

  @Test
  void aMinorWhoseGuardianRefusedConsentOrWhoseConsentIsNotRecordedIsMatchedToNobody() {
    // A new user's trial (session 14): the review called this an error, and the matcher still
    // offered a therapist.
    for (GuardianConsent consent : new GuardianConsent[] {GuardianConsent.REFUSED, null}) {
      ClientRequest request = fifteenYearOld(consent);

      MatchResult result = Matcher.standard().match(request, servingEveryone(), DATE, 10);

      assertThat(result.matches()).as(String.valueOf(consent)).isEmpty();
      assertThat(result.excludedBy(HardConstraint.GUARDIAN_CONSENT)).isEqualTo(1);
      assertThat(result.excludedBy(HardConstraint.SAFEGUARDING)).isZero();
      assertThat(EthicsReview.standard().refusesForGuardianConsent(request, DATE)).isTrue();
      assertThat(Matcher.standard().whyNot(request, servingEveryone(), "th-all", DATE)
          .constraint()).contains(HardConstraint.GUARDIAN_CONSENT);
      Assignment assignment = CaseloadAssigner.standard()
          .assign(List.of(request), List.of(everyone()), DATE);
      assertThat(assignment.placements()).singleElement()
          .satisfies(p -> assertThat(p.unassignedReason())
              .contains(UnassignedReason.NO_ELIGIBLE_THERAPIST));
    }
  }

  @Test
  void aMinorIsMatchedWhileConsentIsPendingGivenOrNotNeeded() {
    for (GuardianConsent consent : new GuardianConsent[] {GuardianConsent.PENDING,
        GuardianConsent.GIVEN, GuardianConsent.NOT_REQUIRED}) {
      assertThat(ids(Matcher.standard().match(fifteenYearOld(consent), servingEveryone(), DATE,
          10))).as(consent.id()).containsExactly("th-all");
    }
    // Where the caller supplied the age at which a minor may consent alone and the minor reaches
    // it, no guardian consent is needed.
    EthicsReview fifteenConsents = EthicsReview.standard().withMinorConsentAges(Map.of(NY, 15));
    assertThat(ids(Matcher.standard().withEthicsReview(fifteenConsents)
        .match(fifteenYearOld(null), servingEveryone(), DATE, 10))).containsExactly("th-all");
    // A review that lowers the rule refuses nothing for it: the gate is the caller's.
    EthicsReview lowered = EthicsReview.standard()
        .withSeverity(EthicalRules.MINOR_GUARDIAN_CONSENT.id(), Severity.WARNING);
    assertThat(lowered.refusesForGuardianConsent(fifteenYearOld(GuardianConsent.REFUSED), DATE))
        .isFalse();
  }

  @Test
  void aNineYearOldIsMatchedOnlyToATherapistWhoDeclaresServingChildren() {
    ClientRequest child = request(r -> r.age = AgeBracket.CHILD);
    TherapistDirectory directory = TherapistDirectory.of(List.of(
        therapist("th-teens", t -> t.populations.add(Population.ADOLESCENTS)).build(),
        therapist("th-children", t -> t.populations.add(Population.CHILDREN)).build()));

    MatchResult result = Matcher.standard().match(child, directory, DATE, 10);

    assertThat(ids(result)).containsExactly("th-children");
    assertThat(result.excludedBy(HardConstraint.CHILDREN)).isEqualTo(1);
    assertThat(new ReferenceMatcher(MatchPolicy.defaults()).firstFailing(child,
        therapist("th-teens", t -> t.populations.add(Population.ADOLESCENTS)).build(), DATE))
        .contains(HardConstraint.CHILDREN);
  }
}
