package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.internal.Counts;
import org.sextherapy.qualification.Certification;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;

/**
 * What the standard profile rules find in one therapist profile on every date at once, so that a
 * large directory can be gated on a new session date without keeping the profiles or reviewing
 * them again.
 *
 * <p>The standard rules that judge profiles ({@link #rules()}: rule 1 on modalities' aims and on
 * conversion practices offered by name, and rule 6 on certifications shown as current, claims in
 * words, the licence behind an AASECT certification and the CST prerequisites) read a date only
 * through two kinds of dated fact: whether a certification is current on it
 * ({@link Certification#standingOn(LocalDate, List)}: its issue date and last valid day) and
 * whether a grant of authorisation to practise is valid on it ({@link Grant#isValidOn(LocalDate)}:
 * its first and last day). Between two consecutive such days every finding stays the same. So
 * {@link #of(TherapistProfile)} cuts the calendar at those days into periods and runs each rule's
 * own check, the very code {@link EthicsReview#reviewProfile} runs, once per period (the two rule
 * 1 checks, which never read the date, once in all), recording which rules report a breach in
 * each period as the bits of an int. Adjacent periods with the same findings are merged; most
 * profiles have one to three periods. A standard rule that comes to read another dated fact must
 * add its days to {@link #of}; the property test that compares these findings with
 * {@link EthicsReview#reviewProfile} over random profiles and dates guards that.
 *
 * <p>A review then decides a profile on a date from the findings alone
 * ({@link #admittedBy(EthicsReview, LocalDate)}), with the severities it chose: a profile fails
 * the gate when a rule the review counts as an error ({@link #errors(EthicsReview)}) reports a
 * breach in the period holding the date. That holds for any review whose profile checks are all
 * standard ones ({@link #decide(EthicsReview)}); an application's own profile rule is arbitrary
 * code on the whole profile and can only be run on the profile itself.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileFindings {

  private static final List<EthicalRule> RULES = profileRules();
  private static final int ALL = -1;
  /** The bits of the rules whose checks never read the date: rule 1 on profiles. */
  private static final int DATE_FREE = bit(EthicalRules.NO_IDENTITY_CHANGE)
      | bit(EthicalRules.NO_CONVERSION_PRACTICE_OFFERED);
  private static final long FIRST_DAY = LocalDate.MIN.toEpochDay();
  private static final long LAST_DAY = LocalDate.MAX.toEpochDay();
  /** The date on which the findings of a profile without dated facts are taken. */
  private static final LocalDate ANY_DAY = LocalDate.EPOCH;

  private static final ProfileFindings CLEAN = new ProfileFindings(new long[] {Long.MIN_VALUE},
      new int[] {0});

  private final long[] firstDays;
  private final int[] breaches;

  private ProfileFindings(long[] firstDays, int[] breaches) {
    this.firstDays = firstDays;
    this.breaches = breaches;
  }

  private static List<EthicalRule> profileRules() {
    List<EthicalRule> rules = new ArrayList<>();
    for (EthicalRule rule : EthicalRules.standard()) {
      if (rule.profileCheck().isPresent()) {
        rules.add(rule);
      }
    }
    if (rules.size() > Integer.SIZE) {
      throw new IllegalStateException("the standard profile rules must fit the bits of an int");
    }
    return List.copyOf(rules);
  }

  private static int bit(EthicalRule rule) {
    return 1 << RULES.indexOf(rule);
  }

  /**
   * Returns the standard rules that judge profiles, in the order of the bits of
   * {@link #breaches(int)}: at most 32.
   *
   * @return the rules, never null
   */
  public static List<EthicalRule> rules() {
    return RULES;
  }

  /**
   * Runs every standard profile rule on a profile over the whole calendar.
   *
   * @param profile the profile, never null
   * @return the findings, never null
   */
  public static ProfileFindings of(TherapistProfile profile) {
    Objects.requireNonNull(profile, "profile");
    long[] days = changeDays(profile);
    if (days.length == 0) {
      int found = run(profile, ANY_DAY, ALL);
      return found == 0 ? CLEAN : new ProfileFindings(new long[] {Long.MIN_VALUE},
          new int[] {found});
    }
    int fixed = run(profile, ANY_DAY, DATE_FREE);
    int dated = ~DATE_FREE;
    long[] starts = new long[days.length + 1];
    int[] found = new int[days.length + 1];
    int periods = 0;
    for (int p = 0; p <= days.length; p++) {
      long start = p == 0 ? Long.MIN_VALUE : days[p - 1];
      LocalDate on = LocalDate.ofEpochDay(p == 0 ? days[0] - 1 : start);
      int mask = fixed | run(profile, on, dated);
      if (periods > 0 && found[periods - 1] == mask) {
        continue;
      }
      starts[periods] = start;
      found[periods] = mask;
      periods++;
    }
    if (periods == 1 && found[0] == 0) {
      return CLEAN;
    }
    return new ProfileFindings(Arrays.copyOf(starts, periods), Arrays.copyOf(found, periods));
  }

  /**
   * Returns the sorted distinct days on which a dated fact the standard profile rules read
   * changes: a certification's issue date and the day after its last valid day, a grant's first
   * day and the day after its last. The first day of the calendar is left out, as no period ends
   * before it.
   */
  private static long[] changeDays(TherapistProfile profile) {
    List<Certification> certifications = profile.certifications();
    List<Grant> grants = certifications.isEmpty() ? List.of()
        : PracticeAuthorisation.standard().grants(profile);
    long[] days = new long[2 * (certifications.size() + grants.size())];
    int count = 0;
    for (int k = 0; k < certifications.size(); k++) {
      Certification certification = certifications.get(k);
      days[count++] = certification.issued().toEpochDay();
      days[count++] = dayAfter(certification.lastValidDay());
    }
    for (int g = 0; g < grants.size(); g++) {
      Grant grant = grants.get(g);
      days[count++] = grant.validFrom().toEpochDay();
      days[count++] = dayAfter(grant.validUntil());
    }
    Arrays.sort(days, 0, count);
    int distinct = 0;
    for (int d = 0; d < count; d++) {
      long day = days[d];
      if (day > FIRST_DAY && day <= LAST_DAY && (distinct == 0 || days[distinct - 1] != day)) {
        days[distinct++] = day;
      }
    }
    return Arrays.copyOf(days, distinct);
  }

  /** The day after a last day, or beyond the calendar when there is none. */
  private static long dayAfter(Optional<LocalDate> last) {
    return last.isPresent() ? last.get().toEpochDay() + 1 : Long.MAX_VALUE;
  }

  /** Runs the checks of the rules in a mask on a date; returns the rules that report a breach. */
  private static int run(TherapistProfile profile, LocalDate date, int mask) {
    int found = 0;
    for (int r = 0; r < RULES.size(); r++) {
      if ((mask & (1 << r)) == 0) {
        continue;
      }
      EthicalRule rule = RULES.get(r);
      RuleContext context = new RuleContext(rule.id(), rule.defaultSeverity(),
          MinorConsentPolicy.NONE, MinorConsentPolicy.NONE);
      if (!rule.profileCheck().orElseThrow().check(profile, date, context).isEmpty()) {
        found |= 1 << r;
      }
    }
    return found;
  }

  /**
   * Returns how many periods the findings hold: one when nothing dated changes them.
   *
   * @return one or more
   */
  public int periods() {
    return firstDays.length;
  }

  /**
   * Returns the epoch day on which a period starts; it ends the day before the next one starts.
   *
   * @param period from 0 to {@link #periods()} - 1
   * @return the epoch day, {@link Long#MIN_VALUE} for the first period
   */
  public long firstDay(int period) {
    return firstDays[period];
  }

  /**
   * Returns the rules that report a breach during a period, as bits: bit r for
   * {@code rules().get(r)}.
   *
   * @param period from 0 to {@link #periods()} - 1
   * @return the bits, zero when nothing is found
   */
  public int breaches(int period) {
    return breaches[period];
  }

  /**
   * Returns the rules that report a breach on a date, as bits: bit r for {@code rules().get(r)}.
   *
   * @param date the day, never null
   * @return the bits, zero when nothing is found
   */
  public int breachesOn(LocalDate date) {
    long day = date.toEpochDay();
    int period = firstDays.length - 1;
    while (period > 0 && firstDays[period] > day) {
      period--;
    }
    return breaches[period];
  }

  /**
   * Tells whether the findings decide a review's verdict on a profile: every profile check the
   * review runs is the check of a standard rule. An application's own profile rule makes it false.
   *
   * @param review the review, never null
   * @return whether {@link #admittedBy(EthicsReview, LocalDate)} answers for the review
   */
  public static boolean decide(EthicsReview review) {
    Objects.requireNonNull(review, "review");
    for (EthicalRule rule : review.rules()) {
      Optional<EthicalRule.ProfileCheck> check = rule.profileCheck();
      if (check.isPresent() && !standardCheck(rule.id(), check.get())) {
        return false;
      }
    }
    return true;
  }

  private static boolean standardCheck(String ruleId, EthicalRule.ProfileCheck check) {
    for (EthicalRule standard : RULES) {
      if (standard.id().equals(ruleId) && standard.profileCheck().orElseThrow() == check) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the rules of {@link #rules()} that a review applies with the severity
   * {@link Severity#ERROR}, as bits: bit r for {@code rules().get(r)}. A rule the review switched
   * off, or applies as a warning or information, has no bit.
   *
   * @param review the review, never null
   * @return the bits
   */
  public static int errors(EthicsReview review) {
    Objects.requireNonNull(review, "review");
    int errors = 0;
    for (int r = 0; r < RULES.size(); r++) {
      if (review.severityOf(RULES.get(r).id()).orElse(Severity.INFO) == Severity.ERROR) {
        errors |= 1 << r;
      }
    }
    return errors;
  }

  /**
   * Tells whether a review admits the profile on a date: no rule it counts as an error reports a
   * breach on that date. This is {@code review.reviewProfile(profile, date).isValid()} for every
   * review the findings {@linkplain #decide(EthicsReview) decide}.
   *
   * @param review the review, never null
   * @param date the session date, never null
   * @return whether the profile passes the gate
   * @throws IllegalArgumentException if the review has a profile rule of its own, which the
   *     findings cannot decide
   */
  public boolean admittedBy(EthicsReview review, LocalDate date) {
    if (!decide(review)) {
      throw new IllegalArgumentException("review has a profile rule of its own, which can only be"
          + " run on the whole profile");
    }
    return (breachesOn(date) & errors(review)) == 0;
  }

  @Override
  public String toString() {
    return "ProfileFindings{" + Counts.of(periods(), "period", "periods") + "}";
  }
}
