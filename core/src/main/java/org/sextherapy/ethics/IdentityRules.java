package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Modality;
import org.sextherapy.validation.Violation;

/**
 * Checks of ethical rules 1 (no change or denial of identity) and 2 (identity is never a concern).
 *
 * <p>Rule 2 also means that nothing derives a concern from a participant's gender or orientation:
 * no check here or anywhere in the library reads {@code Participant#gender()} to add, infer or judge
 * a concern, and a property test holds the review of a request unchanged when every gender is
 * removed.
 */
final class IdentityRules {

  private static final String CONVERSION = ": changing, suppressing or denying a person's sexual"
      + " orientation, gender identity or gender expression is a conversion practice";
  private static final String TERMS = " is worded as a conversion practice: no goal or exercise"
      + " may aim to change, suppress or deny identity; lexicon entry ";
  private static final String OFFERED = " denotes a conversion practice: offering it is a breach"
      + " whatever its structured aims; lexicon entry ";

  private IdentityRules() {}

  /** Rule 1 on profiles: no offered modality aims to alter identity. */
  static List<Violation> noIdentityChange(TherapistProfile profile, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    List<Modality> modalities = profile.modalities();
    for (int m = 0; m < modalities.size(); m++) {
      for (Aim aim : modalities.get(m).aims()) {
        if (aim.altersIdentity()) {
          found = Found.add(found, context.violation("$.modalities[" + m + "].aims",
              "modality " + modalities.get(m).id() + " aims to " + aim.intent().id() + " "
                  + aim.focus().id() + CONVERSION));
        }
      }
    }
    return found;
  }

  /** Rule 1 on plans: no goal aims to alter identity. */
  static List<Violation> noIdentityChange(SessionPlan plan, LocalDate date, RuleContext context) {
    List<Violation> found = List.of();
    List<PlannedSession> sessions = plan.sessions();
    for (int s = 0; s < sessions.size(); s++) {
      List<Goal> goals = sessions.get(s).goals();
      for (int g = 0; g < goals.size(); g++) {
        Aim aim = goals.get(g).aim();
        if (aim.altersIdentity()) {
          found = Found.add(found, context.violation(
              "$.sessions[" + s + "].goals[" + g + "].aim",
              "goal aims to " + aim.intent().id() + " " + aim.focus().id() + CONVERSION));
        }
      }
    }
    return found;
  }

  /**
   * Rule 1, the offer: a display name, title, faith tradition, self-described term or own words,
   * or modality name or description that denotes a conversion practice in the lexicon's words is
   * an error, whatever the structured aims, so the profile is never matched.
   */
  static List<Violation> conversionOffered(TherapistProfile profile, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    // the name a therapist practises under is an advertisement too ("Reparative Therapy Centre")
    Optional<String> byDisplayName = ConversionLexicon.find(profile.displayName());
    if (byDisplayName.isPresent()) {
      found = Found.add(found, context.violation("$.displayName",
          "the display name" + OFFERED + byDisplayName.get()));
    }
    Optional<String> title = profile.title();
    Optional<String> byTitle = title.isPresent()
        ? ConversionLexicon.find(title.get()) : Optional.empty();
    if (byTitle.isPresent()) {
      found = Found.add(found, context.violation("$.title", "the title" + OFFERED
          + byTitle.get()));
    }
    // What a therapist discloses is listed beside the name: a faith "tradition" of "ex-gay
    // ministry" or own words of "healed from homosexuality" advertise the practice just as well.
    Optional<String> tradition = profile.faith().flatMap(FaithStance::tradition);
    Optional<String> byTradition = tradition.isPresent()
        ? ConversionLexicon.find(tradition.get()) : Optional.empty();
    if (byTradition.isPresent()) {
      found = Found.add(found, context.violation("$.faith.tradition",
          "the faith tradition" + OFFERED + byTradition.get()));
    }
    found = disclosure(found, profile.raceOrEthnicity(), "$.raceOrEthnicity", context);
    found = disclosure(found, profile.lgbtqIdentity(), "$.lgbtqIdentity", context);
    List<Modality> modalities = profile.modalities();
    for (int m = 0; m < modalities.size(); m++) {
      Modality modality = modalities.get(m);
      Optional<String> byName = ConversionLexicon.find(modality.name());
      if (byName.isPresent()) {
        found = Found.add(found, context.violation("$.modalities[" + m + "].name",
            "the name of modality " + modality.id() + OFFERED + byName.get()));
      }
      Optional<String> description = modality.description();
      Optional<String> byDescription = description.isPresent()
          ? ConversionLexicon.find(description.get()) : Optional.empty();
      if (byDescription.isPresent()) {
        found = Found.add(found, context.violation("$.modalities[" + m + "].description",
            "the description of modality " + modality.id() + OFFERED + byDescription.get()));
      }
    }
    return found;
  }

