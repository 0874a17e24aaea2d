package org.sextherapy.therapist;

import org.sextherapy.Identified;

/**
 * An area of sexual and relational practice in which a client may want a therapist's graded
 * competence, because clients in it often meet therapists who pathologise it: consensual BDSM,
 * fetishism and non-monogamy among informed adults are not disorders (AASECT and NCSF, Sexual
 * Freedom Resolution, 2016; ICD-11 removed ICD-10's fetishism and sadomasochism categories,
 * https://icd.who.int); asexual self-identification excludes a low-desire diagnosis (DSM-5-TR).
 * Directories list such competence separately (the NCSF's Kink Aware Professionals directory,
 * https://www.ncsfreedom.org/kap/). More areas can be added: matching is sized from this enum.
 */
public enum PracticeArea implements Identified {
  /** Kink and BDSM among consenting adults. */
  KINK_BDSM("kink-bdsm"),
  /** Consensual non-monogamy: polyamory, open relationships, swinging. */
  CONSENSUAL_NON_MONOGAMY("consensual-non-monogamy"),
  /** Asexuality and the asexual spectrum, as an orientation, not a dysfunction. */
  ASEXUALITY("asexuality"),
  /** Sex work, for people who do it and their partners. */
  SEX_WORK("sex-work");

  private final String id;

  PracticeArea(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
