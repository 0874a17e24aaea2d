package org.sextherapy.therapist;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.internal.Checks;

/**
 * How a therapist works with faith, as they choose to disclose it: secular, or integrating a named
 * tradition in the therapist's own term ("Christian", "Jewish", "Muslim", "Buddhist"). A client's
 * religious views and values can get in the way of therapy, and a client should choose a therapist
 * they feel comfortable with (GoodTherapy, Sex Therapy,
 * https://www.goodtherapy.org/learn-about-therapy/modes/sex-therapy); directories filter on it
 * (Psychology Today, https://www.psychologytoday.com/us/therapists).
 *
 * <p>Two stances {@linkplain #sameStance(FaithStance) are the same stance} when their approaches are
 * equal and, for a tradition, their terms have the same {@linkplain SelfDescription#key(String)
 * key}: no synonyms, no hierarchy ("Catholic" is not "Christian").
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class FaithStance {

  FaithStance() {}

  /**
   * Returns the secular stance.
   *
   * @return the stance, never null
   */
  public static FaithStance secular() {
    return ImmutableFaithStance.of(FaithApproach.SECULAR, Optional.empty());
  }

  /**
   * Returns the stance of integrating a named tradition.
   *
   * @param tradition the tradition in the therapist's term, never null, 1 to
   *     {@link org.sextherapy.Limits#MAX_TERM_LENGTH} characters holding a letter or digit
   * @return the stance, never null
   * @throws org.sextherapy.InvalidValueException naming {@code tradition} if it breaks a limit
   */
  public static FaithStance integrating(String tradition) {
    Objects.requireNonNull(tradition, "tradition");
    return ImmutableFaithStance.of(FaithApproach.INTEGRATES_TRADITION, Optional.of(tradition));
  }

  /**
   * Creates a stance from its parts, as a reader of stored data has them.
   *
   * @param approach the approach, never null
   * @param tradition the tradition, present exactly when the approach is
   *     {@link FaithApproach#INTEGRATES_TRADITION}, never null
   * @return the stance, never null
   * @throws org.sextherapy.InvalidValueException naming {@code tradition} if it is present for a
   *     secular stance, missing for an integrating one, or breaks a limit
   */
  public static FaithStance of(FaithApproach approach, Optional<String> tradition) {
    Objects.requireNonNull(approach, "approach");
    Objects.requireNonNull(tradition, "tradition");
    return ImmutableFaithStance.of(approach, tradition);
  }

  /**
   * Returns the approach.
   *
   * @return the approach, never null
   */
  @Value.Parameter
  public abstract FaithApproach approach();

  /**
   * Returns the tradition integrated, present exactly when the approach is
   * {@link FaithApproach#INTEGRATES_TRADITION}.
   *
   * @return the tradition as written, or empty
   */
  @Value.Parameter
  public abstract Optional<String> tradition();

  /**
   * Tells whether another stance is the same: the same approach and, for a tradition, the same
   * term key.
   *
   * @param other the other stance, never null
   * @return whether they are the same stance
   */
  public final boolean sameStance(FaithStance other) {
    return approach() == other.approach()
        && tradition().map(SelfDescription::key).equals(other.tradition().map(SelfDescription::key));
  }

  @Value.Check
  final void check() {
    Checks.require(tradition().isPresent() == (approach() == FaithApproach.INTEGRATES_TRADITION),
        "tradition", "must be present exactly when the approach integrates a tradition");
    if (tradition().isPresent()) {
      SelfDescription.checkTerm(tradition().get(), "tradition");
    }
  }

  @Override
  public String toString() {
    return "FaithStance{" + approach().id() + "}";
  }
}
