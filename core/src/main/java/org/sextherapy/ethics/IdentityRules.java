package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.internal.ConversionLexicon;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.Register;
import org.sextherapy.qualification.Registration;
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
   * Rule 1, the offer: any text a profile shows a client that denotes a conversion practice in the
   * lexicon's words is an error, whatever the structured aims, so the profile is never matched.
   * That is every free text of the profile except its ids and numbers: the display name, title,
   * pronouns and own words for gender; the faith tradition and self-descriptions; the titles of
   * degrees and credentials, and the names of certifying bodies and registers, which are shown as
   * qualifications ("Certified Reintegrative Therapist", a degree "in Reparative Therapy");
   * modality names and descriptions. (The concerns it declares cannot be so named: a
   * {@code ConcernType} named after a conversion practice is refused when it is built.)
   */
  static List<Violation> conversionOffered(TherapistProfile profile, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    // the name a therapist practises under is an advertisement too ("Reparative Therapy Centre")
    found = offered(found, profile.displayName(), "$.displayName", "the display name", context);
    found = offered(found, profile.title(), "$.title", "the title", context);
    found = offered(found, profile.pronouns(), "$.pronouns", "the pronouns field", context);
    found = offered(found, profile.gender().flatMap(GenderIdentity::ownWords),
        "$.gender.ownWords", "the own-words field for gender", context);
    // What a therapist discloses is listed beside the name: a faith "tradition" of "ex-gay
    // ministry" or own words of "healed from homosexuality" advertise the practice just as well.
    found = offered(found, profile.faith().flatMap(FaithStance::tradition), "$.faith.tradition",
        "the faith tradition", context);
    found = disclosure(found, profile.raceOrEthnicity(), "$.raceOrEthnicity", context);
    found = disclosure(found, profile.lgbtqIdentity(), "$.lgbtqIdentity", context);
    List<Degree> degrees = profile.degrees();
    for (int d = 0; d < degrees.size(); d++) {
      found = offered(found, degrees.get(d).title(), "$.degrees[" + d + "].title",
          "the title of a degree", context);
    }
    List<Certification> certifications = profile.certifications();
    for (int c = 0; c < certifications.size(); c++) {
      Credential credential = certifications.get(c).credential();
      String path = "$.certifications[" + c + "].credential";
      found = offered(found, credential.title(), path + ".title",
          "the title of credential " + credential.id(), context);
      found = offered(found, credential.issuer().name(), path + ".issuer.name",
          "the name of certifying body " + credential.issuer().id(), context);
    }
    List<Registration> registrations = profile.registrations();
    for (int r = 0; r < registrations.size(); r++) {
      Register register = registrations.get(r).register();
      found = offered(found, register.name(), "$.registrations[" + r + "].register.name",
          "the name of register " + register.id(), context);
    }
    List<Modality> modalities = profile.modalities();
    for (int m = 0; m < modalities.size(); m++) {
      Modality modality = modalities.get(m);
      found = offered(found, modality.name(), "$.modalities[" + m + "].name",
          "the name of modality " + modality.id(), context);
      found = offered(found, modality.description(), "$.modalities[" + m + "].description",
          "the description of modality " + modality.id(), context);
    }
    return found;
  }

  private static List<Violation> offered(List<Violation> found, Optional<String> text,
      String path, String what, RuleContext context) {
    return text.isPresent() ? offered(found, text.get(), path, what, context) : found;
  }

  /** Adds a finding when the lexicon finds a conversion practice in a text: names the entry. */
  private static List<Violation> offered(List<Violation> found, String text, String path,
      String what, RuleContext context) {
    Optional<String> entry = ConversionLexicon.find(text);
    return entry.isPresent()
        ? Found.add(found, context.violation(path, what + OFFERED + entry.get())) : found;
  }

  /** Rule 1, the offer, in a self-description's terms and own words. */
  private static List<Violation> disclosure(List<Violation> found,
      Optional<SelfDescription> description, String path, RuleContext context) {
    if (description.isEmpty()) {
      return found;
    }
    int t = 0;
    for (String term : description.get().terms()) {
      found = offered(found, term, path + ".terms[" + t + "]", "a self-described term", context);
      t++;
    }
    return offered(found, description.get().ownWords(), path + ".ownWords",
        "the own-words field of a self-description", context);
  }

  /** Rule 1, wording, on plans: goal notes and exercise notes. */
  static List<Violation> conversionTerms(SessionPlan plan, LocalDate date, RuleContext context) {
    return PlanRules.noteFindings(plan, context, ConversionLexicon::find, TERMS);
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
