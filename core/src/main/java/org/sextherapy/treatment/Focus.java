package org.sextherapy.treatment;

import org.sextherapy.Identified;

/** What an aim of therapy is about. */
public enum Focus implements Identified {
  /** Sexual desire. */
  SEXUAL_DESIRE("sexual-desire", false),
  /** Sexual arousal. */
  AROUSAL("arousal", false),
  /** Orgasm. */
  ORGASM("orgasm", false),
  /** Ejaculation. */
  EJACULATION("ejaculation", false),
  /** Pain with sex or penetration. */
  SEXUAL_PAIN("sexual-pain", false),
  /** Sexual behaviour the person experiences as out of control. */
  SEXUAL_BEHAVIOUR("sexual-behaviour", false),
  /** Sexual interests and fantasies. */
  SEXUAL_INTERESTS("sexual-interests", false),
  /** Intimacy and closeness. */
  INTIMACY("intimacy", false),
  /** Communication between partners. */
  COMMUNICATION("communication", false),
  /** The relationship itself, its agreements and form. */
  RELATIONSHIP("relationship", false),
  /** Body image. */
  BODY_IMAGE("body-image", false),
  /** After-effects of trauma. */
  TRAUMA("trauma", false),
  /** Sexual health and its medical side. */
  SEXUAL_HEALTH("sexual-health", false),
  /** Knowledge about sex and sexuality. */
  SEXUAL_KNOWLEDGE("sexual-knowledge", false),
  /** Sexual pleasure and satisfaction. */
  PLEASURE("pleasure", false),
  /** The person's sexual orientation: part of their identity. */
  SEXUAL_ORIENTATION("sexual-orientation", true),
  /** The person's gender identity: part of their identity. */
  GENDER_IDENTITY("gender-identity", true),
  /** The person's gender expression: part of their identity. */
  GENDER_EXPRESSION("gender-expression", true);

  private final String id;
  private final boolean identity;

  Focus(String id, boolean identity) {
    this.id = id;
    this.identity = identity;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Tells whether this focus is part of a person's identity (orientation, gender identity, gender
   * expression), which therapy may support or help explore but never change (ethical rule 1).
   *
   * @return whether it is an identity focus
   */
  public boolean isIdentity() {
    return identity;
  }
}
