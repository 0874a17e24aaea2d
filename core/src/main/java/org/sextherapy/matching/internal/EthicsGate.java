package org.sextherapy.matching.internal;

import java.time.LocalDate;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The one place where matching consults the ethics review: a profile whose review on the session
 * date holds an error is never offered ({@link org.sextherapy.ethics.EthicalRules}).
 */
public final class EthicsGate {

  private static final EthicsReview REVIEW = EthicsReview.standard();

  private EthicsGate() {}

  /**
   * Tells whether the ethics review admits a profile on a date.
   *
   * @param profile the profile, never null
   * @param date the session date, never null
   * @return whether the review finds no error
   */
  public static boolean admits(TherapistProfile profile, LocalDate date) {
    return REVIEW.reviewProfile(profile, date).isValid();
  }
}
