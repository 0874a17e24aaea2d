package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.authorisation.BasisKind;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.StandardRegisters;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Couples whose partners are in two states during video sessions, and clients in a country where
 * registers, not licences, authorise: the matcher asks where every participant will be and says
 * which basis was missing.
 */
class WhereTheClientsAreTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final Jurisdiction NY = Jurisdiction.parse("US-NY");
  private static final Jurisdiction NJ = Jurisdiction.parse("US-NJ");
  private static final Jurisdiction GB = Jurisdiction.country("GB");
  private static final InterstateCompact PSYPACT =
      InterstateCompact.of(CompactKind.PSYPACT, Set.of(NY, NJ));

  private static Licence licence(Discipline discipline, Jurisdiction where) {
    return Licence.builder().discipline(discipline).jurisdiction(where).number("L-1")
        .status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2018, 1, 1)).build();
  }

  private static TherapistProfile.Builder therapist(String id, Jurisdiction office) {
    return TherapistProfile.builder().id(id).displayName("Dr " + id)
        .addExpertise(Expertise.of(StandardConcerns.DESIRE_DISCREPANCY, ExpertiseLevel.SPECIALIST))
        .addFormats(SessionFormat.COUPLE).addDeliveries(Delivery.VIDEO, Delivery.IN_PERSON)
        .addLocations(PracticeLocation.of(office)).acceptingNewClients(true).openCapacity(2);
  }

  /** A couple, one partner in {@code first}, the other in {@code second}. */
  private static ClientRequest couple(Jurisdiction first, Jurisdiction second,
      Delivery... deliveries) {
    return ClientRequest.builder().id("req-couple").sessionJurisdiction(first)
        .addParticipants(Participant.of("p1", AgeBracket.ADULT),
            Participant.builder().id("p2").ageBracket(AgeBracket.ADULT)
                .sessionJurisdiction(second).build())
        .format(SessionFormat.COUPLE).addDeliveries(deliveries)
        .addConcerns(RequestedConcern.builder().concern(StandardConcerns.DESIRE_DISCREPANCY)
            .priority(Priority.HIGH).build())
        .build();
  }

  @Test
  void aCoupleInTwoStatesByVideoNeedsATherapistAuthorisedInBoth() {
    TherapistProfile withApit = therapist("th-apit", NY)
        .addLicences(licence(Discipline.PSYCHOLOGY, NY))
        .addCompactPrivileges(CompactPrivilege.of(PSYPACT, NY, LocalDate.of(2021, 1, 1)))
        .build();
    TherapistProfile newYorkOnly = therapist("th-ny", NY)
        .addLicences(licence(Discipline.PSYCHOLOGY, NY)).build();
    TherapistDirectory directory = TherapistDirectory.of(List.of(withApit, newYorkOnly));
    ClientRequest request = couple(NY, NJ, Delivery.VIDEO);

    MatchResult result = Matcher.standard().match(request, directory, DATE, 5);

    assertThat(request.sessionJurisdictions()).containsExactly(NY, NJ);
    assertThat(result.matches()).extracting(Match::therapistId).containsExactly("th-apit");
    assertThat(result.matches().get(0).reasons()).startsWith(
        Reason.of(ReasonCode.LICENSED_IN, "US-NY", 0),
        Reason.of(ReasonCode.COMPACT_PRIVILEGE, "PSYPACT-APIT:US-NJ", 0));
    assertThat(result.excludedBy(HardConstraint.AUTHORISATION)).isEqualTo(1);
    Exclusion why = Matcher.standard().whyNot(request, directory, "th-ny", DATE);
    assertThat(why.constraint()).contains(HardConstraint.AUTHORISATION);
    assertThat(why.place()).contains(NJ);
    assertThat(why.missing()).containsExactly(Basis.of(BasisKind.LICENCE, "US-NJ"));
  }

  @Test
  void inPersonACoupleInTwoStatesCannotMeetAtOnePractice() {
    TherapistProfile licensedInBoth = therapist("th-both", NY)
        .addLicences(licence(Discipline.PSYCHOLOGY, NY), licence(Discipline.PSYCHOLOGY, NJ))
        .build();
    TherapistDirectory directory = TherapistDirectory.of(List.of(licensedInBoth));

    MatchResult inPerson = Matcher.standard()
        .match(couple(NY, NJ, Delivery.IN_PERSON), directory, DATE, 5);
    MatchResult byVideo = Matcher.standard()
        .match(couple(NY, NJ, Delivery.VIDEO), directory, DATE, 5);

    assertThat(inPerson.matches()).isEmpty();
    assertThat(inPerson.excludedBy(HardConstraint.AUTHORISATION)).isEqualTo(1);
    // no one practice can lie in both states: no office would help, so no place is named
    Exclusion why = Matcher.standard().whyNot(couple(NY, NJ, Delivery.IN_PERSON), directory,
        "th-both", DATE);
    assertThat(why.authorisationGap()).contains(AuthorisationGap.NO_DELIVERY_FOR_EVERY_PLACE);
    assertThat(why.place()).isEmpty();
    assertThat(byVideo.matches()).extracting(Match::therapistId).containsExactly("th-both");
  }

  @Test
  void aCoupleInOneStateIsMatchedAsBefore() {
    TherapistProfile newYork = therapist("th-ny", NY)
        .addLicences(licence(Discipline.PSYCHOLOGY, NY)).build();
    ClientRequest together = couple(NY, NY, Delivery.VIDEO);

    MatchResult result = Matcher.standard()
        .match(together, TherapistDirectory.of(List.of(newYork)), DATE, 5);

    assertThat(together.sessionJurisdictions()).containsExactly(NY);
    assertThat(result.matches().get(0).reasons())
        .startsWith(Reason.of(ReasonCode.LICENSED_IN, "US-NY", 0));
  }

  @Test
  void aUkSexTherapistIsMatchedOnTheirRegisterEntryNotAnInventedLicence() {
    TherapistProfile registered = therapist("th-cosrt", GB)
        .addRegistrations(Registration.builder().register(StandardRegisters.COSRT)
            .discipline(Discipline.COUNSELLING).number("COSRT-1").status(LicenceStatus.ACTIVE)
            .validFrom(LocalDate.of(2020, 1, 1)).build())
        .build();
    TherapistProfile inventedLicence = therapist("th-licence", GB)
        .addLicences(licence(Discipline.COUNSELLING, GB)).build();
    TherapistDirectory directory = TherapistDirectory.of(List.of(registered, inventedLicence));
    ClientRequest inLondon = couple(GB, GB, Delivery.VIDEO, Delivery.IN_PERSON);

    MatchResult result = Matcher.standard().match(inLondon, directory, DATE, 5);

    assertThat(result.matches()).extracting(Match::therapistId).containsExactly("th-cosrt");
    // The entry authorises both video and the practice: named once, after the practice.
    assertThat(result.matches().get(0).reasons()).startsWith(
        Reason.of(ReasonCode.PRACTICES_IN, "GB", 0),
        Reason.of(ReasonCode.REGISTERED_WITH, "COSRT", 0),
        Reason.of(ReasonCode.COVERS_CONCERN, "DESIRE_DISCREPANCY", 90));
    assertThat(Matcher.standard().whyNot(inLondon, directory, "th-licence", DATE).missing())
        .containsExactly(Basis.of(BasisKind.REGISTRATION, "BACP"),
            Basis.of(BasisKind.REGISTRATION, "COSRT"), Basis.of(BasisKind.REGISTRATION, "UKCP"));
  }
}
