package org.sextherapy.ethics;

import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;

/**
 * How a review message names a recorded code: by the catalogue's system and code when the library
 * ships it, otherwise only by its position, which the violation's path gives
 * ({@code $.concerns[0].recordedCodes[1]}). A code is an identifier, but a message names nothing a
 * client or an intake form could have typed (ethical rule 9).
 */
final class CodeNames {

  private CodeNames() {}

  /**
   * Names a recorded code for a message.
   *
   * @param code the recorded code, never null
   * @return "code icd-11-mms:HA60" for a catalogue code, "the code at this path" otherwise
   */
  static String of(Code code) {
    return CodeCatalogue.find(code)
        .map(shipped -> "code " + shipped.system().id() + ":" + shipped.code())
        .orElse("the code at this path");
  }
}
