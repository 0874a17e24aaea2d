package org.sextherapy.ethics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Licence;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Ethical rule 9, confidentiality, as the review enforces it on application rules.
 *
 * <p>The standard rules write messages from ids, codes, enum ids, numbers and field names only; the
 * property tests hold them to it with a sentinel planted in every free-text field. An application's
 * rule is screened instead: when one of its violations holds the whole text of a free-text field of
 * the reviewed value (of at least {@value #MINIMUM_LENGTH} characters) in its message or path, the
 * message is withheld, the path cut to {@code $}, and a breach of rule 9 reported. Free-text fields:
 * a profile's display name, pronouns, own words for gender and licence numbers; a plan's goal and
 * exercise notes and its participants' own words for gender; a request's participants' own words for
 * gender.
 */
final class Confidentiality {

  static final int MINIMUM_LENGTH = 3;
  static final String WITHHELD =
      "details withheld: the message held client data (ethical rule 9)";

  private Confidentiality() {}

  static List<String> texts(TherapistProfile profile) {
    List<String> texts = new ArrayList<>();
    add(texts, profile.displayName());
    profile.pronouns().ifPresent(p -> add(texts, p));
    addOwnWords(texts, profile.gender());
    for (Licence licence : profile.licences()) {
      add(texts, licence.number());
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
    return texts;
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
    String stripped = text.strip();
    if (stripped.length() >= MINIMUM_LENGTH) {
      texts.add(stripped);
    }
  }

  /**
   * Tells whether a message or path holds any of the texts.
   *
   * @param written the message or path
   * @param texts the reviewed value's free texts
   * @return whether it holds one
   */
  static boolean holdsAny(String written, List<String> texts) {
    for (int t = 0; t < texts.size(); t++) {
      if (written.contains(texts.get(t))) {
        return true;
      }
    }
    return false;
  }
}
