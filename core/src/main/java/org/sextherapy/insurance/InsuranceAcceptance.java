package org.sextherapy.insurance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one place that decides how a client's insurance stands with a therapist; the profile
 * validator, the matcher's index and its reasons all call it.
 *
 * <p>A therapist is <b>in network</b> for a client when one of their participations is with the
 * client's payer, in a network the client's plan uses (any of the payer's networks when the caller
 * did not list the plan's networks), not limited to other plans, open to new patients through that
 * network (NDH {@code newpatients}; a participation without that status defers to the profile's own
 * acceptance), and where the client can be seen: for telehealth, a participation that covers
 * telehealth; in person, a practice location that names the network (Plan-Net lists networks per
 * {@code PractitionerRole}, which is per location: https://hl7.org/fhir/us/davinci-pdex-plan-net/).
 *
 * <p>Otherwise, when the client accepts going <b>out of network</b>, the therapist gives superbills
 * (an itemised receipt with the diagnosis and procedure codes a claim needs) and the payer is
 * commercial, the client can pay and claim reimbursement. Public programmes are excluded: they pay
 * only enrolled providers (Medicare: 42 CFR 424.505; Medicaid: 42 CFR 455.410(b)); a Medicare
 * beneficiary who sees a provider who opted out pays privately and Medicare pays nothing (42 CFR
 * 405.425).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InsuranceAcceptance {

  private InsuranceAcceptance() {}

  /**
   * Returns the first participation that puts the therapist in network for the client.
   *
   * @param coverage the client's insurance, never null
   * @param participations the therapist's participations, never null
   * @param telehealth whether the client can be seen by telehealth by this therapist
   * @param inPersonAt whether a practice location where the client can be seen in person names a
   *     network; never null
   * @return the participation, or empty when the therapist is not in network for the client
   */
  public static Optional<NetworkParticipation> inNetwork(Coverage coverage,
      List<NetworkParticipation> participations, boolean telehealth,
      Predicate<NetworkId> inPersonAt) {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(participations, "participations");
    Objects.requireNonNull(inPersonAt, "inPersonAt");
    for (NetworkParticipation p : participations) {
      if (p.payer().equals(coverage.payer())
          && (coverage.networks().isEmpty() || coverage.networks().contains(p.network()))
          && p.covers(coverage.plan())
          && p.acceptance().map(PatientAcceptance::admitsNewClients).orElse(true)
          && ((telehealth && p.telehealth()) || inPersonAt.test(p.network()))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Decides how the client's insurance stands with the therapist.
   *
   * @param coverage the client's insurance, never null
   * @param outOfNetwork whether the client accepts paying and claiming with a superbill
   * @param participations the therapist's participations, never null
   * @param superbills whether the therapist gives superbills
   * @param telehealth whether the client can be seen by telehealth by this therapist
   * @param inPersonAt whether a practice location where the client can be seen in person names a
   *     network; never null
   * @return the standing, never null
   */
  public static CoverageStanding decide(Coverage coverage, boolean outOfNetwork,
      List<NetworkParticipation> participations, boolean superbills, boolean telehealth,
      Predicate<NetworkId> inPersonAt) {
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(participations, "participations");
    Objects.requireNonNull(inPersonAt, "inPersonAt");
    if (inNetwork(coverage, participations, telehealth, inPersonAt).isPresent()) {
      return CoverageStanding.IN_NETWORK;
    }
    return outOfNetwork && superbills && reimbursesOutOfNetwork(coverage.payer().kind())
        ? CoverageStanding.OUT_OF_NETWORK_SUPERBILL : CoverageStanding.NOT_COVERED;
  }

  /**
   * Tells whether a payer of a kind may reimburse a client who paid a provider outside its
   * networks.
   *
   * @param kind the payer's kind, never null
   * @return true for a commercial payer, false for a public programme
   */
  public static boolean reimbursesOutOfNetwork(PayerKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case COMMERCIAL -> true;
      case PUBLIC_PROGRAMME -> false;
    };
  }
}
