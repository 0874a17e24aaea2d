package org.sextherapy.ethics;

import java.util.OptionalInt;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.Violation;

/**
 * What a rule's check is given besides the value it judges: the rule's id and the severity the
 * review has chosen for it, a factory for the rule's violations, and the data the caller supplied to
 * the review (the minimum ages of consent per jurisdiction).
 *
 * <p>A check reports a breach with {@link #violation(String, String)}, so the violation carries the
 * rule's own id and chosen severity. The message must be made of ids, codes, enum ids, numbers and
 * field names only, never of the reviewed value's free text (ethical rule 9).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleContext {

  private final String ruleId;
  private final Severity severity;
  private final MinorConsentPolicy minorConsent;
  private final MinorConsentPolicy agesOfConsent;

  RuleContext(String ruleId, Severity severity, MinorConsentPolicy minorConsent,
      MinorConsentPolicy agesOfConsent) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.minorConsent = minorConsent;
    this.agesOfConsent = agesOfConsent;
  }

  /**
   * Returns the id of the rule being checked.
   *
   * @return the rule's id, never null
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the severity the review gives the rule's violations.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Creates a violation of the rule at a path, with the rule's id and chosen severity.
   *
   * @param path the JSON path of the offending field, starting with {@code $}, never null
   * @param message what is wrong, in ids, codes and field names only, never null or blank
   * @return the violation, never null
   * @throws IllegalArgumentException if the path does not start with {@code $} or the message is
   *     blank
   */
  public Violation violation(String path, String message) {
    return Violation.of(ruleId, path, severity, message);
  }

  /**
   * Creates an error of the rule whatever severity the review chose: for the part of a rule that a
   * caller may not lower, such as a safeguarding case without the local age of consent.
   */
  Violation error(String path, String message) {
    return Violation.of(ruleId, path, Severity.ERROR, message);
  }

  /**
   * Returns the local age of consent to sexual activity in a session jurisdiction, as supplied by
   * the caller ({@link EthicsReview#withAgesOfConsent}). The entry for the jurisdiction itself wins
   * over the entry for its country. The library ships no ages: they vary by jurisdiction and must
   * come from a source the caller trusts.
   *
   * @param jurisdiction where the participants will be during sessions, never null
   * @return the age in whole years, or empty when the caller supplied none
   */
  public OptionalInt ageOfConsent(Jurisdiction jurisdiction) {
    return agesOfConsent.minimumAge(jurisdiction);
  }

  /**
   * Returns the minimum age at which a minor may consent alone to outpatient mental-health care in
   * a session jurisdiction, as supplied by the caller ({@link EthicsReview#withMinorConsentAges}).
   * The entry for the jurisdiction itself wins over the entry for its country. The library ships no
   * ages: consent rules vary by jurisdiction and are data to check, never an assumption
   * (ethical rule 7; each state sets them in statute).
   *
   * @param jurisdiction where the participants will be during sessions, never null
   * @return the minimum age in whole years, or empty when the caller supplied none
   */
  public OptionalInt minorConsentAge(Jurisdiction jurisdiction) {
    return minorConsent.minimumAge(jurisdiction);
  }

  @Override
  public String toString() {
    return "RuleContext{" + ruleId + ", " + severity.id() + "}";
  }
}
