package org.sextherapy.concern;

import org.sextherapy.Identified;

/**
 * The broad kind of a concern, following the ICD-11 chapter 17 grouping where one exists and the
 * relational and life-stage groupings sex therapists use where it does not (ICD-11 MMS,
 * icd.who.int).
 */
public enum ConcernCategory implements Identified {
  /** Sexual desire, such as low desire (ICD-11 HA00). */
  DESIRE("desire"),
  /** Sexual arousal, including erectile difficulty (ICD-11 HA01). */
  AROUSAL("arousal"),
  /** Orgasm (ICD-11 HA02). */
  ORGASM("orgasm"),
  /** Ejaculation, early or delayed (ICD-11 HA03). */
  EJACULATION("ejaculation"),
  /** Pain with sex or penetration (ICD-11 HA20); a medical evaluation is advised as well. */
  SEXUAL_PAIN("sexual-pain"),
  /** Sexual aversion and avoidance. */
  AVERSION("aversion"),
  /** Compulsive sexual behaviour (ICD-11 6C72), which clients may call "sex addiction". */
  COMPULSIVE_BEHAVIOUR("compulsive-behaviour"),
  /** A paraphilia or sexual interest that causes the person distress. */
  PARAPHILIA("paraphilia"),
  /** Concerns of a partnership: infidelity, discrepant desire, communication, relationship form. */
  RELATIONAL("relational"),
  /** Body image and sexuality. */
  BODY_IMAGE("body-image"),
  /** After-effects of sexual trauma. */
  TRAUMA("trauma"),
  /** Sexual effects of illness, disability, medication, menopause, ageing, having children. */
  HEALTH_AND_LIFE_STAGE("health-and-life-stage"),
  /**
   * Questions about one's own sexual identity or orientation, explored at the person's own request.
   * Support only: never a target for change (ethical rule 1).
   */
  IDENTITY_EXPLORATION("identity-exploration"),
  /** Sexual health education. */
  EDUCATION("education"),
  /** A concern an application defines that fits no other category. */
  OTHER("other");

  private final String id;

  ConcernCategory(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
