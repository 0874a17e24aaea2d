package org.sextherapy.ethics;

import org.sextherapy.code.Code;
import org.sextherapy.code.CodeSystem;

/**
 * Tells a code that records a disorder or dysfunction from one that records a circumstance, and
 * names the disorder codes that ethical rule 8 judges by their own criteria. Codes are in their
 * system's canonical form ({@link CodeSystem#canonical}), so the comparisons below are exact.
 *
 * <p>Every ICD-11 MMS, ICD-10-CM and WHO ICD-10 code is taken as a disorder code except those that
 * record factors influencing health status or contact with services, or that only extend another
 * code: ICD-11 chapter 24 (codes starting with {@code Q}), its functioning section ({@code V}) and
 * extension codes ({@code X}); ICD-10 and ICD-10-CM chapter 21 (codes starting with {@code Z}, such
 * as Z63.0 relationship distress) and external causes ({@code V} to {@code Y}). NUCC
 * provider-taxonomy codes classify providers, not people, and never count. Used by ethical rules 2
 * and 8.
 *
 * <p>Sources: ICD-11 MMS (https://icd.who.int/browse/latest-release/mms/en): 6D30-6D35 paraphilic
 * disorders involving non-consenting individuals, 6D36 involving solitary behaviour or consenting
 * individuals (marked distress or significant risk of injury or death), 6C72 compulsive sexual
 * behaviour disorder (distress entirely related to moral judgement does not suffice), HA00
 * hypoactive sexual desire dysfunction; DSM-5-TR (American Psychiatric Association, 2022) with
 * ICD-10-CM F65 paraphilic disorders and F52.0 / F52.22 desire disorders, which are not diagnosed
 * when a lack of desire is better explained by self-identification as asexual; WHO ICD-10
 * (https://icd.who.int/browse10/2019/en) F65 and F52.0.
 */
final class DisorderCodes {

  private DisorderCodes() {}

  static boolean isDisorder(Code code) {
    char first = code.code().charAt(0);
    return switch (code.system()) {
      case ICD_11_MMS -> first != 'Q' && first != 'V' && first != 'X';
      case ICD_10_CM, ICD_10 -> first < 'V';
      case NUCC_PROVIDER_TAXONOMY -> false;
    };
  }

  /** ICD-11 6D36: a paraphilic disorder involving solitary behaviour or consenting individuals. */
  static boolean isParaphilicWithConsentingOthers(Code code) {
    return code.system() == CodeSystem.ICD_11_MMS && code.code().startsWith("6D36");
  }

  /** ICD-11 6D30 to 6D35: paraphilic disorders involving non-consenting individuals. */
  static boolean isParaphilicWithNonConsentingOthers(Code code) {
    String value = code.code();
    return code.system() == CodeSystem.ICD_11_MMS && value.startsWith("6D3")
        && value.length() >= 4 && value.charAt(3) >= '0' && value.charAt(3) <= '5';
  }

  /** Any other paraphilic-disorder code: ICD-11 6D3Z, ICD-10-CM and WHO ICD-10 F65. */
  static boolean isOtherParaphilic(Code code) {
    return switch (code.system()) {
      case ICD_11_MMS -> code.code().startsWith("6D3Z");
      case ICD_10_CM, ICD_10 -> code.code().startsWith("F65");
      case NUCC_PROVIDER_TAXONOMY -> false;
    };
  }

  /** ICD-11 6C72 compulsive sexual behaviour disorder. */
  static boolean isCompulsiveSexualBehaviour(Code code) {
    return code.system() == CodeSystem.ICD_11_MMS && code.code().startsWith("6C72");
  }

  /**
   * A low-desire disorder: ICD-11 HA00; ICD-10-CM F52.0 (male hypoactive sexual desire disorder)
   * and F52.22 (female sexual interest/arousal disorder); WHO ICD-10 F52.0 (lack or loss of sexual
   * desire).
   */
  static boolean isLowDesire(Code code) {
    String value = code.code();
    return switch (code.system()) {
      case ICD_11_MMS -> value.startsWith("HA00");
      case ICD_10_CM -> value.startsWith("F52.0") || value.equals("F52.22");
      case ICD_10 -> value.startsWith("F52.0");
      case NUCC_PROVIDER_TAXONOMY -> false;
    };
  }
}
