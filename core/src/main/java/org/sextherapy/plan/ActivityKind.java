package org.sextherapy.plan;

import org.sextherapy.Identified;

/**
 * What happens in an activity or exercise, with the {@link Contact} it involves.
 *
 * <p>The verbal kinds belong in session; the kinds with contact are exercises for outside the
 * session (ethical rule 3). Examination by touch belongs to a medical or physiotherapy scope, not to
 * sex therapy (AASECT, Position on Touch and the AASECT Certified Professional).
 */
public enum ActivityKind implements Identified {
  /** Talking therapy: exploring thoughts, feelings and history. */
  TALK_THERAPY("talk-therapy", Contact.NONE),
  /** Psychoeducation about sexual function and response. */
  PSYCHOEDUCATION("psychoeducation", Contact.NONE),
  /** An assessment interview. */
  ASSESSMENT_INTERVIEW("assessment-interview", Contact.NONE),
  /** Cognitive work on beliefs about sex. */
  COGNITIVE_RESTRUCTURING("cognitive-restructuring", Contact.NONE),
  /** Practising how to talk with a partner about sex. */
  COMMUNICATION_PRACTICE("communication-practice", Contact.NONE),
  /** Guided mindfulness or imagery, spoken. */
  MINDFULNESS_PRACTICE("mindfulness-practice", Contact.NONE),
  /** Planning an exercise for between sessions, or talking through how one went. */
  EXERCISE_DEBRIEF("exercise-debrief", Contact.NONE),
  /** Reading or listening to recommended material. */
  READING("reading", Contact.NONE),
  /** Writing, such as a journal of thoughts and feelings. */
  JOURNALLING("journalling", Contact.NONE),
  /** Pelvic-floor or relaxation exercises, alone. */
  PELVIC_FLOOR_EXERCISE("pelvic-floor-exercise", Contact.PHYSICAL),
  /** Graduated dilator practice, alone. */
  DILATOR_PRACTICE("dilator-practice", Contact.PHYSICAL),
  /**
   * Non-genital or genital sensate-focus touch between partners: by its nature with a partner
   * ({@link #isPartneredByNature()}). A person touching their own body in the same non-demand way
   * is {@link #SELF_EXPLORATION}.
   */
  SENSATE_FOCUS("sensate-focus", Contact.SEXUAL),
  /** Self-exploration or masturbation exercises, alone. */
  SELF_EXPLORATION("self-exploration", Contact.SEXUAL),
  /** Sexual activity with a partner. */
  PARTNERED_SEXUAL_ACTIVITY("partnered-sexual-activity", Contact.SEXUAL),
  /** Physical examination by touch: a medical or physiotherapy scope, never sex therapy. */
  PHYSICAL_EXAMINATION("physical-examination", Contact.PHYSICAL),
  /** Any touch between therapist and client. */
  THERAPIST_TOUCH("therapist-touch", Contact.PHYSICAL);

  private final String id;
  private final Contact contact;

  ActivityKind(String id, Contact contact) {
    this.id = id;
    this.contact = contact;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the physical contact the activity involves.
   *
   * @return the contact, never null
   */
  public Contact contact() {
    return contact;
  }

  /**
   * Tells whether the activity by its nature involves a partner, however many participants an
   * exercise of this kind names: sensate focus, which Masters and Johnson designed as touch
   * between partners taking turns (Masters and Johnson, Human Sexual Inadequacy, 1970; Weiner and
   * Avery-Clark, Sensate Focus: clarifying the Masters and Johnson's model, Sexual and
   * Relationship Therapy, 2014, doi:10.1080/14681994.2014.892920), and partnered sexual activity.
   *
   * <p>The other kinds are not: pelvic-floor exercises, dilator practice and self-exploration are
   * done alone; talking, psychoeducation, assessment, cognitive work, communication practice (a
   * person who comes alone rehearses what to say), mindfulness, debriefs, reading and journalling
   * may be done alone or with others; examination and touch by the therapist are never sex
   * therapy (ethical rule 3) and involve no partner. Every kind is classified here by an
   * exhaustive switch, so a new kind cannot be added without deciding.
   *
   * @return whether an exercise of this kind always has a partner taking part
   */
  public boolean isPartneredByNature() {
    return switch (this) {
      case SENSATE_FOCUS, PARTNERED_SEXUAL_ACTIVITY -> true;
      case PELVIC_FLOOR_EXERCISE, DILATOR_PRACTICE, SELF_EXPLORATION -> false;
      case TALK_THERAPY, PSYCHOEDUCATION, ASSESSMENT_INTERVIEW, COGNITIVE_RESTRUCTURING,
          COMMUNICATION_PRACTICE, MINDFULNESS_PRACTICE, EXERCISE_DEBRIEF, READING, JOURNALLING ->
          false;
      case PHYSICAL_EXAMINATION, THERAPIST_TOUCH -> false;
    };
  }

  /**
   * Tells whether the activity is verbal and instructive only, so may take place in session.
   *
   * @return whether it involves no physical contact
   */
  public boolean isVerbal() {
    return contact == Contact.NONE;
  }
}
