package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.Payer;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Plan-Net's licensed professional counselor (Practitioner/Counselor, Susie Smith, LPC, active in
 * Illinois, with a virtual counselling service) read, completed by the application, and matched.
 */
class CounselorExampleTest {

  private static final LocalDate SESSION_DAY = LocalDate.of(2026, 12, 1);

  private static TherapistRead counselor() {
    return Examples.read(Examples.PLAN_NET).therapists().stream()
        .filter(t -> t.profile().id().equals("Counselor")).findFirst().orElseThrow();
  }

  private static ClientRequest adultInIllinoisByPhone() {
    return ClientRequest.builder().id("req-il-phone").addParticipants(Participant.ofAge("p1", 41))
        .sessionJurisdiction(Jurisdiction.parse("US-IL")).format(SessionFormat.INDIVIDUAL)
        .addDeliveries(Delivery.PHONE)
        .addConcerns(RequestedConcern.of(StandardConcerns.LOW_SEXUAL_DESIRE, Priority.HIGH))
        .build();
  }

  @Test
  void theCounselorIsReadWithHerLanguageAndPhoneTelehealthButNoInventedLicence() {
    TherapistRead read = counselor();
    TherapistProfile profile = read.profile();

    assertThat(profile.displayName()).isEqualTo("Susie Smith, LPC");
    assertThat(profile.languages()).containsExactly(Locale.forLanguageTag("ru"));
    // The virtual counselling service offers web, app, TDD and phone: phone is the one modality
    // the model can name; the others are findings on the service.
    assertThat(profile.deliveries()).containsExactly(Delivery.PHONE);
    assertThat(profile.licences()).isEmpty();
    assertThat(profile.expertise()).isEmpty();
    assertThat(read.findings()).extracting(Finding::kind)
        .containsExactlyInAnyOrder(FindingKind.INCOMPLETE_LICENCE);
  }

  @Test
  void herRolesNetworkIsAParticipationWithItsPayerCoveringHerVirtualService() {
    // CounselorRole1 names the network AcmeofCTStdNet, part of the payer Acme, and a virtual
    // service: in network by telehealth; she has no office, so no location names it.
    assertThat(counselor().profile().networks()).containsExactly(NetworkParticipation.builder()
        .payer(Payer.commercial("Acme")).network(NetworkId.of("AcmeofCTStdNet"))
        .telehealth(true).build());
  }

  @Test
  void aMemberOfTheAcmeStandardNetworkFindsHerInNetworkOnceSheIsCompleted() {
    ClientRequest member = ClientRequest.builder().id("req-il-acme")
        .addParticipants(Participant.ofAge("p1", 41))
        .sessionJurisdiction(Jurisdiction.parse("US-IL")).format(SessionFormat.INDIVIDUAL)
        .addDeliveries(Delivery.PHONE)
        .addConcerns(RequestedConcern.of(StandardConcerns.LOW_SEXUAL_DESIRE, Priority.HIGH))
        .addPreferences(InsurancePreference.of(Strength.REQUIRED, Coverage.builder()
            .payer(Payer.commercial("Acme")).addNetworks(NetworkId.of("AcmeofCTStdNet")).build()))
        .build();
    MatchResult result = Matcher.standard().match(member,
        TherapistDirectory.of(List.of(completed(counselor(), true))), SESSION_DAY, 5);

    assertThat(result.matches()).extracting(m -> m.therapistId()).containsExactly("Counselor");
  }

  @Test
  void herProfessionalCounselorLicenceIsAClaimMissingOnlyWhatThePlanNetExampleLeavesOut() {
    LicenceClaim claim = counselor().licenceClaims().get(0);

    assertThat(claim.resource()).isEqualTo("Practitioner/Counselor");
    assertThat(claim.path()).isEqualTo("Practitioner.qualification[0]");
    assertThat(claim.discipline()).isEqualTo(Discipline.COUNSELLING);
    assertThat(claim.jurisdiction()).isEqualTo(Jurisdiction.parse("US-IL"));
    assertThat(claim.status()).isEqualTo(LicenceStatus.ACTIVE);
    assertThat(claim.taxonomyCode()).contains(CodeCatalogue.NUCC_PROFESSIONAL_COUNSELOR);
    assertThat(claim.missing()).containsExactly("number", "validFrom");
  }

  @Test
  void asReadSheIsNeverMatched() {
    MatchResult result = Matcher.standard().match(adultInIllinoisByPhone(),
        TherapistDirectory.of(List.of(counselor().profile())), SESSION_DAY, 5);

    assertThat(result.matches()).isEmpty();
  }

  @Test
  void withTheLicenceCompletedButNoConcernsTheCompetenceConstraintKeepsHerOut() {
    MatchResult result = Matcher.standard().match(adultInIllinoisByPhone(),
        TherapistDirectory.of(List.of(completed(counselor(), false))), SESSION_DAY, 5);

    assertThat(result.matches()).isEmpty();
    assertThat(result.excludedBy(HardConstraint.COMPETENCE)).isEqualTo(1);
  }

  @Test
  void theMatcherFindsHerOnceTheLicenceIsCompletedAndHerConcernsAreAdded() {
    TherapistProfile completed = completed(counselor(), true);
    MatchResult result = Matcher.standard().match(adultInIllinoisByPhone(),
        TherapistDirectory.of(List.of(completed)), SESSION_DAY, 5);

    assertThat(completed.licences()).singleElement().satisfies(licence -> {
      assertThat(licence.discipline()).isEqualTo(Discipline.COUNSELLING);
      assertThat(licence.taxonomyCode()).contains(CodeCatalogue.NUCC_PROFESSIONAL_COUNSELOR);
    });
    assertThat(result.matches()).extracting(m -> m.therapistId()).containsExactly("Counselor");
  }

  /**
   * What the application adds: the licence number and date of issue it checked with the
   * Illinois board, her availability, and (when asked) the concerns she declares.
   */
  private static TherapistProfile completed(TherapistRead read, boolean withConcerns) {
    Licence licence = read.licenceClaims().get(0).toBuilder().number("178.012345")
        .validFrom(LocalDate.of(2019, 3, 1)).build();
    TherapistProfile.Builder b = TherapistProfile.builder().id(read.profile().id())
        .displayName(read.profile().displayName())
        .addAllLanguages(read.profile().languages())
        .addAllDeliveries(read.profile().deliveries())
        .addAllLocations(read.profile().locations())
        .addAllNetworks(read.profile().networks())
        .addLicences(licence)
        .addFormats(SessionFormat.INDIVIDUAL)
        .acceptingNewClients(true).openCapacity(2);
    if (withConcerns) {
      b.addExpertise(Expertise.of(StandardConcerns.LOW_SEXUAL_DESIRE, ExpertiseLevel.EXPERIENCED));
    }
    return b.build();
  }
}
