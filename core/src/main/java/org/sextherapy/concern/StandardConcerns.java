package org.sextherapy.concern;

import static org.sextherapy.code.CodeCatalogue.DSM_DELAYED_EJACULATION;
import static org.sextherapy.code.CodeCatalogue.DSM_EARLY_EJACULATION;
import static org.sextherapy.code.CodeCatalogue.DSM_ERECTILE;
import static org.sextherapy.code.CodeCatalogue.DSM_FEMALE_ORGASMIC;
import static org.sextherapy.code.CodeCatalogue.DSM_FEMALE_SEXUAL_INTEREST_AROUSAL;
import static org.sextherapy.code.CodeCatalogue.DSM_GENITO_PELVIC_PAIN_PENETRATION;
import static org.sextherapy.code.CodeCatalogue.DSM_MALE_HYPOACTIVE_SEXUAL_DESIRE;
import static org.sextherapy.code.CodeCatalogue.DSM_PARAPHILIC_UNSPECIFIED;
import static org.sextherapy.code.CodeCatalogue.DSM_RELATIONSHIP_DISTRESS;
import static org.sextherapy.code.CodeCatalogue.ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR;
import static org.sextherapy.code.CodeCatalogue.ICD11_EJACULATORY;
import static org.sextherapy.code.CodeCatalogue.ICD11_FEMALE_SEXUAL_AROUSAL;
import static org.sextherapy.code.CodeCatalogue.ICD11_HYPOACTIVE_SEXUAL_DESIRE;
import static org.sextherapy.code.CodeCatalogue.ICD11_MALE_ERECTILE;
import static org.sextherapy.code.CodeCatalogue.ICD11_ORGASMIC;
import static org.sextherapy.code.CodeCatalogue.ICD11_PARAPHILIC_NON_CONSENTING;
import static org.sextherapy.code.CodeCatalogue.ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING;
import static org.sextherapy.code.CodeCatalogue.ICD11_SEXUAL_AROUSAL;
import static org.sextherapy.code.CodeCatalogue.ICD11_SEXUAL_PAIN_PENETRATION;

import java.util.List;

