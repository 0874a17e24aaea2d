package org.sextherapy.ethics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Preference;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Code;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.Registration;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Modality;

/**
 * Ethical rule 9, confidentiality, as the review enforces it on application rules.
 *
 * <p>The standard rules write messages from ids, codes, enum ids, numbers and field names only; the
 * property tests hold them to it with a sentinel planted in every free-text field. An application's
 * rule is screened instead: when one of its violations holds a run of at least {@value #RUN}
 * characters of a free-text field of the reviewed value in its message or path, after both are case
 * folded and their white space runs made single spaces (or the whole field, when it is shorter but
 * at least {@value #MINIMUM_LENGTH} characters), the message is withheld, the path cut to
 * {@code $}, and a breach of rule 9 reported. So a shortened, re-cased, re-spaced or quoted part of a
 * note is caught, not only a copy of the whole field. Free-text fields: a profile's display name,
 * title, pronouns, own words for gender and self-descriptions, faith tradition, licence and
 * registration numbers and modality descriptions; a plan's goal and exercise notes and its
 * participants' own words for gender; a request's participants' own words for gender, the titles
 * of its recorded codes, and the terms of its preferences (the identities, races or ethnicities and
 * faith traditions the client would like a therapist to share).
 */
final class Confidentiality {

  static final int MINIMUM_LENGTH = 3;
  /** The shortest run of a field's text that is withheld wherever it appears. */
  static final int RUN = 8;
  static final String WITHHELD =
      "details withheld: the message held client data (ethical rule 9)";

  private Confidentiality() {}

  static List<String> texts(TherapistProfile profile) {
    List<String> texts = new ArrayList<>();
    add(texts, profile.displayName());
    profile.pronouns().ifPresent(p -> add(texts, p));
    profile.title().ifPresent(t -> add(texts, t));
    for (Modality modality : profile.modalities()) {
      modality.description().ifPresent(d -> add(texts, d));
    }
    addOwnWords(texts, profile.gender());
    // a therapist's disclosures are theirs to show where they choose, never in a finding
    profile.faith().flatMap(FaithStance::tradition).ifPresent(t -> add(texts, t));
    for (Optional<SelfDescription> description
        : List.of(profile.raceOrEthnicity(), profile.lgbtqIdentity())) {
      description.flatMap(SelfDescription::ownWords).ifPresent(w -> add(texts, w));
    }
    for (Licence licence : profile.licences()) {
      add(texts, licence.number());
    }
    for (Registration registration : profile.registrations()) {
      add(texts, registration.number());
    }
    return texts;
  }

  static List<String> texts(SessionPlan plan) {
    List<String> texts = new ArrayList<>();
    for (PlannedSession session : plan.sessions()) {
      for (Goal goal : session.goals()) {
        goal.note().ifPresent(n -> add(texts, n));
      }
    }
    for (Exercise exercise : plan.exercises()) {
      exercise.note().ifPresent(n -> add(texts, n));
    }
    addParticipants(texts, plan.participants());
    return texts;
  }

  static List<String> texts(ClientRequest request) {
    List<String> texts = new ArrayList<>();
    addParticipants(texts, request.participants());
    for (RequestedConcern concern : request.concerns()) {
      for (Code code : concern.recordedCodes()) {
        add(texts, code.title());
      }
    }
    for (Preference preference : request.preferences()) {
      for (String term : terms(preference)) {
        add(texts, term);
      }
    }
    return texts;
  }

  /**
   * Returns the terms a client wrote in a preference: the identities, races or ethnicities and
   * faith traditions they would like a therapist to share. Every kind is decided here, so a new
   * kind does not compile until it is.
   */
  private static Collection<String> terms(Preference preference) {
    return switch (preference.kind()) {
      case RACE_OR_ETHNICITY -> ((RaceOrEthnicityPreference) preference).racesOrEthnicities();
      case LGBTQ_IDENTITY -> ((LgbtqIdentityPreference) preference).identities();
      case FAITH -> {
        List<String> traditions = new ArrayList<>();
        for (FaithStance stance : ((FaithPreference) preference).stances()) {
          stance.tradition().ifPresent(traditions::add);
        }
        yield traditions;
      }
      // enums, numbers, places, currencies and the ids of modalities, payers and plans
      case THERAPIST_GENDER, POPULATION, LANGUAGE, CERTIFIED_SEX_THERAPIST, IN_PERSON_DISTANCE,
          FEE, SLIDING_SCALE, INSURANCE, MODALITY, TIME, PRACTICE_COMPETENCE, ACCESS,
          SIGN_LANGUAGE -> List.of();
    };
  }

  private static void addParticipants(List<String> texts, List<Participant> participants) {
    for (Participant participant : participants) {
      addOwnWords(texts, participant.gender());
    }
  }

  private static void addOwnWords(List<String> texts, Optional<GenderIdentity> gender) {
    gender.flatMap(GenderIdentity::ownWords).ifPresent(w -> add(texts, w));
  }

  private static void add(List<String> texts, String text) {
    String folded = fold(text);
    if (folded.length() >= MINIMUM_LENGTH) {
      texts.add(folded);
    }
  }

  /** Case folds a text and makes each run of white space a single space, stripped at both ends. */
  static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = folded.length() > 0;
      } else {
        if (space) {
          folded.append(' ');
          space = false;
        }
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Tells whether a message or path holds any of the texts: a run of at least {@value #RUN}
   * characters of one, or the whole of a shorter one, compared case folded and with white space
   * runs as single spaces.
   *
   * @param written the message or path
   * @param texts the reviewed value's free texts, folded
   * @return whether it holds one
   */
  static boolean holdsAny(String written, List<String> texts) {
    if (texts.isEmpty()) {
      return false;
    }
    String folded = fold(written);
    for (int t = 0; t < texts.size(); t++) {
      String text = texts.get(t);
      if (text.length() <= RUN) {
        if (folded.contains(text)) {
          return true;
        }
        continue;
      }
      for (int at = 0; at + RUN <= text.length(); at++) {
        if (folded.contains(text.substring(at, at + RUN))) {
          return true;
        }
      }
    }
    return false;
  }
}
