package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sextherapy.authorisation.BasisKind;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertificationStatus;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Violation;

/**
 * Checks of ethical rule 6: honest credentials on a date, and competence.
 *
 * <p>AASECT's Certified Sex Therapist needs an independent licence; a master's plus 2 years of
 * post-degree clinical experience or a doctorate plus 1; 90 h of human-sexuality education; 60 h of
 * sex-therapy training; a Sexual Attitude Reassessment; 300 h of supervised sex-therapy work, at most
 * 150 of them by telehealth; and 50 h of supervision (aasect.org certification requirements).
 */
final class CredentialRules {

  static final String AASECT = "AASECT";
  static final int EDUCATION_HOURS = 90;
  static final int TRAINING_HOURS = 60;
  static final int SUPERVISED_HOURS = 300;
  static final int TELEHEALTH_HOURS_COUNTED = 150;
  static final int SUPERVISION_HOURS = 50;
  static final int YEARS_AFTER_MASTER = 2;
  static final int YEARS_AFTER_DOCTORATE = 1;

  private CredentialRules() {}

  private static boolean isAasect(Credential credential) {
    return credential.issuer().id().equals(AASECT);
  }

  private static boolean isAasectCst(Credential credential) {
    return credential.kind() == CredentialKind.SEX_THERAPIST && isAasect(credential);
  }

  /**
   * Certifications that are lapsed or not yet valid on the date, and credentials that lapse with
   * another (AASECT's supervisor credential with the CST) when that one is not current: each is
   * reported so it is shown as not current. The profile stays usable.
   */
  static List<Violation> notCurrent(TherapistProfile profile, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    List<Certification> certifications = profile.certifications();
    for (int k = 0; k < certifications.size(); k++) {
      Certification c = certifications.get(k);
      String id = c.credential().qualifiedId();
      String required = c.credential().requiresCurrent().map(Credential::qualifiedId).orElse("");
      String message = switch (c.standingOn(date, certifications)) {
        case CURRENT -> null;
        case PAST_CYCLE, MEMBERSHIP_LAPSED ->
            "certification " + id + " is lapsed on the date: show it as lapsed, never as current";
        case NOT_YET_VALID ->
            "certification " + id + " is not yet valid on the date: do not show it as held";
        case REQUIRED_CREDENTIAL_NOT_CURRENT -> "certification " + id + " lapses with " + required
            + ", which is not current on the date: show it as lapsed";
        case REQUIRED_CREDENTIAL_NOT_HELD_LONG_ENOUGH -> "certification " + id + " needs "
            + required + " held for " + c.credential().requiredHeldFor().map(Object::toString)
                .orElse("") + " when issued: do not show it as held";
      };
      if (message != null) {
        found = Found.add(found, context.violation("$.certifications[" + k + "]", message));
      }
    }
    return found;
  }

  /** A current AASECT sex-therapist or supervisor certification needs an active licence. */
  static List<Violation> certifiedWithoutLicence(TherapistProfile profile, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    List<Certification> certifications = profile.certifications();
    for (int k = 0; k < certifications.size(); k++) {
      Certification c = certifications.get(k);
      Credential credential = c.credential();
      if ((credential.kind() == CredentialKind.SEX_THERAPIST
          || credential.kind() == CredentialKind.SUPERVISOR) && isAasect(credential)
          && c.statusOn(date, certifications) == CertificationStatus.CURRENT
          && !holdsActiveLicence(profile, date)) {
        found = Found.add(found, context.violation("$.certifications[" + k + "]",
            "certification " + credential.qualifiedId()
                + " is presented as current but no licence or equivalent registration is active"
                + " on the date; AASECT certifies licensed clinicians only"));
      }
    }
    return found;
  }

  /**
   * Tells whether a licence, or outside the US the equivalent register entry, authorises practice
   * somewhere on the date, as {@link PracticeAuthorisation} judges it: AASECT asks for a state
   * licence, and of applicants from outside the United States an equivalent credential
   * (https://www.aasect.org/certification/aasect-requirements-sex-therapist-certification), such as
   * COSRT registration where the UK has no licence. A compact privilege is not such a credential.
   */
  private static boolean holdsActiveLicence(TherapistProfile profile, LocalDate date) {
    for (Grant grant : PracticeAuthorisation.standard().grants(profile)) {
      if (grant.basis().kind() != BasisKind.COMPACT_PRIVILEGE && grant.isValidOn(date)) {
        return true;
      }
    }
    return false;
  }

