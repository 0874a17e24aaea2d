package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.internal.Checks;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.Violation;

/**
 * An ethical-practice rule: what a therapist, a plan, a request or a match must respect, stated in
 * one line, with a stable id, its source, the subjects it judges, a default severity and the checks
 * that find its breaches.
 *
 * <p>The standard rules are listed by {@link EthicalRules#standard()} and carry the number of the
 * numbered ethical-practice rule (1 to 9, listed on {@link EthicalRules}) they implement (several
 * may share a number, such as the structured and the wording check of rule 1). An application
 * writes its own rules, such as a clinic policy, with {@link #builder()} and adds them with
 * {@link EthicsReview#withRule(EthicalRule)}; they have no number.
 *
 * <p>A check is a pure function of the value, the date and a {@link RuleContext}. It returns
 * {@code List.of()} when it finds nothing (so a clean review allocates nothing) and otherwise the
 * violations it made with {@link RuleContext#violation(String, String)}. A check must not throw on
 * any value that can be constructed, and its messages must hold ids, codes, enum ids, numbers and
 * field names only, never the value's free text (ethical rule 9): the review withholds any
 * application rule's message that holds a field's text and reports a breach of rule 9 instead.
 *
 * <p>Equality covers the id, number, statement, source, subjects and default severity, not the
 * checks. This class is immutable and thread-safe, provided its checks are.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class EthicalRule {

  /** The most subjects a rule may apply to: each subject once. */
  public static final int MAX_APPLIES_TO = ReviewSubject.values().length;


  EthicalRule() {}

  /**
   * Returns a builder for an application's own rule.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableEthicalRule.builder();
  }

  /**
   * Returns the stable id, such as {@code ethics.no-identity-change}; violations carry it.
   *
   * @return the id, lower case words joined by '.' or '-', never null
   */
  public abstract String id();

  /**
   * Returns the number of the ethical-practice rule (listed on {@link EthicalRules}) that this
   * standard rule implements, from 1 to 9.
   *
   * @return the number, or empty for an application's rule
   */
  public abstract OptionalInt number();

  /**
   * Returns what the rule requires, in one line.
   *
   * @return the statement, never null or blank
   */
  public abstract String statement();

  /**
   * Returns where the rule comes from, as public sources a reader can open: a URL, a statute, a
   * code of conduct, a position statement, ICD-11, or a clinic's own policy.
   *
   * @return the source, never null or blank
   */
  public abstract String source();

  /**
   * Returns the severity of the rule's violations unless a review chooses another
   * ({@link EthicsReview#withSeverity(String, Severity)}).
   *
   * @return the default severity, never null
   */
  public abstract Severity defaultSeverity();

  /**
   * Returns what the rule judges. Every subject with a check is listed; a subject may be listed
   * without a check when the review itself enforces the rule there (rule 9, confidentiality).
   *
   * @return at least one subject, never null
   */
  public abstract Set<ReviewSubject> appliesTo();

  /**
   * Returns the check of therapist profiles.
   *
   * @return the check, or empty when the rule does not judge profiles
   */
  @Value.Auxiliary
  public abstract Optional<ProfileCheck> profileCheck();

  /**
   * Returns the check of session plans.
   *
   * @return the check, or empty when the rule does not judge plans
   */
  @Value.Auxiliary
  public abstract Optional<PlanCheck> planCheck();

  /**
   * Returns the check of client requests.
   *
   * @return the check, or empty when the rule does not judge requests
   */
  @Value.Auxiliary
  public abstract Optional<RequestCheck> requestCheck();

  /**
   * Returns the check of proposed matches.
   *
   * @return the check, or empty when the rule does not judge matches
   */
  @Value.Auxiliary
  public abstract Optional<MatchCheck> matchCheck();

  @Value.Check
  final void check() {
    Checks.ruleId(id(), "id");
    Checks.require(number().isEmpty() || (number().getAsInt() >= 1 && number().getAsInt() <= 9),
        "number", "must be from 1 to 9");
    Checks.notBlank(statement(), "statement");
    Checks.require(statement().indexOf('\n') < 0, "statement", "must be one line");
    Checks.notBlank(source(), "source");
    Checks.require(!appliesTo().isEmpty(), "appliesTo", "must hold at least one subject");
    Checks.require(profileCheck().isEmpty() || appliesTo().contains(ReviewSubject.PROFILE),
        "appliesTo", "must include profile when a profile check is given");
    Checks.require(planCheck().isEmpty() || appliesTo().contains(ReviewSubject.PLAN),
        "appliesTo", "must include plan when a plan check is given");
    Checks.require(requestCheck().isEmpty() || appliesTo().contains(ReviewSubject.REQUEST),
        "appliesTo", "must include request when a request check is given");
    Checks.require(matchCheck().isEmpty() || appliesTo().contains(ReviewSubject.MATCH),
        "appliesTo", "must include match when a match check is given");
  }

  @Override
  public String toString() {
    return "EthicalRule{" + id() + "}";
  }

  /** Finds a rule's breaches in a therapist profile and the services and modalities it offers. */
  @FunctionalInterface
  public interface ProfileCheck {
    /**
     * Checks a profile on a date.
     *
     * @param profile the profile, never null
     * @param date the day to judge on, never null
     * @param context the rule's context, never null
     * @return the violations found, {@code List.of()} when none, never null
     */
    List<Violation> check(TherapistProfile profile, LocalDate date, RuleContext context);
  }

  /** Finds a rule's breaches in a session plan. */
  @FunctionalInterface
  public interface PlanCheck {
    /**
     * Checks a plan on a date.
     *
     * @param plan the plan, never null
     * @param date the day to judge on, never null
     * @param context the rule's context, never null
     * @return the violations found, {@code List.of()} when none, never null
     */
    List<Violation> check(SessionPlan plan, LocalDate date, RuleContext context);
  }

  /** Finds a rule's breaches in a client's request. */
  @FunctionalInterface
  public interface RequestCheck {
    /**
     * Checks a request on a date.
     *
     * @param request the request, never null
     * @param date the day to judge on, never null
     * @param context the rule's context, never null
     * @return the violations found, {@code List.of()} when none, never null
     */
    List<Violation> check(ClientRequest request, LocalDate date, RuleContext context);
  }

  /**
   * Finds a rule's breaches in a proposed match. Paths are rooted at a pair
   * {@code {"request": ..., "profile": ...}}, such as {@code $.profile.populations}.
   */
  @FunctionalInterface
  public interface MatchCheck {
    /**
     * Checks a match on a date.
     *
     * @param request the client's request, never null
     * @param profile the therapist's profile, never null
     * @param date the day to judge on, never null
     * @param context the rule's context, never null
     * @return the violations found, {@code List.of()} when none, never null
     */
    List<Violation> check(ClientRequest request, TherapistProfile profile, LocalDate date,
        RuleContext context);
  }

  /**
   * Builds an application's {@link EthicalRule}; the id, statement, source, default severity and at
   * least one subject are required, with a check for each subject it judges.
   */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id lower case words joined by '.' or '-', such as {@code clinic.no-evening-sessions},
     *     never null
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the one-line statement.
     *
     * @param statement what the rule requires, never null or blank
     * @return this builder
     */
    Builder statement(String statement);

    /**
     * Sets the source.
     *
     * @param source where the rule comes from, never null or blank
     * @return this builder
     */
    Builder source(String source);

    /**
     * Sets the default severity.
     *
     * @param defaultSeverity never null
     * @return this builder
     */
    Builder defaultSeverity(Severity defaultSeverity);

    /**
     * Adds subjects the rule judges.
     *
     * @param appliesTo never null
     * @return this builder
     */
    Builder addAppliesTo(ReviewSubject... appliesTo);

    /**
     * Adds subjects the rule judges.
     *
     * @param appliesTo never null
     * @return this builder
     */
    Builder addAllAppliesTo(Iterable<ReviewSubject> appliesTo);

    /**
     * Sets the check of therapist profiles.
     *
     * @param profileCheck never null
     * @return this builder
     */
    Builder profileCheck(ProfileCheck profileCheck);

    /**
     * Sets the check of session plans.
     *
     * @param planCheck never null
     * @return this builder
     */
    Builder planCheck(PlanCheck planCheck);

    /**
     * Sets the check of client requests.
     *
     * @param requestCheck never null
     * @return this builder
     */
    Builder requestCheck(RequestCheck requestCheck);

    /**
     * Sets the check of proposed matches.
     *
     * @param matchCheck never null
     * @return this builder
     */
    Builder matchCheck(MatchCheck matchCheck);

    /**
     * Builds the rule.
     *
     * @return the rule, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the id,
     *     statement, source or default severity is missing
     * @throws IllegalArgumentException if the id is malformed, the statement blank or not one line,
     *     the source blank, no subject given or a check given for a subject not listed
     */
    EthicalRule build();
  }
}
