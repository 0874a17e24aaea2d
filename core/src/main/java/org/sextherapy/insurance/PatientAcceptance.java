package org.sextherapy.insurance;

import org.sextherapy.Identified;

/**
 * Whether a therapist takes new patients through one network: a practice may be full for one payer
 * and open for another. The values are those of the HL7 US National Directory's
 * {@code AcceptingPatientsVS} value set (codes {@code newpt}, {@code existptonly},
 * {@code existptfam}, {@code nopt}), carried in its {@code newpatients} extension with the network
 * it applies to (https://hl7.org/fhir/us/ndh/).
 */
public enum PatientAcceptance implements Identified {
  /** Accepting new patients (NDH {@code newpt}). */
  ACCEPTING("accepting"),
  /** Accepting existing patients only (NDH {@code existptonly}). */
  EXISTING_PATIENTS_ONLY("existing-patients-only"),
  /** Accepting existing patients and members of their families (NDH {@code existptfam}). */
  EXISTING_PATIENTS_AND_FAMILY("existing-patients-and-family"),
  /** Not accepting patients (NDH {@code nopt}). */
  NOT_ACCEPTING("not-accepting");

  private final String id;

  PatientAcceptance(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Tells whether a new client may start through the network.
   *
   * @return true only for {@link #ACCEPTING}
   */
  public boolean admitsNewClients() {
    return switch (this) {
      case ACCEPTING -> true;
      case EXISTING_PATIENTS_ONLY, EXISTING_PATIENTS_AND_FAMILY, NOT_ACCEPTING -> false;
    };
  }
}
