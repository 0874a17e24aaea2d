package org.sextherapy.validation.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Collects violations while a validator or rule walks a value, allocating nothing until the first
 * one is found, so judging a clean value costs no garbage.
 */
public final class Findings {

  private @Nullable List<Violation> violations;

  /**
   * Records a violation.
   *
   * @param ruleId the rule's stable id, never null
   * @param path the JSON path of the offending field, never null
   * @param severity the severity, never null
   * @param message the message, with no client data, never null
   */
  public void add(String ruleId, String path, Severity severity, String message) {
    List<Violation> list = violations;
    if (list == null) {
      list = new ArrayList<>(4);
      violations = list;
    }
    list.add(Violation.of(ruleId, path, severity, message));
  }

  /**
   * Returns what was found.
   *
   * @return the result, the shared valid result when nothing was found, never null
   */
  public ValidationResult result() {
    List<Violation> list = violations;
    return list == null ? ValidationResult.valid() : ValidationResult.of(list);
  }
}
