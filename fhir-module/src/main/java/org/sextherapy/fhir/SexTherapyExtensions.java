package org.sextherapy.fhir;

/**
 * The FHIR extensions and code systems this library defines for what a therapist profile holds and
 * FHIR R4, NDH and Plan-Net have no element for: sex-therapy expertise, populations served,
 * session formats, modalities, certifications such as AASECT's, training in human sexuality, fees,
 * compact privileges, and the profile's own id and availability.
 *
 * <p>Every URL lives under {@link #BASE}. A directory without these extensions still reads: the
 * profile then has no expertise, so the matcher's competence constraint keeps it out of every
 * result until the application adds the concerns the therapist declares. The README's "FHIR
 * directories" section is the full definition (context, cardinality, value type).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SexTherapyExtensions {

  /** The base of every URL defined here. */
  public static final String BASE = "https://example.org/sextherapy/fhir";

  /** Identifier system of the profile's own id, on {@code Practitioner.identifier}. */
  public static final String THERAPIST_ID_SYSTEM = BASE + "/therapist-id";

  /** Code system of the model's licence disciplines ({@code Discipline} ids). */
  public static final String DISCIPLINE_SYSTEM = BASE + "/CodeSystem/discipline";
  /** Code system of degree levels ({@code DegreeLevel} ids). */
  public static final String DEGREE_LEVEL_SYSTEM = BASE + "/CodeSystem/degree-level";
  /** Code system of registers ({@code Register} ids such as {@code COSRT} or {@code HCPC}). */
  public static final String REGISTER_SYSTEM = BASE + "/CodeSystem/register";
  /** Code system of certifications, by qualified credential id such as {@code AASECT-CST}. */
  public static final String CREDENTIAL_SYSTEM = BASE + "/CodeSystem/credential";

  /**
   * Practitioner: gender in the therapist's own terms (complex: {@code term} 1..*,
   * {@code ownWords} 0..1).
   */
  public static final String GENDER = BASE + "/StructureDefinition/gender";
  /** Practitioner: the professional title the therapist presents, as written (string). */
  public static final String TITLE = BASE + "/StructureDefinition/title";
  /** Practitioner: pronouns as the therapist writes them (string). */
  public static final String PRONOUNS = BASE + "/StructureDefinition/pronouns";
  /** Practitioner: expertise in a concern (complex: {@code concern}, {@code level} codes), 0..*. */
  public static final String EXPERTISE = BASE + "/StructureDefinition/expertise";
  /** Practitioner: a population served or affirmed (code), 0..*. */
  public static final String POPULATION = BASE + "/StructureDefinition/population";
  /** Practitioner: a session format offered (code), 0..*. */
  public static final String SESSION_FORMAT = BASE + "/StructureDefinition/session-format";
  /** Practitioner: a delivery offered, in person, video or phone (code), 0..*. */
  public static final String DELIVERY = BASE + "/StructureDefinition/delivery";
  /**
   * Practitioner: a modality (complex: {@code id} code, {@code name} string, {@code aim} 1..*,
   * {@code description} string 0..1).
   */
  public static final String MODALITY = BASE + "/StructureDefinition/modality";
  /**
   * Practitioner: an interstate compact privilege (complex: the compact's {@code compact} kind,
   * {@code member} 0..* and {@code operationalFrom} 0..1; the privilege's {@code kind},
   * {@code home}, {@code remote} 0..1, {@code period} and {@code daysUsed} 0..* with
   * {@code year} and {@code days}).
   */
  public static final String COMPACT_PRIVILEGE = BASE + "/StructureDefinition/compact-privilege";
  /** Practitioner: training in human sexuality (complex of hour counts and the SAR flag). */
  public static final String TRAINING = BASE + "/StructureDefinition/training";
  /**
   * Practitioner: fees (complex: {@code currency} code, {@code superbills} boolean, and
   * {@code sessionFee} 1..* with {@code format} code, {@code minutes} integer, {@code amount}
   * decimal, and 0..1 {@code slidingScaleLow} and {@code slidingScaleHigh} decimals).
   */
  public static final String FEES = BASE + "/StructureDefinition/fees";
  /**
   * Practitioner: a payer network the therapist participates in, 0..* (complex: {@code payer}
   * code, {@code payerKind} code ({@code commercial} or {@code public-programme}), {@code network}
   * code, {@code plan} 0..* code, {@code acceptance} 0..1 code (the model's
   * {@code PatientAcceptance} ids), {@code telehealth} boolean). All values are the caller's ids.
   */
  public static final String NETWORK = BASE + "/StructureDefinition/network";
  /**
   * Location: a network (code, the caller's network id) the therapist is in network with at this
   * location, 0..*.
   */
  public static final String LOCATION_NETWORK = BASE + "/StructureDefinition/location-network";
  /**
   * Practitioner: measured outcomes for a concern (complex: {@code concern} and {@code measure}
   * codes, {@code courses}, {@code reliableImprovements}, {@code reliableDeteriorations}
   * integers, {@code period} Period), 0..*. Counts only, never a client's data.
   */
  public static final String OUTCOME = BASE + "/StructureDefinition/outcome";
  /**
   * Practitioner: race or ethnicity in the therapist's own terms (complex: {@code term} string
   * 1..*, {@code ownWords} string 0..1), 0..1.
   */
  public static final String RACE_OR_ETHNICITY = BASE + "/StructureDefinition/race-or-ethnicity";
  /**
   * Practitioner: LGBTQ+ identity in the therapist's own terms (complex: {@code term} string 1..*,
   * {@code ownWords} string 0..1), 0..1.
   */
  public static final String LGBTQ_IDENTITY = BASE + "/StructureDefinition/lgbtq-identity";
  /**
   * Practitioner: how the therapist works with faith (complex: {@code approach} code,
   * {@code tradition} string 0..1), 0..1.
   */
  public static final String FAITH = BASE + "/StructureDefinition/faith";
  /**
   * Practitioner: competence declared in a practice area (complex: {@code area} and {@code grade}
   * codes), 0..*.
   */
  public static final String PRACTICE_COMPETENCE = BASE + "/StructureDefinition/practice-competence";
  /**
   * Location: an access feature of the premises (code, {@code AccessFeature} id), 0..*. The
   * writer uses it for the features no NDH accessibility code implies (an accessible toilet, a
   * hearing loop, an interpreter) and writes step-free access as NDH's {@code handiaccess}; the
   * reader reads it for every feature.
   */
  public static final String ACCESS = BASE + "/StructureDefinition/access";
  /** Location: a sign language of in-person sessions there (code, BCP 47), 0..*. */
  public static final String SIGN_LANGUAGE = BASE + "/StructureDefinition/sign-language";
  /**
   * PractitionerRole: an open appointment (complex: {@code start} instant, {@code length} string,
   * an ISO 8601 duration such as {@code PT50M}), 0..*.
   */
  public static final String OPEN_SLOT = BASE + "/StructureDefinition/open-slot";
  /** PractitionerRole: the date of the next opening for a new client (date), 0..1. */
  public static final String NEXT_OPENING = BASE + "/StructureDefinition/next-opening";
  /**
   * PractitionerRole: the estimated wait for a first appointment (string, an ISO 8601 period such
   * as {@code P3W}), 0..1.
   */
  public static final String ESTIMATED_WAIT = BASE + "/StructureDefinition/estimated-wait";
  /** Practitioner: whether new clients are accepted (boolean). */
  public static final String ACCEPTING_NEW_CLIENTS =
      BASE + "/StructureDefinition/accepting-new-clients";
  /** Practitioner: how many more clients can be taken on (integer). */
  public static final String OPEN_CAPACITY = BASE + "/StructureDefinition/open-capacity";
  /** Practitioner: when availability was last confirmed (instant). */
  public static final String AVAILABILITY_CONFIRMED =
      BASE + "/StructureDefinition/availability-confirmed";
  /** Practitioner.qualification of a licence: the model's exact licence status (code). */
  public static final String LICENCE_STATUS = BASE + "/StructureDefinition/licence-status";
  /** Practitioner.qualification of a degree: whether it is clinical (boolean). */
  public static final String DEGREE_CLINICAL = BASE + "/StructureDefinition/degree-clinical";
  /**
   * Practitioner.qualification of a certification: the credential in full (complex: {@code id}
   * code, {@code title} string, {@code kind} code, {@code issuer} with {@code id}, {@code name},
   * and 0..1 {@code renewalCycle} (ISO 8601 period), {@code renewalCeCredits},
   * {@code renewalMembership}; {@code requiresCurrent} 0..1, a credential again;
   * {@code requiredHeldFor} 0..1, an ISO 8601 period such as {@code P2Y}).
   */
  public static final String CREDENTIAL = BASE + "/StructureDefinition/credential";
  /** Practitioner.qualification of a certification: CE credits in the cycle (integer). */
  public static final String CE_CREDITS = BASE + "/StructureDefinition/ce-credits";
  /** Practitioner.qualification of a certification: issuer membership current (boolean). */
  public static final String MEMBERSHIP_CURRENT = BASE + "/StructureDefinition/membership-current";

  private SexTherapyExtensions() {}
}
