package org.sextherapy.client;

import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.internal.Checks;
import org.sextherapy.therapist.FaithStance;

/**
 * A preference for a therapist who works with faith in one of the ways the client names: secular,
 * or integrating a named tradition. A client's religious views and values can get in the way of
 * therapy, and a client should choose a therapist they feel comfortable with (GoodTherapy, Sex
 * Therapy, https://www.goodtherapy.org/learn-about-therapy/modes/sex-therapy). It is met when the
 * therapist's disclosed {@code TherapistProfile#faith()} is
 * {@linkplain FaithStance#sameStance(FaithStance) the same stance} as one of
 * {@link #stances()}; a therapist who discloses nothing never meets it. The client's own faith
 * is never asked or read.
 *
 * <p>The stances are the client's data: {@code toString()}, reasons and messages never hold a
 * tradition.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class FaithPreference implements Preference {

  /** The most stances one preference accepts. */
  public static final int MAX_STANCES = Limits.MAX_TERMS;

  FaithPreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param stances the stances any of which would do, never null, 1 to
   *     {@link Limits#MAX_TERMS}
   * @return the preference, never null
   * @throws org.sextherapy.InvalidValueException naming {@code stances} if it is empty or too
   *     large
   */
  public static FaithPreference of(Strength strength, Set<FaithStance> stances) {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(stances, "stances");
    return ImmutableFaithPreference.of(strength, stances);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the stances any of which would do.
   *
   * @return at least one stance, never null
   */
  @Value.Parameter
  public abstract Set<FaithStance> stances();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.FAITH;
  }

  @Value.Check
  final void check() {
    Checks.require(!stances().isEmpty(), "stances", "must hold at least one stance");
    Checks.require(stances().size() <= Limits.MAX_TERMS, "stances",
        "must hold at most " + Limits.MAX_TERMS + " stances");
  }

  @Override
  public String toString() {
    return "FaithPreference{" + strength().id() + "}";
  }
}
