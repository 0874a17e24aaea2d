package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sextherapy.InvalidValueException;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.internal.Counts;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * The ethics review: applies ethical rules to a therapist's profile, a session plan, a client's
 * request or a proposed match on a date, and reports every breach.
 *
 * <p>{@link #standard()} applies every standard rule of {@link EthicalRules}, which follow the
 * nine ethical-practice rules of the library (GoodTherapy, Sex Therapy; AASECT Code of Conduct;
 * AASECT and APA positions, ICD-11). An application adds its own rules beside them ({@link
 * #withRule(EthicalRule)}), chooses severities ({@link #withSeverity(String, Severity)}), switches
 * off rules 6 to 9 where its setting needs it ({@link #withoutRule(String)}) and supplies the
 * minimum ages at which a minor may consent alone ({@link #withMinorConsentAges(Map)}). Rules 1 to
 * 5 (identity, verbal sessions, no contact with a client, exercises as invitations) can never be
 * switched off or given a weaker severity than their standard one.
 *
 * <p>A review never throws on a value that can be constructed: it returns a
 * {@link ValidationResult} with one {@link Violation} per breach, in rule order, each with the
 * rule's id, the JSON path of the offending field, the chosen severity and a message made of ids,
 * codes, enum ids, numbers and field names only (ethical rule 9). A value <em>fails the gate</em>
 * when the result is not {@linkplain ValidationResult#isValid() valid}, that is when it holds an
 * {@link Severity#ERROR}. When nothing is found the shared {@link ValidationResult#valid()} is
 * returned and nothing is allocated beyond what the model's own accessors do, so
 * {@link #reviewProfile} can gate every profile of a large directory.
 *
 * <p>Violations of an application's rules are given that rule's id and chosen severity, and are
 * screened for client data: one that holds the text of a free-text field of the reviewed value is
 * withheld and reported as a breach of {@link EthicalRules#CONFIDENTIALITY} (while that rule is
 * on; the text is withheld either way). An exception thrown by an application's check propagates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EthicsReview {

  private static final EthicsReview STANDARD = new EthicsReview(EthicalRules.standard(), Map.of(),
      MinorConsentPolicy.NONE, MinorConsentPolicy.NONE);

  private final List<EthicalRule> rules;
  private final Map<String, Severity> chosen;
  private final MinorConsentPolicy minorConsent;
  private final MinorConsentPolicy agesOfConsent;
  private final List<Bound<EthicalRule.ProfileCheck>> profileChecks;
  private final List<Bound<EthicalRule.PlanCheck>> planChecks;
  private final List<Bound<EthicalRule.RequestCheck>> requestChecks;
  private final List<Bound<EthicalRule.MatchCheck>> matchChecks;
  private final List<Bound<EthicalRule.RequestCheck>> safeguardingChecks;
  private final List<Bound<EthicalRule.RequestCheck>> guardianConsentChecks;
  private final @Nullable RuleContext confidentiality;

  /** A check with its rule's context, and whether the rule is a standard one. */
  private static final class Bound<C> {
    final C check;
    final RuleContext context;
    final boolean standard;

    Bound(C check, RuleContext context, boolean standard) {
      this.check = check;
      this.context = context;
      this.standard = standard;
    }
  }

  private EthicsReview(List<EthicalRule> rules, Map<String, Severity> chosen,
      MinorConsentPolicy minorConsent, MinorConsentPolicy agesOfConsent) {
    this.rules = List.copyOf(rules);
    this.chosen = Map.copyOf(chosen);
    this.minorConsent = minorConsent;
    this.agesOfConsent = agesOfConsent;
    List<Bound<EthicalRule.ProfileCheck>> profile = new ArrayList<>();
    List<Bound<EthicalRule.PlanCheck>> plan = new ArrayList<>();
    List<Bound<EthicalRule.RequestCheck>> request = new ArrayList<>();
    List<Bound<EthicalRule.MatchCheck>> match = new ArrayList<>();
    List<Bound<EthicalRule.RequestCheck>> guard = new ArrayList<>();
    List<Bound<EthicalRule.RequestCheck>> consent = new ArrayList<>();
    RuleContext confidentialityContext = null;
    for (EthicalRule rule : this.rules) {
      RuleContext context =
          new RuleContext(rule.id(), severityOf(rule), minorConsent, agesOfConsent);
      boolean standard = isStandard(rule);
      rule.profileCheck().ifPresent(c -> profile.add(new Bound<>(c, context, standard)));
      rule.planCheck().ifPresent(c -> plan.add(new Bound<>(c, context, standard)));
      rule.requestCheck().ifPresent(c -> request.add(new Bound<>(c, context, standard)));
      if (EthicalRules.isSafeguarding(rule)) {
        rule.requestCheck().ifPresent(c -> guard.add(new Bound<>(c, context, standard)));
      }
      if (rule.id().equals(EthicalRules.MINOR_GUARDIAN_CONSENT.id())) {
        rule.requestCheck().ifPresent(c -> consent.add(new Bound<>(c, context, standard)));
      }
      rule.matchCheck().ifPresent(c -> match.add(new Bound<>(c, context, standard)));
      if (rule.id().equals(EthicalRules.CONFIDENTIALITY.id())) {
        confidentialityContext = context;
      }
    }
    this.profileChecks = List.copyOf(profile);
    this.planChecks = List.copyOf(plan);
    this.requestChecks = List.copyOf(request);
    this.matchChecks = List.copyOf(match);
    this.safeguardingChecks = List.copyOf(guard);
    this.guardianConsentChecks = List.copyOf(consent);
    this.confidentiality = confidentialityContext;
  }

  /**
   * Returns the review with every standard rule at its default severity and no minimum ages of
   * consent.
   *
   * @return the standard review, never null
   */
  public static EthicsReview standard() {
    return STANDARD;
  }

  private static boolean isStandard(EthicalRule rule) {
    return EthicalRules.find(rule.id()).isPresent();
  }

  private Severity severityOf(EthicalRule rule) {
    Severity severity = chosen.get(rule.id());
    return severity == null ? rule.defaultSeverity() : severity;
  }

  private static int strength(Severity severity) {
    return switch (severity) {
      case ERROR -> 2;
      case WARNING -> 1;
      case INFO -> 0;
    };
  }

  private EthicalRule rule(String ruleId) {
    for (EthicalRule rule : rules) {
      if (rule.id().equals(ruleId)) {
        return rule;
      }
    }
    throw new InvalidValueException("ruleId", "must name a rule of this review");
  }

  /**
   * Returns a review that also applies an application's rule, such as a clinic policy, after the
   * rules already in this review. A standard rule that was switched off may be added back as it is.
   *
   * @param rule the rule, never null
   * @return the new review, never null
   * @throws InvalidValueException naming the field {@code rule.id} if the review already has a
   *     rule with that id, or the id starts with {@code ethics.}, which is kept for the standard
   *     rules
   */
  public EthicsReview withRule(EthicalRule rule) {
    for (EthicalRule existing : rules) {
      if (existing.id().equals(rule.id())) {
        throw new InvalidValueException("rule.id",
            "must differ from the ids of this review's rules");
      }
    }
    boolean standard = EthicalRules.find(rule.id()).map(rule::equals).orElse(false);
    if (!standard && rule.id().startsWith("ethics.")) {
      throw new InvalidValueException("rule.id",
          "must not start with 'ethics.', which is kept for the standard rules");
    }
    List<EthicalRule> more = new ArrayList<>(rules);
    more.add(rule);
    return new EthicsReview(more, chosen, minorConsent, agesOfConsent);
  }

  /**
   * Returns a review that gives a rule's violations another severity. Rules 1 to 5 and the
   * safeguarding rule on children may be made stricter but never weaker than their standard
   * severity: rule 1's check of wording, a warning, may become an error, and their errors stay
   * errors. The safeguarding rule on adults with minors may be lowered, but the lower severity
   * counts only where the caller supplied the local age of consent
   * ({@link #withAgesOfConsent(Map)}) and every minor reaches it; elsewhere it stays an error.
   *
   * @param ruleId the id of one of this review's rules, never null
   * @param severity the severity to give its violations, never null
   * @return the new review, never null
   * @throws InvalidValueException naming the field if no rule of this review has that id
   *     ({@code ruleId}), or the rule is one of rules 1 to 5 or the safeguarding rule on children
   *     and the severity is weaker than its standard one ({@code severity})
   */
  public EthicsReview withSeverity(String ruleId, Severity severity) {
    EthicalRule rule = rule(ruleId);
    if (EthicalRules.isProtected(rule)
        && strength(severity) < strength(rule.defaultSeverity())) {
      throw new InvalidValueException("severity", "must not weaken rules 1 to 5 or the"
          + " safeguarding rule on children below their standard severity");
    }
    Map<String, Severity> more = new HashMap<>(chosen);
    more.put(ruleId, severity);
    return new EthicsReview(rules, more, minorConsent, agesOfConsent);
  }

  /**
   * Returns a review without one of its rules, such as rule 6's CST prerequisites outside the
   * United States. Rules 1 to 5 and the safeguarding rules can never be switched off.
   *
   * @param ruleId the id of one of this review's rules, never null
   * @return the new review, never null
   * @throws InvalidValueException naming the field {@code ruleId} if no rule of this review has
   *     that id, or the rule is one of rules 1 to 5 or a safeguarding rule
   */
  public EthicsReview withoutRule(String ruleId) {
    EthicalRule rule = rule(ruleId);
    if (EthicalRules.isProtected(rule) || EthicalRules.isSafeguarding(rule)) {
      throw new InvalidValueException("ruleId", "must not name one of rules 1 to 5 or a"
          + " safeguarding rule, which can never be switched off");
    }
    List<EthicalRule> fewer = new ArrayList<>(rules);
    fewer.remove(rule);
    Map<String, Severity> chosenLeft = new HashMap<>(chosen);
    chosenLeft.remove(ruleId);
    return new EthicsReview(fewer, chosenLeft, minorConsent, agesOfConsent);
  }

  /**
   * Returns a review that knows the minimum age at which a minor may consent alone to outpatient
   * mental-health care in each given jurisdiction, replacing any ages given before. An entry for a
   * country covers its subdivisions unless they have their own. A participant under 18 whose
   * recorded age reaches the age for the session jurisdiction needs no guardian consent (rule 7).
   * The library ships no ages: consent rules vary by jurisdiction, often 12 to 16
   * (each state sets its own, in statute), and must come from a source the caller trusts.
   *
   * @param ages the minimum age in whole years per jurisdiction, from 0 to 18, never null
   * @return the new review, never null
   * @throws InvalidValueException naming the field {@code minorConsentAges} if an age is below 0
   *     or above 18
   */
  public EthicsReview withMinorConsentAges(Map<Jurisdiction, Integer> ages) {
    return new EthicsReview(rules, chosen, MinorConsentPolicy.of(ages), agesOfConsent);
  }

  /**
   * Returns a review that knows the local age of consent to sexual activity in each given
   * jurisdiction, replacing any ages given before. An entry for a country covers its subdivisions
   * unless they have their own. Only with such an age may a partner-format request mixing an adult
   * and a minor be given a severity below error
   * ({@link EthicalRules#SAFEGUARDING_ADULT_AND_MINOR_PARTNERS}), and only when every minor's
   * recorded age reaches the age for the session jurisdiction. The library ships no ages: they
   * vary by jurisdiction and must come from a source the caller trusts.
   *
   * @param ages the age of consent in whole years per jurisdiction, from 0 to 21, never null
   * @return the new review, never null
   * @throws InvalidValueException naming the field {@code agesOfConsent} if an age is below 0 or
   *     above 21
   */
  public EthicsReview withAgesOfConsent(Map<Jurisdiction, Integer> ages) {
    return new EthicsReview(rules, chosen, minorConsent,
        MinorConsentPolicy.of(ages, "agesOfConsent", 21));
  }

  /**
   * Returns the rules this review applies, standard rules first in catalogue order, then the
   * application's in the order added.
   *
   * @return the rules, never null
   */
  public List<EthicalRule> rules() {
    return rules;
  }

  /**
   * Returns the severity this review gives a rule's violations.
   *
   * @param ruleId a rule id, never null
   * @return the severity, or empty if this review has no rule with that id
   */
  public Optional<Severity> severityOf(String ruleId) {
    for (EthicalRule rule : rules) {
      if (rule.id().equals(ruleId)) {
        return Optional.of(severityOf(rule));
      }
    }
    return Optional.empty();
  }

  /**
   * Reviews a therapist's profile and the services and modalities it offers on a date: no modality
   * that alters identity (rule 1), certifications shown as they stand on the date, licences behind
   * AASECT certifications and recorded CST prerequisites (rule 6), and any application rule for
   * profiles. Paths are rooted at the profile, such as {@code $.certifications[0]}.
   *
   * @param profile the profile, never null
   * @param date the day to judge on, never null
   * @return every breach found, or {@link ValidationResult#valid()}, never null
   */
  public ValidationResult reviewProfile(TherapistProfile profile, LocalDate date) {
    return review(profileChecks, (check, context) -> check.check(profile, date, context),
        () -> Confidentiality.texts(profile));
  }

  /**
   * Reviews a session plan on a date: goals (rule 1), in-session activities (rule 3), exercises
   * (rules 4, 5 and 7) and any application rule for plans. Paths are rooted at the plan, such as
   * {@code $.exercises[2].consentedBy}.
   *
   * @param plan the plan, never null
   * @param date the day to judge on, never null
   * @return every breach found, or {@link ValidationResult#valid()}, never null
   */
  public ValidationResult reviewPlan(SessionPlan plan, LocalDate date) {
    return review(planChecks, (check, context) -> check.check(plan, date, context),
        () -> Confidentiality.texts(plan));
  }

  /**
   * Reviews a client's request on a date: no identity as a concern (rule 2), guardian consent for
   * minors (rule 7), no disorder recorded for consensual sexuality without distress (rule 8) and
   * any application rule for requests. Paths are rooted at the request, such as
   * {@code $.concerns[0].recordedCodes[1]}.
   *
   * @param request the request, never null
   * @param date the day to judge on, never null
   * @return every breach found, or {@link ValidationResult#valid()}, never null
   */
  public ValidationResult reviewRequest(ClientRequest request, LocalDate date) {
    return review(requestChecks, (check, context) -> check.check(request, date, context),
        () -> Confidentiality.texts(request));
  }

  /**
   * Tells whether this review's safeguarding rules refuse a request outright on a date: a
   * partner-format request with a child, or one mixing an adult and a minor where the caller has
   * not lowered that case with a supplied age of consent, or a request breaching a safeguarding
   * rule that warns by default (partners who are all minors, a minor in a group request with an
   * adult) where this review raised it to an error. A matcher or assigner gating with this review
   * matches such a request to nobody.
   *
   * @param request the request, never null
   * @param date the day to judge on, never null
   * @return whether a safeguarding rule reports an error
   */
  public boolean refusesToMatch(ClientRequest request, LocalDate date) {
    return anyError(safeguardingChecks, request, date);
  }

  /**
   * Tells whether this review refuses to have a request matched for want of guardian consent on a
   * date: its rule {@link EthicalRules#MINOR_GUARDIAN_CONSENT} reports an error, that is a
   * participant under 18 who cannot consent alone (no minimum age of consent supplied for where
   * they will be, {@link #withMinorConsentAges}, or their recorded age does not reach it) has no
   * guardian consent recorded, or it is refused. Consent recorded as pending is not an error
   * ({@link EthicalRules#MINOR_GUARDIAN_CONSENT_PENDING} warns), so an intake can look for a
   * therapist while it seeks consent; a review that switched the rule off or lowered its severity
   * refuses nothing here. A matcher or assigner gating with this review matches such a request to
   * nobody ({@code HardConstraint.GUARDIAN_CONSENT}), after the safeguarding rules
   * ({@link #refusesToMatch}).
   *
   * @param request the request, never null
   * @param date the day to judge on, never null
   * @return whether the guardian-consent rule reports an error
   */
  public boolean refusesForGuardianConsent(ClientRequest request, LocalDate date) {
    return anyError(guardianConsentChecks, request, date);
  }

  private static boolean anyError(List<Bound<EthicalRule.RequestCheck>> checks,
      ClientRequest request, LocalDate date) {
    for (int i = 0; i < checks.size(); i++) {
      Bound<EthicalRule.RequestCheck> bound = checks.get(i);
      for (Violation violation : bound.check.check(request, date, bound.context)) {
        if (violation.severity() == Severity.ERROR) {
          return true;
        }
      }
    }
    return false;
  }


  /**
   * Reviews a proposed match of a request with a therapist on a date: the therapist declares
   * expertise in at least one of the request's concerns (rule 6, competence), a request with a
   * minor goes only to a therapist serving adolescents (rule 7), and any application rule for
   * matches. This judges the pairing only: the request and the profile are judged on their own by
   * {@link #reviewRequest} and {@link #reviewProfile}, which a matcher calls once each rather than
   * once per pair. Paths are rooted at the pair {@code {"request": ..., "profile": ...}}, such as
   * {@code $.profile.populations}.
   *
   * @param request the client's request, never null
   * @param profile the therapist's profile, never null
   * @param date the day to judge on, never null
   * @return every breach found, or {@link ValidationResult#valid()}, never null
   */
  public ValidationResult reviewMatch(ClientRequest request, TherapistProfile profile,
      LocalDate date) {
    return review(matchChecks, (check, context) -> check.check(request, profile, date, context),
        () -> {
          List<String> texts = new ArrayList<>(Confidentiality.texts(request));
          texts.addAll(Confidentiality.texts(profile));
          return texts;
        });
  }

  /**
   * Runs one kind of check of every rule: standard rules' violations are kept as reported, an
   * application rule's are screened for the value's free text (rule 9), which is gathered only
   * when an application rule reports something. Nothing is allocated for a clean value beyond the
   * two small closures.
   */
  private <C> ValidationResult review(List<Bound<C>> checks,
      BiFunction<C, RuleContext, List<Violation>> run, Supplier<List<String>> freeText) {
    List<Violation> found = List.of();
    @Nullable List<String> texts = null;
    for (int i = 0; i < checks.size(); i++) {
      Bound<C> bound = checks.get(i);
      List<Violation> reported = run.apply(bound.check, bound.context);
      if (reported.isEmpty()) {
        continue;
      }
      if (bound.standard) {
        found = addAll(found, reported);
      } else {
        if (texts == null) {
          texts = freeText.get();
        }
        found = screen(found, reported, bound.context, texts);
      }
    }
    return found.isEmpty() ? ValidationResult.valid() : ValidationResult.of(found);
  }

  private static List<Violation> addAll(List<Violation> found, List<Violation> reported) {
    List<Violation> all = found.isEmpty() ? new ArrayList<>(reported.size() + 2) : found;
    all.addAll(reported);
    return all;
  }

  /**
   * Adds an application rule's violations to those found so far, with the rule's id and severity,
   * withholding any that holds client text (rule 9).
   */
  private List<Violation> screen(List<Violation> found, List<Violation> reported,
      RuleContext context, List<String> texts) {
    List<Violation> all = found.isEmpty() ? new ArrayList<>(reported.size() + 2) : found;
    for (Violation violation : reported) {
      boolean pathLeaks = Confidentiality.holdsAny(violation.path(), texts);
      if (pathLeaks || Confidentiality.holdsAny(violation.message(), texts)) {
        all.add(context.violation(pathLeaks ? "$" : violation.path(), Confidentiality.WITHHELD));
        if (confidentiality != null) {
          all.add(confidentiality.violation("$", "a violation of rule " + context.ruleId()
              + " held client data and was withheld"));
        }
      } else if (violation.ruleId().equals(context.ruleId())
          && violation.severity() == context.severity()) {
        all.add(violation);
      } else {
        all.add(context.violation(violation.path(), violation.message()));
      }
    }
    return all;
  }

  @Override
  public String toString() {
    return "EthicsReview{" + Counts.of(rules.size(), "rule", "rules") + ", "
        + Counts.of(chosen.size(), "severity", "severities") + " chosen, "
        + Counts.of(minorConsent.size(), "consent age", "consent ages") + ", "
        + Counts.of(agesOfConsent.size(), "age", "ages") + " of consent}";
  }
}
