package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.Participant;
import org.sextherapy.therapist.Population;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Violation;

/**
 * Checks of ethical rule 7 on requests and matches: safeguarding in partner formats, guardian
 * consent for minors and therapists who serve adolescents or children. (The plan side, no partnered
 * or sexual exercise for a minor, is in {@link PlanRules}.)
 *
 * <p>Safeguarding: a couple or multi-partner request is for the partners of a sexual or romantic
 * relationship. A child (under 12) is never such a partner, and a relationship between an adult and
 * a minor is, in most jurisdictions, below the age of consent to sexual activity and a child-
 * protection matter before it is a therapy request. The adult-and-minor case may be lowered only
 * where the caller supplied the local age of consent ({@link EthicsReview#withAgesOfConsent}) for
 * where each minor will be during sessions, every minor's recorded age reaches it, and the caller
 * chose a lower
 * severity; otherwise it stays an error whatever severity was chosen. Sources: the UN Convention on
 * the Rights of the Child, Article 34 (https://www.ohchr.org/en/instruments-mechanisms/instruments/
 * convention-rights-child); AASECT Code of Conduct (https://www.aasect.org/code-conduct), on the
 * protection of minors and mandated reporting.
 *
 * <p>A participant under 18 needs guardian-consent data unless the caller supplied a minimum age of
 * consent for the jurisdiction the participant will be in during sessions (their own
 * {@link Participant#sessionJurisdiction()}, or the request's) and their recorded age reaches it; a participant
 * known by age bracket only cannot be shown to reach it. Consent recorded as
 * {@link GuardianConsent#NOT_REQUIRED} is accepted as the intake's finding, except where the
 * caller-supplied age says otherwise.
 */
final class MinorRules {

  private MinorRules() {}

  /**
   * Returns the minimum age of consent to treatment where a participant will be during sessions:
   * their own session jurisdiction, or the request's.
   */
  private static OptionalInt consentAge(ClientRequest request, Participant participant,
      RuleContext context) {
    return context.minorConsentAge(
        participant.sessionJurisdiction().orElse(request.sessionJurisdiction()));
  }

