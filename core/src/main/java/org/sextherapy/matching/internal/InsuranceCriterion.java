package org.sextherapy.matching.internal;

import java.util.List;
import java.util.Optional;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.CoverageStanding;
import org.sextherapy.insurance.InsuranceAcceptance;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.ReasonCode;

/**
 * The insurance family: the client's coverage in network, or out of network with a superbill.
 * {@link InsuranceAcceptance} decides, told whether a telehealth delivery is offered and accepted
 * ({@link Places#telehealth}) and which networks a practice location open to the client in person
 * names. The payer's tag rules out most profiles without reading them; the decision reads the
 * profile's participations only when the tag is there. A superbill needs no tag (any therapist who
 * gives superbills may be claimed for out of network), so it is the superbill flag set.
 */
final class InsuranceCriterion extends Criterion {

  private final PackedDirectory d;
  private final Places places;
  private final Coverage coverage;
  private final boolean outOfNetwork;
  private final TagCriterion payer;
  private final long superbillPoints;
  private final long inNetworkPoints;

  InsuranceCriterion(InsurancePreference preference, PackedDirectory d, Places places,
      MatchPolicy policy) {
    super(preference.kind());
    this.d = d;
    this.places = places;
    this.coverage = preference.coverage();
    this.outOfNetwork = preference.outOfNetwork();
    this.payer = TagCriterion.payer(coverage.payer(), d);
    this.inNetworkPoints = policy.pointsFor(CoverageStanding.IN_NETWORK);
    this.superbillPoints = policy.pointsFor(CoverageStanding.OUT_OF_NETWORK_SUPERBILL);
  }

  /** Decides how the client's insurance stands with a profile. */
  private CoverageStanding standing(int i) {
    List<NetworkParticipation> networks = payer.met(i) ? d.particulars(i).networks : List.of();
    return InsuranceAcceptance.decide(coverage, outOfNetwork, networks,
        d.in(PackedDirectory.SUPERBILL_SET, i), places.telehealth(i),
        network -> inNetworkInPerson(i, network));
  }

  /** Tells whether a practice location open to the client in person names a network. */
  private boolean inNetworkInPerson(int i, NetworkId network) {
    return places.firstOpenInPerson(i,
        (profile, ordinal, q) -> d.particulars(profile).networksAt(ordinal).contains(network)) >= 0;
  }

  @Override
  boolean met(int i) {
    return standing(i) != CoverageStanding.NOT_COVERED;
  }

  @Override
  long points(int i, long preferencePoints) {
    return standing(i) == CoverageStanding.IN_NETWORK ? inNetworkPoints : superbillPoints;
  }

  /**
   * The in-network points if a candidate may participate in the payer's networks (its tag, or a
   * rare tag the blob holds), the superbill points if a candidate gives superbills and the client
   * may claim out of network ({@link InsuranceAcceptance#decide} grants nothing else), the better
   * of the two if both; else zero.
   */
  @Override
  long most(int w, long candidates, long preferencePoints) {
    long most = 0;
    if (outOfNetwork && InsuranceAcceptance.reimbursesOutOfNetwork(coverage.payer().kind())
        && (d.flagSets[PackedDirectory.SUPERBILL_SET * d.words + w] & candidates) != 0) {
      most = superbillPoints;
    }
    if (payer.anyRare() || payer.anyInMask(w, candidates)) {
      most = Math.max(most, inNetworkPoints);
    }
    return most;
  }

  @Override
  ReasonCode reason(int i) {
    return ReasonCode.covering(standing(i)).orElse(reason);
  }

  /** The network that puts the profile in network, or the fees' currency for a superbill. */
  @Override
  String argument(int i) {
    Particulars particulars = d.particulars(i);
    if (payer.met(i)) {
      Optional<NetworkParticipation> in = InsuranceAcceptance.inNetwork(coverage,
          particulars.networks, places.telehealth(i), network -> inNetworkInPerson(i, network));
      if (in.isPresent()) {
        return in.get().network().value();
      }
    }
    return particulars.currencyCode();
  }
}
