package org.sextherapy.validation;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * One problem found by a validator or the ethics review: the stable id of the rule, the JSON path of
 * the offending field (such as {@code $.licences[0].validUntil}), a severity and a message.
 *
 * <p>The message is written by the rule from ids, codes and field names only, never from a client's
 * data, so a violation can be logged (ethical rule 9).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Violation {


  Violation() {}

  /**
   * Creates a violation.
   *
   * @param ruleId the rule's stable id, lower case with dots or hyphens, such as
   *     {@code "licence.expired"}
   * @param path the JSON path of the offending field, starting with {@code $}
   * @param severity how serious it is, never null
   * @param message what is wrong, with no client data, never null or blank
   * @return the violation, never null
   * @throws IllegalArgumentException if the rule id or path is malformed or the message blank
   */
  public static Violation of(String ruleId, String path, Severity severity, String message) {
    return ImmutableViolation.of(ruleId, path, severity, message);
  }

  /**
   * Returns the rule's stable id.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String ruleId();

  /**
   * Returns the JSON path of the offending field.
   *
   * @return the path, starting with {@code $}, never null
   */
  @Value.Parameter
  public abstract String path();

  /**
   * Returns how serious the violation is.
   *
   * @return the severity, never null
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Returns what is wrong, in words that hold no client data.
   *
   * @return the message, never null or blank
   */
  @Value.Parameter
  public abstract String message();

  @Value.Check
  final void check() {
    Checks.ruleId(ruleId(), "ruleId");
    Checks.require(path().startsWith("$"), "path", "must be a JSON path starting with $");
    Checks.notBlank(message(), "message");
  }

  @Override
  public String toString() {
    return severity().id() + " " + ruleId() + " at " + path() + ": " + message();
  }
}
