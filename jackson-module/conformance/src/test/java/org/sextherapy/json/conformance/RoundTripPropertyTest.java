package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.Placement;
import org.sextherapy.assignment.TherapistLoad;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Code;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import org.sextherapy.json.shapes.ModelShapes;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Reason;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.Register;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.RenewalRule;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Availability;
import org.sextherapy.session.Course;
import org.sextherapy.session.OpenSlot;
import org.sextherapy.session.SessionSchedule;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.PracticeCompetence;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Modality;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Writing any value and reading it back gives an equal value, over seeded random values of every
 * type of the model (500 seeds each), with catalogue references on and off, as text and as bytes;
 * and writing is deterministic: an equal value gives the same text.
 */
class RoundTripPropertyTest extends WireFormatTestBase {

  private static final JsonCodec FULL_OBJECTS =
      Binding.CURRENT.codec(JsonOptions.defaults().withCatalogueReferences(false));

  static Stream<Long> seeds() {
    return LongStream.range(0, 500).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void therapistProfileReadsBackEqualAfterWriting(long seed) {
    TherapistProfile profile = new RandomValues(seed).profile();
    String json = JSON.write(JsonDocument.THERAPIST_PROFILE, profile);
    assertThat(JSON.read(JsonDocument.THERAPIST_PROFILE, json)).isEqualTo(profile);
    assertThat(JSON.read(JsonDocument.THERAPIST_PROFILE, JSON.writeBytes(JsonDocument.THERAPIST_PROFILE, profile)))
        .isEqualTo(profile);
    assertThat(FULL_OBJECTS.read(JsonDocument.THERAPIST_PROFILE, FULL_OBJECTS.write(JsonDocument.THERAPIST_PROFILE, profile))).isEqualTo(profile);
    assertThat(JSON.write(JsonDocument.THERAPIST_PROFILE, JSON.read(JsonDocument.THERAPIST_PROFILE, json))).isEqualTo(json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void clientRequestReadsBackEqualAfterWriting(long seed) {
    RandomValues random = new RandomValues(seed);
    random.profile();
    ClientRequest request = random.request();
    String json = JSON.write(JsonDocument.CLIENT_REQUEST, request);
    assertThat(JSON.read(JsonDocument.CLIENT_REQUEST, json)).isEqualTo(request);
    assertThat(FULL_OBJECTS.read(JsonDocument.CLIENT_REQUEST, FULL_OBJECTS.write(JsonDocument.CLIENT_REQUEST, request))).isEqualTo(request);
    assertThat(JSON.write(JsonDocument.CLIENT_REQUEST, JSON.read(JsonDocument.CLIENT_REQUEST, json))).isEqualTo(json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sessionPlanReadsBackEqualAfterWriting(long seed) {
    RandomValues random = new RandomValues(seed);
    for (boolean ethical : new boolean[] {true, false}) {
      SessionPlan plan = random.plan(ethical);
      String json = JSON.write(JsonDocument.SESSION_PLAN, plan);
      assertThat(JSON.read(JsonDocument.SESSION_PLAN, json)).isEqualTo(plan);
      assertThat(JSON.write(JsonDocument.SESSION_PLAN, JSON.read(JsonDocument.SESSION_PLAN, json))).isEqualTo(json);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validationResultAndDirectoryReadBackEqualAfterWriting(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> directory = List.of(random.profile(), Examples.profile());
    ValidationResult result = random.validationResult();
    assertThat(JSON.read(JsonDocument.VALIDATION_RESULT, JSON.write(JsonDocument.VALIDATION_RESULT, result))).isEqualTo(result);
    assertThat(JSON.read(JsonDocument.THERAPIST_PROFILES, JSON.write(JsonDocument.THERAPIST_PROFILES, directory))).isEqualTo(directory);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyTypeOfTheModelReadsBackEqualAfterWriting(long seed) {
    RandomValues random = new RandomValues(seed);
    roundTripBothWays(Code.class, random.code());
    roundTripBothWays(ConcernType.class, random.concern());
    roundTripBothWays(GenderIdentity.class, random.gender());
    roundTripBothWays(Aim.class, random.aim());
    roundTripBothWays(Modality.class, random.modality());
    SessionSchedule schedule = random.schedule();
    roundTripBothWays(SessionSchedule.class, schedule);
    roundTripBothWays(Course.class, schedule.course());
    roundTripBothWays(Jurisdiction.class, random.jurisdiction());
    roundTripBothWays(Coordinates.class, random.coordinates());
    roundTripBothWays(PracticeLocation.class, random.practiceLocation());
    roundTripBothWays(PracticeLocation.class, random.withAccess(random.practiceLocation()));
    roundTripBothWays(org.sextherapy.identity.SelfDescription.class,
        random.selfDescription(RandomValues.RACE_TERMS));
    roundTripBothWays(org.sextherapy.therapist.FaithStance.class, random.faithStance());
    roundTripBothWays(org.sextherapy.therapist.PracticeCompetence.class,
        org.sextherapy.therapist.PracticeCompetence.of(
            random.oneOf(org.sextherapy.therapist.PracticeArea.class),
            random.oneOf(org.sextherapy.therapist.CompetenceGrade.class)));
    roundTripBothWays(RenewalRule.class, random.renewalRule());
    roundTripBothWays(CertifyingBody.class, random.certifyingBody());
    roundTripBothWays(Credential.class, random.credential());
    roundTripBothWays(Certification.class, random.anyCertification());
    roundTripBothWays(Licence.class, random.licence(random.jurisdiction()));
    roundTripBothWays(Degree.class, random.degree());
    Availability availability = random.availability();
    roundTripBothWays(Availability.class, availability);
    availability.hours().forEach(hours -> roundTripBothWays(WeeklyHours.class, hours));
    availability.slots().forEach(slot -> roundTripBothWays(OpenSlot.class, slot));
    roundTripBothWays(TherapistProfile.class,
        Copies.builderOf(random.profile()).availability(availability).build());
    roundTripBothWays(InterstateCompact.class, RandomValues.PSYPACT);
    roundTripBothWays(CompactPrivilege.class, random.compactPrivilege());
    roundTripBothWays(CompactPrivilege.class, random.compactPrivilege(random.jurisdiction()));
    for (InterstateCompact compact : RandomValues.COMPACTS) {
      roundTripBothWays(InterstateCompact.class, compact);
    }
    Registration registration = random.registration();
    roundTripBothWays(Registration.class, registration);
    roundTripBothWays(Register.class, registration.register());
    roundTripBothWays(TrainingRecord.class, random.training());
    roundTripBothWays(Expertise.class, random.expertise());
    FeeSchedule fees = random.fees();
    roundTripBothWays(FeeSchedule.class, fees);
    for (SessionFee fee : fees.sessionFees()) {
      roundTripBothWays(SessionFee.class, fee);
      fee.slidingScale().ifPresent(s -> roundTripBothWays(SlidingScale.class, s));
    }
    for (NetworkParticipation participation : random.networkParticipations()) {
      roundTripBothWays(NetworkParticipation.class, participation);
      roundTripBothWays(Payer.class, participation.payer());
      roundTripBothWays(NetworkId.class, participation.network());
    }
    Coverage coverage = random.coverage();
    roundTripBothWays(Coverage.class, coverage);
    coverage.plan().ifPresent(plan -> roundTripBothWays(PlanId.class, plan));
    roundTripBothWays(Participant.class, random.participant("p1"));
    roundTripBothWays(RequestedConcern.class, random.requestedConcern());
    Preference preference = random.preference();
    roundTripBothWays(Preference.class, preference);
    roundTripAs(preference);
    SessionPlan plan = random.plan(false);
    for (PlannedSession session : plan.sessions()) {
      roundTripBothWays(PlannedSession.class, session);
      for (Goal goal : session.goals()) {
        roundTripBothWays(Goal.class, goal);
      }
    }
    for (Exercise exercise : plan.exercises()) {
      roundTripBothWays(Exercise.class, exercise);
    }
    Violation violation = random.violation();
    roundTripBothWays(Violation.class, violation);
    Assignment assignment = random.assignment();
    roundTripBothWays(Assignment.class, assignment);
    for (Placement placement : assignment.placements()) {
      roundTripBothWays(Placement.class, placement);
    }
    for (TherapistLoad load : assignment.loads()) {
      roundTripBothWays(TherapistLoad.class, load);
    }
    MatchResult result = random.matchResult();
    roundTripBothWays(MatchResult.class, result);
    for (Match match : result.matches()) {
      roundTripBothWays(Match.class, match);
      for (Reason reason : match.reasons()) {
        roundTripBothWays(Reason.class, reason);
      }
    }
  }

  @Test
  void theRoundTripsCoverEveryTypeOfTheTable() {
    Set<Class<?>> table = new HashSet<>();
    ModelShapes.types().forEach(table::add);
    List<Class<?>> covered = new ArrayList<>(List.of(Code.class, ConcernType.class,
        GenderIdentity.class, Aim.class, Modality.class, SessionSchedule.class, Course.class,
        Jurisdiction.class, Coordinates.class, PracticeLocation.class, RenewalRule.class,
        CertifyingBody.class, Credential.class, Certification.class, Licence.class, Degree.class,
        InterstateCompact.class, CompactPrivilege.class, Register.class, Registration.class,
        TrainingRecord.class, Expertise.class, SelfDescription.class, FaithStance.class,
        PracticeCompetence.class, FeeSchedule.class, SessionFee.class, SlidingScale.class,
        NetworkParticipation.class, Payer.class, NetworkId.class, PlanId.class, Coverage.class,
        Participant.class, RequestedConcern.class,
        Preference.class, PlannedSession.class, Goal.class, Exercise.class, Violation.class,
        TherapistProfile.class, ClientRequest.class, SessionPlan.class, ValidationResult.class,
        MatchResult.class, Match.class, Reason.class, Assignment.class, Placement.class,
        TherapistLoad.class, Availability.class, WeeklyHours.class, OpenSlot.class));
    table.removeAll(covered);
    // The remaining entries are the preference kinds, covered by roundTripAs(preference).
    assertThat(table).allMatch(Preference.class::isAssignableFrom)
        .hasSize(PreferenceKind.values().length);
  }

  private static <T> void roundTripBothWays(Class<T> type, T value) {
    roundTrip(type, value);
    String full = FULL_OBJECTS.writeValue(value);
    assertThat(FULL_OBJECTS.readValue(type, full)).isEqualTo(value);
    assertThat(full).doesNotContain("\"ref\"");
  }

  /** A preference read as its own kind's class. */
  private static void roundTripAs(Preference preference) {
    int kinds = 0;
    for (Class<?> type : ModelShapes.types()) {
      if (type != Preference.class && type.isInstance(preference)) {
        roundTripOwnKind(type, preference);
        kinds++;
      }
    }
    assertThat(kinds).isEqualTo(1);
  }

  private static <P> void roundTripOwnKind(Class<P> kind, Object preference) {
    roundTrip(kind, kind.cast(preference));
  }
}
