package org.sextherapy.client;

import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A preference for a therapist who offers a modality, named by
 * {@linkplain org.sextherapy.treatment.Modality#id() id}; any of {@link #modalityIds()} will do.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class ModalityPreference implements Preference {

  /** The most modalities a modality preference may name: as many as a profile may offer. */
  public static final int MAX_MODALITY_IDS = 200;

  ModalityPreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param modalityIds the modality ids any of which would do, never null, not empty
   * @return the preference, never null
   * @throws IllegalArgumentException if no id is given or one is malformed
   */
  public static ModalityPreference of(Strength strength, Set<String> modalityIds) {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(modalityIds, "modalityIds");
    return ImmutableModalityPreference.of(strength, modalityIds);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the modality ids any of which would do.
   *
   * @return at least one id, never null
   */
  @Value.Parameter
  public abstract Set<String> modalityIds();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.MODALITY;
  }

  @Value.Check
  final void check() {
    Checks.maxItems(modalityIds(), MAX_MODALITY_IDS, "modalityIds");
    Checks.require(!modalityIds().isEmpty(), "modalityIds", "must hold at least one id");
    modalityIds().forEach(id -> Checks.opaqueId(id, "modalityIds"));
  }

  @Override
  public String toString() {
    return "ModalityPreference{" + strength().id() + "}";
  }
}
