package org.sextherapy.qualification;

import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Certifying bodies and credentials of sex therapy, from their issuers: aasect.org,
 * americanboardofsexology.org, EFS and ESSM (ECPS), isswsh.org, cosrt.org.uk, iitap.com and
 * sash.net.
 *
 * <p>Renewal rules are given where the issuer publishes one: AASECT (3 years, 20 CE credits,
 * continuous membership; aasect.org), ISSWSH fellowship (5-year term, 75 CME/CE, active membership;
 * isswsh.org/members/fellowship), COSRT accreditation
 * (reviewed annually). The others have no rule here, so a certification from them is judged by its
 * recorded expiry only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardCredentials {

  /** The American Association of Sexuality Educators, Counselors and Therapists. */
  public static final CertifyingBody AASECT = CertifyingBody.of("AASECT",
      "American Association of Sexuality Educators, Counselors and Therapists",
      RenewalRule.of(Period.ofYears(3), 20, true));
  /** The American Board of Sexology. */
  public static final CertifyingBody ABS =
      CertifyingBody.of("ABS", "American Board of Sexology");
  /** The European Federation of Sexology and European Society for Sexual Medicine. */
  public static final CertifyingBody EFS_ESSM = CertifyingBody.of("EFS-ESSM",
      "European Federation of Sexology and European Society for Sexual Medicine");
  /**
   * The International Society for the Study of Women's Sexual Health. Its fellowship lasts five
   * years, needs 75 CME/CE credits, and is held only by an active member in good standing, so it
   * lapses with membership (http://isswsh.org/members/fellowship).
   */
  public static final CertifyingBody ISSWSH = CertifyingBody.of("ISSWSH",
      "International Society for the Study of Women's Sexual Health",
      RenewalRule.of(Period.ofYears(5), 75, true));
  /** The College of Sexual and Relationship Therapists (UK). */
  public static final CertifyingBody COSRT = CertifyingBody.of("COSRT",
      "College of Sexual and Relationship Therapists",
      RenewalRule.of(Period.ofYears(1), 0, true));
  /** The International Institute for Trauma and Addiction Professionals. */
  public static final CertifyingBody IITAP = CertifyingBody.of("IITAP",
      "International Institute for Trauma and Addiction Professionals");
  /** The Society for the Advancement of Sexual Health. */
  public static final CertifyingBody SASH =
      CertifyingBody.of("SASH", "Society for the Advancement of Sexual Health");

  /** AASECT Certified Sex Therapist. */
  public static final Credential AASECT_CST = credential(AASECT, "CST", "Certified Sex Therapist",
      CredentialKind.SEX_THERAPIST);
  /** AASECT Certified Sexuality Counselor. */
  public static final Credential AASECT_CSC = credential(AASECT, "CSC",
      "Certified Sexuality Counselor", CredentialKind.SEXUALITY_COUNSELOR);
  /** AASECT Certified Sexuality Educator. */
  public static final Credential AASECT_CSE = credential(AASECT, "CSE",
      "Certified Sexuality Educator", CredentialKind.SEXUALITY_EDUCATOR);
  /**
   * AASECT Certified Sex Therapist Supervisor: needs the CST held for at least two years when it is
   * issued, and lapses when the holder's CST lapses
   * (AASECT supervisor requirements, https://www.aasect.org).
   */
  public static final Credential AASECT_CST_SUPERVISOR = Credential.builder().issuer(AASECT)
      .id("CST-S").title("Certified Sex Therapist Supervisor").kind(CredentialKind.SUPERVISOR)
      .requiresCurrent(AASECT_CST).requiredHeldFor(Period.ofYears(2)).build();
  /** American Board of Sexology Certified Sexologist. */
  public static final Credential ABS_CERTIFIED_SEXOLOGIST = credential(ABS, "CS",
      "Certified Sexologist", CredentialKind.SEXOLOGIST);
  /** American Board of Sexology Board Certified Diplomate. */
  public static final Credential ABS_DIPLOMATE = credential(ABS, "DIPLOMATE",
      "Board Certified Diplomate", CredentialKind.SEXOLOGIST);
  /** EFS-ESSM Certified Psycho-Sexologist (ECPS), Europe. */
  public static final Credential EFS_ESSM_ECPS = credential(EFS_ESSM, "ECPS",
      "Certified Psycho-Sexologist", CredentialKind.SEX_THERAPIST);
  /** ISSWSH Fellow. */
  public static final Credential ISSWSH_FELLOW = credential(ISSWSH, "FELLOW", "ISSWSH Fellow",
      CredentialKind.FELLOWSHIP);
  /** COSRT accredited member (psychosexual and relationship therapist). */
  public static final Credential COSRT_ACCREDITED = credential(COSRT, "ACCREDITED",
      "COSRT Accredited Member", CredentialKind.SEX_THERAPIST);
  /** IITAP Certified Sex Addiction Therapist (the "addiction" model, which AASECT rejects). */
  public static final Credential IITAP_CSAT = credential(IITAP, "CSAT",
      "Certified Sex Addiction Therapist", CredentialKind.PROBLEMATIC_SEXUAL_BEHAVIOUR);
  /** SASH Certified Problematic Sexual Behavior Therapist. */
  public static final Credential SASH_CPSBT = credential(SASH, "CPSBT",
      "Certified Problematic Sexual Behavior Therapist",
      CredentialKind.PROBLEMATIC_SEXUAL_BEHAVIOUR);

  private static final List<CertifyingBody> BODIES =
      List.of(AASECT, ABS, EFS_ESSM, ISSWSH, COSRT, IITAP, SASH);
  private static final List<Credential> CREDENTIALS = List.of(AASECT_CST, AASECT_CSC, AASECT_CSE,
      AASECT_CST_SUPERVISOR, ABS_CERTIFIED_SEXOLOGIST, ABS_DIPLOMATE, EFS_ESSM_ECPS, ISSWSH_FELLOW,
      COSRT_ACCREDITED, IITAP_CSAT, SASH_CPSBT);

  private StandardCredentials() {}

  private static Credential credential(CertifyingBody issuer, String id, String title,
      CredentialKind kind) {
    return Credential.builder().issuer(issuer).id(id).title(title).kind(kind).build();
  }

  /**
   * Returns the standard certifying bodies.
   *
   * @return the bodies in a fixed order, never null
   */
  public static List<CertifyingBody> bodies() {
    return BODIES;
  }

  /**
   * Returns the standard credentials.
   *
   * @return the credentials in a fixed order, never null
   */
  public static List<Credential> credentials() {
    return CREDENTIALS;
  }

  /**
   * Finds a standard credential by its {@linkplain Credential#qualifiedId() qualified id}, such as
   * {@code "AASECT-CST"}.
   *
   * @param qualifiedId the issuer id, a hyphen and the credential id, never null
   * @return the credential, or empty if no standard credential has that id
   */
  public static Optional<Credential> find(String qualifiedId) {
    Objects.requireNonNull(qualifiedId, "qualifiedId");
    return CREDENTIALS.stream().filter(c -> c.qualifiedId().equals(qualifiedId)).findFirst();
  }
}
