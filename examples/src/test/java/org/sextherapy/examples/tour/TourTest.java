package org.sextherapy.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.ReasonCode;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/** Every step of the README's guided tour runs and shows what the README says it shows. */
class TourTest {

  private static String printed(Consumer<PrintStream> step) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    step.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildingValuesFindsSexAddictionAddsACustomConcernAndRejectsAnUpsideDownLicence() {
    assertThat(printed(BuildingValues::run)).contains("'Sex Addiction' is COMPULSIVE_SEXUAL_BEHAVIOUR",
        "25 concern types", "AASECT-CST is current",
        "Rejected a licence: validUntil must not be before validFrom");
  }

  @Test
  void validatingTheSampleDirectoryShowsLapsedCertificationsAsWarnings() {
    String out = printed(out1 -> assertThat(ValidatingAProfile.run(out1)).isPositive());
    assertThat(out).contains("warning certification.lapsed").contains("profiles have something");
  }

  @Test
  void reviewingAPlanFindsTheConversionGoalTheTouchInSessionAndTheMissingConsent() {
    ValidationResult[] breaches = new ValidationResult[1];
    String out = printed(o -> breaches[0] = ReviewingASessionPlan.run(o));
    assertThat(out).contains("plan-1, 2 participants, 1 session, 1 exercise}: no breach");
    assertThat(breaches[0].violations()).extracting(Violation::ruleId).contains(
        "ethics.no-identity-change", "ethics.verbal-sessions", "ethics.exercises-are-invitations");
  }

  @Test
  void matchingTheNewJerseyClientOffersOnlyTherapistsAuthorisedInNewJersey() {
    MatchResult[] result = new MatchResult[1];
    printed(o -> result[0] = MatchingAClient.run(o));
    assertThat(result[0].matches()).isNotEmpty();
    for (Match match : result[0].matches()) {
      assertThat(match.reasons()).anySatisfy((Reason r) -> assertThat(
          r.code() == ReasonCode.LICENSED_IN && r.argument().equals("US-NJ")
              || r.code() == ReasonCode.COMPACT_PRIVILEGE).isTrue());
    }
    assertThat(result[0].excludedBy(HardConstraint.AUTHORISATION)).isPositive();
  }

  @Test
  void assigningTheSampleWaitingListPlacesEveryClientWhoCanBeServedOptimally() {
    Assignment[] assignment = new Assignment[1];
    String out = printed(o -> assignment[0] = AssigningAWaitingList.run(o));
    assertThat(assignment[0].placements()).hasSize(5);
    assertThat(assignment[0].assignedCount()).isPositive();
    assertThat(assignment[0].optimal()).isTrue();
    assertThat(out).contains("req-couple-ca -> ", "total score");
  }

  @Test
  void readingAndWritingJsonRoundTripsAndRejectsAnUnknownJurisdictionByPath() {
    String out = printed(o -> {
      var e = ReadingAndWritingJson.run(o);
      assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.sessionJurisdiction");
      assertThat(e.getMessage()).doesNotContain("Atlantis");
    });
    assertThat(out).contains("read back equal: true");
  }

  @Test
  void readingThePlanNetDirectoryMatchesTheCounselorOnlyOnceTheApplicationCompletesHer() {
    MatchResult[] result = new MatchResult[1];
    String out = printed(o -> result[0] = ReadingAFhirDirectory.run(o));
    assertThat(out).contains("2 practitioners read",
        "Counselor: 0 licences, 1 licence claims", "JoeSmith: 0 licences, 0 licence claims",
        "incomplete-licence at Practitioner/Counselor Practitioner.qualification[0]",
        "unknown-taxonomy at Practitioner/JoeSmith Practitioner.qualification[1].code");
    assertThat(result[0].matches()).extracting(Match::therapistId).containsExactly("Counselor");
  }
}
