package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import org.junit.jupiter.api.Test;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/** Validation results and their violations. */
class ValidationJsonTest extends WireFormatTestBase {

  @Test
  void validResultIsAnEmptyListOfViolations() {
    assertThat(roundTrip(ValidationResult.class, ValidationResult.valid()))
        .isEqualTo("{\"violations\":[]}");
    assertThat(read(ValidationResult.class, "{}")).isEqualTo(ValidationResult.valid());
  }

  @Test
  void violationKeepsRuleIdPathSeverityAndMessage() {
    Violation violation = Examples.validationResult().violations().get(1);
    assertThat(roundTrip(Violation.class, violation)).isEqualTo(json("{'ruleId':"
        + "'certification.ce-credits','path':'$.certifications[0].ceCreditsEarned',"
        + "'severity':'warning','message':'CE credits are short of the renewal requirement'}"));
  }

  @Test
  void violationWithAMalformedRuleIdOrPathIsInvalid() {
    SexTherapyJsonException ruleId = readFailure(ValidationResult.class, json("{'violations': "
        + "[{'ruleId': 'Licence Valid', 'path': '$', 'severity': 'error', 'message': 'm'}]}"));
    assertThat(ruleId.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(ruleId.path()).isEqualTo("$.violations[0].ruleId");
    SexTherapyJsonException path = readFailure(Violation.class,
        json("{'ruleId': 'a.b', 'path': 'licences[0]', 'severity': 'error', 'message': 'm'}"));
    assertThat(path.path()).isEqualTo("$.path");
    SexTherapyJsonException severity = readFailure(Violation.class,
        json("{'ruleId': 'a.b', 'path': '$', 'severity': 'fatal', 'message': 'm'}"));
    assertThat(severity.kind()).isEqualTo(JsonErrorKind.UNKNOWN_ID);
  }
}
