package org.sextherapy.client;

import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.therapist.Population;

/**
 * A preference for a therapist experienced with, or affirming of, a population, such as trans and
 * non-binary clients, intersex clients, kink or consensual non-monogamy. Some non-cisgender people
 * find it more helpful to work with a therapist experienced with non-cisgender clients
 * (GoodTherapy, Sex Therapy). A therapist meets it when they serve any of {@link #populations()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class PopulationPreference implements Preference {

  /** The most populations a population preference may name: each population once. */
  public static final int MAX_POPULATIONS = Population.values().length;

  PopulationPreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param populations the populations any of which would do, never null, not empty
   * @return the preference, never null
   * @throws IllegalArgumentException if no population is given
   */
  public static PopulationPreference of(Strength strength, Set<Population> populations) {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(populations, "populations");
    return ImmutablePopulationPreference.of(strength, populations);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the populations any of which would do.
   *
   * @return at least one population, never null
   */
  @Value.Parameter
  public abstract Set<Population> populations();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.POPULATION;
  }

  @Value.Check
  final void check() {
    Checks.require(!populations().isEmpty(), "populations", "must hold at least one population");
  }

  @Override
  public String toString() {
    return "PopulationPreference{" + strength().id() + "}";
  }
}
