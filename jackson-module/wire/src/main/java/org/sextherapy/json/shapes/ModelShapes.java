package org.sextherapy.json.shapes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.Placement;
import org.sextherapy.assignment.TherapistLoad;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Preference;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.client.TimePreference;
import org.sextherapy.code.Code;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ListShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.json.engine.Shape;
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
 * The table of every model type the module reads and writes, with its wire form. Enumerations that
 * implement {@code Identified} need no entry ({@link EnumShape}).
 *
 * <p>To add a type: declare its {@link ObjectShape} (or reference, union kind) in the shapes class
 * of its package, add one line here, and, for a top-level document, a {@code JsonDocument}
 * constant, its golden file and its generated schema.
 */
public final class ModelShapes {

  private static final Map<Class<?>, Shape<?>> SHAPES = table();

  private ModelShapes() {}

  private static Map<Class<?>, Shape<?>> table() {
    Map<Class<?>, Shape<?>> t = new LinkedHashMap<>();
    // code, concern, identity, treatment
    t.put(Code.class, CodeShapes.CODE_OR_REFERENCE);
    t.put(ConcernType.class, ConcernShape.INSTANCE);
    t.put(GenderIdentity.class, IdentityShapes.GENDER_IDENTITY);
    t.put(SelfDescription.class, IdentityShapes.SELF_DESCRIPTION);
    t.put(Aim.class, TreatmentShapes.AIM);
    t.put(Modality.class, TreatmentShapes.MODALITY_OR_REFERENCE);
    // session, location
    t.put(Course.class, SessionShapes.COURSE);
    t.put(SessionSchedule.class, SessionShapes.SESSION_SCHEDULE);
    t.put(Jurisdiction.class, ScalarShapes.JURISDICTION);
    t.put(Coordinates.class, LocationShapes.COORDINATES);
    t.put(PracticeLocation.class, LocationShapes.PRACTICE_LOCATION);
    // insurance
    t.put(NetworkId.class, ScalarShapes.NETWORK_ID);
    t.put(PlanId.class, ScalarShapes.PLAN_ID);
    t.put(Payer.class, InsuranceShapes.PAYER);
    t.put(NetworkParticipation.class, InsuranceShapes.NETWORK_PARTICIPATION);
    t.put(Coverage.class, InsuranceShapes.COVERAGE);
    // qualification
    t.put(RenewalRule.class, QualificationShapes.RENEWAL_RULE);
    t.put(CertifyingBody.class, QualificationShapes.CERTIFYING_BODY_OR_REFERENCE);
    t.put(Credential.class, QualificationShapes.CREDENTIAL_OR_REFERENCE);
    t.put(Certification.class, QualificationShapes.CERTIFICATION);
    t.put(Licence.class, QualificationShapes.LICENCE);
    t.put(Degree.class, QualificationShapes.DEGREE);
    t.put(InterstateCompact.class, QualificationShapes.INTERSTATE_COMPACT);
    t.put(CompactPrivilege.class, QualificationShapes.COMPACT_PRIVILEGE);
    t.put(Register.class, QualificationShapes.REGISTER);
    t.put(Registration.class, QualificationShapes.REGISTRATION);
    t.put(TrainingRecord.class, QualificationShapes.TRAINING_RECORD);
    // therapist
    t.put(Expertise.class, TherapistShapes.EXPERTISE);
    t.put(SlidingScale.class, TherapistShapes.SLIDING_SCALE);
    t.put(SessionFee.class, TherapistShapes.SESSION_FEE);
    t.put(FeeSchedule.class, TherapistShapes.FEE_SCHEDULE);
    t.put(FaithStance.class, TherapistShapes.FAITH_STANCE);
    t.put(PracticeCompetence.class, TherapistShapes.PRACTICE_COMPETENCE);
    t.put(TherapistProfile.class, TherapistShapes.THERAPIST_PROFILE);
    t.put(WeeklyHours.class, SessionShapes.WEEKLY_HOURS);
    t.put(OpenSlot.class, SessionShapes.OPEN_SLOT);
    t.put(Availability.class, SessionShapes.AVAILABILITY);
    // client
    t.put(Participant.class, ClientShapes.PARTICIPANT);
    t.put(RequestedConcern.class, ClientShapes.REQUESTED_CONCERN);
    t.put(Preference.class, ClientShapes.PREFERENCE);
    t.put(TherapistGenderPreference.class,
        ClientShapes.PREFERENCE.kindShape(TherapistGenderPreference.class));
    t.put(PopulationPreference.class,
        ClientShapes.PREFERENCE.kindShape(PopulationPreference.class));
    t.put(LanguagePreference.class, ClientShapes.PREFERENCE.kindShape(LanguagePreference.class));
    t.put(CertifiedSexTherapistPreference.class,
        ClientShapes.PREFERENCE.kindShape(CertifiedSexTherapistPreference.class));
    t.put(InPersonDistancePreference.class,
        ClientShapes.PREFERENCE.kindShape(InPersonDistancePreference.class));
    t.put(FeePreference.class, ClientShapes.PREFERENCE.kindShape(FeePreference.class));
    t.put(SlidingScalePreference.class,
        ClientShapes.PREFERENCE.kindShape(SlidingScalePreference.class));
    t.put(InsurancePreference.class,
        ClientShapes.PREFERENCE.kindShape(InsurancePreference.class));
    t.put(ModalityPreference.class, ClientShapes.PREFERENCE.kindShape(ModalityPreference.class));
    t.put(TimePreference.class, ClientShapes.PREFERENCE.kindShape(TimePreference.class));
    t.put(RaceOrEthnicityPreference.class,
        ClientShapes.PREFERENCE.kindShape(RaceOrEthnicityPreference.class));
    t.put(LgbtqIdentityPreference.class,
        ClientShapes.PREFERENCE.kindShape(LgbtqIdentityPreference.class));
    t.put(FaithPreference.class, ClientShapes.PREFERENCE.kindShape(FaithPreference.class));
    t.put(PracticeCompetencePreference.class,
        ClientShapes.PREFERENCE.kindShape(PracticeCompetencePreference.class));
    t.put(AccessPreference.class, ClientShapes.PREFERENCE.kindShape(AccessPreference.class));
    t.put(SignLanguagePreference.class,
        ClientShapes.PREFERENCE.kindShape(SignLanguagePreference.class));
    t.put(ClientRequest.class, ClientShapes.CLIENT_REQUEST);
    // plan
    t.put(Goal.class, PlanShapes.GOAL);
    t.put(PlannedSession.class, PlanShapes.PLANNED_SESSION);
    t.put(Exercise.class, PlanShapes.EXERCISE);
    t.put(SessionPlan.class, PlanShapes.SESSION_PLAN);
    // validation
    t.put(Violation.class, ValidationShapes.VIOLATION);
    t.put(ValidationResult.class, ValidationShapes.VALIDATION_RESULT);
    // matching
    t.put(Reason.class, MatchShapes.REASON);
    t.put(Match.class, MatchShapes.MATCH);
    t.put(MatchResult.class, MatchShapes.MATCH_RESULT);
    // assignment
    t.put(Placement.class, AssignmentShapes.PLACEMENT);
    t.put(TherapistLoad.class, AssignmentShapes.THERAPIST_LOAD);
    t.put(Assignment.class, AssignmentShapes.ASSIGNMENT);
    return Collections.unmodifiableMap(t);
  }

