package org.sextherapy.ethics;

import org.sextherapy.code.Code;
import org.sextherapy.code.CodeSystem;

/**
 * Tells a code that records a disorder or dysfunction from one that records a circumstance.
 *
 * <p>Every ICD-11 MMS and ICD-10-CM code is taken as a disorder code except those that record
 * factors influencing health status or contact with services, or that only extend another code:
 * ICD-11 chapter 24 (codes starting with {@code Q}), its functioning section ({@code V}) and extension
 * codes ({@code X}); ICD-10-CM chapter 21 (codes starting with {@code Z}, such as Z63.0 relationship
 * distress) and external causes ({@code V} to {@code Y}). NUCC provider-taxonomy codes classify
 * providers, not people, and never count. Used by ethical rules 2 and 8.
 */
final class DisorderCodes {

  private DisorderCodes() {}

  static boolean isDisorder(Code code) {
    String value = code.code();
    char first = Character.toUpperCase(value.charAt(0));
    if (code.system() == CodeSystem.ICD_11_MMS) {
      return first != 'Q' && first != 'V' && first != 'X';
    }
    if (code.system() == CodeSystem.ICD_10_CM) {
      return first < 'V';
    }
    return false;
  }
}
