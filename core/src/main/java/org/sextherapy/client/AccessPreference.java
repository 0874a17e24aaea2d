package org.sextherapy.client;

import org.immutables.value.Value;
import org.sextherapy.location.AccessFeature;

/**
 * A need for an access feature of the premises where sessions happen in person, such as step-free
 * access or a hearing loop. It is met when the client accepts in-person sessions, the therapist
 * offers them, and one of the therapist's practice locations lying in every session jurisdiction
 * has {@link #feature()}. By video or phone no premises are involved, so a request that accepts no
 * in-person delivery never meets it (the {@code ClientRequestValidator} warns of that). A client
 * with several needs states one preference for each: all of them apply.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class AccessPreference implements Preference {

  AccessPreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param feature the feature needed, never null
   * @return the preference, never null
   */
  public static AccessPreference of(Strength strength, AccessFeature feature) {
    return ImmutableAccessPreference.of(strength, feature);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the feature needed.
   *
   * @return the feature, never null
   */
  @Value.Parameter
  public abstract AccessFeature feature();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.ACCESS;
  }

  @Override
  public String toString() {
    return "AccessPreference{" + strength().id() + "}";
  }
}