  /** Rule 1, the offer, in a self-description's terms and own words. */
  private static List<Violation> disclosure(List<Violation> found,
      Optional<SelfDescription> description, String path, RuleContext context) {
    if (description.isEmpty()) {
      return found;
    }
    int t = 0;
    for (String term : description.get().terms()) {
      Optional<String> byTerm = ConversionLexicon.find(term);
      if (byTerm.isPresent()) {
        found = Found.add(found, context.violation(path + ".terms[" + t + "]",
            "a self-described term" + OFFERED + byTerm.get()));
      }
      t++;
    }
    Optional<String> ownWords = description.get().ownWords();
    Optional<String> byOwnWords = ownWords.isPresent()
        ? ConversionLexicon.find(ownWords.get()) : Optional.empty();
    if (byOwnWords.isPresent()) {
      found = Found.add(found, context.violation(path + ".ownWords",
          "the own words of a self-description" + OFFERED + byOwnWords.get()));
    }
    return found;
  }

  /** Rule 1, wording, on plans: goal notes and exercise notes. */
  static List<Violation> conversionTerms(SessionPlan plan, LocalDate date, RuleContext context) {
    List<Violation> found = List.of();
    List<PlannedSession> sessions = plan.sessions();
    for (int s = 0; s < sessions.size(); s++) {
      List<Goal> goals = sessions.get(s).goals();
      for (int g = 0; g < goals.size(); g++) {
        Optional<String> note = goals.get(g).note();
        Optional<String> entry = note.isPresent()
            ? ConversionLexicon.find(note.get()) : Optional.empty();
        if (entry.isPresent()) {
          found = Found.add(found, context.violation(
              "$.sessions[" + s + "].goals[" + g + "].note", "the goal's note" + TERMS
                  + entry.get()));
        }
      }
    }
    List<Exercise> exercises = plan.exercises();
    for (int e = 0; e < exercises.size(); e++) {
      Optional<String> note = exercises.get(e).note();
      Optional<String> entry = note.isPresent()
          ? ConversionLexicon.find(note.get()) : Optional.empty();
      if (entry.isPresent()) {
        found = Found.add(found, context.violation("$.exercises[" + e + "].note",
            "the note of exercise " + exercises.get(e).id() + TERMS + entry.get()));
      }
    }
    return found;
  }

  /**
   * Rule 2 on requests: no recorded code classifies gender identity or orientation, in any system
   * ({@link CodeCatalogue#isIdentityCode}), and no disorder code is recorded on, or carried by the
   * type of, a concern about exploring one's own identity. A concern type cannot carry an identity
   * code or be named for identity as a concern at all: {@code ConcernType} refuses one when it is
   * built. Codes are compared in canonical form, so case, spaces and dots do not matter.
   */
  static List<Violation> identityIsNotAConcern(ClientRequest request, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    List<RequestedConcern> concerns = request.concerns();
    for (int c = 0; c < concerns.size(); c++) {
      RequestedConcern concern = concerns.get(c);
      boolean exploration = concern.concern().category() == ConcernCategory.IDENTITY_EXPLORATION;
      List<Code> codes = concern.recordedCodes();
      for (int k = 0; k < codes.size(); k++) {
        Code code = codes.get(k);
        if (CodeCatalogue.isIdentityCode(code)) {
          found = Found.add(found, context.violation(
              "$.concerns[" + c + "].recordedCodes[" + k + "]", CodeNames.of(code)
                  + " classifies gender identity or orientation, which is never a concern for"
                  + " sex therapy to treat"));
        } else if (exploration && DisorderCodes.isDisorder(code)) {
          found = Found.add(found, context.violation(
              "$.concerns[" + c + "].recordedCodes[" + k + "]", CodeNames.of(code)
                  + " is a disorder code on concern " + concern.concern().id()
                  + ": exploring one's identity is never a disorder"));
        }
      }
      if (exploration) {
        List<Code> typeCodes = concern.concern().codes();
        for (int k = 0; k < typeCodes.size(); k++) {
          if (DisorderCodes.isDisorder(typeCodes.get(k))) {
            found = Found.add(found, context.violation(
                "$.concerns[" + c + "].concern.codes[" + k + "]", CodeNames.of(typeCodes.get(k))
                    + " is a disorder code on concern type " + concern.concern().id()
                    + ": exploring one's identity is never a disorder"));
          }
        }
      }
    }
    return found;
  }
}
