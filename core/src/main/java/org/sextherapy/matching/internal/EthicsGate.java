package org.sextherapy.matching.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The one place where matching consults the ethics review, which is the caller's
 * ({@code Matcher#withEthicsReview}): a profile whose review on the session date holds an error is
 * never offered, and a request that breaches a safeguarding rule, or lacks the guardian consent a
 * minor needs, is never matched (ethical rules 1 to 9 as {@link org.sextherapy.ethics.EthicalRules}
 * lists them).
 */
public final class EthicsGate {

  private EthicsGate() {}

  /**
   * Tells whether an ethics review admits a profile on a date.
   *
   * @param review the caller's review, never null
   * @param profile the profile, never null
   * @param date the session date, never null
   * @return whether the review finds no error
   */
  public static boolean admits(EthicsReview review, TherapistProfile profile, LocalDate date) {
    return review.reviewProfile(profile, date).isValid();
  }

  /**
   * Returns why an ethics review refuses to have a request matched at all on a date, or null:
   * {@link HardConstraint#SAFEGUARDING} when a safeguarding rule finds an error in the request,
   * else {@link HardConstraint#GUARDIAN_CONSENT} when the guardian-consent rule does.
   *
   * @param review the caller's review, never null
   * @param request the request, never null
   * @param date the session date, never null
   * @return the constraint every therapist is counted under, or null when the request may be
   *     matched
   */
  public static @Nullable HardConstraint refusal(EthicsReview review, ClientRequest request,
      LocalDate date) {
    if (review.refusesToMatch(request, date)) {
      return HardConstraint.SAFEGUARDING;
    }
    return review.refusesForGuardianConsent(request, date) ? HardConstraint.GUARDIAN_CONSENT : null;
  }

}
