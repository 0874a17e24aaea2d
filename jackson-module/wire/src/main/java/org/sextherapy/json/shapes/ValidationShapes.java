package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.JSON_PATH;
import static org.sextherapy.json.engine.ScalarShapes.RULE_ID;
import static org.sextherapy.json.engine.ScalarShapes.TEXT;

import java.util.List;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/** Wire forms of {@code org.sextherapy.validation}. */
final class ValidationShapes {

  /** {@code {"ruleId": "...", "path": "$.licences[0]", "severity": "error", "message": "..."}}. */
  static final ObjectShape<Violation> VIOLATION = new ObjectShape<Violation>("Violation") {
    final Property<Violation, String> ruleId = required("ruleId", RULE_ID, Violation::ruleId);
    final Property<Violation, String> path = required("path", JSON_PATH, Violation::path);
    final Property<Violation, Severity> severity =
        required("severity", EnumShape.of(Severity.class), Violation::severity);
    final Property<Violation, String> message = required("message", TEXT, Violation::message);

    @Override
    protected Violation create(Values v) {
      return Violation.of(v.get(ruleId), v.get(path), v.get(severity), v.get(message));
    }
  }.seal();

  /** The validation result document: {@code {"violations": [...]}}. */
  static final ObjectShape<ValidationResult> VALIDATION_RESULT =
      new ObjectShape<ValidationResult>("ValidationResult") {
        final Property<ValidationResult, List<Violation>> violations =
            list("violations", VIOLATION, ValidationResult.MAX_VIOLATIONS,
                ValidationResult::violations);

        @Override
        protected ValidationResult create(Values v) {
          return ValidationResult.of(v.list(violations));
        }
      }.seal();

  private ValidationShapes() {}
}
