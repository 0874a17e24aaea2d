package org.sextherapy.treatment;

import org.immutables.value.Value;

/**
 * An aim of therapy: a {@link Focus} with an {@link Intent}, such as (orgasm, improve) or (sexual
 * orientation, explore).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Aim {

  Aim() {}

  /**
   * Creates an aim.
   *
   * @param focus what the aim is about, never null
   * @param intent what it tries to do, never null
   * @return the aim, never null
   */
  public static Aim of(Focus focus, Intent intent) {
    return ImmutableAim.of(focus, intent);
  }

  /**
   * Returns what the aim is about.
   *
   * @return the focus, never null
   */
  @Value.Parameter
  public abstract Focus focus();

  /**
   * Returns what the aim tries to do.
   *
   * @return the intent, never null
   */
  @Value.Parameter
  public abstract Intent intent();

  /**
   * Tells whether this aim would change, suppress or deny a person's sexual orientation, gender
   * identity or gender expression: a conversion practice (ethical rule 1).
   *
   * @return whether the aim is to alter or deny identity
   */
  public final boolean altersIdentity() {
    return focus().isIdentity() && intent().alters();
  }

  @Override
  public String toString() {
    return "Aim{" + focus().id() + ", " + intent().id() + "}";
  }
}