  /** A current AASECT CST claim has its prerequisites recorded. */
  static List<Violation> cstPrerequisites(TherapistProfile profile, LocalDate date,
      RuleContext context) {
    List<Certification> certifications = profile.certifications();
    for (int k = 0; k < certifications.size(); k++) {
      Certification c = certifications.get(k);
      if (isAasectCst(c.credential())
          && c.statusOn(date, certifications) == CertificationStatus.CURRENT) {
        return missingPrerequisites(profile, c.credential().qualifiedId(), context);
      }
    }
    return List.of();
  }

  private static List<Violation> missingPrerequisites(TherapistProfile profile, String claimed,
      RuleContext context) {
    List<Violation> found = List.of();
    String prefix = claimed + " is claimed but ";
    boolean doctorate = false;
    boolean graduate = false;
    List<Degree> degrees = profile.degrees();
    for (int d = 0; d < degrees.size(); d++) {
      Degree degree = degrees.get(d);
      if (degree.clinical() && degree.level() != DegreeLevel.BACHELOR) {
        graduate = true;
        doctorate |= degree.level() == DegreeLevel.DOCTORATE;
      }
    }
    if (!graduate) {
      found = Found.add(found, context.violation("$.degrees",
          prefix + "no clinical master's or doctoral degree is recorded"));
    }
    Optional<TrainingRecord> record = profile.training();
    if (record.isEmpty()) {
      return Found.add(found, context.violation("$.training",
          prefix + "no training record is recorded"));
    }
    TrainingRecord t = record.get();
    if (t.humanSexualityEducationHours() < EDUCATION_HOURS) {
      found = Found.add(found, context.violation("$.training.humanSexualityEducationHours",
          prefix + "fewer than " + EDUCATION_HOURS + " h of human-sexuality education are"
              + " recorded"));
    }
    if (t.sexTherapyTrainingHours() < TRAINING_HOURS) {
      found = Found.add(found, context.violation("$.training.sexTherapyTrainingHours",
          prefix + "fewer than " + TRAINING_HOURS + " h of sex-therapy training are recorded"));
    }
    if (!t.attitudeReassessmentCompleted()) {
      found = Found.add(found, context.violation("$.training.attitudeReassessmentCompleted",
          prefix + "no Sexual Attitude Reassessment is recorded"));
    }
    int telehealthNotCounted = Math.max(0,
        t.telehealthClinicalHours() - TELEHEALTH_HOURS_COUNTED);
    if (t.supervisedClinicalHours() < SUPERVISED_HOURS) {
      found = Found.add(found, context.violation("$.training.supervisedClinicalHours",
          prefix + "fewer than " + SUPERVISED_HOURS + " h of supervised sex-therapy work are"
              + " recorded"));
    } else if (t.supervisedClinicalHours() - telehealthNotCounted < SUPERVISED_HOURS) {
      found = Found.add(found, context.violation("$.training.telehealthClinicalHours",
          prefix + "at most " + TELEHEALTH_HOURS_COUNTED + " telehealth hours count towards the "
              + SUPERVISED_HOURS + " h of supervised sex-therapy work, leaving fewer than "
              + SUPERVISED_HOURS));
    }
    if (t.supervisionHours() < SUPERVISION_HOURS) {
      found = Found.add(found, context.violation("$.training.supervisionHours",
          prefix + "fewer than " + SUPERVISION_HOURS + " h of supervision are recorded"));
    }
    int years = doctorate ? YEARS_AFTER_DOCTORATE : YEARS_AFTER_MASTER;
    if (t.postDegreeExperienceYears() < years) {
      found = Found.add(found, context.violation("$.training.postDegreeExperienceYears",
          prefix + "fewer than " + years + " years of post-degree clinical experience are"
              + " recorded (" + YEARS_AFTER_MASTER + " after a master's, "
              + YEARS_AFTER_DOCTORATE + " after a doctorate)"));
    }
    return found;
  }

  /** Competence: the therapist declares expertise in at least one of the request's concerns. */
  static List<Violation> competence(ClientRequest request, TherapistProfile profile,
      LocalDate date, RuleContext context) {
    List<RequestedConcern> concerns = request.concerns();
    if (concerns.isEmpty()) {
      return List.of();
    }
    for (int c = 0; c < concerns.size(); c++) {
      if (profile.expertiseIn(concerns.get(c).concern()).isPresent()) {
        return List.of();
      }
    }
    return List.of(context.violation("$.profile.expertise", "therapist " + profile.id()
        + " declares expertise in none of the request's " + concerns.size()
        + " concerns: a therapist is matched only on concerns they declare expertise in"));
  }
}
