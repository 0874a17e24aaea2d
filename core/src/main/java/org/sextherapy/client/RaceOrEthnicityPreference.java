package org.sextherapy.client;

import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.identity.SelfDescription;

/**
 * A preference for a therapist who discloses a race or ethnicity in one of the terms the client names
 * (such as Black, Latina, South Asian). It is met when one of {@link #racesOrEthnicities()} has the same
 * {@linkplain SelfDescription#key(String) key} as one of the terms of the therapist's
 * {@code TherapistProfile#raceOrEthnicity()}: case-insensitive, by words, with no synonyms or hierarchy
 * (see {@link SelfDescription}). A therapist who discloses nothing never meets it. It names what
 * the client asks for and nothing else: the client's own identity is never read.
 *
 * <p>The terms are the client's data: {@code toString()}, reasons and messages never hold them.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class RaceOrEthnicityPreference implements Preference {

  /** The most terms one preference names. */
  public static final int MAX_RACES_OR_ETHNICITIES = org.sextherapy.Limits.MAX_TERMS;

  RaceOrEthnicityPreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param racesOrEthnicities the terms any of which would do, never null, 1 to
   *     {@link org.sextherapy.Limits#MAX_TERMS}, each 1 to
   *     {@link org.sextherapy.Limits#MAX_TERM_LENGTH} characters holding a letter or digit
   * @return the preference, never null
   * @throws org.sextherapy.InvalidValueException naming {@code racesOrEthnicities} if a term breaks a limit
   */
  public static RaceOrEthnicityPreference of(Strength strength, Set<String> racesOrEthnicities) {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(racesOrEthnicities, "racesOrEthnicities");
    return ImmutableRaceOrEthnicityPreference.of(strength, racesOrEthnicities);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the terms any of which would do, as the client wrote them.
   *
   * @return at least one term, never null
   */
  @Value.Parameter
  public abstract Set<String> racesOrEthnicities();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.RACE_OR_ETHNICITY;
  }

  @Value.Check
  final void check() {
    SelfDescription.checkTerms(racesOrEthnicities(), "racesOrEthnicities");
  }

  @Override
  public String toString() {
    return "RaceOrEthnicityPreference{" + strength().id() + "}";
  }
}
