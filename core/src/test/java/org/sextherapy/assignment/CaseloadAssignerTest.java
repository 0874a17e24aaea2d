package org.sextherapy.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.Strength;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.assignment.internal.Batch;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.Matcher;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Examples of batch assignment: waiting priority, load balancing, an empty directory, no open
 * places, a telehealth client nobody is licensed to see, full therapists, and what the optimum
 * gains over first come, first served.
 *
 * <p>Scores follow the default match policy: general expertise in the client's main concern earns
 * 30, a met preferred preference 12, each year of experience 1 (up to 5).
 */
class CaseloadAssignerTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final Jurisdiction NY = Jurisdiction.parse("US-NY");
  private static final Jurisdiction NJ = Jurisdiction.parse("US-NJ");
  private static final InterstateCompact PSYPACT = InterstateCompact.of(CompactKind.PSYPACT,
      Set.of(NY, NJ));
  private static final AssignmentPolicy NO_WAITING_POINTS =
      AssignmentPolicy.builder().waitingPointsPerWeek(0).build();

  /** A psychologist licensed in New York, seeing individuals by video for painful sex. */
  static TherapistProfile therapist(String id, int places, Consumer<TherapistProfile.Builder> more) {
    TherapistProfile.Builder b = TherapistProfile.builder().id(id).displayName("Dr " + id)
        .addLanguages(Locale.ENGLISH).addPopulations(Population.ADULTS)
        .addFormats(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.GENERAL))
        .addLicences(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(NY)
            .number("PSY-" + id).status(LicenceStatus.ACTIVE)
            .validFrom(LocalDate.of(2020, 1, 1)).build())
        .acceptingNewClients(true).openCapacity(places);
    more.accept(b);
    return b.build();
  }

  static TherapistProfile therapist(String id, int places) {
    return therapist(id, places, b -> { });
  }

  /** An adult in New York asking for video sessions about painful sex, their main concern. */
  static ClientRequest request(String id, Consumer<ClientRequest.Builder> more) {
    ClientRequest.Builder b = ClientRequest.builder().id(id)
        .addParticipants(Participant.of("p1", AgeBracket.ADULT)).sessionJurisdiction(NY)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX, Priority.HIGH))
        .format(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO);
    more.accept(b);
    return b.build();
  }

  static ClientRequest request(String id) {
    return request(id, b -> { });
  }

  static Consumer<ClientRequest.Builder> prefersSpanish(Strength strength) {
    return b -> b.addPreferences(LanguagePreference.of(strength, Set.of(Locale.forLanguageTag("es"))));
  }

  static Consumer<TherapistProfile.Builder> speaksSpanish() {
    return b -> b.addLanguages(Locale.forLanguageTag("es"));
  }

  static Consumer<TherapistProfile.Builder> fiveYearsExperience() {
    return b -> b.training(TrainingRecord.builder().postDegreeExperienceYears(5).build());
  }

  static String therapistOf(Assignment assignment, String requestId) {
    return assignment.placementOf(requestId).flatMap(Placement::therapistId).orElse("none");
  }

  @Test
  void longWaitDecidesWhoTakesTheLastPlaceOverASlightlyBetterSuitedNewcomer() {
    TherapistProfile therapist = therapist("th-a", 1, speaksSpanish());
    ClientRequest newcomer = request("req-new", prefersSpanish(Strength.PREFERRED)
        .andThen(b -> b.waitingSince(DATE)));
    ClientRequest waitedTwentyWeeks = request("req-old", b -> b.waitingSince(DATE.minusWeeks(20)));
    List<ClientRequest> waiting = List.of(newcomer, waitedTwentyWeeks);

    Assignment withWaiting = CaseloadAssigner.standard().assign(waiting, List.of(therapist), DATE);
    Assignment withoutWaiting =
        CaseloadAssigner.standard().assign(waiting, List.of(therapist), DATE, NO_WAITING_POINTS);

    // 30 + 20 weeks * 2 points = 70 beats the newcomer's 30 + 12 for Spanish.
    assertThat(therapistOf(withWaiting, "req-old")).isEqualTo("th-a");
    assertThat(withWaiting.placementOf("req-old").orElseThrow().waitingPoints()).isEqualTo(40);
    assertThat(withWaiting.placementOf("req-new").orElseThrow().unassignedReason())
        .contains(UnassignedReason.ELIGIBLE_THERAPISTS_FULL);
    // Without waiting points the better match wins.
    assertThat(therapistOf(withoutWaiting, "req-new")).isEqualTo("th-a");
  }

  @Test
  void waitingPointsCountFullWeeksUpToTheCap() {
    AssignmentPolicy policy = AssignmentPolicy.defaults();

    assertThat(policy.waitingPoints(request("r", b -> b.waitingSince(DATE.minusDays(6))), DATE))
        .isZero();
    assertThat(policy.waitingPoints(request("r", b -> b.waitingSince(DATE.minusDays(7))), DATE))
        .isEqualTo(2);
    assertThat(policy.waitingPoints(request("r", b -> b.waitingSince(DATE.minusYears(30))), DATE))
        .isEqualTo(104);
    assertThat(policy.waitingPoints(request("r", b -> b.waitingSince(DATE.plusDays(30))), DATE))
        .isZero();
    assertThat(policy.waitingPoints(request("r"), DATE)).isZero();
  }

  @Test
  void noWaitingPointsPerWeekEarnsNothingHoweverLongTheWait() {
    // A new user's trial (session 16): at a rate of zero, a wait of two years or more still
    // earned the cap, 104 points, and decided who took the last place.
    for (int weeks : new int[] {10, 104, 300}) {
      assertThat(NO_WAITING_POINTS.waitingPoints(
          request("r", b -> b.waitingSince(DATE.minusWeeks(weeks))), DATE)).as("%d weeks", weeks)
          .isZero();
    }
    ClientRequest waitedTwoYears = request("req-a", b -> b.waitingSince(DATE.minusWeeks(110)));
    ClientRequest prefersSpanish = request("req-b", prefersSpanish(Strength.PREFERRED));
    Assignment assignment = CaseloadAssigner.standard().assign(
        List.of(waitedTwoYears, prefersSpanish), List.of(therapist("th-a", 1, speaksSpanish())),
        DATE, NO_WAITING_POINTS);
    assertThat(therapistOf(assignment, "req-b")).isEqualTo("th-a");
  }

  @Test
  void anExactTieGoesToTheClientWhoJoinedTheWaitingListFirstThenToTheSmallerId() {
    // A new user's trial (session 16): the solver settled exact ties for the request id sorting
    // last, so the newest of two equally suited clients (waits under a week earn no points) won.
    TherapistProfile onePlace = therapist("th-a", 1);
    for (int seed = 0; seed < 40; seed++) {
      String earlier = "req-" + (char) ('a' + seed % 26) + seed;
      String later = "req-" + (char) ('z' - seed % 26) + seed;
      ClientRequest first = request(earlier, b -> b.waitingSince(DATE.minusDays(6)));
      ClientRequest second = request(later, b -> b.waitingSince(DATE));
      for (List<ClientRequest> waiting : List.of(List.of(first, second),
          List.of(second, first))) {
        Assignment assignment = CaseloadAssigner.standard()
            .assign(waiting, List.of(onePlace), DATE);
        assertThat(therapistOf(assignment, earlier)).as(earlier + " before " + later)
            .isEqualTo("th-a");
        assertThat(therapistOf(assignment, later)).isEqualTo("none");
      }
    }
    // The same day: the smaller id, as the waiting-list order says.
    Assignment sameDay = CaseloadAssigner.standard().assign(List.of(request("req-b"),
        request("req-a")), List.of(onePlace), DATE);
    assertThat(therapistOf(sameDay, "req-a")).isEqualTo("th-a");
  }

  @Test
  void loadBalancingSpreadsClientsAcrossTherapistsOfSimilarFit() {
    // th-a earns 5 more points (experience) with both clients; each therapist has two places.
    List<TherapistProfile> therapists =
        List.of(therapist("th-a", 2, fiveYearsExperience()), therapist("th-b", 2));
    List<ClientRequest> waiting = List.of(request("req-1"), request("req-2"));
    AssignmentPolicy balanced = AssignmentPolicy.builder().loadBalancingPoints(10).build();

    Assignment best = CaseloadAssigner.standard().assign(waiting, therapists, DATE);
    Assignment spread = CaseloadAssigner.standard().assign(waiting, therapists, DATE, balanced);

    assertThat(best.loadOf("th-a").orElseThrow().assigned()).isEqualTo(2);
    assertThat(best.totalScore()).isEqualTo(70);
    // The second client at th-a would cost 10 points of balance for 5 points of fit.
    assertThat(spread.loadOf("th-a").orElseThrow().assigned()).isEqualTo(1);
    assertThat(spread.loadOf("th-b").orElseThrow().assigned()).isEqualTo(1);
    assertThat(spread.totalScore()).isEqualTo(65);
  }

  @Test
  void loadBalancingNeverLeavesAClientWaitingWhileASuitableTherapistHasAPlace() {
    List<ClientRequest> waiting = List.of(request("req-1"), request("req-2"), request("req-3"));
    AssignmentPolicy heavy = AssignmentPolicy.builder().loadBalancingPoints(1_000).build();

    Assignment assignment =
        CaseloadAssigner.standard().assign(waiting, List.of(therapist("th-a", 3)), DATE, heavy);

    assertThat(assignment.assignedCount()).isEqualTo(3);
    assertThat(assignment.loadOf("th-a").orElseThrow().remaining()).isZero();
  }

  @Test
  void emptyDirectoryLeavesEveryoneWithNoEligibleTherapist() {
    Assignment assignment =
        CaseloadAssigner.standard().assign(List.of(request("req-1"), request("req-2")), List.of(),
            DATE);

    assertThat(assignment.assignedCount()).isZero();
    assertThat(assignment.loads()).isEmpty();
    assertThat(assignment.placements()).extracting(Placement::unassignedReason)
        .containsOnly(Optional.of(UnassignedReason.NO_ELIGIBLE_THERAPIST));
    assertThat(assignment.totalScore()).isZero();
    assertThat(assignment.optimal()).isTrue();
  }

  @Test
  void noOpenPlaceAnywhereLeavesSuitedClientsWaitingForFullTherapists() {
    List<TherapistProfile> therapists = List.of(therapist("th-a", 0),
        therapist("th-b", 3, b -> b.acceptingNewClients(false)));

    Assignment assignment =
        CaseloadAssigner.standard().assign(List.of(request("req-1")), therapists, DATE);

    assertThat(assignment.placementOf("req-1").orElseThrow().unassignedReason())
        .contains(UnassignedReason.ELIGIBLE_THERAPISTS_FULL);
    assertThat(assignment.loads()).extracting(TherapistLoad::openPlaces).containsOnly(0);
  }

  @Test
  void telehealthClientInNewJerseyCannotBeSeenByATherapistLicensedOnlyInNewYork() {
    ClientRequest inNewJersey = request("req-nj", b -> b.sessionJurisdiction(NJ));

    Assignment assignment =
        CaseloadAssigner.standard().assign(List.of(inNewJersey), List.of(therapist("th-ny", 3)),
            DATE);

    assertThat(assignment.placementOf("req-nj").orElseThrow().unassignedReason())
        .contains(UnassignedReason.NO_ELIGIBLE_THERAPIST);
    assertThat(assignment.loadOf("th-ny").orElseThrow().remaining()).isEqualTo(3);
  }

  @Test
  void aCompactPrivilegeCoveringNewJerseyLetsTheNewYorkTherapistTakeTheClient() {
    ClientRequest inNewJersey = request("req-nj", b -> b.sessionJurisdiction(NJ));
    TherapistProfile withPrivilege = therapist("th-ny", 3,
        b -> b.addCompactPrivileges(CompactPrivilege.of(PSYPACT, NY, LocalDate.of(2025, 1, 1))));

    Assignment assignment =
        CaseloadAssigner.standard().assign(List.of(inNewJersey), List.of(withPrivilege), DATE);

    assertThat(therapistOf(assignment, "req-nj")).isEqualTo("th-ny");
  }

  @Test
  void optimumPlacesBothClientsWhereFirstComeWouldStrandTheSecond() {
    // req-1 joined first and suits th-a best (Spanish preferred, 42) but th-b too (30); req-2
    // requires Spanish, which only th-a speaks. One place each.
    List<TherapistProfile> therapists =
        List.of(therapist("th-a", 1, speaksSpanish()), therapist("th-b", 1));
    List<ClientRequest> waiting = List.of(
        request("req-1", prefersSpanish(Strength.PREFERRED)
            .andThen(b -> b.waitingSince(DATE.minusDays(30)))),
        request("req-2", prefersSpanish(Strength.REQUIRED)
            .andThen(b -> b.waitingSince(DATE.minusDays(1)))));

    Assignment optimal =
        CaseloadAssigner.standard().assign(waiting, therapists, DATE, NO_WAITING_POINTS);
    Assignment firstCome =
        Batch.prepare(Matcher.standard(), waiting, therapists, DATE, NO_WAITING_POINTS)
            .firstCome();

    assertThat(therapistOf(optimal, "req-1")).isEqualTo("th-b");
    assertThat(therapistOf(optimal, "req-2")).isEqualTo("th-a");
    assertThat(optimal.totalScore()).isEqualTo(30 + 30);
    assertThat(therapistOf(firstCome, "req-1")).isEqualTo("th-a");
    assertThat(firstCome.placementOf("req-2").orElseThrow().unassignedReason())
        .contains(UnassignedReason.ELIGIBLE_THERAPISTS_FULL);
    assertThat(firstCome.totalScore()).isEqualTo(42);
  }

  @Test
  void placementCarriesTheMatchersExplanationAddingUpToTheScore() {
    Assignment assignment = CaseloadAssigner.standard()
        .assign(List.of(request("req-1")), List.of(therapist("th-a", 1)), DATE);

    Match match = assignment.placementOf("req-1").flatMap(Placement::match).orElseThrow();
    assertThat(match.therapistId()).isEqualTo("th-a");
    assertThat(match.reasons().stream().mapToLong(r -> r.points()).sum())
        .isEqualTo(match.score()).isEqualTo(30);
  }

  @Test
  void clientWhoseCandidatesAreAllTakenIsOfferedTheNextFreeEligibleTherapist() {
    // Both clients rank th-a first (5 more points); with one candidate each, req-2 loses th-a to
    // req-1 and is then offered th-b, still free further down its ranking.
    List<TherapistProfile> therapists =
        List.of(therapist("th-a", 1, fiveYearsExperience()), therapist("th-b", 1));
    AssignmentPolicy oneCandidate = AssignmentPolicy.builder().candidatesPerClient(1).build();

    Assignment assignment = CaseloadAssigner.standard()
        .assign(List.of(request("req-1"), request("req-2")), therapists, DATE, oneCandidate);

    assertThat(assignment.assignedCount()).isEqualTo(2);
    assertThat(assignment.loads()).extracting(TherapistLoad::remaining).containsOnly(0);
    assertThat(assignment.optimal()).isTrue();
  }

  @Test
  void sameIdTwiceIsRejectedNamingTheField() {
    List<TherapistProfile> therapists = List.of(therapist("th-a", 1));

    assertThatThrownBy(() -> CaseloadAssigner.standard()
        .assign(List.of(request("req-1"), request("req-1")), therapists, DATE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("waiting[1].id");
    assertThatThrownBy(() -> CaseloadAssigner.standard()
        .assign(List.of(request("req-1")), List.of(therapist("th-a", 1), therapist("th-a", 2)),
            DATE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("therapists[1].id");
  }

  @Test
  void policyRejectsValuesOutOfRangeNamingTheField() {
    assertThatThrownBy(() -> AssignmentPolicy.builder().candidatesPerClient(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("candidatesPerClient");
    assertThatThrownBy(() -> AssignmentPolicy.builder().loadBalancingPoints(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("loadBalancingPoints");
    assertThatThrownBy(() -> AssignmentPolicy.builder()
        .maxWaitingPoints(AssignmentPolicy.MAX_POINTS + 1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxWaitingPoints");
  }

  @Test
  void assignmentRejectsLoadsThatDisagreeWithThePlacements() {
    Match match = Match.of("th-a", 0, List.of());
    List<Placement> placements = List.of(Placement.assigned("req-1", match, 0));

    assertThatThrownBy(() -> Assignment.of(placements, List.of(TherapistLoad.of("th-a", 1, 0)),
        true)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("loads[0]");
    assertThatThrownBy(() -> Assignment.of(placements, List.of(), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("loads");
    assertThatThrownBy(() -> TherapistLoad.of("th-a", 1, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("assigned");
    assertThat(Assignment.of(placements, List.of(TherapistLoad.of("th-a", 1, 1)), true)
        .placementOf("req-1")).contains(placements.get(0));
  }

  @Test
  void quickStartClientIsPlacedWithTheQuickStartTherapist() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    Jurisdiction california = Jurisdiction.parse("US-CA");
    TherapistProfile therapist = TherapistProfile.builder()
        .id("th-1").displayName("Dr Alex Rivera").addLanguages(Locale.ENGLISH)
        .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.SPECIALIST))
        .addFormats(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .addLicences(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(california)
            .number("PSY-12345").status(LicenceStatus.ACTIVE)
            .validFrom(LocalDate.of(2024, 1, 1)).build())
        .acceptingNewClients(true).openCapacity(3)
        .build();
    ClientRequest request = ClientRequest.builder()
        .id("req-1").addParticipants(Participant.of("p1", AgeBracket.ADULT))
        .sessionJurisdiction(california)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX))
        .format(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .waitingSince(LocalDate.of(2026, 10, 1))
        .build();
    // Proposed README section: begin
    AssignmentPolicy policy = AssignmentPolicy.builder()
        .loadBalancingPoints(5)             // spread clients across therapists; off by default
        .build();                           // 50 candidates per client, 2 points a week waited
    Assignment assignment = CaseloadAssigner.standard()
        .assign(List.of(request), List.of(therapist), today, policy);
    Placement placement = assignment.placementOf("req-1").orElseThrow();
    String therapistId = placement.therapistId().orElseThrow();        // "th-1"
    Match match = placement.match().orElseThrow();                     // score 60, with reasons
    int waitingPoints = placement.waitingPoints();                     // 16: eight weeks
    int placesLeft = assignment.loadOf("th-1").orElseThrow().remaining(); // 2
    // Proposed README section: end

    assertThat(therapistId).isEqualTo("th-1");
    assertThat(match.score()).isEqualTo(60);
    assertThat(match.reasons().toString()).contains("PAINFUL_SEX");
    assertThat(waitingPoints).isEqualTo(16);
    assertThat(placesLeft).isEqualTo(2);
  }
}