  /**
   * Returns the index of the first participant who is under 18 and has not been shown to reach the
   * minimum age of consent where they will be, or -1.
   */
  private static int firstNeedingGuardian(ClientRequest request, RuleContext context) {
    List<Participant> participants = request.participants();
    for (int p = 0; p < participants.size(); p++) {
      Participant participant = participants.get(p);
      OptionalInt consentAge = consentAge(request, participant, context);
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
    int p = firstNeedingGuardian(request, context);
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
    if (consent.get() == GuardianConsent.NOT_REQUIRED) {
      return notRequiredContradicted(request, context);
    }
    return List.of();
  }

  /**
   * Consent recorded as not required, judged for every minor who cannot be shown to consent alone
   * (not only the first, so the order of the participants cannot hide one): a supplied age for
   * where they will be that they do not reach says otherwise; and a child's, with no age supplied,
   * is an error whatever severity the caller chose, since the minor-consent statutes for outpatient
   * mental-health care that set an age set 12 or more (the range quoted on {@link EthicalRules}),
   * so a caller relying on a lower one supplies it.
   */
  private static List<Violation> notRequiredContradicted(ClientRequest request,
      RuleContext context) {
    List<Participant> participants = request.participants();
    for (int p = 0; p < participants.size(); p++) {
      Participant participant = participants.get(p);
      if (!participant.isMinor()) {
        continue;
      }
      OptionalInt consentAge = consentAge(request, participant, context);
      if (consentAge.isPresent() && !(participant.age().isPresent()
          && participant.age().getAsInt() >= consentAge.getAsInt())) {
        return List.of(context.violation("$.guardianConsent", "participant " + participant.id()
            + " is under 18 and not shown to reach the minimum age of consent supplied for the"
            + " session jurisdiction, " + consentAge.getAsInt() + ", yet guardian consent is"
            + " recorded as not required"));
      }
      if (consentAge.isEmpty() && participant.ageBracket() == AgeBracket.CHILD) {
        return List.of(context.error("$.guardianConsent", "participant " + participant.id()
            + " is under 12 and guardian consent is recorded as not required, with no minimum"
            + " age of consent supplied for the session jurisdiction"));
      }
    }
    return List.of();
  }

  /**
   * Guardian consent recorded as not required for a minor, where the caller supplied no minimum
   * age of consent for where they will be: the intake's finding stands (competence to consent may
   * be assessed person by person, as under Gillick), but nothing the review knows confirms it.
   */
  static List<Violation> consentNotRequiredUnconfirmed(ClientRequest request, LocalDate date,
      RuleContext context) {
    if (request.guardianConsent().orElse(null) != GuardianConsent.NOT_REQUIRED) {
      return List.of();
    }
    List<Participant> participants = request.participants();
    for (int p = 0; p < participants.size(); p++) {
      Participant participant = participants.get(p);
      // A child in the same case is the guardian-consent rule's error.
      if (participant.ageBracket() == AgeBracket.ADOLESCENT
          && consentAge(request, participant, context).isEmpty()) {
        return List.of(context.violation("$.guardianConsent", "participant " + participant.id()
            + " is under 18 and guardian consent is recorded as not required, with no minimum age"
            + " of consent supplied for the session jurisdiction: keep the basis of that finding"
            + " on record"));
      }
    }
    return List.of();
  }

  /**
   * A guardian's refusal recorded for a minor whose recorded age reaches the minimum age of consent
   * supplied for where they will be: the minor's own consent governs, so it is not an error of
   * {@link #guardianConsent}, but the intake records the minor's consent and how the refusal was
   * handled.
   */
  static List<Violation> ownConsentAfterRefusal(ClientRequest request, LocalDate date,
      RuleContext context) {
    if (request.guardianConsent().orElse(null) != GuardianConsent.REFUSED) {
      return List.of();
    }
    List<Participant> participants = request.participants();
    for (int p = 0; p < participants.size(); p++) {
      Participant participant = participants.get(p);
      OptionalInt consentAge = consentAge(request, participant, context);
      if (participant.isMinor() && consentAge.isPresent() && participant.age().isPresent()
          && participant.age().getAsInt() >= consentAge.getAsInt()) {
        return List.of(context.violation("$.guardianConsent", "participant " + participant.id()
            + " is under 18 and reaches the minimum age of consent supplied for the session"
            + " jurisdiction, " + consentAge.getAsInt() + ", and guardian consent is recorded as"
            + " refused: the participant's own consent governs and is to be recorded"));
      }
    }
    return List.of();
  }

  /** Guardian consent for a minor who cannot consent alone is still pending. */
  static List<Violation> guardianConsentPending(ClientRequest request, LocalDate date,
      RuleContext context) {
    if (request.guardianConsent().orElse(null) != GuardianConsent.PENDING) {
      return List.of();
    }
    int p = firstNeedingGuardian(request, context);
    if (p < 0) {
      return List.of();
    }
    return List.of(context.violation("$.guardianConsent", "participant "
        + request.participants().get(p).id() + " is under 18 and guardian consent is pending"));
  }

  /** A request with an adolescent goes only to a therapist who serves adolescents. */
  static List<Violation> adolescentTherapist(ClientRequest request, TherapistProfile profile,
      LocalDate date, RuleContext context) {
    if (profile.populations().contains(Population.ADOLESCENTS)) {
      return List.of();
    }
    List<Participant> participants = request.participants();
    for (int p = 0; p < participants.size(); p++) {
      if (participants.get(p).ageBracket() == AgeBracket.ADOLESCENT) {
        return List.of(context.violation("$.profile.populations", "participant "
            + participants.get(p).id() + " is an adolescent and therapist " + profile.id()
            + " does not serve adolescents"));
      }
    }
    return List.of();
  }

  /** Whether a format is for the partners of one relationship. */
  static boolean isPartnerFormat(SessionFormat format) {
    return switch (format) {
      case COUPLE, MULTI_PARTNER -> true;
      case INDIVIDUAL, GROUP -> false;
    };
  }

  /** A partner-format request never includes a child. */
  static List<Violation> noChildInPartnerFormat(ClientRequest request, LocalDate date,
      RuleContext context) {
    if (!isPartnerFormat(request.format())) {
      return List.of();
    }
    List<Violation> found = List.of();
    List<Participant> participants = request.participants();
    for (int p = 0; p < participants.size(); p++) {
      if (participants.get(p).ageBracket() == AgeBracket.CHILD) {
        found = Found.add(found, context.error("$.participants[" + p + "]", "participant "
            + participants.get(p).id() + " is a child in a " + request.format().id()
            + " request: a child is never a partner; this is a safeguarding matter, not a"
            + " request to match"));
      }
    }
    return found;
  }

  /**
   * A partner-format request never mixes an adult and a minor; the caller's lower severity counts
   * only where it supplied the local age of consent and every minor's recorded age reaches it.
   */
  static List<Violation> noAdultWithMinorPartners(ClientRequest request, LocalDate date,
      RuleContext context) {
    if (!isPartnerFormat(request.format())) {
      return List.of();
    }
    List<Participant> participants = request.participants();
    boolean adult = false;
    int firstMinor = -1;
    boolean allReachAge = true;
    for (int p = 0; p < participants.size(); p++) {
      Participant participant = participants.get(p);
      if (participant.ageBracket() == AgeBracket.ADOLESCENT) {
        firstMinor = firstMinor < 0 ? p : firstMinor;
        // The age of consent of the place where this minor will be during sessions.
        OptionalInt ageOfConsent = context.ageOfConsent(
            participant.sessionJurisdiction().orElse(request.sessionJurisdiction()));
        allReachAge &= ageOfConsent.isPresent() && participant.age().isPresent()
            && participant.age().getAsInt() >= ageOfConsent.getAsInt();
      } else if (!participant.isMinor()) {
        adult = true;
      }
    }
    if (!adult || firstMinor < 0) {
      return List.of();
    }
    String message = "participant " + participants.get(firstMinor).id() + " is a minor in a "
        + request.format().id() + " request with an adult: a safeguarding matter";
    if (allReachAge) {
      return List.of(context.violation("$.participants[" + firstMinor + "]", message
          + "; every minor reaches the age of consent supplied for where they will be"));
    }
    return List.of(context.error("$.participants[" + firstMinor + "]", message));
  }

  /**
   * A group request that names both an adult and a minor: sex-therapy groups are composed for one
   * stage of life, so an adolescent's place is in a group for adolescents unless the therapist
   * confirms another make-up and how it is safeguarded. A child's place with an adult is an error
   * whatever severity the caller chose: where children are treated in groups (for problematic
   * sexual behaviour, for example), their caregivers meet in a parallel group, so each place is
   * a request of its own.
   */
  static List<Violation> minorInGroupWithAdult(ClientRequest request, LocalDate date,
      RuleContext context) {
    // Any format not for partners: an individual request naming several people is mislabelled
    // (the validator reports it), and its label must not take a child out of this rule.
    if (isPartnerFormat(request.format())) {
      return List.of();
    }
    List<Participant> participants = request.participants();
    int firstMinor = -1;
    boolean adult = false;
    for (int p = 0; p < participants.size(); p++) {
      if (participants.get(p).isMinor()) {
        firstMinor = firstMinor < 0 ? p : firstMinor;
      } else {
        adult = true;
      }
    }
    if (!adult || firstMinor < 0) {
      return List.of();
    }
    for (int p = 0; p < participants.size(); p++) {
      if (participants.get(p).ageBracket() == AgeBracket.CHILD) {
        return List.of(context.error("$.participants[" + p + "]", "participant "
            + participants.get(p).id() + " is a child in a " + request.format().id()
            + " request with an adult: a child's group place is requested on its own (a"
            + " caregiver's place in a parallel group is a request of its own); a safeguarding"
            + " matter, not a request to match"));
      }
    }
    return List.of(context.violation("$.participants[" + firstMinor + "]", "participant "
        + participants.get(firstMinor).id() + " is a minor in a " + request.format().id()
        + " request with an adult: the group's make-up and its safeguarding are to be confirmed"
        + " with the therapist"));
  }

  /**
   * A partner-format request whose partners are all adolescents: not a child-protection matter in
   * itself (laws on sexual activity between minors of close age vary), but one the therapist
   * assesses before sessions: each minor's consent basis and the relationship's lawfulness where
   * they will be. A child among them is {@link #noChildInPartnerFormat}'s error instead.
   */
  static List<Violation> minorPartners(ClientRequest request, LocalDate date,
      RuleContext context) {
    if (!isPartnerFormat(request.format()) || request.participants().isEmpty()) {
      return List.of();
    }
    for (Participant participant : request.participants()) {
      if (participant.ageBracket() != AgeBracket.ADOLESCENT) {
        return List.of();
      }
    }
    return List.of(context.violation("$.participants", "every participant of a "
        + request.format().id() + " request is a minor: a safeguarding assessment of the"
        + " relationship and of each minor's consent precedes sessions"));
  }

  /** A request with a child goes only to a therapist who declares serving children. */
  static List<Violation> childTherapist(ClientRequest request, TherapistProfile profile,
      LocalDate date, RuleContext context) {
    if (profile.populations().contains(Population.CHILDREN)) {
      return List.of();
    }
    List<Participant> participants = request.participants();
    for (int p = 0; p < participants.size(); p++) {
      if (participants.get(p).ageBracket() == AgeBracket.CHILD) {
        return List.of(context.violation("$.profile.populations", "participant "
            + participants.get(p).id() + " is a child and therapist " + profile.id()
            + " does not declare serving children"));
      }
    }
    return List.of();
  }
}
