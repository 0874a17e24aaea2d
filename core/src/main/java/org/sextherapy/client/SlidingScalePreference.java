package org.sextherapy.client;

import org.immutables.value.Value;

/**
 * A preference for a therapist who offers a sliding-scale fee for a session of the format the
 * request asks for ({@link org.sextherapy.therapist.FeeSchedule#slidingScaleFor}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class SlidingScalePreference implements Preference {

  SlidingScalePreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @return the preference, never null
   */
  public static SlidingScalePreference of(Strength strength) {
    return ImmutableSlidingScalePreference.of(strength);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.SLIDING_SCALE;
  }

  @Override
  public String toString() {
    return "SlidingScalePreference{" + strength().id() + "}";
  }
}
