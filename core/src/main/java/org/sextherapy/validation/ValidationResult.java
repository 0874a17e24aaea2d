package org.sextherapy.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * What a validator or the ethics review found: every {@link Violation}, in the order found.
 *
 * <p>A result is {@linkplain #isValid() valid} when it holds no {@link Severity#ERROR}; warnings and
 * notes do not make a value invalid.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class ValidationResult {

  /** The most violations a result may hold: several for each element of the largest value the builders accept. */
  public static final int MAX_VIOLATIONS = 100_000;

  ValidationResult() {}

  /**
   * Returns a result with no violations.
   *
   * @return the empty result, never null
   */
  public static ValidationResult valid() {
    return Valid.RESULT;
  }

  /**
   * Creates a result.
   *
   * @param violations the violations, never null
   * @return the result, never null
   */
  public static ValidationResult of(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    return violations.isEmpty() ? Valid.RESULT : ImmutableValidationResult.of(violations);
  }

  /**
   * Returns every violation found.
   *
   * @return the violations, never null
   */
  @Value.Parameter
  public abstract List<Violation> violations();

  /**
   * Tells whether no violation is an error.
   *
   * @return whether the value may be used
   */
  public final boolean isValid() {
    return violations().stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * Returns the violations of one severity.
   *
   * @param severity the severity, never null
   * @return those violations, never null
   */
  public final List<Violation> withSeverity(Severity severity) {
    return violations().stream().filter(v -> v.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether a rule was violated.
   *
   * @param ruleId the rule's id, never null
   * @return whether any violation has that id
   */
  public final boolean hasViolation(String ruleId) {
    return violations().stream().anyMatch(v -> v.ruleId().equals(ruleId));
  }

  /**
   * Returns a result with this result's violations followed by another's.
   *
   * @param other the other result, never null
   * @return the combined result, never null
   */
  public final ValidationResult and(ValidationResult other) {
    if (other.violations().isEmpty()) {
      return this;
    }
    if (violations().isEmpty()) {
      return other;
    }
    List<Violation> all = new ArrayList<>(violations());
    all.addAll(other.violations());
    return of(all);
  }

  @Override
  public String toString() {
    return "ValidationResult" + violations();
  }

  /**
   * Holds the empty result apart from this class, whose static initialiser would otherwise
   * initialise its own generated subclass (a class-initialisation deadlock between two threads).
   */
  private static final class Valid {
    static final ValidationResult RESULT = ImmutableValidationResult.of(List.of());

    private Valid() {}
  }

  @Value.Check
  final void checkSizes() {
    Checks.maxItems(violations(), MAX_VIOLATIONS, "violations");
  }
}
