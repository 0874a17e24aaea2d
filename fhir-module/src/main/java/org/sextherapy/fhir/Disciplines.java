package org.sextherapy.fhir;

import org.jspecify.annotations.Nullable;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.qualification.Discipline;

/** The licence discipline of a NUCC provider-taxonomy code, through {@link Discipline}. */
final class Disciplines {

  private Disciplines() {}

  /**
   * Returns the discipline whose usual code this is ({@link Discipline#taxonomyCode()}), or
   * counselling for NUCC 101YM0800X "Counselor, Mental Health": {@link Discipline#COUNSELLING}
   * covers professional and mental-health counsellors (LPC, LPCC, LMHC) and holds only the
   * professional counselor's code as its usual one.
   */
  static @Nullable Discipline of(Code code) {
    for (Discipline discipline : Discipline.values()) {
      if (discipline.taxonomyCode().map(c -> same(c, code)).orElse(false)) {
        return discipline;
      }
    }
    if (same(code, CodeCatalogue.NUCC_MENTAL_HEALTH_COUNSELOR)) {
      return Discipline.COUNSELLING;
    }
    return null;
  }

  private static boolean same(Code a, Code b) {
    return a.system() == b.system() && a.code().equals(b.code());
  }
}
