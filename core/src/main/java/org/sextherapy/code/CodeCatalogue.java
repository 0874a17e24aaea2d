package org.sextherapy.code;

import static org.sextherapy.code.Certainty.UNCERTAIN;
import static org.sextherapy.code.Certainty.VERIFIED;
import static org.sextherapy.code.CodeSystem.ICD_10;
import static org.sextherapy.code.CodeSystem.ICD_10_CM;
import static org.sextherapy.code.CodeSystem.ICD_11_MMS;
import static org.sextherapy.code.CodeSystem.NUCC_PROVIDER_TAXONOMY;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sextherapy.internal.IdentityTerms;

/**
 * Every code the library ships, in one place, with its system and certainty.
 *
 * <p>Sources: the WHO ICD-11 MMS browser (https://icd.who.int/browse/latest-release/mms/en) for
 * chapter 17 "Conditions related to sexual health" and the paraphilic and impulse-control blocks;
 * DSM-5-TR (American Psychiatric Association, 2022) with its ICD-10-CM codes
 * (https://www.cms.gov/medicare/coding-billing/icd-10-codes); the WHO ICD-10 browser
 * (https://icd.who.int/browse10/2019/en) for blocks F64 and F66; the HL7 value set of the NUCC
 * provider taxonomy (https://taxonomy.nucc.org). Codes that only secondary sources agree on are
 * {@link Certainty#UNCERTAIN}; correct them here, and only here, if a classification release says
 * otherwise.
 *
 * <p>Which licence a NUCC provider-taxonomy code files a practitioner under is decided once, in
 * {@code Discipline.forTaxonomy} (package {@code org.sextherapy.qualification}), over the NUCC codes
 * shipped here.
 *
 * <p>The other decision that rests on codes is made here: {@link #isIdentityCode(Code)} tells the
 * codes that classify gender identity or sexual orientation as a condition, in every system the
 * library ships, so that ethical rule 2 (identity is never a concern) and {@code ConcernType} ask the same
 * question. Codes are compared in their system's canonical form ({@link CodeSystem#canonical}).
 * The catalogue ships codes of the standard systems only; a clinic's own systems are declared with
 * {@link CodeSystem#custom} and listed for readers in a {@link CodeSystemCatalogue}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeCatalogue {

  // ICD-11 MMS, chapter 17 and chapter 6.

  /** ICD-11 HA00 Hypoactive sexual desire dysfunction. */
  public static final Code ICD11_HYPOACTIVE_SEXUAL_DESIRE =
      Code.of(ICD_11_MMS, "HA00", "Hypoactive sexual desire dysfunction", VERIFIED);
  /** ICD-11 HA01 Sexual arousal dysfunctions. */
  public static final Code ICD11_SEXUAL_AROUSAL =
      Code.of(ICD_11_MMS, "HA01", "Sexual arousal dysfunctions", VERIFIED);
  /** ICD-11 HA01.0 Female sexual arousal dysfunction. */
  public static final Code ICD11_FEMALE_SEXUAL_AROUSAL =
      Code.of(ICD_11_MMS, "HA01.0", "Female sexual arousal dysfunction", VERIFIED);
  /** ICD-11 HA01.1 Male erectile dysfunction (secondary sources only). */
  public static final Code ICD11_MALE_ERECTILE =
      Code.of(ICD_11_MMS, "HA01.1", "Male erectile dysfunction", UNCERTAIN);
  /** ICD-11 HA02 Orgasmic dysfunctions (secondary sources only). */
  public static final Code ICD11_ORGASMIC =
      Code.of(ICD_11_MMS, "HA02", "Orgasmic dysfunctions", UNCERTAIN);
  /** ICD-11 HA03 Ejaculatory dysfunctions. */
  public static final Code ICD11_EJACULATORY =
      Code.of(ICD_11_MMS, "HA03", "Ejaculatory dysfunctions", VERIFIED);
  /** ICD-11 HA20 Sexual pain-penetration disorder. */
  public static final Code ICD11_SEXUAL_PAIN_PENETRATION =
      Code.of(ICD_11_MMS, "HA20", "Sexual pain-penetration disorder", VERIFIED);
  /**
   * ICD-11 6D36 Paraphilic disorder involving solitary behaviour or consenting individuals (needs
   * marked distress; secondary sources only).
   */
  public static final Code ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING = Code.of(ICD_11_MMS, "6D36",
      "Paraphilic disorder involving solitary behaviour or consenting individuals", UNCERTAIN);
  /**
   * ICD-11 6D35 Other paraphilic disorder involving non-consenting individuals (secondary sources
   * only; 6D30-6D35 all involve non-consenting others).
   */
  public static final Code ICD11_PARAPHILIC_NON_CONSENTING = Code.of(ICD_11_MMS, "6D35",
      "Other paraphilic disorder involving non-consenting individuals", UNCERTAIN);
  /** ICD-11 6C72 Compulsive sexual behaviour disorder. */
  public static final Code ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR =
      Code.of(ICD_11_MMS, "6C72", "Compulsive sexual behaviour disorder", VERIFIED);
  /**
   * ICD-11 HA60 Gender incongruence of adolescence or adulthood. It exists for access to
   * gender-affirming care and is never a concern for therapy to treat.
   */
  public static final Code ICD11_GENDER_INCONGRUENCE_ADOLESCENCE_ADULTHOOD =
      Code.of(ICD_11_MMS, "HA60", "Gender incongruence of adolescence or adulthood", VERIFIED);
  /** ICD-11 HA61 Gender incongruence of childhood; never a concern for therapy to treat. */
  public static final Code ICD11_GENDER_INCONGRUENCE_CHILDHOOD =
      Code.of(ICD_11_MMS, "HA61", "Gender incongruence of childhood", VERIFIED);
  /** ICD-11 HA6Z Gender incongruence, unspecified; never a concern for therapy to treat. */
  public static final Code ICD11_GENDER_INCONGRUENCE_UNSPECIFIED =
      Code.of(ICD_11_MMS, "HA6Z", "Gender incongruence, unspecified", VERIFIED);

  // ICD-10-CM block F64, gender identity disorders, with which DSM-5-TR records gender dysphoria.
  // Code pages: https://www.icd10data.com/ICD10CM/Codes/F01-F99/F60-F69/F64-

  /** ICD-10-CM F64.0 Transsexualism; DSM-5-TR gender dysphoria in adolescents and adults. */
  public static final Code DSM_GENDER_DYSPHORIA_ADOLESCENTS_ADULTS =
      Code.of(ICD_10_CM, "F64.0", "Transsexualism", UNCERTAIN);
  /** ICD-10-CM F64.1 Dual role transvestism. */
  public static final Code ICD10CM_DUAL_ROLE_TRANSVESTISM =
      Code.of(ICD_10_CM, "F64.1", "Dual role transvestism", UNCERTAIN);
  /** ICD-10-CM F64.2 Gender identity disorder of childhood; DSM-5-TR gender dysphoria in children. */
  public static final Code DSM_GENDER_DYSPHORIA_CHILDREN =
      Code.of(ICD_10_CM, "F64.2", "Gender identity disorder of childhood", UNCERTAIN);
  /** ICD-10-CM F64.8 Other gender identity disorders; DSM-5-TR other specified gender dysphoria. */
  public static final Code DSM_GENDER_DYSPHORIA_OTHER_SPECIFIED =
      Code.of(ICD_10_CM, "F64.8", "Other gender identity disorders", UNCERTAIN);
  /** ICD-10-CM F64.9 Gender identity disorder, unspecified; DSM-5-TR unspecified gender dysphoria. */
  public static final Code DSM_GENDER_DYSPHORIA_UNSPECIFIED =
      Code.of(ICD_10_CM, "F64.9", "Gender identity disorder, unspecified", UNCERTAIN);

  // WHO ICD-10 blocks F64 and F66 (https://icd.who.int/browse10/2019/en#/F60-F69). F66 was deleted
  // from ICD-11 (Cochran et al., Bull World Health Organ 2014;92:672-679,
  // doi:10.2471/BLT.14.135541); WHO's own note on F66 reads that sexual orientation by itself is not
  // to be regarded as a disorder.

  /** WHO ICD-10 F64.0 Transsexualism. */
  public static final Code ICD10_TRANSSEXUALISM =
      Code.of(ICD_10, "F64.0", "Transsexualism", VERIFIED);
  /** WHO ICD-10 F64.2 Gender identity disorder of childhood. */
  public static final Code ICD10_GENDER_IDENTITY_DISORDER_OF_CHILDHOOD =
      Code.of(ICD_10, "F64.2", "Gender identity disorder of childhood", VERIFIED);
  /** WHO ICD-10 F64.9 Gender identity disorder, unspecified. */
  public static final Code ICD10_GENDER_IDENTITY_DISORDER_UNSPECIFIED =
      Code.of(ICD_10, "F64.9", "Gender identity disorder, unspecified", VERIFIED);
  /** WHO ICD-10 F66.0 Sexual maturation disorder. */
  public static final Code ICD10_SEXUAL_MATURATION_DISORDER =
      Code.of(ICD_10, "F66.0", "Sexual maturation disorder", VERIFIED);
  /** WHO ICD-10 F66.1 Egodystonic sexual orientation. */
  public static final Code ICD10_EGODYSTONIC_SEXUAL_ORIENTATION =
      Code.of(ICD_10, "F66.1", "Egodystonic sexual orientation", VERIFIED);
  /** WHO ICD-10 F66.2 Sexual relationship disorder. */
  public static final Code ICD10_SEXUAL_RELATIONSHIP_DISORDER =
      Code.of(ICD_10, "F66.2", "Sexual relationship disorder", VERIFIED);
  /** WHO ICD-10 F66.9 Psychosexual development disorder, unspecified. */
  public static final Code ICD10_PSYCHOSEXUAL_DEVELOPMENT_DISORDER_UNSPECIFIED =
      Code.of(ICD_10, "F66.9", "Psychosexual development disorder, unspecified", VERIFIED);

  // ICD-10-CM codes of DSM-5-TR diagnoses; all from secondary sources.

  /** ICD-10-CM F52.0, DSM-5-TR male hypoactive sexual desire disorder. */
  public static final Code DSM_MALE_HYPOACTIVE_SEXUAL_DESIRE =
      Code.of(ICD_10_CM, "F52.0", "Male hypoactive sexual desire disorder", UNCERTAIN);
  /** ICD-10-CM F52.22, DSM-5-TR female sexual interest/arousal disorder. */
  public static final Code DSM_FEMALE_SEXUAL_INTEREST_AROUSAL =
      Code.of(ICD_10_CM, "F52.22", "Female sexual interest/arousal disorder", UNCERTAIN);
  /** ICD-10-CM F52.21, DSM-5-TR erectile disorder. */
  public static final Code DSM_ERECTILE =
      Code.of(ICD_10_CM, "F52.21", "Erectile disorder", UNCERTAIN);
  /** ICD-10-CM F52.31, DSM-5-TR female orgasmic disorder. */
  public static final Code DSM_FEMALE_ORGASMIC =
      Code.of(ICD_10_CM, "F52.31", "Female orgasmic disorder", UNCERTAIN);
  /** ICD-10-CM F52.32, DSM-5-TR delayed ejaculation. */
  public static final Code DSM_DELAYED_EJACULATION =
      Code.of(ICD_10_CM, "F52.32", "Delayed ejaculation", UNCERTAIN);
  /** ICD-10-CM F52.4, DSM-5-TR premature (early) ejaculation. */
  public static final Code DSM_EARLY_EJACULATION =
      Code.of(ICD_10_CM, "F52.4", "Premature (early) ejaculation", UNCERTAIN);
  /** ICD-10-CM F52.6, DSM-5-TR genito-pelvic pain/penetration disorder. */
  public static final Code DSM_GENITO_PELVIC_PAIN_PENETRATION =
      Code.of(ICD_10_CM, "F52.6", "Genito-pelvic pain/penetration disorder", UNCERTAIN);
  /** ICD-10-CM F65.9, paraphilic disorder, unspecified (the F65 block). */
  public static final Code DSM_PARAPHILIC_UNSPECIFIED =
      Code.of(ICD_10_CM, "F65.9", "Paraphilic disorder, unspecified", UNCERTAIN);
  /** ICD-10-CM Z63.0, relationship distress with spouse or intimate partner. */
  public static final Code DSM_RELATIONSHIP_DISTRESS =
      Code.of(ICD_10_CM, "Z63.0", "Relationship distress with spouse or intimate partner",
          UNCERTAIN);

  // NUCC provider taxonomy: licence disciplines. There is no code for "sex therapist". Codes and
  // titles as NUCC publishes them (https://taxonomy.nucc.org, "Classification, Specialization"),
  // checked against the expansion of NUCC release 20.2 in HL7's Da Vinci Plan-Net value set
  // (http://hl7.org/fhir/us/davinci-pdex-plan-net/ValueSet-IndividualAndGroupSpecialtiesVS.html).
  // Which of them file a practitioner under which licence is decided once, in Discipline.

  /** NUCC 106H00000X Marriage and family therapist. */
  public static final Code NUCC_MARRIAGE_AND_FAMILY_THERAPIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "106H00000X", "Marriage & Family Therapist", VERIFIED);
  /** NUCC 101YP2500X Professional counselor. */
  public static final Code NUCC_PROFESSIONAL_COUNSELOR =
      Code.of(NUCC_PROVIDER_TAXONOMY, "101YP2500X", "Counselor, Professional", VERIFIED);
  /** NUCC 101YM0800X Mental health counselor. */
  public static final Code NUCC_MENTAL_HEALTH_COUNSELOR =
      Code.of(NUCC_PROVIDER_TAXONOMY, "101YM0800X", "Counselor, Mental Health", VERIFIED);
  /** NUCC 103T00000X Psychologist, the classification. */
  public static final Code NUCC_PSYCHOLOGIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "103T00000X", "Psychologist", VERIFIED);
  /** NUCC 103TA0400X Psychologist, Addiction (Substance Use Disorder). */
  public static final Code NUCC_ADDICTION_PSYCHOLOGIST = Code.of(NUCC_PROVIDER_TAXONOMY,
      "103TA0400X", "Psychologist, Addiction (Substance Use Disorder)", VERIFIED);
  /** NUCC 103TA0700X Psychologist, Adult Development &amp; Aging. */
  public static final Code NUCC_ADULT_DEVELOPMENT_AND_AGING_PSYCHOLOGIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "103TA0700X", "Psychologist, Adult Development & Aging", VERIFIED);
  /** NUCC 103TB0200X Psychologist, Cognitive &amp; Behavioral. */
  public static final Code NUCC_COGNITIVE_AND_BEHAVIORAL_PSYCHOLOGIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "103TB0200X", "Psychologist, Cognitive & Behavioral", VERIFIED);
  /** NUCC 103TC0700X Psychologist, Clinical. */
  public static final Code NUCC_CLINICAL_PSYCHOLOGIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "103TC0700X", "Psychologist, Clinical", VERIFIED);
  /** NUCC 103TC1900X Psychologist, Counseling. */
  public static final Code NUCC_COUNSELING_PSYCHOLOGIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "103TC1900X", "Psychologist, Counseling", VERIFIED);
  /** NUCC 103TC2200X Psychologist, Clinical Child &amp; Adolescent. */
  public static final Code NUCC_CLINICAL_CHILD_AND_ADOLESCENT_PSYCHOLOGIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "103TC2200X", "Psychologist, Clinical Child & Adolescent", VERIFIED);
  /** NUCC 103TE1100X Psychologist, Exercise &amp; Sports. */
  public static final Code NUCC_EXERCISE_AND_SPORTS_PSYCHOLOGIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "103TE1100X", "Psychologist, Exercise & Sports", VERIFIED);
  /** NUCC 103TF0000X Psychologist, Family. */
  public static final Code NUCC_FAMILY_PSYCHOLOGIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "103TF0000X", "Psychologist, Family", VERIFIED);
  /** NUCC 103TF0200X Psychologist, Forensic. */
  public static final Code NUCC_FORENSIC_PSYCHOLOGIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "103TF0200X", "Psychologist, Forensic", VERIFIED);
  /** NUCC 103TH0004X Psychologist, Health. */
  public static final Code NUCC_HEALTH_PSYCHOLOGIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "103TH0004X", "Psychologist, Health", VERIFIED);
  /** NUCC 103TH0100X Psychologist, Health Service. */
  public static final Code NUCC_HEALTH_SERVICE_PSYCHOLOGIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "103TH0100X", "Psychologist, Health Service", VERIFIED);
  /** NUCC 103TM1800X Psychologist, Intellectual &amp; Developmental Disabilities. */
  public static final Code NUCC_INTELLECTUAL_DISABILITIES_PSYCHOLOGIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "103TM1800X",
      "Psychologist, Intellectual & Developmental Disabilities", VERIFIED);
  /**
   * NUCC 103TP0016X Psychologist, Prescribing (Medical): a licensed psychologist who also holds a
   * state's prescriptive authority.
   */
  public static final Code NUCC_PRESCRIBING_PSYCHOLOGIST = Code.of(NUCC_PROVIDER_TAXONOMY,
      "103TP0016X", "Psychologist, Prescribing (Medical)", VERIFIED);
  /** NUCC 103TP0814X Psychologist, Psychoanalysis. */
  public static final Code NUCC_PSYCHOANALYSIS_PSYCHOLOGIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "103TP0814X", "Psychologist, Psychoanalysis", VERIFIED);
  /** NUCC 103TP2701X Psychologist, Group Psychotherapy. */
  public static final Code NUCC_GROUP_PSYCHOTHERAPY_PSYCHOLOGIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "103TP2701X", "Psychologist, Group Psychotherapy", VERIFIED);
  /** NUCC 103TR0400X Psychologist, Rehabilitation. */
  public static final Code NUCC_REHABILITATION_PSYCHOLOGIST =
      Code.of(NUCC_PROVIDER_TAXONOMY, "103TR0400X", "Psychologist, Rehabilitation", VERIFIED);
  /** NUCC 1041C0700X Social Worker, Clinical. */
  public static final Code NUCC_CLINICAL_SOCIAL_WORKER =
      Code.of(NUCC_PROVIDER_TAXONOMY, "1041C0700X", "Social Worker, Clinical", VERIFIED);
  /** NUCC 2084P0800X Psychiatry &amp; Neurology, Psychiatry. */
  public static final Code NUCC_PSYCHIATRY =
      Code.of(NUCC_PROVIDER_TAXONOMY, "2084P0800X", "Psychiatry & Neurology, Psychiatry",
          VERIFIED);
  /** NUCC 2084P0802X Psychiatry &amp; Neurology, Addiction Psychiatry. */
  public static final Code NUCC_ADDICTION_PSYCHIATRY = Code.of(NUCC_PROVIDER_TAXONOMY,
      "2084P0802X", "Psychiatry & Neurology, Addiction Psychiatry", VERIFIED);
  /** NUCC 2084P0804X Psychiatry &amp; Neurology, Child &amp; Adolescent Psychiatry. */
  public static final Code NUCC_CHILD_AND_ADOLESCENT_PSYCHIATRY = Code.of(NUCC_PROVIDER_TAXONOMY,
      "2084P0804X", "Psychiatry & Neurology, Child & Adolescent Psychiatry", VERIFIED);
  /** NUCC 2084P0805X Psychiatry &amp; Neurology, Geriatric Psychiatry. */
  public static final Code NUCC_GERIATRIC_PSYCHIATRY = Code.of(NUCC_PROVIDER_TAXONOMY,
      "2084P0805X", "Psychiatry & Neurology, Geriatric Psychiatry", VERIFIED);
  /**
   * NUCC 2084P0015X Psychiatry &amp; Neurology, Psychosomatic Medicine, the psychiatry
   * subspecialty the American Board of Psychiatry and Neurology now calls consultation-liaison
   * psychiatry (https://abpn.org).
   */
  public static final Code NUCC_PSYCHOSOMATIC_MEDICINE = Code.of(NUCC_PROVIDER_TAXONOMY,
      "2084P0015X", "Psychiatry & Neurology, Psychosomatic Medicine", VERIFIED);
  /** NUCC 2084F0202X Psychiatry &amp; Neurology, Forensic Psychiatry. */
  public static final Code NUCC_FORENSIC_PSYCHIATRY = Code.of(NUCC_PROVIDER_TAXONOMY,
      "2084F0202X", "Psychiatry & Neurology, Forensic Psychiatry", VERIFIED);
  /** NUCC 363LP0808X Nurse Practitioner, Psych/Mental Health. */
  public static final Code NUCC_PSYCHIATRIC_NURSE_PRACTITIONER = Code.of(NUCC_PROVIDER_TAXONOMY,
      "363LP0808X", "Nurse Practitioner, Psych/Mental Health", VERIFIED);
  /** NUCC 364SP0808X Clinical Nurse Specialist, Psych/Mental Health. */
  public static final Code NUCC_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "364SP0808X", "Clinical Nurse Specialist, Psych/Mental Health",
      VERIFIED);
  /** NUCC 364SP0807X Clinical Nurse Specialist, Psych/Mental Health, Child &amp; Adolescent. */
  public static final Code NUCC_CHILD_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "364SP0807X",
      "Clinical Nurse Specialist, Psych/Mental Health, Child & Adolescent", VERIFIED);
  /** NUCC 364SP0809X Clinical Nurse Specialist, Psych/Mental Health, Adult. */
  public static final Code NUCC_ADULT_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "364SP0809X", "Clinical Nurse Specialist, Psych/Mental Health, Adult",
      VERIFIED);
  /** NUCC 364SP0810X Clinical Nurse Specialist, Psych/Mental Health, Child &amp; Family. */
  public static final Code NUCC_CHILD_AND_FAMILY_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "364SP0810X",
      "Clinical Nurse Specialist, Psych/Mental Health, Child & Family", VERIFIED);
  /** NUCC 364SP0813X Clinical Nurse Specialist, Psych/Mental Health, Geropsychiatric. */
  public static final Code NUCC_GEROPSYCHIATRIC_CLINICAL_NURSE_SPECIALIST = Code.of(
      NUCC_PROVIDER_TAXONOMY, "364SP0813X",
      "Clinical Nurse Specialist, Psych/Mental Health, Geropsychiatric", VERIFIED);

  private static final List<Code> ALL = List.of(
      ICD11_HYPOACTIVE_SEXUAL_DESIRE, ICD11_SEXUAL_AROUSAL, ICD11_FEMALE_SEXUAL_AROUSAL,
      ICD11_MALE_ERECTILE, ICD11_ORGASMIC, ICD11_EJACULATORY, ICD11_SEXUAL_PAIN_PENETRATION,
      ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING, ICD11_PARAPHILIC_NON_CONSENTING,
      ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR, ICD11_GENDER_INCONGRUENCE_ADOLESCENCE_ADULTHOOD,
      ICD11_GENDER_INCONGRUENCE_CHILDHOOD, ICD11_GENDER_INCONGRUENCE_UNSPECIFIED,
      DSM_MALE_HYPOACTIVE_SEXUAL_DESIRE, DSM_FEMALE_SEXUAL_INTEREST_AROUSAL, DSM_ERECTILE,
      DSM_FEMALE_ORGASMIC, DSM_DELAYED_EJACULATION, DSM_EARLY_EJACULATION,
      DSM_GENITO_PELVIC_PAIN_PENETRATION, DSM_PARAPHILIC_UNSPECIFIED, DSM_RELATIONSHIP_DISTRESS,
      DSM_GENDER_DYSPHORIA_ADOLESCENTS_ADULTS, ICD10CM_DUAL_ROLE_TRANSVESTISM,
      DSM_GENDER_DYSPHORIA_CHILDREN, DSM_GENDER_DYSPHORIA_OTHER_SPECIFIED,
      DSM_GENDER_DYSPHORIA_UNSPECIFIED, ICD10_TRANSSEXUALISM,
      ICD10_GENDER_IDENTITY_DISORDER_OF_CHILDHOOD, ICD10_GENDER_IDENTITY_DISORDER_UNSPECIFIED,
      ICD10_SEXUAL_MATURATION_DISORDER, ICD10_EGODYSTONIC_SEXUAL_ORIENTATION,
      ICD10_SEXUAL_RELATIONSHIP_DISORDER, ICD10_PSYCHOSEXUAL_DEVELOPMENT_DISORDER_UNSPECIFIED,
      NUCC_MARRIAGE_AND_FAMILY_THERAPIST, NUCC_PROFESSIONAL_COUNSELOR, NUCC_MENTAL_HEALTH_COUNSELOR,
      NUCC_PSYCHOLOGIST, NUCC_CLINICAL_SOCIAL_WORKER, NUCC_PSYCHIATRY,
      NUCC_PSYCHIATRIC_NURSE_PRACTITIONER, NUCC_ADDICTION_PSYCHOLOGIST,
      NUCC_ADULT_DEVELOPMENT_AND_AGING_PSYCHOLOGIST, NUCC_COGNITIVE_AND_BEHAVIORAL_PSYCHOLOGIST,
      NUCC_CLINICAL_PSYCHOLOGIST, NUCC_COUNSELING_PSYCHOLOGIST,
      NUCC_CLINICAL_CHILD_AND_ADOLESCENT_PSYCHOLOGIST, NUCC_FAMILY_PSYCHOLOGIST,
      NUCC_HEALTH_PSYCHOLOGIST, NUCC_HEALTH_SERVICE_PSYCHOLOGIST, NUCC_PSYCHOANALYSIS_PSYCHOLOGIST,
      NUCC_GROUP_PSYCHOTHERAPY_PSYCHOLOGIST, NUCC_INTELLECTUAL_DISABILITIES_PSYCHOLOGIST,
      NUCC_PRESCRIBING_PSYCHOLOGIST, NUCC_REHABILITATION_PSYCHOLOGIST,
      NUCC_EXERCISE_AND_SPORTS_PSYCHOLOGIST, NUCC_FORENSIC_PSYCHOLOGIST, NUCC_ADDICTION_PSYCHIATRY,
      NUCC_CHILD_AND_ADOLESCENT_PSYCHIATRY, NUCC_GERIATRIC_PSYCHIATRY, NUCC_PSYCHOSOMATIC_MEDICINE,
      NUCC_FORENSIC_PSYCHIATRY, NUCC_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST,
      NUCC_CHILD_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST,
      NUCC_ADULT_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST,
      NUCC_CHILD_AND_FAMILY_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST,
      NUCC_GEROPSYCHIATRIC_CLINICAL_NURSE_SPECIALIST);

  /**
   * The blocks, as canonical code prefixes per system, that classify gender identity or sexual
   * orientation as a condition: ICD-11 HA6 (HA60, HA61, HA6Z gender incongruence); ICD-10-CM F64
   * (gender identity disorders, DSM-5-TR gender dysphoria); WHO ICD-10 F64 and F66. A whole block
   * is named so that every subdivision of it is caught. ICD-10-CM F66 is "other sexual disorders",
   * a different category, and is not listed.
   */
  private static final Map<StandardCodeSystem, List<String>> IDENTITY_BLOCKS = Map.of(
      StandardCodeSystem.ICD_11_MMS, List.of("HA6"), StandardCodeSystem.ICD_10_CM, List.of("F64"),
      StandardCodeSystem.ICD_10, List.of("F64", "F66"));

  private CodeCatalogue() {}

  /**
   * Returns every code the library ships.
   *
   * @return the codes in a fixed order, never null
   */
  public static List<Code> all() {
    return ALL;
  }

  /**
   * Finds a shipped code by system and code.
   *
   * @param system the system, never null
   * @param code the code, never null; compared in the system's canonical form, so case, spaces
   *     and the place of the dot do not matter
   * @return the code, or empty when the library does not ship it
   */
  public static Optional<Code> find(CodeSystem system, String code) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(code, "code");
    Optional<String> canonical = system.canonical(code);
    if (canonical.isEmpty()) {
      return Optional.empty();
    }
    for (Code shipped : ALL) {
      if (shipped.system().equals(system) && shipped.code().equals(canonical.get())) {
        return Optional.of(shipped);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the shipped code with the same system and code as a recorded one, whatever its title.
   *
   * @param code a recorded code, never null
   * @return the catalogue's code, or empty when the library does not ship it
   */
  public static Optional<Code> find(Code code) {
    Objects.requireNonNull(code, "code");
    return find(code.system(), code.code());
  }

  /**
   * Tells whether a code classifies a person's gender identity, gender expression or sexual
   * orientation as a condition, whatever its system: ICD-11 HA60, HA61 and HA6Z (gender
   * incongruence, https://icd.who.int/browse/latest-release/mms/en); ICD-10-CM F64.x, the
   * codes of DSM-5-TR gender dysphoria; WHO ICD-10 F64.x and F66.x (psychological and behavioural
   * disorders associated with sexual development and orientation, deleted from ICD-11). None is
   * ever a concern for sex therapy to treat (ethical rule 2): gender incongruence exists for access
   * to affirming care, and WHO itself notes that orientation alone is not a disorder.
   *
   * <p>Each stem code of an ICD-11 cluster is judged ({@code HA20/HA60&XS25} is an identity code);
   * a national modification of ICD-10 is judged by its base's categories (ICD-10-GM {@code F64.0});
   * a clinic's local code, whose meaning the library cannot know, by its title, with the words
   * that make identity or orientation the concern ("gender dysphoria", "homosexuality") that
   * {@code ConcernType} refuses in its names.
   *
   * @param code the code, never null
   * @return whether it is an identity code, whatever its certainty
   */
  public static boolean isIdentityCode(Code code) {
    Objects.requireNonNull(code, "code");
    Optional<StandardCodeSystem> classification = code.system().classification();
    if (classification.isEmpty()) {
      return IdentityTerms.nameIdentityAsConcern(code.title());
    }
    List<String> blocks = IDENTITY_BLOCKS.get(classification.get());
    if (blocks == null) {
      return false;
    }
    for (String stem : code.stemCodes()) {
      for (String block : blocks) {
        if (stem.startsWith(block)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Tells whether a code classifies gender incongruence (ICD-11 HA60, HA61, HA6Z). ICD-11 placed
   * these outside the mental-disorders chapter for access to affirming care: they are never a
   * concern for sex therapy to treat (ethical rules 1 and 2; ICD-11 HA60-HA6Z).
   *
   * @param code the code, never null
   * @return whether it is a gender-incongruence code, whatever its title or certainty
   */
  public static boolean isGenderIncongruence(Code code) {
    Objects.requireNonNull(code, "code");
    return code.system() == ICD_11_MMS
        && code.stemCodes().stream().anyMatch(stem -> stem.startsWith("HA6"));
  }
}