/**
 * The standard concern types. The first eight are the common concerns GoodTherapy (Sex Therapy)
 * lists ("not limited to these issues"); the rest are the others a real catalogue needs, from
 * ICD-11 chapter 17 (ICD-11 MMS, icd.who.int). Codes come from {@link
 * org.sextherapy.code.CodeCatalogue}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardConcerns {

  /** A lack of sexual desire (GoodTherapy). Low desire alone is not a disorder. */
  public static final ConcernType LOW_SEXUAL_DESIRE = ConcernType.builder()
      .id("LOW_SEXUAL_DESIRE").displayName("Lack of sexual desire")
      .category(ConcernCategory.DESIRE).relational(false)
      .addSynonyms("low sexual desire", "low libido", "low sex drive", "no interest in sex")
      .addCodes(ICD11_HYPOACTIVE_SEXUAL_DESIRE, DSM_MALE_HYPOACTIVE_SEXUAL_DESIRE,
          DSM_FEMALE_SEXUAL_INTEREST_AROUSAL)
      .build();

  /** Intimacy after infidelity (GoodTherapy); relational, no ICD-11 code. */
  public static final ConcernType INTIMACY_AFTER_INFIDELITY = ConcernType.builder()
      .id("INTIMACY_AFTER_INFIDELITY").displayName("Intimacy after infidelity")
      .category(ConcernCategory.RELATIONAL).relational(true)
      .addSynonyms("infidelity", "affair recovery", "rebuilding trust after an affair")
      .addCodes(DSM_RELATIONSHIP_DISTRESS)
      .build();

  /**
   * A couple's disparity in sex drives (GoodTherapy). Relational: discordant desire between
   * partners is not a desire disorder of either of them.
   */
  public static final ConcernType DESIRE_DISCREPANCY = ConcernType.builder()
      .id("DESIRE_DISCREPANCY").displayName("Disparity in sex drives between partners")
      .category(ConcernCategory.RELATIONAL).relational(true)
      .addSynonyms("disparity in sex drives", "mismatched libidos", "desire discrepancy",
          "different sex drives")
      .build();

  /** Intimacy after having children (GoodTherapy); relational and life stage, no code. */
  public static final ConcernType INTIMACY_AFTER_CHILDREN = ConcernType.builder()
      .id("INTIMACY_AFTER_CHILDREN").displayName("Intimacy after having children")
      .category(ConcernCategory.RELATIONAL).relational(true)
      .addSynonyms("intimacy after having children", "sex after a baby", "postpartum intimacy")
      .build();

  /** Painful intercourse (GoodTherapy); a medical evaluation is advised as well. */
  public static final ConcernType PAINFUL_SEX = ConcernType.builder()
      .id("PAINFUL_SEX").displayName("Painful intercourse")
      .category(ConcernCategory.SEXUAL_PAIN).relational(false).medicalEvaluationAdvised(true)
      .addSynonyms("painful intercourse", "pain during sex", "dyspareunia", "vaginismus")
      .addCodes(ICD11_SEXUAL_PAIN_PENETRATION, DSM_GENITO_PELVIC_PAIN_PENETRATION)
      .build();

  /**
   * A paraphilia, or a desire, that causes the person distress (GoodTherapy). Consensual kink
   * without distress is not a disorder (ICD-11; AASECT and NCSF, 2016): a disorder code applies
   * only with marked distress or non-consenting others.
   */
  public static final ConcernType DISTRESSING_PARAPHILIA = ConcernType.builder()
      .id("DISTRESSING_PARAPHILIA").displayName("A paraphilia or desire that causes distress")
      .category(ConcernCategory.PARAPHILIA).relational(false)
      .addSynonyms("paraphilia", "distressing sexual interest", "distressing fantasies")
      .addCodes(ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING, ICD11_PARAPHILIC_NON_CONSENTING,
          DSM_PARAPHILIC_UNSPECIFIED)
      .build();

  /**
   * Compulsive sexual behaviour (GoodTherapy: "sex addictions and/or compulsive behavior"). Named
   * neutrally; "sex addiction" is only a synonym clients may use. ICD-11 6C72; not in DSM-5-TR.
   */
  public static final ConcernType COMPULSIVE_SEXUAL_BEHAVIOUR = ConcernType.builder()
      .id("COMPULSIVE_SEXUAL_BEHAVIOUR").displayName("Compulsive sexual behaviour")
      .category(ConcernCategory.COMPULSIVE_BEHAVIOUR).relational(false)
      .addSynonyms("sex addiction", "sexual compulsivity", "hypersexuality", "porn addiction",
          "out of control sexual behaviour")
      .addCodes(ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR)
      .build();

  /** Difficulty achieving orgasm (GoodTherapy). */
  public static final ConcernType DIFFICULTY_REACHING_ORGASM = ConcernType.builder()
      .id("DIFFICULTY_REACHING_ORGASM").displayName("Difficulty achieving orgasm")
      .category(ConcernCategory.ORGASM).relational(false)
      .addSynonyms("difficulty achieving orgasm", "anorgasmia", "cannot orgasm")
      .addCodes(ICD11_ORGASMIC, DSM_FEMALE_ORGASMIC)
      .build();

  /** Difficulty with sexual arousal. */
  public static final ConcernType AROUSAL_DIFFICULTY = ConcernType.builder()
      .id("AROUSAL_DIFFICULTY").displayName("Difficulty with sexual arousal")
      .category(ConcernCategory.AROUSAL).relational(false)
      .addSynonyms("arousal difficulty", "trouble getting aroused")
      .addCodes(ICD11_SEXUAL_AROUSAL, ICD11_FEMALE_SEXUAL_AROUSAL,
          DSM_FEMALE_SEXUAL_INTEREST_AROUSAL)
      .build();

  /** Erectile difficulty; a medical evaluation is advised as well. */
  public static final ConcernType ERECTILE_DIFFICULTY = ConcernType.builder()
      .id("ERECTILE_DIFFICULTY").displayName("Erectile difficulty")
      .category(ConcernCategory.AROUSAL).relational(false).medicalEvaluationAdvised(true)
      .addSynonyms("erectile dysfunction", "ED", "impotence", "trouble keeping an erection")
      .addCodes(ICD11_MALE_ERECTILE, DSM_ERECTILE)
      .build();

  /** Early ejaculation. */
  public static final ConcernType EARLY_EJACULATION = ConcernType.builder()
      .id("EARLY_EJACULATION").displayName("Early ejaculation")
      .category(ConcernCategory.EJACULATION).relational(false)
      .addSynonyms("premature ejaculation", "rapid ejaculation", "PE")
      .addCodes(ICD11_EJACULATORY, DSM_EARLY_EJACULATION)
      .build();

  /** Delayed ejaculation. */
  public static final ConcernType DELAYED_EJACULATION = ConcernType.builder()
      .id("DELAYED_EJACULATION").displayName("Delayed ejaculation")
      .category(ConcernCategory.EJACULATION).relational(false)
      .addSynonyms("delayed ejaculation", "retarded ejaculation")
      .addCodes(ICD11_EJACULATORY, DSM_DELAYED_EJACULATION)
      .build();

  /** Sexual aversion and avoidance. */
  public static final ConcernType SEXUAL_AVERSION = ConcernType.builder()
      .id("SEXUAL_AVERSION").displayName("Sexual aversion and avoidance")
      .category(ConcernCategory.AVERSION).relational(false)
      .addSynonyms("sexual aversion", "avoiding sex", "fear of sex")
      .build();

  /** Body image and sexuality. */
  public static final ConcernType BODY_IMAGE = ConcernType.builder()
      .id("BODY_IMAGE").displayName("Body image and sexuality")
      .category(ConcernCategory.BODY_IMAGE).relational(false)
      .addSynonyms("body image", "body confidence")
      .build();

  /** After-effects of sexual trauma. */
  public static final ConcernType SEXUAL_TRAUMA = ConcernType.builder()
      .id("SEXUAL_TRAUMA").displayName("After-effects of sexual trauma")
      .category(ConcernCategory.TRAUMA).relational(false)
      .addSynonyms("sexual trauma", "sexual abuse recovery", "after sexual assault")
      .build();

  /** Sexual effects of illness or disability. */
  public static final ConcernType ILLNESS_OR_DISABILITY = ConcernType.builder()
      .id("ILLNESS_OR_DISABILITY").displayName("Sexuality with illness or disability")
      .category(ConcernCategory.HEALTH_AND_LIFE_STAGE).relational(false)
      .medicalEvaluationAdvised(true)
      .addSynonyms("sex and disability", "sex after illness", "chronic illness and sex")
      .build();

  /** Sexual side effects of medication. */
  public static final ConcernType MEDICATION_SIDE_EFFECTS = ConcernType.builder()
      .id("MEDICATION_SIDE_EFFECTS").displayName("Sexual side effects of medication")
      .category(ConcernCategory.HEALTH_AND_LIFE_STAGE).relational(false)
      .medicalEvaluationAdvised(true)
      .addSynonyms("medication side effects", "antidepressant side effects")
      .build();

  /** Sexual changes with menopause. */
  public static final ConcernType MENOPAUSE = ConcernType.builder()
      .id("MENOPAUSE").displayName("Sexuality and menopause")
      .category(ConcernCategory.HEALTH_AND_LIFE_STAGE).relational(false)
      .addSynonyms("menopause", "perimenopause")
      .build();

  /** Sexuality and ageing. */
  public static final ConcernType AGEING = ConcernType.builder()
      .id("AGEING").displayName("Sexuality and ageing")
      .category(ConcernCategory.HEALTH_AND_LIFE_STAGE).relational(false)
      .addSynonyms("ageing", "aging", "sex in later life")
      .build();

  /** Sexual communication in a relationship. */
  public static final ConcernType SEXUAL_COMMUNICATION = ConcernType.builder()
      .id("SEXUAL_COMMUNICATION").displayName("Sexual communication in a relationship")
      .category(ConcernCategory.RELATIONAL).relational(true)
      .addSynonyms("talking about sex", "sexual communication")
      .build();

  /**
   * Questions about one's own sexual identity or orientation, explored at the person's own request:
   * support, never change (ethical rule 1).
   */
  public static final ConcernType IDENTITY_EXPLORATION = ConcernType.builder()
      .id("IDENTITY_EXPLORATION").displayName("Exploring my sexual identity or orientation")
      .category(ConcernCategory.IDENTITY_EXPLORATION).relational(false)
      .addSynonyms("questioning my orientation", "exploring my sexuality")
      .build();

  /** Relationship questions in consensual non-monogamy. Not a disorder. */
  public static final ConcernType CONSENSUAL_NON_MONOGAMY = ConcernType.builder()
      .id("CONSENSUAL_NON_MONOGAMY").displayName("Consensual non-monogamy questions")
      .category(ConcernCategory.RELATIONAL).relational(true)
      .addSynonyms("open relationship", "polyamory", "opening our relationship", "ENM")
      .build();

  /** Kink-related relationship questions. Consensual kink among adults is not a disorder. */
  public static final ConcernType KINK_RELATIONSHIP = ConcernType.builder()
      .id("KINK_RELATIONSHIP").displayName("Kink-related relationship questions")
      .category(ConcernCategory.RELATIONAL).relational(true)
      .addSynonyms("kink", "BDSM", "fetish in a relationship")
      .build();

  /** Sexual health education. */
  public static final ConcernType SEXUAL_HEALTH_EDUCATION = ConcernType.builder()
      .id("SEXUAL_HEALTH_EDUCATION").displayName("Sexual health education")
      .category(ConcernCategory.EDUCATION).relational(false)
      .addSynonyms("sex education", "sexual health questions")
      .build();

  private static final List<ConcernType> ALL = List.of(
      LOW_SEXUAL_DESIRE, INTIMACY_AFTER_INFIDELITY, DESIRE_DISCREPANCY, INTIMACY_AFTER_CHILDREN,
      PAINFUL_SEX, DISTRESSING_PARAPHILIA, COMPULSIVE_SEXUAL_BEHAVIOUR, DIFFICULTY_REACHING_ORGASM,
      AROUSAL_DIFFICULTY, ERECTILE_DIFFICULTY, EARLY_EJACULATION, DELAYED_EJACULATION,
      SEXUAL_AVERSION, BODY_IMAGE, SEXUAL_TRAUMA, ILLNESS_OR_DISABILITY, MEDICATION_SIDE_EFFECTS,
      MENOPAUSE, AGEING, SEXUAL_COMMUNICATION, IDENTITY_EXPLORATION, CONSENSUAL_NON_MONOGAMY,
      KINK_RELATIONSHIP, SEXUAL_HEALTH_EDUCATION);

  private StandardConcerns() {}

  /**
   * Returns all standard concern types, GoodTherapy's eight first.
   *
   * @return the concern types in a fixed order, never null
   */
  public static List<ConcernType> all() {
    return ALL;
  }
}
