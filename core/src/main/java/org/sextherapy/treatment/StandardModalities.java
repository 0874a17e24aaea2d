package org.sextherapy.treatment;

import static org.sextherapy.treatment.Intent.AFFIRM;
import static org.sextherapy.treatment.Intent.EDUCATE;
import static org.sextherapy.treatment.Intent.EXPLORE;
import static org.sextherapy.treatment.Intent.IMPROVE;
import static org.sextherapy.treatment.Intent.REDUCE_DISTRESS;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Common modalities of sex therapy and couples work, for directories and preferences.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardModalities {

  /** Cognitive behavioural therapy. */
  public static final Modality CBT = Modality.of("cbt", "Cognitive behavioural therapy", Set.of(
      Aim.of(Focus.SEXUAL_DESIRE, IMPROVE), Aim.of(Focus.SEXUAL_PAIN, REDUCE_DISTRESS),
      Aim.of(Focus.SEXUAL_BEHAVIOUR, REDUCE_DISTRESS)));
  /** Sensate-focus-based sex therapy (touch exercises done at home, between sessions). */
  public static final Modality SENSATE_FOCUS = Modality.of("sensate-focus",
      "Sensate focus", Set.of(Aim.of(Focus.INTIMACY, IMPROVE), Aim.of(Focus.AROUSAL, IMPROVE),
          Aim.of(Focus.PLEASURE, IMPROVE)));
  /** The PLISSIT model: permission, limited information, specific suggestions, intensive therapy. */
  public static final Modality PLISSIT = Modality.of("plissit", "PLISSIT model",
      Set.of(Aim.of(Focus.SEXUAL_KNOWLEDGE, EDUCATE), Aim.of(Focus.SEXUAL_HEALTH, IMPROVE)));
  /** Emotionally focused couples therapy. */
  public static final Modality EMOTIONALLY_FOCUSED = Modality.of("eft",
      "Emotionally focused couples therapy", Set.of(Aim.of(Focus.INTIMACY, IMPROVE),
          Aim.of(Focus.RELATIONSHIP, IMPROVE), Aim.of(Focus.COMMUNICATION, IMPROVE)));
  /** Mindfulness-based sex therapy. */
  public static final Modality MINDFULNESS = Modality.of("mindfulness",
      "Mindfulness-based sex therapy", Set.of(Aim.of(Focus.SEXUAL_DESIRE, IMPROVE),
          Aim.of(Focus.AROUSAL, IMPROVE), Aim.of(Focus.SEXUAL_PAIN, REDUCE_DISTRESS)));
  /** Psychodynamic psychotherapy. */
  public static final Modality PSYCHODYNAMIC = Modality.of("psychodynamic",
      "Psychodynamic psychotherapy", Set.of(Aim.of(Focus.INTIMACY, EXPLORE),
          Aim.of(Focus.SEXUAL_INTERESTS, EXPLORE)));
  /** Trauma-focused therapy. */
  public static final Modality TRAUMA_FOCUSED = Modality.of("trauma-focused",
      "Trauma-focused therapy", Set.of(Aim.of(Focus.TRAUMA, REDUCE_DISTRESS)));
  /** Gender- and sexuality-affirming therapy: support, never change. */
  public static final Modality AFFIRMATIVE = Modality.of("affirmative",
      "Gender- and sexuality-affirming therapy", Set.of(Aim.of(Focus.SEXUAL_ORIENTATION, AFFIRM),
          Aim.of(Focus.GENDER_IDENTITY, AFFIRM), Aim.of(Focus.GENDER_EXPRESSION, AFFIRM),
          Aim.of(Focus.SEXUAL_ORIENTATION, EXPLORE)));
  /** Sex education and psychoeducation. */
  public static final Modality PSYCHOEDUCATION = Modality.of("psychoeducation",
      "Sexual psychoeducation", Set.of(Aim.of(Focus.SEXUAL_KNOWLEDGE, EDUCATE)));

  private static final List<Modality> ALL = List.of(CBT, SENSATE_FOCUS, PLISSIT,
      EMOTIONALLY_FOCUSED, MINDFULNESS, PSYCHODYNAMIC, TRAUMA_FOCUSED, AFFIRMATIVE, PSYCHOEDUCATION);

  private StandardModalities() {}

  /**
   * Returns the standard modalities.
   *
   * @return the modalities in a fixed order, never null
   */
  public static List<Modality> all() {
    return ALL;
  }

  /**
   * Finds a standard modality by id.
   *
   * @param id the id, never null
   * @return the modality, or empty if none has that id
   */
  public static Optional<Modality> find(String id) {
    Objects.requireNonNull(id, "id");
    return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
  }
}
