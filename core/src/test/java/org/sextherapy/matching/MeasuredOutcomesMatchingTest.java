package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;

/** Ranking on measured outcomes: shrinkage, the prior, explanations and the deterioration flag. */
class MeasuredOutcomesMatchingTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final Jurisdiction CA = Jurisdiction.parse("US-CA");

  static TherapistProfile therapist(String id, ExpertiseLevel level, int courses, int improved,
      int deteriorated) {
    TherapistProfile.Builder b = TherapistProfile.builder().id(id).displayName("Dr " + id)
        .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, level))
        .addFormats(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .addLicences(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(CA)
            .number("PSY-" + id).status(LicenceStatus.ACTIVE)
            .validFrom(LocalDate.of(2020, 1, 1)).build())
        .acceptingNewClients(true).openCapacity(2);
    if (courses > 0) {
      b.addOutcomes(record(courses, improved, deteriorated));
    }
    return b.build();
  }

  static OutcomeRecord record(int courses, int improved, int deteriorated) {
    return OutcomeRecord.builder().concern(StandardConcerns.PAINFUL_SEX).measureId("FSFI")
        .courses(courses).reliableImprovements(improved).reliableDeteriorations(deteriorated)
        .periodFrom(LocalDate.of(2024, 1, 1)).periodUntil(LocalDate.of(2026, 6, 30)).build();
  }

  static ClientRequest request() {
    return ClientRequest.builder().id("req-1").addParticipants(Participant.of("p1",
        AgeBracket.ADULT)).sessionJurisdiction(CA)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX))
        .format(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO).build();
  }

  static MatchResult match(MatchPolicy policy, TherapistProfile... profiles) {
    return Matcher.of(policy).match(request(), TherapistDirectory.of(List.of(profiles)), DATE, 10);
  }

  static List<String> ids(MatchResult result) {
    List<String> ids = new ArrayList<>();
    result.matches().forEach(m -> ids.add(m.therapistId()));
    return ids;
  }

  static Match matchOf(MatchResult result, String id) {
    return result.matches().stream().filter(m -> m.therapistId().equals(id)).findFirst()
        .orElseThrow();
  }

  /** A directory at a 50 % improvement rate over 400 courses, besides the therapists under test. */
  static TherapistProfile[] with(TherapistProfile... tested) {
    List<TherapistProfile> all = new ArrayList<>(List.of(tested));
    for (int i = 0; i < 4; i++) {
      all.add(therapist("peer-" + i, ExpertiseLevel.GENERAL, 100, 50, 5));
    }
    return all.toArray(new TherapistProfile[0]);
  }

  @Test
  void threeGoodCoursesDoNotOutrankThreeHundredAtTheSameRate() {
    MatchResult result = match(MatchPolicy.defaults(), with(
        therapist("few", ExpertiseLevel.SPECIALIST, 3, 3, 0),
        therapist("many", ExpertiseLevel.SPECIALIST, 300, 270, 0)));
    assertThat(ids(result).indexOf("many")).isLessThan(ids(result).indexOf("few"));
  }

  @Test
  void aTherapistWithoutARecordGetsTheDirectorysTypicalShare() {
    MatchResult result = match(MatchPolicy.defaults(), with(
        therapist("new", ExpertiseLevel.EXPERIENCED, 0, 0, 0)));
    // a secondary concern (weight 2): declared 2 x 20 x 50 % = 20; measured 2 x 30 x 50 % = 3000,
    // half of it / 100 = 15 points, on 0 courses
    assertThat(matchOf(result, "new").reasons()).contains(
        Reason.of(ReasonCode.COVERS_CONCERN, "PAINFUL_SEX", 20),
        Reason.of(ReasonCode.MEASURED_OUTCOMES, "PAINFUL_SEX", 0, 15));
  }

  @Test
  void explanationsShowTheCoursesAndAddUpToTheScore() {
    MatchResult result = match(MatchPolicy.defaults(), with(
        therapist("th-42", ExpertiseLevel.GENERAL, 42, 30, 1)));
    Match match = matchOf(result, "th-42");
    Reason measured = match.reasons().stream()
        .filter(r -> r.code() == ReasonCode.MEASURED_OUTCOMES).findFirst().orElseThrow();
    assertThat(measured.toString()).startsWith("MEASURED_OUTCOMES(PAINFUL_SEX, 42 courses) +");
    assertThat(match.reasons().stream().mapToLong(Reason::points).sum()).isEqualTo(match.score());
  }

  @Test
  void aMeasuredlyBetterGeneralistOutranksADeclaredSpecialistWithAnAverageRecord() {
    MatchResult result = match(MatchPolicy.defaults(), with(
        therapist("measured", ExpertiseLevel.GENERAL, 200, 160, 2),
        therapist("declared", ExpertiseLevel.SPECIALIST, 200, 100, 10)));
    assertThat(ids(result).indexOf("measured")).isLessThan(ids(result).indexOf("declared"));
  }

  @Test
  void withoutAnyRecordInTheDirectoryScoresAreDeclaredExpertiseAlone() {
    MatchResult result = match(MatchPolicy.defaults(),
        therapist("a", ExpertiseLevel.SPECIALIST, 0, 0, 0),
        therapist("b", ExpertiseLevel.GENERAL, 0, 0, 0));
    assertThat(ids(result)).containsExactly("a", "b");
    assertThat(matchOf(result, "a").reasons())
        .containsExactly(Reason.of(ReasonCode.LICENSED_IN, "US-CA", 0),
            Reason.of(ReasonCode.COVERS_CONCERN, "PAINFUL_SEX", 60));
  }

  @Test
  void credibleExcessDeteriorationIsFlaggedAndExcludedWhenThePolicySaysSo() {
    TherapistProfile harmful = therapist("harm", ExpertiseLevel.SPECIALIST, 60, 10, 30);
    MatchResult flagged = match(MatchPolicy.defaults(), with(harmful));
    assertThat(matchOf(flagged, "harm").reasons())
        .contains(Reason.of(ReasonCode.MEASURED_DETERIORATION, "PAINFUL_SEX", 60, 0));

    MatchResult excluded = match(MatchPolicy.builder().excludeCredibleDeterioration(true).build(),
        with(harmful));
    assertThat(ids(excluded)).doesNotContain("harm");
    assertThat(excluded.excludedBy(HardConstraint.MEASURED_DETERIORATION)).isEqualTo(1);
  }

  @Test
  void oneDeteriorationInAFewCoursesIsNotCredibleEvidence() {
    MatchResult result = match(MatchPolicy.builder().excludeCredibleDeterioration(true).build(),
        with(therapist("unlucky", ExpertiseLevel.SPECIALIST, 4, 1, 1)));
    assertThat(ids(result)).contains("unlucky");
    assertThat(matchOf(result, "unlucky").reasons())
        .noneMatch(r -> r.code() == ReasonCode.MEASURED_DETERIORATION);
  }

  @Test
  void outcomeOptionsOutOfRangeAreRefusedNamingTheField() {
    assertThatThrownBy(() -> MatchPolicy.builder().measuredOutcomeWeightPercent(101).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("measuredOutcomeWeightPercent");
    assertThatThrownBy(() -> MatchPolicy.builder().outcomeSpanPercent(0).build())
        .hasMessageStartingWith("outcomeSpanPercent");
    assertThatThrownBy(() -> MatchPolicy.builder().outcomePriorCourses(-1).build())
        .hasMessageStartingWith("outcomePriorCourses");
  }
}