  /**
   * Returns the wire form of a model class: its own entry, the entry of a superclass (the
   * generated implementation of an abstract value type), or an {@code Identified} enum's shape.
   *
   * @param raw any class
   * @return the shape, or null if the class is not part of the model
   */
  public static @Nullable Shape<?> find(Class<?> raw) {
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      Shape<?> shape = SHAPES.get(c);
      if (shape != null) {
        return shape;
      }
    }
    return EnumShape.find(raw);
  }

  /**
   * Returns the wire form of a {@code List} or {@code Set} of a model type, so that a collection
   * read through a binding's module is read as strictly as its elements.
   *
   * @param raw the collection class ({@code List} or {@code Set}; another gives null)
   * @param element the element class
   * @return the shape, or null when the collection or its element is not of the model
   */
  public static @Nullable Shape<?> collectionOf(Class<?> raw, Class<?> element) {
    Shape<?> shape = raw == List.class || raw == Set.class ? find(element) : null;
    if (shape == null) {
      return null;
    }
    return raw == List.class ? ListShape.list(shape) : ListShape.set(shape);
  }

  /**
   * Returns the wire form of a model type.
   *
   * @param type a model type
   * @return the shape
   * @param <T> the type
   * @throws IllegalArgumentException if the type is not part of the model
   */
  @SuppressWarnings("unchecked")
  public static <T> Shape<T> of(Class<T> type) {
    Shape<?> shape = find(type);
    if (shape == null) {
      throw new IllegalArgumentException(type.getName() + " is not a type of the model");
    }
    return (Shape<T>) shape;
  }

  /**
   * Returns the model types of the table (enums excluded).
   *
   * @return the types
   */
  public static Iterable<Class<?>> types() {
    return SHAPES.keySet();
  }
}
