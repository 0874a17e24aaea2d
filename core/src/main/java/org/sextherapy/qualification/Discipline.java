package org.sextherapy.qualification;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sextherapy.Identified;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;

/**
 * The profession a licence is issued in. Sex therapists are psychologists, physicians, social
 * workers, counsellors, nurses or marriage and family therapists with training in human sexuality
 * (AASECT certification requirements, https://www.aasect.org/certification).
 */
public enum Discipline implements Identified {
  /** Psychology (PhD, PsyD). */
  PSYCHOLOGY("psychology", CodeCatalogue.NUCC_PSYCHOLOGIST),
  /** Medicine other than psychiatry (MD, DO). */
  MEDICINE("medicine", null),
  /** Psychiatry. */
  PSYCHIATRY("psychiatry", CodeCatalogue.NUCC_PSYCHIATRY),
  /** Clinical social work (LCSW). */
  SOCIAL_WORK("social-work", CodeCatalogue.NUCC_CLINICAL_SOCIAL_WORKER),
  /** Professional or mental-health counselling (LPC, LPCC, LMHC). */
  COUNSELLING("counselling", CodeCatalogue.NUCC_PROFESSIONAL_COUNSELOR),
  /**
   * Psychiatric and mental-health nursing at advanced practice level (psychiatric APRN, nurse
   * practitioner). The Nurse Licensure Compact does not cover it (https://www.ncsbn.org/nlc).
   */
  NURSING("nursing", CodeCatalogue.NUCC_PSYCHIATRIC_NURSE_PRACTITIONER),
  /**
   * Registered or licensed practical/vocational nursing (RN, LPN/LVN), the licences the Nurse
   * Licensure Compact covers (https://www.ncsbn.org/nlc). NUCC files these under several codes
   * (163W00000X registered nurse, 164W00000X licensed practical nurse), so none is given.
   */
  REGISTERED_NURSING("registered-nursing", null),
  /** Marriage and family therapy (LMFT). */
  MARRIAGE_AND_FAMILY_THERAPY("marriage-and-family-therapy",
      CodeCatalogue.NUCC_MARRIAGE_AND_FAMILY_THERAPIST),
  /** Another licensed profession, such as a European psychotherapist licence. */
  OTHER("other", null);

  private final String id;
  // Code is an Immutables value (immutable by construction); Error Prone only trusts types that
  // carry its own @Immutable, which the model does not depend on
  @SuppressWarnings("ImmutableEnumChecker")
  private final @Nullable Code taxonomyCode;

  Discipline(String id, @Nullable Code taxonomyCode) {
    this.id = id;
    this.taxonomyCode = taxonomyCode;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the usual NUCC provider-taxonomy code of the discipline, from
   * {@link CodeCatalogue}.
   *
   * @return the code, or empty where the discipline has no single code
   */
  public Optional<Code> taxonomyCode() {
    return Optional.ofNullable(taxonomyCode);
  }
}
