package org.sextherapy.qualification;

import static org.sextherapy.code.CodeCatalogue.NUCC_ADDICTION_PSYCHIATRY;
import static org.sextherapy.code.CodeCatalogue.NUCC_ADDICTION_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_ADULT_DEVELOPMENT_AND_AGING_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_ADULT_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_CHILD_AND_ADOLESCENT_PSYCHIATRY;
import static org.sextherapy.code.CodeCatalogue.NUCC_CHILD_AND_FAMILY_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_CHILD_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_CLINICAL_CHILD_AND_ADOLESCENT_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_CLINICAL_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_CLINICAL_SOCIAL_WORKER;
import static org.sextherapy.code.CodeCatalogue.NUCC_COGNITIVE_AND_BEHAVIORAL_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_COUNSELING_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_EXERCISE_AND_SPORTS_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_FAMILY_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_FORENSIC_PSYCHIATRY;
import static org.sextherapy.code.CodeCatalogue.NUCC_FORENSIC_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_GERIATRIC_PSYCHIATRY;
import static org.sextherapy.code.CodeCatalogue.NUCC_GEROPSYCHIATRIC_CLINICAL_NURSE_SPECIALIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_GROUP_PSYCHOTHERAPY_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_HEALTH_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_HEALTH_SERVICE_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_INTELLECTUAL_DISABILITIES_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_MARRIAGE_AND_FAMILY_THERAPIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_MENTAL_HEALTH_COUNSELOR;
import static org.sextherapy.code.CodeCatalogue.NUCC_PRESCRIBING_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_PROFESSIONAL_COUNSELOR;
import static org.sextherapy.code.CodeCatalogue.NUCC_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_PSYCHIATRIC_NURSE_PRACTITIONER;
import static org.sextherapy.code.CodeCatalogue.NUCC_PSYCHIATRY;
import static org.sextherapy.code.CodeCatalogue.NUCC_PSYCHOANALYSIS_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_PSYCHOLOGIST;
import static org.sextherapy.code.CodeCatalogue.NUCC_PSYCHOSOMATIC_MEDICINE;
import static org.sextherapy.code.CodeCatalogue.NUCC_REHABILITATION_PSYCHOLOGIST;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sextherapy.Identified;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;

/**
 * The profession a licence is issued in. Sex therapists are psychologists, physicians, social
 * workers, counsellors, nurses or marriage and family therapists with training in human sexuality
 * (AASECT certification requirements, https://www.aasect.org/certification).
 *
 * <p>Each discipline names the NUCC provider-taxonomy codes (https://taxonomy.nucc.org) that file a
 * practitioner under its licence: the classification and those specialisations whose
 * practitioners hold that same licence. Payer directories (Da Vinci Plan-Net, the US National
 * Directory) code practitioners by specialty, so a clinical psychologist arrives as
 * {@code 103TC0700X}, not as the classification {@code 103T00000X}. The codes are chosen one by one,
 * never by prefix: specialisations under one classification can differ in licensing. A school
 * social worker ({@code 1041S0200X}) holds no clinical social work licence; neurology
 * ({@code 2084N0400X}) shares its classification "Psychiatry &amp; Neurology" with psychiatry.
 * {@link #forTaxonomy(Code)} is the one lookup every reader and validator calls.
 *
 * <p>Codes deliberately not mapped, so that they never stand for a licence:
 * <ul>
 *   <li>{@code 101Y00000X} Counselor (classification), {@code 101YA0400X} addiction,
 *       {@code 101YS0200X} school and {@code 101YP1600X} pastoral counselors: addiction counsellors
 *       are credentialed by separate state boards (such as a licensed alcohol and drug counselor),
 *       school counsellors by the state's education department, pastoral counsellors mostly by no
 *       state at all; the bare classification does not say which.
 *   <li>{@code 104100000X} Social Worker (classification) and {@code 1041S0200X} school social
 *       worker: neither says the clinical licence (LCSW) that independent psychotherapy needs.
 *   <li>{@code 103TS0200X} school psychologists, credentialed by state education departments;
 *       {@code 103G00000X} clinical neuropsychologist, a classification of its own that does not
 *       say the licence; {@code 102L00000X} psychoanalyst, a separate licence where one exists
 *       (New York's licensed psychoanalyst, N.Y. Education Law article 163,
 *       https://www.op.nysed.gov).
 *   <li>Neurology and the "Psychiatry &amp; Neurology" specialties open to neurologists as well as
 *       psychiatrists ({@code 2084N0400X}, {@code 2084B0040X} behavioral neurology and
 *       neuropsychiatry, {@code 2084A0401X} addiction medicine, sleep, pain and others).
 *   <li>{@code 363L00000X} Nurse Practitioner and its other specialties, which are not
 *       psychiatric; registered nurse codes ({@code 163W...}), of which there are dozens.
 * </ul>
 */
