package org.sextherapy.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void violationShowsSeverityRulePathAndMessage() {
    assertThat(Violation.of("request.no-concern", "$.concerns", Severity.ERROR,
        "gives no concern")).hasToString("error request.no-concern at $.concerns: gives no concern");
  }

  @Test
  void ruleIdMustBeLowerCaseWordsJoinedByDotsOrHyphens() {
    assertThat(Violation.of("compact-privilege.no-home-licence", "$", Severity.INFO, "m")
        .ruleId()).isEqualTo("compact-privilege.no-home-licence");
    for (String bad : List.of("Licence.Expired", "licence..expired", "licence.", ".licence",
        "licence expired", "", "1licence")) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Violation.of(bad, "$", Severity.ERROR, "message"))
          .as("rule id '%s'", bad).withMessageStartingWith("ruleId ");
    }
  }

  @Test
  void pathMustBeAJsonPath() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Violation.of("licence.expired", "licences[0]", Severity.ERROR, "m"))
        .withMessageStartingWith("path ");
  }

  @Test
  void messageMustNotBeBlank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Violation.of("licence.expired", "$.licences", Severity.ERROR, " "))
        .withMessageStartingWith("message ");
  }

  @Test
  void everyRuleIdOfTheValidatorsIsWellFormedAndUsedByOneRuleOnly() {
    List<String> ids = new ArrayList<>();
    for (Class<?> validator : List.of(TherapistProfileValidator.class,
        ClientRequestValidator.class, SessionPlanValidator.class)) {
      ids.addAll(ValidatorPropertiesTest.ruleIds(validator));
    }

    assertThat(ids).hasSize(32 + 10 + 5).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(Violation.of(id, "$", Severity.INFO, "m").ruleId())
            .isEqualTo(id));
  }
}
