package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.Participant;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Violation;

/**
 * Checks of ethical rule 7 on requests and matches: guardian consent for minors and therapists who
 * serve adolescents. (The plan side, no partnered or sexual exercise for a minor, is in
 * {@link PlanRules}.)
 *
 * <p>A participant under 18 needs guardian-consent data unless the caller supplied a minimum age of
 * consent for the session jurisdiction and the participant's recorded age reaches it; a participant
 * known by age bracket only cannot be shown to reach it. Consent recorded as
 * {@link GuardianConsent#NOT_REQUIRED} is accepted as the intake's finding, except where the
 * caller-supplied age says otherwise.
 */
final class MinorRules {

  private MinorRules() {}

  /**
   * Returns the index of the first participant who is under 18 and has not been shown to reach the
   * minimum age of consent, or -1.
   */
  private static int firstNeedingGuardian(ClientRequest request, OptionalInt consentAge) {
    List<Participant> participants = request.participants();
    for (int p = 0; p < participants.size(); p++) {
      Participant participant = participants.get(p);
      if (participant.isMinor() && !(consentAge.isPresent() && participant.age().isPresent()
          && participant.age().getAsInt() >= consentAge.getAsInt())) {
        return p;
      }
    }
    return -1;
  }

  /** Guardian consent is recorded, not refused, for a minor who cannot consent alone. */
  static List<Violation> guardianConsent(ClientRequest request, LocalDate date,
      RuleContext context) {
    OptionalInt consentAge = context.minorConsentAge(request.sessionJurisdiction());
    int p = firstNeedingGuardian(request, consentAge);
    if (p < 0) {
      return List.of();
    }
    String minor = "participant " + request.participants().get(p).id() + " is under 18";
    Optional<GuardianConsent> consent = request.guardianConsent();
    if (consent.isEmpty()) {
      return List.of(context.violation("$.guardianConsent",
          minor + " and no guardian consent is recorded"));
    }
    if (consent.get() == GuardianConsent.REFUSED) {
      return List.of(context.violation("$.guardianConsent",
          minor + " and guardian consent is refused"));
    }
    if (consent.get() == GuardianConsent.NOT_REQUIRED && consentAge.isPresent()) {
      return List.of(context.violation("$.guardianConsent", minor
          + " and not shown to reach the minimum age of consent supplied for the session"
          + " jurisdiction, " + consentAge.getAsInt() + ", yet guardian consent is recorded as"
          + " not required"));
    }
    return List.of();
  }

  /** Guardian consent for a minor who cannot consent alone is still pending. */
  static List<Violation> guardianConsentPending(ClientRequest request, LocalDate date,
      RuleContext context) {
    if (request.guardianConsent().orElse(null) != GuardianConsent.PENDING) {
      return List.of();
    }
    int p = firstNeedingGuardian(request, context.minorConsentAge(request.sessionJurisdiction()));
    if (p < 0) {
      return List.of();
    }
    return List.of(context.violation("$.guardianConsent", "participant "
        + request.participants().get(p).id() + " is under 18 and guardian consent is pending"));
  }

  /** A request with a minor goes only to a therapist who serves adolescents. */
  static List<Violation> adolescentTherapist(ClientRequest request, TherapistProfile profile,
      LocalDate date, RuleContext context) {
    if (profile.populations().contains(Population.ADOLESCENTS)) {
      return List.of();
    }
    List<Participant> participants = request.participants();
    for (int p = 0; p < participants.size(); p++) {
      if (participants.get(p).isMinor()) {
        return List.of(context.violation("$.profile.populations", "participant "
            + participants.get(p).id() + " is a minor and therapist " + profile.id()
            + " does not serve adolescents"));
      }
    }
    return List.of();
  }
}
