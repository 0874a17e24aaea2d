package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextherapy.matching.MatcherTest.excludedBy;
import static org.sextherapy.matching.MatcherTest.ids;
import static org.sextherapy.matching.MatcherTest.match;
import static org.sextherapy.matching.MatcherTest.request;
import static org.sextherapy.matching.MatcherTest.therapist;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.PatientAcceptance;
import org.sextherapy.insurance.Payer;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.SlidingScale;

/**
 * Examples of insurance and fees in matching: in network per location and by telehealth, per
 * network acceptance, superbills out of network, public programmes, fees per format and length.
 */
class InsuranceAndFeeMatchingTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Jurisdiction NY = Jurisdiction.parse("US-NY");
  private static final Coordinates MANHATTAN = Coordinates.of(40.7580, -73.9855);
  private static final Payer ACME = Payer.commercial("acme-health");
  private static final Payer MEDICAID = Payer.publicProgramme("us-medicaid-ny");
  private static final NetworkId ACME_PPO = NetworkId.of("acme-ppo");
  private static final NetworkId MEDICAID_MCO = NetworkId.of("ny-medicaid-mco");

  private static FeeSchedule individualAndCouple(boolean superbills) {
    return FeeSchedule.builder().currency(USD).superbills(superbills)
        .addSessionFees(SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("150")),
            SessionFee.of(SessionFormat.COUPLE, 80, new BigDecimal("240"),
                SlidingScale.of(new BigDecimal("180"), new BigDecimal("240"))))
        .build();
  }

  @Test
  void aCouplesBudgetIsComparedWithTheCoupleFeeNotTheIndividualOne() {
    ClientRequest couple = request(r -> {
      r.format = SessionFormat.COUPLE;
      r.preferences.add(FeePreference.of(Strength.REQUIRED, USD, new BigDecimal("160")));
    });
    ClientRequest individual = request(r -> r.preferences.add(
        FeePreference.of(Strength.REQUIRED, USD, new BigDecimal("160"))));
    MatcherTest.Therapist both = therapist("th-both", t -> t.fees = individualAndCouple(false));

    MatchResult forCouple = match(couple, both);
    assertThat(forCouple.matches()).isEmpty();
    assertThat(forCouple.excludedBy(HardConstraint.REQUIRED_FEE)).isEqualTo(1);
    assertThat(ids(match(individual, both))).containsExactly("th-both");
  }

  @Test
  void aSlidingScaleCountsForTheFormatItIsOfferedFor() {
    ClientRequest couple = request(r -> {
      r.format = SessionFormat.COUPLE;
      r.preferences.add(SlidingScalePreference.of(Strength.REQUIRED));
    });
    ClientRequest individual = request(r -> r.preferences.add(
        SlidingScalePreference.of(Strength.REQUIRED)));
    MatcherTest.Therapist both = therapist("th-both", t -> t.fees = individualAndCouple(false));

    assertThat(ids(match(couple, both))).containsExactly("th-both");
    assertThat(match(individual, both).excludedBy(HardConstraint.REQUIRED_SLIDING_SCALE))
        .isEqualTo(1);
  }

  @Test
  void inPersonTheTherapistIsInNetworkOnlyAtTheOfficeThatIsInNetwork() {
    ClientRequest inPerson = request(r -> {
      r.deliveries = EnumSet.of(Delivery.IN_PERSON);
      r.preferences.add(InsurancePreference.of(Strength.REQUIRED, Coverage.of(ACME)));
    });
    MatcherTest.Therapist notAtThisOffice = therapist("th-elsewhere", t -> t.networks.add(
        NetworkParticipation.of(ACME, ACME_PPO)));
    MatcherTest.Therapist atThisOffice = therapist("th-office", t -> {
      t.networks.add(NetworkParticipation.of(ACME, ACME_PPO));
      t.locations = List.of(PracticeLocation.builder().jurisdiction(NY).coordinates(MANHATTAN)
          .addNetworks(ACME_PPO).build());
    });
    excludedBy(HardConstraint.REQUIRED_INSURANCE, inPerson, notAtThisOffice, atThisOffice);
  }

  @Test
  void aNetworkClosedToNewPatientsIsNotInNetworkForANewClient() {
    ClientRequest member = request(r -> r.preferences.add(
        InsurancePreference.of(Strength.REQUIRED, Coverage.of(ACME))));
    MatcherTest.Therapist full = therapist("th-full", t -> t.networks.add(
        NetworkParticipation.builder().payer(ACME).network(ACME_PPO).telehealth(true)
            .acceptance(PatientAcceptance.EXISTING_PATIENTS_ONLY).build()));
    MatcherTest.Therapist open = therapist("th-open", t -> t.networks.add(
        NetworkParticipation.builder().payer(ACME).network(ACME_PPO).telehealth(true)
            .acceptance(PatientAcceptance.ACCEPTING).build()));
    excludedBy(HardConstraint.REQUIRED_INSURANCE, member, full, open);
  }

  @Test
  void outOfNetworkWithASuperbillEarnsHalfThePointsOfInNetwork() {
    ClientRequest flexible = request(r -> r.preferences.add(
        InsurancePreference.of(Strength.PREFERRED, Coverage.of(ACME), true)));
    MatcherTest.Therapist inNetwork = therapist("th-in", t -> t.networks.add(
        NetworkParticipation.builder().payer(ACME).network(ACME_PPO).telehealth(true).build()));
    MatcherTest.Therapist superbill =
        therapist("th-superbill", t -> t.fees = individualAndCouple(true));

    MatchResult result = match(flexible, inNetwork, superbill);
    assertThat(result.matches().get(0).reasons())
        .contains(Reason.of(ReasonCode.IN_NETWORK, "acme-ppo", 12));
    assertThat(result.matches().get(1).reasons())
        .contains(Reason.of(ReasonCode.OUT_OF_NETWORK_SUPERBILL, "USD", 6));
  }

  @Test
  void aSuperbillDoesNotHelpAMedicaidMember() {
    ClientRequest medicaid = request(r -> r.preferences.add(InsurancePreference.of(
        Strength.REQUIRED, Coverage.builder().payer(MEDICAID).addNetworks(MEDICAID_MCO).build(),
        true)));
    MatcherTest.Therapist superbillOnly =
        therapist("th-superbill", t -> t.fees = individualAndCouple(true));
    MatcherTest.Therapist enrolled = therapist("th-enrolled", t -> t.networks.add(
        NetworkParticipation.builder().payer(MEDICAID).network(MEDICAID_MCO).telehealth(true)
            .build()));
    excludedBy(HardConstraint.REQUIRED_INSURANCE, medicaid, superbillOnly, enrolled);
  }
}
