package org.sextherapy.insurance;

import org.sextherapy.Identified;

/**
 * How a client's insurance stands with a therapist, as decided by
 * {@link InsuranceAcceptance#decide}.
 */
public enum CoverageStanding implements Identified {
  /** The therapist is in a network of the client's plan, where the client can be seen, and open. */
  IN_NETWORK("in-network"),
  /**
   * Not in network, but the client accepts paying the therapist and claiming from a commercial
   * payer with the therapist's superbill.
   */
  OUT_OF_NETWORK_SUPERBILL("out-of-network-superbill"),
  /** Neither: the client's insurance does not help with this therapist. */
  NOT_COVERED("not-covered");

  private final String id;

  CoverageStanding(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
