package org.sextherapy.insurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.Limits;

/** Examples of the in-network and superbill decision, in a therapist's and a biller's words. */
class InsuranceAcceptanceTest {

  private static final Payer ACME = Payer.commercial("acme-health");
  private static final Payer MEDICARE = Payer.publicProgramme("us-medicare");
  private static final NetworkId ACME_PPO = NetworkId.of("acme-ppo");
  private static final NetworkId ACME_HMO = NetworkId.of("acme-hmo");

  private static CoverageStanding decide(Coverage coverage, boolean outOfNetwork,
      List<NetworkParticipation> networks, boolean superbills, boolean telehealth,
      Set<NetworkId> atOpenLocations) {
    return InsuranceAcceptance.decide(coverage, outOfNetwork, networks, superbills, telehealth,
        atOpenLocations::contains);
  }

  @Test
  void aTherapistInThePlansNetworkIsInNetworkByTelehealthWhenTheParticipationCoversIt() {
    NetworkParticipation ppo = NetworkParticipation.builder().payer(ACME).network(ACME_PPO)
        .telehealth(true).build();
    Coverage member = Coverage.builder().payer(ACME).addNetworks(ACME_PPO).build();

    assertThat(decide(member, false, List.of(ppo), false, true, Set.of()))
        .isEqualTo(CoverageStanding.IN_NETWORK);
    assertThat(decide(member, false, List.of(ppo), false, false, Set.of()))
        .as("no telehealth delivery for this client, no office in network")
        .isEqualTo(CoverageStanding.NOT_COVERED);
  }

  @Test
  void inPersonTheTherapistIsInNetworkOnlyAtLocationsThatNameTheNetwork() {
    NetworkParticipation ppo = NetworkParticipation.of(ACME, ACME_PPO);
    Coverage member = Coverage.of(ACME);

    assertThat(decide(member, false, List.of(ppo), false, true, Set.of()))
        .as("in person only, and no open location names the network")
        .isEqualTo(CoverageStanding.NOT_COVERED);
    assertThat(decide(member, false, List.of(ppo), false, false, Set.of(ACME_PPO)))
        .isEqualTo(CoverageStanding.IN_NETWORK);
  }

  @Test
  void aNetworkTheClientsPlanDoesNotUseDoesNotCount() {
    NetworkParticipation hmo = NetworkParticipation.builder().payer(ACME).network(ACME_HMO)
        .telehealth(true).build();
    Coverage ppoMember = Coverage.builder().payer(ACME).addNetworks(ACME_PPO).build();

    assertThat(decide(ppoMember, false, List.of(hmo), false, true, Set.of()))
        .isEqualTo(CoverageStanding.NOT_COVERED);
  }

  @Test
  void aParticipationLimitedToSomePlansCoversOnlyThose() {
    NetworkParticipation goldOnly = NetworkParticipation.builder().payer(ACME).network(ACME_PPO)
        .addPlans(PlanId.of("gold")).telehealth(true).build();

    assertThat(decide(Coverage.builder().payer(ACME).plan(PlanId.of("bronze")).build(), false,
        List.of(goldOnly), false, true, Set.of())).isEqualTo(CoverageStanding.NOT_COVERED);
    assertThat(decide(Coverage.builder().payer(ACME).plan(PlanId.of("gold")).build(), false,
        List.of(goldOnly), false, true, Set.of())).isEqualTo(CoverageStanding.IN_NETWORK);
  }

  @Test
  void aNetworkClosedToNewPatientsDoesNotTakeANewClient() {
    for (PatientAcceptance acceptance : PatientAcceptance.values()) {
      NetworkParticipation ppo = NetworkParticipation.builder().payer(ACME).network(ACME_PPO)
          .acceptance(acceptance).telehealth(true).build();
      assertThat(decide(Coverage.of(ACME), false, List.of(ppo), false, true, Set.of()))
          .as(acceptance.id())
          .isEqualTo(acceptance == PatientAcceptance.ACCEPTING ? CoverageStanding.IN_NETWORK
              : CoverageStanding.NOT_COVERED);
    }
  }

  @Test
  void outOfNetworkWithASuperbillCountsOnlyForACommercialPayerAndOnlyWhenTheClientAccepts() {
    assertThat(decide(Coverage.of(ACME), true, List.of(), true, true, Set.of()))
        .isEqualTo(CoverageStanding.OUT_OF_NETWORK_SUPERBILL);
    assertThat(decide(Coverage.of(ACME), false, List.of(), true, true, Set.of()))
        .isEqualTo(CoverageStanding.NOT_COVERED);
    assertThat(decide(Coverage.of(ACME), true, List.of(), false, true, Set.of()))
        .isEqualTo(CoverageStanding.NOT_COVERED);
    assertThat(decide(Coverage.of(MEDICARE), true, List.of(), true, true, Set.of()))
        .as("Medicare pays enrolled providers only")
        .isEqualTo(CoverageStanding.NOT_COVERED);
  }

  @Test
  void aCommercialAndAPublicPayerWithTheSameIdAreDifferentPayers() {
    NetworkParticipation publicOne = NetworkParticipation.builder()
        .payer(Payer.publicProgramme("acme-health")).network(ACME_PPO).telehealth(true).build();

    assertThat(decide(Coverage.of(ACME), false, List.of(publicOne), false, true, Set.of()))
        .isEqualTo(CoverageStanding.NOT_COVERED);
  }

  @Test
  void sizesHaveLimitsNamedByField() {
    Coverage.Builder coverage = Coverage.builder().payer(ACME);
    NetworkParticipation.Builder participation =
        NetworkParticipation.builder().payer(ACME).network(ACME_PPO);
    for (int i = 0; i <= Limits.MAX_PLANS; i++) {
      participation.addPlans(PlanId.of("plan-" + i));
      if (i <= Limits.MAX_NETWORKS) {
        coverage.addNetworks(NetworkId.of("network-" + i));
      }
    }
    assertThatIllegalArgumentException().isThrownBy(coverage::build)
        .withMessageStartingWith("networks ");
    assertThatIllegalArgumentException().isThrownBy(participation::build)
        .withMessageStartingWith("plans ");
  }
}
