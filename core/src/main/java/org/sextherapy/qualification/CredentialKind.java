package org.sextherapy.qualification;

import org.sextherapy.Identified;

/**
 * What a credential attests, across issuers. AASECT certifies sex therapists, sexuality counselors,
 * sexuality educators and supervisors as four separate disciplines (aasect.org).
 */
public enum CredentialKind implements Identified {
  /** A sex therapist, such as AASECT CST, EFS-ESSM ECPS or COSRT accreditation. */
  SEX_THERAPIST("sex-therapist"),
  /** A sexuality counselor, such as AASECT CSC; not a psychotherapy credential. */
  SEXUALITY_COUNSELOR("sexuality-counselor"),
  /** A sexuality educator, such as AASECT CSE; not a psychotherapy credential. */
  SEXUALITY_EDUCATOR("sexuality-educator"),
  /** A supervisor of sex therapists, such as AASECT Certified Sex Therapist Supervisor. */
  SUPERVISOR("supervisor"),
  /** A sexologist, such as the American Board of Sexology's certifications. */
  SEXOLOGIST("sexologist"),
  /** A fellowship, such as ISSWSH Fellow. */
  FELLOWSHIP("fellowship"),
  /**
   * Treatment of problematic sexual behaviour, such as IITAP CSAT or SASH CPSBT; the CSAT follows
   * the "addiction" model, which AASECT rejects.
   */
  PROBLEMATIC_SEXUAL_BEHAVIOUR("problematic-sexual-behaviour"),
  /** Another credential. */
  OTHER("other");

  private final String id;

  CredentialKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
