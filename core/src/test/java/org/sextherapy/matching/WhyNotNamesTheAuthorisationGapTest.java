package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.authorisation.BasisKind;
import org.sextherapy.authorisation.PracticeAuthorisation;
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
import org.sextherapy.qualification.PrivilegeKind;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;

/**
 * A new user's trial: therapists excluded for authorisation whom {@code whyNot} used to explain as
 * "no basis, missing []". Each way the constraint fails now has its own gap, with the deliveries
 * the therapist is authorised for in the place and the bases that would authorise the rest.
 */
class WhyNotNamesTheAuthorisationGapTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final Jurisdiction CA = Jurisdiction.parse("US-CA");
  private static final Jurisdiction NV = Jurisdiction.parse("US-NV");
  private static final Jurisdiction NY = Jurisdiction.parse("US-NY");
  private static final Jurisdiction NJ = Jurisdiction.parse("US-NJ");
  private static final InterstateCompact PSYPACT =
      InterstateCompact.of(CompactKind.PSYPACT, Set.of(NY, NJ));
  private static final Set<Delivery> ALL =
      Set.of(Delivery.IN_PERSON, Delivery.VIDEO, Delivery.PHONE);

  private static Licence psychology(Jurisdiction where) {
    return Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(where).number("L-1")
        .status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2018, 1, 1)).build();
  }

  /** A psychologist offering video and in-person sessions at one office. */
  private static TherapistProfile.Builder psychologist(String id, Jurisdiction office) {
    return TherapistProfile.builder().id(id).displayName("Dr " + id)
        .addExpertise(Expertise.of(StandardConcerns.DESIRE_DISCREPANCY, ExpertiseLevel.SPECIALIST))
        .addFormats(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO, Delivery.IN_PERSON)
        .addLocations(PracticeLocation.of(office)).acceptingNewClients(true).openCapacity(2);
  }

  /** One adult client in a place, accepting some deliveries. */
  private static ClientRequest client(Jurisdiction where, Delivery... deliveries) {
    return ClientRequest.builder().id("req-1").sessionJurisdiction(where)
        .addParticipants(Participant.of("p1", AgeBracket.ADULT))
        .format(SessionFormat.INDIVIDUAL).addDeliveries(deliveries)
        .addConcerns(RequestedConcern.builder().concern(StandardConcerns.DESIRE_DISCREPANCY)
            .priority(Priority.HIGH).build())
        .build();
  }

  private static Exclusion whyNot(ClientRequest request, TherapistProfile therapist) {
    TherapistDirectory directory = TherapistDirectory.of(List.of(therapist));
    assertThat(Matcher.standard().match(request, directory, DATE, 5)
        .excludedBy(HardConstraint.AUTHORISATION)).as("the matcher excludes them there").isOne();
    Exclusion why = Matcher.standard().whyNot(request, directory, therapist.id(), DATE);
    assertThat(why.constraint()).contains(HardConstraint.AUTHORISATION);
    return why;
  }

  @Test
  void aCaliforniaLicenceWithItsOnlyOfficeInNevadaHasNoPracticeForAClientInCaliforniaInPerson() {
    TherapistProfile therapist = psychologist("th-ca", NV).addLicences(psychology(CA)).build();
    assertThat(PracticeAuthorisation.standard()
        .decide(therapist, CA, Delivery.IN_PERSON, DATE).isAuthorised())
        .as("the licence authorises in-person sessions in California").isTrue();

    Exclusion why = whyNot(client(CA, Delivery.IN_PERSON), therapist);

    assertThat(why.authorisationGap()).contains(AuthorisationGap.NO_PRACTICE_LOCATION);
    assertThat(why.place()).contains(CA);
    assertThat(why.authorisedDeliveries()).isEqualTo(ALL);
    assertThat(why.missing()).as("no basis is missing, an office is").isEmpty();
    assertThat(why).hasToString("Exclusion{authorisation, no-practice-location in US-CA,"
        + " authorised [in-person, video, phone], missing []}");
  }

  @Test
  void aPsypactApitAuthorisesVideoInNewJerseyNotTheInPersonSessionsTheClientAsksFor() {
    TherapistProfile therapist = psychologist("th-apit", NY).addLicences(psychology(NY))
        .addCompactPrivileges(CompactPrivilege.of(PSYPACT, NY, LocalDate.of(2021, 1, 1)))
        .build();

    Exclusion why = whyNot(client(NJ, Delivery.IN_PERSON), therapist);

    assertThat(why.authorisationGap()).contains(AuthorisationGap.OTHER_DELIVERIES_ONLY);
    assertThat(why.place()).contains(NJ);
    assertThat(why.authorisedDeliveries()).containsExactly(Delivery.VIDEO, Delivery.PHONE);
    assertThat(why.missing()).as("as the rules say for in-person sessions in New Jersey")
        .containsExactly(Basis.of(BasisKind.LICENCE, "US-NJ"))
        .isEqualTo(PracticeAuthorisation.standard()
            .decide(therapist, NJ, Delivery.IN_PERSON, DATE).missing());
    assertThat(why).hasToString("Exclusion{authorisation, other-deliveries-only in US-NJ,"
        + " authorised [video, phone], missing [licence(US-NJ)]}");
  }

  @Test
  void aPsypactTapAuthorisesInPersonSessionsInNewJerseyNotVideo() {
    TherapistProfile therapist = psychologist("th-tap", NJ).addLicences(psychology(NY))
        .addCompactPrivileges(CompactPrivilege.builder().compact(PSYPACT)
            .kind(PrivilegeKind.PSYPACT_TAP).homeJurisdiction(NY).remoteJurisdiction(NJ)
            .validFrom(LocalDate.of(2021, 1, 1)).build())
        .build();

    Exclusion why = whyNot(client(NJ, Delivery.VIDEO), therapist);

    assertThat(why.authorisationGap()).contains(AuthorisationGap.OTHER_DELIVERIES_ONLY);
    assertThat(why.authorisedDeliveries()).containsExactly(Delivery.IN_PERSON);
    assertThat(why.missing()).containsExactly(Basis.of(BasisKind.LICENCE, "US-NJ"));
  }

  @Test
  void withNoBasisInThePlaceTheMissingBasesAreTheLicenceItWouldAcceptAsBefore() {
    TherapistProfile therapist = psychologist("th-nv", NV).addLicences(psychology(NV)).build();

    Exclusion byVideo = whyNot(client(CA, Delivery.VIDEO), therapist);
    Exclusion inPerson = whyNot(client(CA, Delivery.IN_PERSON), therapist);

    assertThat(byVideo.authorisationGap()).contains(AuthorisationGap.NO_BASIS);
    assertThat(byVideo.place()).contains(CA);
    assertThat(byVideo.authorisedDeliveries()).isEmpty();
    assertThat(byVideo.missing()).containsExactly(Basis.of(BasisKind.LICENCE, "US-CA"));
    assertThat(byVideo).hasToString(
        "Exclusion{authorisation, no-basis in US-CA, authorised [], missing [licence(US-CA)]}");
    assertThat(inPerson).isEqualTo(byVideo);
  }

  @Test
  void aClientAcceptingBothIsToldOfTheMissingOfficeAndOfTheLicenceThatWouldAuthoriseVideo() {
    // A TAP holder without an office in New Jersey: in person is authorised there but has
    // nowhere to happen, and video is not authorised at all.
    TherapistProfile therapist = psychologist("th-tap", NY).addLicences(psychology(NY))
        .addCompactPrivileges(CompactPrivilege.builder().compact(PSYPACT)
            .kind(PrivilegeKind.PSYPACT_TAP).homeJurisdiction(NY).remoteJurisdiction(NJ)
            .validFrom(LocalDate.of(2021, 1, 1)).build())
        .build();

    Exclusion why = whyNot(client(NJ, Delivery.IN_PERSON, Delivery.VIDEO), therapist);

    assertThat(why.authorisationGap()).contains(AuthorisationGap.NO_PRACTICE_LOCATION);
    assertThat(why.place()).contains(NJ);
    assertThat(why.authorisedDeliveries()).containsExactly(Delivery.IN_PERSON);
    assertThat(why.missing()).as("what would authorise video instead")
        .containsExactly(Basis.of(BasisKind.LICENCE, "US-NJ"));
  }

  @Test
  void aCoupleByVideoInOneStateAndOnlyInPersonInTheOtherHasNoDeliveryForEveryPlace() {
    // Licensed in New York, a TAP for New Jersey: each partner's state authorises the therapist,
    // New York by video and New Jersey in person only, and no practice lies in both.
    TherapistProfile therapist = psychologist("th-split", NY).addLicences(psychology(NY))
        .addCompactPrivileges(CompactPrivilege.builder().compact(PSYPACT)
            .kind(PrivilegeKind.PSYPACT_TAP).homeJurisdiction(NY).remoteJurisdiction(NJ)
            .validFrom(LocalDate.of(2021, 1, 1)).build())
        .addLocations(PracticeLocation.of(NJ))
        .addFormats(SessionFormat.COUPLE).build();
    ClientRequest couple = ClientRequest.builder().id("req-couple").sessionJurisdiction(NY)
        .addParticipants(Participant.of("p1", AgeBracket.ADULT),
            Participant.builder().id("p2").ageBracket(AgeBracket.ADULT)
                .sessionJurisdiction(NJ).build())
        .format(SessionFormat.COUPLE).addDeliveries(Delivery.VIDEO, Delivery.IN_PERSON)
        .addConcerns(RequestedConcern.builder().concern(StandardConcerns.DESIRE_DISCREPANCY)
            .priority(Priority.HIGH).build())
        .build();

    Exclusion why = whyNot(couple, therapist);

    assertThat(why.authorisationGap()).contains(AuthorisationGap.NO_DELIVERY_FOR_EVERY_PLACE);
    assertThat(why.place()).isEmpty();
    assertThat(why.authorisedDeliveries()).isEmpty();
    assertThat(why.missing()).isEmpty();
    assertThat(why).hasToString("Exclusion{authorisation, no-delivery-for-every-place}");
  }

  /**
   * Partners in California and Nevada who accept in-person sessions only: no one practice can lie
   * in both states, so an office in Nevada would not help, and whyNot must not point at one (a
   * second new-user trial, session 15: it said no-practice-location in US-NV).
   */
  @Test
  void partnersInTwoStatesInPersonOnlyNeedNoOfficeThatCannotHelp() {
    TherapistProfile therapist = psychologist("th-ca-nv", CA)
        .addLicences(psychology(CA), psychology(NV)).addFormats(SessionFormat.COUPLE).build();
    ClientRequest couple = ClientRequest.builder().id("req-couple").sessionJurisdiction(CA)
        .addParticipants(Participant.of("p1", AgeBracket.ADULT),
            Participant.builder().id("p2").ageBracket(AgeBracket.ADULT)
                .sessionJurisdiction(NV).build())
        .format(SessionFormat.COUPLE).addDeliveries(Delivery.IN_PERSON)
        .addConcerns(RequestedConcern.builder().concern(StandardConcerns.DESIRE_DISCREPANCY)
            .priority(Priority.HIGH).build())
        .build();

    Exclusion why = whyNot(couple, therapist);
    Exclusion withNevadaOffice = whyNot(couple, psychologist("th-ca-nv", CA)
        .addLicences(psychology(CA), psychology(NV)).addFormats(SessionFormat.COUPLE)
        .addLocations(PracticeLocation.of(NV)).build());

    assertThat(why).hasToString("Exclusion{authorisation, no-delivery-for-every-place}");
    assertThat(withNevadaOffice).isEqualTo(why);
  }

  @Test
  void anotherConstraintOrNoneNamesNoGap() {
    TherapistProfile therapist = psychologist("th-ca", CA).addLicences(psychology(CA)).build();
    TherapistDirectory directory = TherapistDirectory.of(List.of(therapist));

    Exclusion eligible = Matcher.standard().whyNot(client(CA, Delivery.IN_PERSON), directory,
        "th-ca", DATE);
    Exclusion byPhone = Matcher.standard().whyNot(client(CA, Delivery.PHONE), directory,
        "th-ca", DATE);

    assertThat(eligible.isEligible()).isTrue();
    assertThat(eligible.authorisationGap()).isEmpty();
    assertThat(eligible).hasToString("Exclusion{eligible}");
    assertThat(byPhone.constraint()).contains(HardConstraint.DELIVERY);
    assertThat(byPhone.authorisationGap()).isEmpty();
    assertThat(byPhone.authorisedDeliveries()).isEmpty();
  }

  /** What an application says for each gap: a switch over every constant, so a new one is seen. */
  static String explain(AuthorisationGap gap) {
    return switch (gap) {
      case NO_BASIS -> "holds no credential valid where you will be";
      case OTHER_DELIVERIES_ONLY -> "is authorised there only for other kinds of session";
      case NO_PRACTICE_LOCATION -> "is authorised there but has no practice there";
      case NO_DELIVERY_FOR_EVERY_PLACE -> "cannot see everyone in one way where each will be";
    };
  }

  @Test
  void everyGapHasWordsForTheClient() {
    for (AuthorisationGap gap : AuthorisationGap.values()) {
      assertThat(explain(gap)).isNotBlank();
    }
  }
}
