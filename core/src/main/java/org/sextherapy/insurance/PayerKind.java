package org.sextherapy.insurance;

import org.sextherapy.Identified;

/**
 * Whether a payer is a commercial insurer or a public programme. The difference matters out of
 * network: a commercial plan may reimburse a client who pays a therapist and claims with a superbill,
 * while a public programme pays only providers enrolled with it (Medicare: 42 CFR 424.505; Medicaid:
 * 42 CFR 455.410(b)), so a superbill from a provider outside the programme brings the client nothing
 * back.
 */
public enum PayerKind implements Identified {
  /** A commercial insurer or employer plan. */
  COMMERCIAL("commercial"),
  /**
   * A public programme such as Medicare, a state's Medicaid, the Children's Health Insurance
   * Program, TRICARE, or their equivalents elsewhere, named by a caller id.
   */
  PUBLIC_PROGRAMME("public-programme");

  private final String id;

  PayerKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