public enum Discipline implements Identified {
  /**
   * Psychology (PhD, PsyD). A state licenses psychologists as one profession; the NUCC
   * specialisations are areas of practice under that licence, except school psychology, which
   * state education departments credential.
   */
  PSYCHOLOGY("psychology", List.of(NUCC_PSYCHOLOGIST, NUCC_ADDICTION_PSYCHOLOGIST,
      NUCC_ADULT_DEVELOPMENT_AND_AGING_PSYCHOLOGIST, NUCC_COGNITIVE_AND_BEHAVIORAL_PSYCHOLOGIST,
      NUCC_CLINICAL_PSYCHOLOGIST, NUCC_COUNSELING_PSYCHOLOGIST,
      NUCC_CLINICAL_CHILD_AND_ADOLESCENT_PSYCHOLOGIST, NUCC_FAMILY_PSYCHOLOGIST,
      NUCC_HEALTH_PSYCHOLOGIST, NUCC_HEALTH_SERVICE_PSYCHOLOGIST,
      NUCC_INTELLECTUAL_DISABILITIES_PSYCHOLOGIST, NUCC_PRESCRIBING_PSYCHOLOGIST,
      NUCC_PSYCHOANALYSIS_PSYCHOLOGIST, NUCC_GROUP_PSYCHOTHERAPY_PSYCHOLOGIST,
      NUCC_REHABILITATION_PSYCHOLOGIST, NUCC_EXERCISE_AND_SPORTS_PSYCHOLOGIST,
      NUCC_FORENSIC_PSYCHOLOGIST)),
  /** Medicine other than psychiatry (MD, DO). */
  MEDICINE("medicine", List.of()),
  /**
   * Psychiatry: a medical licence held by a psychiatrist, with the psychiatry subspecialties of
   * the American Board of Psychiatry and Neurology (https://abpn.org).
   */
  PSYCHIATRY("psychiatry", List.of(NUCC_PSYCHIATRY, NUCC_CHILD_AND_ADOLESCENT_PSYCHIATRY,
      NUCC_GERIATRIC_PSYCHIATRY, NUCC_ADDICTION_PSYCHIATRY, NUCC_PSYCHOSOMATIC_MEDICINE,
      NUCC_FORENSIC_PSYCHIATRY)),
  /** Clinical social work (LCSW). */
  SOCIAL_WORK("social-work", List.of(NUCC_CLINICAL_SOCIAL_WORKER)),
  /** Professional or mental-health counselling (LPC, LPCC, LMHC). */
  COUNSELLING("counselling", List.of(NUCC_PROFESSIONAL_COUNSELOR, NUCC_MENTAL_HEALTH_COUNSELOR)),
  /**
   * Psychiatric and mental-health nursing at advanced practice level (psychiatric APRN, nurse
   * practitioner or clinical nurse specialist, two of the four APRN roles of the Consensus Model
   * for APRN Regulation, APRN Joint Dialogue Group 2008, https://www.ncsbn.org). The
   * Nurse Licensure Compact does not cover it (https://www.ncsbn.org/nlc).
   */
  NURSING("nursing", List.of(NUCC_PSYCHIATRIC_NURSE_PRACTITIONER,
      NUCC_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST, NUCC_CHILD_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST,
      NUCC_ADULT_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST,
      NUCC_CHILD_AND_FAMILY_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST,
      NUCC_GEROPSYCHIATRIC_CLINICAL_NURSE_SPECIALIST)),
  /**
   * Registered or licensed practical/vocational nursing (RN, LPN/LVN), the licences the Nurse
   * Licensure Compact covers (https://www.ncsbn.org/nlc). NUCC files these under several codes
   * (163W00000X registered nurse, 164W00000X licensed practical nurse), so none is given.
   */
  REGISTERED_NURSING("registered-nursing", List.of()),
  /** Marriage and family therapy (LMFT). */
  MARRIAGE_AND_FAMILY_THERAPY("marriage-and-family-therapy",
      List.of(NUCC_MARRIAGE_AND_FAMILY_THERAPIST)),
  /** Another licensed profession, such as a European psychotherapist licence. */
  OTHER("other", List.of());

  private final String id;
  // Code is an Immutables value (immutable by construction) and the list is unmodifiable; Error
  // Prone only trusts types that carry its own @Immutable, which the model does not depend on
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<Code> taxonomyCodes;

  Discipline(String id, List<Code> taxonomyCodes) {
    this.id = id;
    this.taxonomyCodes = taxonomyCodes;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the usual NUCC provider-taxonomy code of the discipline, from {@link CodeCatalogue}:
   * the classification (psychologist {@code 103T00000X}) or, where the licence is one
   * specialisation of a wider classification, that specialisation (clinical social worker
   * {@code 1041C0700X}, psychiatry {@code 2084P0800X}). Writers use it when a licence records no
   * code of its own.
   *
   * @return the code, or empty where the discipline has no single code
   */
  public Optional<Code> taxonomyCode() {
    return taxonomyCodes.isEmpty() ? Optional.empty() : Optional.of(taxonomyCodes.get(0));
  }

  /**
   * Returns every NUCC provider-taxonomy code that files a practitioner under this discipline's
   * licence, the usual code first. No code appears under two disciplines.
   *
   * @return the codes from {@link CodeCatalogue}, never null, empty where NUCC gives none the
   *     library maps
   */
  public List<Code> taxonomyCodes() {
    return taxonomyCodes;
  }

  /**
   * Finds the discipline whose licence a NUCC provider-taxonomy code files a practitioner under:
   * {@code 103TC0700X} clinical psychologist is {@link #PSYCHOLOGY}, {@code 2084P0804X} child and
   * adolescent psychiatry is {@link #PSYCHIATRY}. This is the one place that decides it: FHIR
   * reading, validators and anything else that meets a taxonomy code call it.
   *
   * @param code a code, never null; compared by system and code in canonical form, whatever its
   *     title or certainty
   * @return the discipline, or empty for a code of another system or a NUCC code that files no
   *     licence the library models (a school social worker, a neurologist, an unknown code)
   */
  public static Optional<Discipline> forTaxonomy(Code code) {
    Objects.requireNonNull(code, "code");
    if (code.system() != CodeSystem.NUCC_PROVIDER_TAXONOMY) {
      return Optional.empty();
    }
    for (Discipline discipline : values()) {
      for (Code mine : discipline.taxonomyCodes) {
        if (mine.code().equals(code.code())) {
          return Optional.of(discipline);
        }
      }
    }
    return Optional.empty();
  }
}
