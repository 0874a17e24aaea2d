package org.sextherapy.validation;

import static org.sextherapy.validation.Severity.ERROR;
import static org.sextherapy.validation.Severity.WARNING;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Preference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.internal.Counts;
import org.sextherapy.session.Delivery;
import org.sextherapy.validation.internal.Findings;

/**
 * Checks that a client request is complete and consistent on a date: someone takes part, as many
 * people as the format admits (two for a couple), at least one concern and one delivery.
 *
 * <p>Guardian consent for a minor is not checked here: whether a minor needs it depends on the
 * minimum age at which a minor may consent alone where they will be (often 12 to 16 for outpatient
 * mental-health care), which the caller supplies to the ethics review
 * ({@code EthicsReview.withMinorConsentAges}). So the review's rule
 * {@code ethics.minor-guardian-consent} (ethical rule 7) is the one owner of that decision, and the
 * matcher gates on it. Messages name fields and ids only: a request is special-category data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClientRequestValidator implements Validator<ClientRequest> {

  /** Nobody takes part. */
  public static final String NO_PARTICIPANT = "request.no-participant";
  /** The number of participants does not fit the format, such as a couple of one. */
  public static final String PARTICIPANTS_DO_NOT_FIT_FORMAT = "request.participants-format";
  /** No concern is given. */
  public static final String NO_CONCERN = "request.no-concern";
  /** The same concern type is given twice. */
  public static final String DUPLICATE_CONCERN = "request.duplicate-concern";
  /** No delivery is accepted. */
  public static final String NO_DELIVERY = "request.no-delivery";
  /** A participant is under 12; sex therapy serves adolescents, not children. */
  public static final String CHILD_PARTICIPANT = "request.child-participant";
  /** A distance preference is given but in-person sessions are not accepted. */
  public static final String DISTANCE_WITHOUT_IN_PERSON = "request.distance-without-in-person";
  /**
   * An access need (step-free access, a hearing loop...) is given but in-person sessions are not
   * accepted: access features describe premises, so no therapist can meet it.
   */
  public static final String ACCESS_WITHOUT_IN_PERSON = "request.access-without-in-person";
  /**
   * A sign-language preference is given but neither in-person nor video sessions are accepted:
   * signing does not work by phone, so no therapist can meet it.
   */
  public static final String SIGN_LANGUAGE_BY_PHONE_ONLY = "request.sign-language-by-phone-only";
  /** The request joined the waiting list after the date judged on. */
  public static final String WAITING_SINCE_FUTURE = "request.waiting-since-future";

  /** Creates the validator. */
  public ClientRequestValidator() {}

  @Override
  public ValidationResult validate(ClientRequest request, LocalDate date) {
    Findings findings = new Findings();
    checkParticipants(request, findings);
    checkConcerns(request.concerns(), findings);
    if (request.deliveries().isEmpty()) {
      findings.add(NO_DELIVERY, "$.deliveries", ERROR, "accepts no delivery");
    }
    List<Preference> preferences = request.preferences();
    for (int i = 0; i < preferences.size(); i++) {
      if (preferences.get(i) instanceof InPersonDistancePreference
          && !request.deliveries().contains(Delivery.IN_PERSON)) {
        findings.add(DISTANCE_WITHOUT_IN_PERSON, "$.preferences[" + i + "]", WARNING,
            "a distance preference needs in-person sessions to be accepted");
      }
      if (preferences.get(i) instanceof AccessPreference
          && !request.deliveries().contains(Delivery.IN_PERSON)) {
        findings.add(ACCESS_WITHOUT_IN_PERSON, "$.preferences[" + i + "]", WARNING,
            "an access need is met only by in-person sessions, which are not accepted");
      }
      if (preferences.get(i) instanceof SignLanguagePreference
          && !request.deliveries().contains(Delivery.IN_PERSON)
          && !request.deliveries().contains(Delivery.VIDEO)) {
        findings.add(SIGN_LANGUAGE_BY_PHONE_ONLY, "$.preferences[" + i + "]", WARNING,
            "a sign language is met in person or by video, neither of which is accepted");
      }
    }
    if (request.waitingSince().map(date::isBefore).orElse(false)) {
      findings.add(WAITING_SINCE_FUTURE, "$.waitingSince", WARNING,
          "joined the waiting list after the date judged on");
    }
    return findings.result();
  }

  private static void checkParticipants(ClientRequest request, Findings findings) {
    List<Participant> participants = request.participants();
    if (participants.isEmpty()) {
      findings.add(NO_PARTICIPANT, "$.participants", ERROR, "nobody takes part");
    } else if (!request.format().admits(participants.size())) {
      findings.add(PARTICIPANTS_DO_NOT_FIT_FORMAT, "$.participants", ERROR,
          Counts.of(participants.size(), "participant does", "participants do")
              + " not fit format " + request.format().id());
    }
    for (int i = 0; i < participants.size(); i++) {
      if (participants.get(i).ageBracket() == AgeBracket.CHILD) {
        findings.add(CHILD_PARTICIPANT, "$.participants[" + i + "].ageBracket", WARNING,
            "participant " + participants.get(i).id() + " is under 12");
      }
    }
  }

  private static void checkConcerns(List<RequestedConcern> concerns, Findings findings) {
    if (concerns.isEmpty()) {
      findings.add(NO_CONCERN, "$.concerns", ERROR, "gives no concern");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < concerns.size(); i++) {
      String id = concerns.get(i).concern().id();
      if (!seen.add(id)) {
        findings.add(DUPLICATE_CONCERN, "$.concerns[" + i + "]", WARNING,
            "concern " + id + " is given more than once");
      }
    }
  }

  @Override
  public String toString() {
    return "ClientRequestValidator";
  }
}
