package org.sextherapy.assignment;

import org.sextherapy.Identified;

/** Why a client on the waiting list was not placed with a therapist. */
public enum UnassignedReason implements Identified {
  /**
   * No therapist in the directory meets the client's hard constraints, whatever their caseload:
   * for instance a telehealth client in a jurisdiction where nobody is licensed or holds a compact
   * privilege (PSYPACT Compact, Art. II "Receiving State", psypact.gov). More places would not
   * help; a wider directory, or the client relaxing a required preference, might.
   */
  NO_ELIGIBLE_THERAPIST("no-eligible-therapist"),
  /**
   * Some therapists meet the client's hard constraints, but every one of them is full: not
   * accepting new clients, or with all open places taken by other clients of the same batch.
   */
  ELIGIBLE_THERAPISTS_FULL("eligible-therapists-full");

  private final String id;

  UnassignedReason(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
