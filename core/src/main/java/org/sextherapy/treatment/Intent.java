package org.sextherapy.treatment;

import org.sextherapy.Identified;

/**
 * What an aim of therapy tries to do about its {@link Focus}.
 *
 * <p>{@link #CHANGE}, {@link #SUPPRESS} and {@link #DENY} exist so that data describing a conversion
 * practice can be recognised and refused: aimed at an identity focus they breach ethical rule 1,
 * whatever the wording around them.
 */
public enum Intent implements Identified {
  /** Improve function or satisfaction. */
  IMPROVE("improve", false),
  /** Reduce the distress the person feels. */
  REDUCE_DISTRESS("reduce-distress", false),
  /** Explore and understand, at the person's own pace and request. */
  EXPLORE("explore", false),
  /** Affirm and support the person as they are. */
  AFFIRM("affirm", false),
  /** Teach and inform. */
  EDUCATE("educate", false),
  /** Change it. */
  CHANGE("change", true),
  /** Suppress or reduce it. */
  SUPPRESS("suppress", true),
  /** Deny or dismiss it. */
  DENY("deny", true);

  private final String id;
  private final boolean alters;

  Intent(String id, boolean alters) {
    this.id = id;
    this.alters = alters;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Tells whether the intent is to alter or deny what it is aimed at (change, suppress, deny).
   *
   * @return whether the intent alters
   */
  public boolean alters() {
    return alters;
  }
}
