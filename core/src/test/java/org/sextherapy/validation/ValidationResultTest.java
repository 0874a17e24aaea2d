package org.sextherapy.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

  private static final Violation EXPIRED = Violation.of("licence.expired",
      "$.licences[0].validUntil", Severity.WARNING, "licence in US-NY has expired");
  private static final Violation NO_FORMAT = Violation.of("profile.no-format", "$.formats",
      Severity.ERROR, "offers no session format");
  private static final Violation STALE = Violation.of("profile.availability-stale",
      "$.availabilityConfirmedAt", Severity.INFO, "availability not confirmed");

  @Test
  void resultWithoutViolationsIsValidAndShared() {
    assertThat(ValidationResult.valid().isValid()).isTrue();
    assertThat(ValidationResult.valid().violations()).isEmpty();
    assertThat(ValidationResult.of(List.of())).isSameAs(ValidationResult.valid());
  }

  @Test
  void warningsAndNotesDoNotMakeAValueInvalid() {
    ValidationResult result = ValidationResult.of(List.of(EXPIRED, STALE));

    assertThat(result.isValid()).isTrue();
    assertThat(result.hasViolation("licence.expired")).isTrue();
    assertThat(result.hasViolation("profile.no-format")).isFalse();
  }

  @Test
  void anErrorMakesAValueInvalid() {
    ValidationResult result = ValidationResult.of(List.of(EXPIRED, NO_FORMAT));

    assertThat(result.isValid()).isFalse();
    assertThat(result.withSeverity(Severity.ERROR)).containsExactly(NO_FORMAT);
    assertThat(result.withSeverity(Severity.WARNING)).containsExactly(EXPIRED);
    assertThat(result.withSeverity(Severity.INFO)).isEmpty();
  }

  @Test
  void combinedResultsKeepTheOrderFound() {
    ValidationResult first = ValidationResult.of(List.of(EXPIRED));
    ValidationResult second = ValidationResult.of(List.of(NO_FORMAT, STALE));

    assertThat(first.and(second).violations()).containsExactly(EXPIRED, NO_FORMAT, STALE);
    assertThat(first.and(ValidationResult.valid())).isSameAs(first);
    assertThat(ValidationResult.valid().and(second)).isSameAs(second);
  }

  @Test
  void resultShowsItsViolations() {
    assertThat(ValidationResult.of(List.of(EXPIRED))).hasToString(
        "ValidationResult[warning licence.expired at $.licences[0].validUntil: "
            + "licence in US-NY has expired]");
  }
}
