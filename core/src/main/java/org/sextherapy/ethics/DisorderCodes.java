package org.sextherapy.ethics;

import java.util.Optional;
import java.util.function.Predicate;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.code.StandardCodeSystem;

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
 * provider-taxonomy codes classify providers, not people, and never count. An ICD-11 cluster is
 * judged by its stem codes; a national modification of ICD-10 by its base's categories; a
 * clinic's local code never counts as a disorder, because the library cannot know what it means
 * (rule 2 still judges its title). Used by ethical rules 2 and 8.
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

  /**
   * Whether a code records a disorder or dysfunction: for an ICD-11 cluster, whether one of its
   * stem codes does (extension codes only add detail); a clinic's local code, whose meaning the
   * library cannot know, never counts.
   */
  static boolean isDisorder(Code code) {
    Optional<StandardCodeSystem> classification = code.system().classification();
    if (classification.isEmpty()) {
      return false;
    }
    for (String stem : code.stemCodes()) {
      char first = stem.charAt(0);
      boolean disorder = switch (classification.get()) {
        case ICD_11_MMS -> first != 'Q' && first != 'V' && first != 'X';
        case ICD_10_CM, ICD_10 -> first < 'V';
        case NUCC_PROVIDER_TAXONOMY -> false;
      };
      if (disorder) {
        return true;
      }
    }
    return false;
  }

  /** ICD-11 6D36: a paraphilic disorder involving solitary behaviour or consenting individuals. */
  static boolean isParaphilicWithConsentingOthers(Code code) {
    return anyIcd11Stem(code, stem -> stem.startsWith("6D36"));
  }

  /** ICD-11 6D30 to 6D35: paraphilic disorders involving non-consenting individuals. */
  static boolean isParaphilicWithNonConsentingOthers(Code code) {
    return anyIcd11Stem(code, stem -> stem.startsWith("6D3") && stem.length() >= 4
        && stem.charAt(3) >= '0' && stem.charAt(3) <= '5');
  }

  /** Any other paraphilic-disorder code: ICD-11 6D3Z, ICD-10-CM and WHO ICD-10 F65. */
  static boolean isOtherParaphilic(Code code) {
    Optional<StandardCodeSystem> classification = code.system().classification();
    if (classification.isEmpty()) {
      return false;
    }
    for (String stem : code.stemCodes()) {
      boolean paraphilic = switch (classification.get()) {
        case ICD_11_MMS -> stem.startsWith("6D3Z");
        case ICD_10_CM, ICD_10 -> stem.startsWith("F65");
        case NUCC_PROVIDER_TAXONOMY -> false;
      };
      if (paraphilic) {
        return true;
      }
    }
    return false;
  }

  /** ICD-11 6C72 compulsive sexual behaviour disorder. */
  static boolean isCompulsiveSexualBehaviour(Code code) {
    return anyIcd11Stem(code, stem -> stem.startsWith("6C72"));
  }

  /**
   * A low-desire disorder: ICD-11 HA00; ICD-10-CM F52.0 (male hypoactive sexual desire disorder)
   * and F52.22 (female sexual interest/arousal disorder); WHO ICD-10 F52.0 (lack or loss of sexual
   * desire); and the same categories in a national modification of either.
   */
  static boolean isLowDesire(Code code) {
    Optional<StandardCodeSystem> classification = code.system().classification();
    if (classification.isEmpty()) {
      return false;
    }
    for (String stem : code.stemCodes()) {
      boolean lowDesire = switch (classification.get()) {
        case ICD_11_MMS -> stem.startsWith("HA00");
        case ICD_10_CM -> stem.startsWith("F52.0") || stem.startsWith("F52.22");
        case ICD_10 -> stem.startsWith("F52.0");
        case NUCC_PROVIDER_TAXONOMY -> false;
      };
      if (lowDesire) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyIcd11Stem(Code code, Predicate<String> test) {
    return code.system().classification().filter(StandardCodeSystem.ICD_11_MMS::equals).isPresent()
        && code.stemCodes().stream().anyMatch(test);
  }
}
