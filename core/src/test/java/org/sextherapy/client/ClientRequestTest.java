package org.sextherapy.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;

class ClientRequestTest {

  private static ClientRequest.Builder couple() {
    return ClientRequest.builder().id("req-1").sessionJurisdiction(Jurisdiction.parse("US-NY"))
        .format(SessionFormat.COUPLE).addDeliveries(Delivery.VIDEO)
        .addParticipants(Participant.of("p1", AgeBracket.ADULT),
            Participant.of("p2", AgeBracket.ADULT))
        .addConcerns(RequestedConcern.of(StandardConcerns.DESIRE_DISCREPANCY, Priority.HIGH));
  }

  @Test
  void coupleAsksAboutTheirDisparityInSexDrives() {
    ClientRequest request = couple().build();

    assertThat(request.participants()).extracting(Participant::id).containsExactly("p1", "p2");
    assertThat(request.involvesMinor()).isFalse();
    assertThat(request.guardianConsent()).isEmpty();
    assertThat(request.waitingSince()).isEmpty();
    assertThat(request.preferences()).isEmpty();
  }

  @Test
  void requestWithAnAdolescentInvolvesAMinor() {
    ClientRequest request = ClientRequest.builder().id("req-2")
        .sessionJurisdiction(Jurisdiction.parse("GB")).format(SessionFormat.INDIVIDUAL)
        .addParticipants(Participant.ofAge("p1", 15)).guardianConsent(GuardianConsent.GIVEN)
        .build();

    assertThat(request.involvesMinor()).isTrue();
    assertThat(request.guardianConsent()).contains(GuardianConsent.GIVEN);
  }

  @Test
  void participantIdsMustBeUniqueWithinTheRequest() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> couple().addParticipants(Participant.of("p1", AgeBracket.OLDER_ADULT))
            .build())
        .withMessageStartingWith("participants[2].id ");
  }

  @Test
  void malformedRequestIdIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> couple().id("").build())
        .withMessageStartingWith("id ");
  }

  @Test
  void requestWithoutASessionJurisdictionCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ClientRequest.builder().id("req-1").format(SessionFormat.COUPLE)
            .build())
        .withMessageContaining("sessionJurisdiction");
  }

  @Test
  void requestShowsItsIdAndCountsOnly() {
    ClientRequest request = couple()
        .addParticipants(Participant.builder().id("p3").ageBracket(AgeBracket.ADULT)
            .gender(GenderIdentity.of(SENTINEL, Set.of(GenderTerm.TWO_SPIRIT))).build())
        .addPreferences(SlidingScalePreference.of(Strength.PREFERRED))
        .build();

    assertThat(request).hasToString(
        "ClientRequest{req-1, 3 participants, 1 concern, 1 preference}");
    assertThat(ClientRequest.builder().id("req-2").sessionJurisdiction(Jurisdiction.parse("GB"))
        .format(SessionFormat.INDIVIDUAL).addParticipants(Participant.of("p1", AgeBracket.ADULT))
        .build()).hasToString("ClientRequest{req-2, 1 participant, 0 concerns, 0 preferences}");
  }
}
