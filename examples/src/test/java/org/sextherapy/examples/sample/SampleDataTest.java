package org.sextherapy.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertificationStatus;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.ClientRequestValidator;

class SampleDataTest {

  private static final LocalDate DATE = SampleDirectory.AS_OF;
  private static final List<TherapistProfile> DIRECTORY = SampleData.directory();

  @Test
  void bundledDirectoryIsExactlyWhatTheSeededGeneratorProduces() {
    assertThat(SampleData.directoryJson()).isEqualTo(SampleData.generatedDirectoryJson());
    assertThat(DIRECTORY).isEqualTo(SampleDirectory.generate());
  }

  @Test
  void bundledRequestsAreExactlyTheSampleRequests() {
    for (ClientRequest request : SampleRequests.all()) {
      assertThat(SampleData.request(request.id())).isEqualTo(request);
    }
  }

  @Test
  void directoryHoldsAtLeastFiveHundredClearlyFictionalTherapists() {
    assertThat(DIRECTORY).hasSizeGreaterThanOrEqualTo(500)
        .allSatisfy(p -> assertThat(p.displayName()).endsWith("(fictional)"));
    assertThat(DIRECTORY.stream().map(TherapistProfile::id).distinct()).hasSize(DIRECTORY.size());
  }

  @Test
  void directorySpansSeveralUsStatesAndOtherCountries() {
    var jurisdictions = DIRECTORY.stream()
        .map(p -> p.locations().get(0).jurisdiction().code()).collect(Collectors.toSet());
    assertThat(jurisdictions.stream().filter(j -> j.startsWith("US-"))).hasSizeGreaterThan(5);
    assertThat(jurisdictions).contains("GB", "DE-BE", "CA-ON", "AU-NSW");
  }

  @Test
  void directoryHoldsLapsedCertificationsAndProfilesThatBreachTheEthicsRules() {
    long lapsed = DIRECTORY.stream().flatMap(p -> p.certifications().stream())
        .map((Certification c) -> c.statusOn(DATE)).filter(s -> s == CertificationStatus.LAPSED)
        .count();
    long breaching = DIRECTORY.stream()
        .filter(p -> !EthicsReview.standard().reviewProfile(p, DATE).isValid()).count();
    assertThat(lapsed).isGreaterThan(10);
    assertThat(breaching).isGreaterThan(3);
  }

  @Test
  void everySampleRequestIsValid() {
    for (ClientRequest request : SampleRequests.all()) {
      assertThat(new ClientRequestValidator().validate(request, DATE).violations())
          .as(request.id()).isEmpty();
      assertThat(EthicsReview.standard().reviewRequest(request, DATE).violations())
          .as(request.id()).isEmpty();
    }
  }
}
