package org.sextherapy.client;

import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.internal.Checks;

/**
 * A preference for a therapist of a given gender, such as a woman, or a non-binary or transgender
 * therapist. Some people are more comfortable with a therapist of the same gender (GoodTherapy, Sex
 * Therapy); matching on therapist gender shows weak or no effect on outcomes, but honouring the
 * preference lowers dropout (Swift et al. 2018, doi:10.1002/jclp.22680). A therapist meets it when
 * their own gender terms include any of {@link #acceptable()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class TherapistGenderPreference implements Preference {

  /** The most gender terms a gender preference may accept: each term once. */
  public static final int MAX_ACCEPTABLE = GenderTerm.values().length;

  TherapistGenderPreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param acceptable the gender terms any of which would do, never null, not empty
   * @return the preference, never null
   * @throws IllegalArgumentException if no term is given
   */
  public static TherapistGenderPreference of(Strength strength, Set<GenderTerm> acceptable) {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(acceptable, "acceptable");
    return ImmutableTherapistGenderPreference.of(strength, acceptable);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the gender terms any of which would do.
   *
   * @return at least one term, never null
   */
  @Value.Parameter
  public abstract Set<GenderTerm> acceptable();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.THERAPIST_GENDER;
  }

  @Value.Check
  final void check() {
    Checks.require(!acceptable().isEmpty(), "acceptable", "must hold at least one term");
  }

  @Override
  public String toString() {
    return "TherapistGenderPreference{" + strength().id() + "}";
  }
}
