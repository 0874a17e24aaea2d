package org.sextherapy.ethics;

import static org.sextherapy.ethics.ReviewSubject.MATCH;
import static org.sextherapy.ethics.ReviewSubject.PLAN;
import static org.sextherapy.ethics.ReviewSubject.PROFILE;
import static org.sextherapy.ethics.ReviewSubject.REQUEST;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sextherapy.validation.Severity;

/**
 * The catalogue of standard ethical rules, numbered 1 to 9 as the library's ethical-practice
 * rules, each with the public sources it rests on ({@link EthicalRule#source()}).
 *
 * <p>Several catalogue rules may implement one numbered rule when its parts differ in severity or
 * subject: rule 1 has a structured check (an error: it cannot be dodged by wording) and a check of
 * wording (a warning), and so do rules 3 and 4 (one wording check for both) and rule 5; rule 6
 * covers lapsed certifications, licences, AASECT CST prerequisites and competence; rule 7 covers
 * guardian consent, therapists serving adolescents and exercises.
 * {@link #markdownTable()} renders the catalogue for the README, where a test keeps it in step.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EthicalRules {

  private static final String GOODTHERAPY = "GoodTherapy, Sex Therapy,"
      + " https://www.goodtherapy.org/learn-about-therapy/modes/sex-therapy";
  private static final String CONVERSION_SOURCES = GOODTHERAPY
      + "; AASECT Position on Reparative Therapy (2017),"
      + " https://www.aasect.org/position-reparative-therapy; APA Resolutions on Sexual"
      + " Orientation Change Efforts and on Gender Identity Change Efforts (2021),"
      + " https://www.apa.org/about/policy";
  private static final String AASECT_TOUCH = "AASECT Code of Conduct, Principle Three (13), in"
      + " AASECT Position on Touch and the AASECT Certified Professional,"
      + " https://www.aasect.org/position-touch-and-aasect-certified-professional";
  private static final String AASECT_CODE = "AASECT Code of Conduct,"
      + " https://www.aasect.org/code-conduct";
  private static final String CONSENT_REVERSIBLE = "Planned Parenthood, Sexual Consent (freely"
      + " given, reversible), https://www.plannedparenthood.org/learn/relationships/sexual-consent";
  private static final String AASECT_CERTIFICATION =
      "AASECT certification and renewal requirements, https://www.aasect.org";
  private static final String AASECT_MEMBERSHIP = "AASECT Membership Agreement,"
      + " https://www.aasect.org/aasect-membership-agreement";
  private static final String MINOR_CONSENT = "minor-consent statutes of each jurisdiction"
      + " (outpatient mental-health care, often from 12 to 16)";

  /**
   * Rule 1: no goal, service or modality aims to change, suppress or deny a person's sexual
   * orientation, gender identity or gender expression, judged on the structured aims of plan goals
   * and of the modalities a profile offers ({@code Aim#altersIdentity()}), so wording cannot dodge
   * it. Sources: GoodTherapy (Sex Therapy) ("a sex therapist should never attempt to change or deny
   * a person's gender, identity, or sexual orientation"); AASECT (2017) and APA (2021) positions
   * against conversion practices.
   */
  public static final EthicalRule NO_IDENTITY_CHANGE = ImmutableEthicalRule.builder()
      .id("ethics.no-identity-change").number(1)
      .statement("No goal, service or modality aims to change, suppress or deny a person's sexual"
          + " orientation, gender identity or gender expression.")
      .source(CONVERSION_SOURCES)
      .defaultSeverity(Severity.ERROR).addAppliesTo(PROFILE, PLAN)
      .profileCheck(IdentityRules::noIdentityChange).planCheck(IdentityRules::noIdentityChange)
      .build();

  /**
   * Rule 1, the offer: a profile offering a modality whose name or description denotes a conversion
   * practice, by name ("conversion therapy", "reparative therapy", "SOCE", "ex-gay") or in plain
   * words ("overcome unwanted same-sex attraction", "accept the sex assigned at birth"), or whose
   * title or display name does ("Reparative Therapy Institute"), or what the therapist discloses
   * (a faith tradition of "ex-gay ministry", a self-description's terms or own words, pronouns,
   * own words for gender), or the qualifications it shows (the titles of degrees and credentials,
   * the names of certifying bodies and registers), breaches rule 1 whatever the modality's
   * structured aims: the offer is the breach. (A concern type so named is refused when it is
   * built, so no profile can declare one.) An error,
   * so the profile is never matched or assigned. The finding names the lexicon entry, never the text.
   * Sources as for {@link #NO_IDENTITY_CHANGE}; the phrasings' sources are listed in the lexicon.
   */
  public static final EthicalRule NO_CONVERSION_PRACTICE_OFFERED = ImmutableEthicalRule.builder()
      .id("ethics.no-conversion-practice-offered").number(1)
      .statement("No profile offers a conversion practice: not in a modality's name or"
          + " description, whatever its structured aims, nor in any other text it shows: its"
          + " display name, title, pronouns, own words, faith tradition, self-descriptions or"
          + " qualifications.")
      .source(CONVERSION_SOURCES + "; UN Independent Expert on SOGI, A/HRC/44/53 (2020)")
      .defaultSeverity(Severity.ERROR).addAppliesTo(PROFILE)
      .profileCheck(IdentityRules::conversionOffered)
      .build();

  /**
   * Rule 1, wording: goal notes and exercise notes are not worded as a conversion practice, by name
   * or in plain words ("stop being attracted to the same sex", "accept the sex assigned at birth"),
   * found by the conversion lexicon, which does not flag affirming work (accepting, exploring or
   * reducing shame about one's orientation or gender identity) or statements against conversion
   * practices. A warning, which a review may make an error; the text is never echoed, the finding
   * names the lexicon entry. Sources as for {@link #NO_CONVERSION_PRACTICE_OFFERED}.
   */
  public static final EthicalRule NO_CONVERSION_PRACTICE_TERMS = ImmutableEthicalRule.builder()
      .id("ethics.no-conversion-practice-terms").number(1)
      .statement("Goal notes and exercise notes are not worded as a conversion practice, by name"
          + " or in plain words.")
      .source(CONVERSION_SOURCES + "; UN Independent Expert on SOGI, A/HRC/44/53 (2020)")
      .defaultSeverity(Severity.WARNING).addAppliesTo(PLAN)
      .planCheck(IdentityRules::conversionTerms)
      .build();

  /**
   * Rule 2: a person's gender identity, trans, non-binary or intersex status or orientation is never
   * a concern: no recorded code of a requested concern classifies gender identity or orientation
   * in any system the library ships ({@code CodeCatalogue#isIdentityCode}: ICD-11 HA60, HA61, HA6Z;
   * ICD-10-CM F64, DSM-5-TR gender dysphoria; WHO ICD-10 F64 and F66), whatever its case, spaces or
   * dot, and a concern about exploring one's own identity carries no disorder code, recorded or on
   * its type. A concern type cannot carry an identity code or be named for identity as the concern
   * outside the exploration category ({@code ConcernType} refuses it), and nothing in the library
   * derives a concern from a participant's gender or orientation. Sources: GoodTherapy (Sex Therapy) (an
   * ethical therapist will not assume a non-binary, trans or intersex person's concern is related
   * to their identity); ICD-11 chapter 17 (https://icd.who.int/browse/latest-release/mms/en);
   * Cochran et al., Bull World Health Organ 2014;92:672-679 (doi:10.2471/BLT.14.135541), on the
   * deletion of ICD-10 F66.
   */
  public static final EthicalRule IDENTITY_IS_NOT_A_CONCERN = ImmutableEthicalRule.builder()
      .id("ethics.identity-is-not-a-concern").number(2)
      .statement("Gender identity, trans, non-binary or intersex status and orientation are never"
          + " a concern: no identity code in any system, no disorder code on identity"
          + " exploration.")
      .source(GOODTHERAPY + "; ICD-11 chapter 17 (HA60-HA6Z); ICD-10-CM F64 (DSM-5-TR); WHO ICD-10 F64,"
          + " F66 (Cochran et al. 2014, doi:10.2471/BLT.14.135541)")
      .defaultSeverity(Severity.ERROR).addAppliesTo(REQUEST)
      .requestCheck(IdentityRules::identityIsNotAConcern)
      .build();

  /**
   * Rule 3: in-session activities are verbal and instructive; any activity with physical or sexual
   * contact belongs to a between-session exercise, and examination or touch by the therapist
   * ({@code PHYSICAL_EXAMINATION}, {@code THERAPIST_TOUCH}) is never sex therapy, in session or as an
   * exercise. Sources: GoodTherapy (Sex Therapy) ("sessions are strictly instructive and verbal,
   * and all exercises that involve physical contact are performed outside of the session"); the
   * AASECT Position on Touch.
   */
  public static final EthicalRule VERBAL_SESSIONS = ImmutableEthicalRule.builder()
      .id("ethics.verbal-sessions").number(3)
      .statement("In-session activities are verbal and instructive; contact belongs to"
          + " between-session exercises; examination or touch by the therapist never happens.")
      .source(GOODTHERAPY + "; " + AASECT_TOUCH)
      .defaultSeverity(Severity.ERROR).addAppliesTo(PLAN)
      .planCheck(PlanRules::verbalSessions)
      .build();

  /**
   * Rules 3 and 4, wording: goal notes and exercise notes do not describe undressing or nudity,
   * touch or a physical examination in session, or touch or examination by the therapist ("client
   * undresses in session", "nude body scan in the office with the therapist present", "the
   * therapist will touch to demonstrate"), whatever the structured fields say. Read by a phrase
   * table with families ({@code ConductTerms}) that lets negated, between-session and spoken-about
   * wording pass ("no touching in session", "the therapist never touches clients", "undress at
   * home in private", "discuss in session how the touching at home went") and referrals ("refer
   * to a pelvic-floor physical therapist for an internal examination"). A warning, which a review
   * may make an error, and which can never be switched off or lowered (rule 3 is protected); the
   * finding names the phrase entry, never the text. Sources: GoodTherapy (Sex Therapy); the AASECT
   * Code of Conduct, Principle Three (13); the AASECT Position on Touch.
   */
  public static final EthicalRule NO_IN_SESSION_CONTACT_TERMS = ImmutableEthicalRule.builder()
      .id("ethics.no-in-session-contact-terms").number(3)
      .statement("Goal notes and exercise notes do not describe undressing, nudity, touch or a"
          + " physical examination in session, or touch by the therapist.")
      .source(GOODTHERAPY + "; " + AASECT_TOUCH + "; " + AASECT_CODE)
      .defaultSeverity(Severity.WARNING).addAppliesTo(PLAN)
      .planCheck(PlanRules::inSessionContactTerms)
      .build();

  /**
   * Rule 4: no sexual contact between therapist and client, ever, whether or not the client
   * consents: the therapist never takes part in an exercise with physical or sexual contact.
   * Sources: GoodTherapy (Sex Therapy) ("sex therapy does not involve having sex with the
   * therapist"); the AASECT Code of Conduct.
   */
  public static final EthicalRule NO_SEXUAL_CONTACT_WITH_CLIENT = ImmutableEthicalRule.builder()
      .id("ethics.no-sexual-contact-with-client").number(4)
      .statement("The therapist never takes part in an exercise with physical or sexual contact,"
          + " with or without the client's consent.")
      .source(GOODTHERAPY + "; " + AASECT_TOUCH)
      .defaultSeverity(Severity.ERROR).addAppliesTo(PLAN)
      .planCheck(PlanRules::noSexualContact)
      .build();

  /**
   * Rule 5: every exercise is an invitation: recorded as voluntary ({@code Exercise#voluntary()}
   * has no default), consented to by every participant taking part, and taken part in only by
   * participants of the plan; an exercise whose kind by nature involves a partner (sensate focus,
   * partnered sexual activity: {@code ActivityKind#isPartneredByNature()}) names at least two, so
   * the partner's consent is checked too. Sources: GoodTherapy (Sex Therapy) ("a person is never
   * made to do so as part of therapy"; nobody is forced to have sexual contact with anyone).
   */
  public static final EthicalRule EXERCISES_ARE_INVITATIONS = ImmutableEthicalRule.builder()
      .id("ethics.exercises-are-invitations").number(5)
      .statement("Every exercise is voluntary, names every person taking part (at least two"
          + " where its kind involves a partner) and is consented to by each, a participant of"
          + " the plan.")
      .source(GOODTHERAPY)
      .defaultSeverity(Severity.ERROR).addAppliesTo(PLAN)
      .planCheck(PlanRules::exercisesAreInvitations)
      .build();

  /**
   * Rule 5, wording: goal notes and exercise notes do not word an exercise as required
   * ("mandatory homework"), as an ultimatum ("if you refuse, therapy ends", "your partner will be
   * told"), as done despite pain or unwillingness ("even if it hurts", "whether you want to or
   * not"), without the partner's consent ("even if she says no"), with no way to stop ("no backing
   * out") or under pressure ("force yourself"), whatever {@code voluntary} says. Read by the phrase
   * table of {@code ConductTerms}, which lets negated and spoken-about wording pass ("optional,
   * never mandatory", "you may decline", "if you decline, there are no consequences", "explore why
   * she felt she was not allowed to say no"). A warning, which a review may make an error, and
   * which can never be switched off or lowered (rule 5 is protected); the finding names the phrase
   * entry, never the text. Sources: GoodTherapy (Sex Therapy) (a person is never made to do an
   * exercise); the AASECT Code of Conduct; consent as freely given and reversible (Planned
   * Parenthood, Sexual Consent).
   */
  public static final EthicalRule NO_COERCION_TERMS = ImmutableEthicalRule.builder()
      .id("ethics.no-coercion-terms").number(5)
      .statement("Goal notes and exercise notes do not word an exercise as required, as an"
          + " ultimatum, or as done despite pain, refusal or a partner's consent.")
      .source(GOODTHERAPY + "; " + AASECT_CODE + "; " + CONSENT_REVERSIBLE)
      .defaultSeverity(Severity.WARNING).addAppliesTo(PLAN)
      .planCheck(PlanRules::coercionTerms)
      .build();

  /**
   * Rule 6, honest credentials: a certification lapsed or not yet valid on the date
   * ({@code Certification#statusOn}: the issuer's cycle, AASECT 3 years, and its membership
   * requirement), or one that lapses with another credential that is not current (AASECT's
   * supervisor credential with the CST), is reported so it is shown as not current. A warning: the
   * profile stays usable, but nobody may be presented as holding it. Sources: GoodTherapy (Sex
   * Therapy) (AASECT certification must be renewed every three years); aasect.org renewal rules;
   * the AASECT membership agreement.
   */
  public static final EthicalRule CERTIFICATION_CURRENT = ImmutableEthicalRule.builder()
      .id("ethics.certification-current").number(6)
      .statement("A certification lapsed or not yet valid on the date, or resting on a credential"
          + " that is not current, is shown as not current.")
      .source(GOODTHERAPY + "; " + AASECT_CERTIFICATION + "; " + AASECT_MEMBERSHIP)
      .defaultSeverity(Severity.WARNING).addAppliesTo(PROFILE)
      .profileCheck(CredentialRules::notCurrent)
      .build();

  /**
   * Rule 6, claims in words: a title, display name, modality name or description that claims a
   * certification ("CST", "certified sex therapist", "CSC", "CSE" and the like) without a
   * certification backing it that is current on the date is a breach: nobody is presented as
   * certified without a current certification from a named issuer. An error, so such a profile is
   * not offered until the claim or the record is corrected. Sources: the AASECT membership agreement
   * and Code of Conduct (a member may not imply a certification they do not hold); GoodTherapy
   * (Sex Therapy).
   */
  public static final EthicalRule CREDENTIAL_CLAIMS_BACKED = ImmutableEthicalRule.builder()
      .id("ethics.credential-claims-backed").number(6)
      .statement("A title, display name or service text that claims a certification is backed by"
          + " one current on the date.")
      .source(AASECT_MEMBERSHIP + "; AASECT Code of Conduct; " + GOODTHERAPY)
      .defaultSeverity(Severity.ERROR).addAppliesTo(PROFILE)
      .profileCheck(CredentialClaims::unbackedClaims)
      .build();

  /**
   * Rule 6, licence: a current AASECT sex-therapist (CST) or supervisor certification needs a
   * licence active on the date (outside the US an equivalent register entry, such as COSRT's in the
   * UK, as {@link org.sextherapy.authorisation.PracticeAuthorisation} counts it), since AASECT
   * certifies licensed clinicians only. Source:
   * https://www.aasect.org/certification/aasect-requirements-sex-therapist-certification.
   */
  public static final EthicalRule CERTIFICATION_NEEDS_LICENCE = ImmutableEthicalRule.builder()
      .id("ethics.certification-needs-licence").number(6)
      .statement("A current AASECT CST or supervisor certification is held with a licence (or,"
          + " outside the US, an equivalent registration) active on the date.")
      .source("AASECT requirements for sex therapist certification,"
          + " https://www.aasect.org/certification/aasect-requirements-sex-therapist-certification")
      .defaultSeverity(Severity.ERROR).addAppliesTo(PROFILE)
      .profileCheck(CredentialRules::certifiedWithoutLicence)
      .build();

  /**
   * Rule 6, prerequisites: a current AASECT CST claim has its prerequisites recorded: a clinical
   * master's or doctorate; 2 years of post-degree clinical experience after a master's, 1 after a
   * doctorate; 90 h of human-sexuality education; 60 h of sex-therapy training; a Sexual Attitude
   * Reassessment; 300 h of supervised sex-therapy work, at most 150 of them by telehealth; 50 h of
   * supervision. A warning: the record may simply be incomplete. Sources: aasect.org CST
   * requirements.
   */
  public static final EthicalRule CST_PREREQUISITES_RECORDED = ImmutableEthicalRule.builder()
      .id("ethics.cst-prerequisites-recorded").number(6)
      .statement("A current AASECT CST claim has its degree, experience, education, training, SAR,"
          + " supervised hours and supervision recorded.")
      .source(AASECT_CERTIFICATION)
      .defaultSeverity(Severity.WARNING).addAppliesTo(PROFILE)
      .profileCheck(CredentialRules::cstPrerequisites)
      .build();

  /**
   * Rule 6, competence: a therapist is matched only on concerns they declare expertise in, so a
   * match where the therapist declares expertise in none of the request's concerns is a breach.
   * Declared expertise is a proxy: the trial often cited matched on measured outcomes
   * (Constantino et al., JAMA Psychiatry 2021, doi:10.1001/jamapsychiatry.2021.1221). Sources: GoodTherapy
   * (Sex Therapy) (ask which issues a therapist is able to address); the AASECT Code of Conduct on
   * practising within one's competence.
   */
  public static final EthicalRule COMPETENCE = ImmutableEthicalRule.builder()
      .id("ethics.competence").number(6)
      .statement("A therapist is matched only when declaring expertise in at least one of the"
          + " request's concerns.")
      .source(GOODTHERAPY + "; AASECT Code of Conduct (competence); declared expertise as a proxy"
          + " (Constantino et al., JAMA Psychiatry 2021, doi:10.1001/jamapsychiatry.2021.1221)")
      .defaultSeverity(Severity.ERROR).addAppliesTo(MATCH)
      .matchCheck(CredentialRules::competence)
      .build();

  /**
   * Rule 7, guardian consent: a request with a participant under 18 records guardian consent as
   * given, unless the participant's recorded age reaches the minimum age of consent the caller
   * supplied for the session jurisdiction ({@link EthicsReview#withMinorConsentAges}), or consent
   * is recorded as not required where the caller supplied no such age and the participant is not
   * a child. Missing or refused consent is a breach, and so is consent recorded as not required
   * for any minor below the age supplied for where they will be. A child's (under 12, below the
   * ages such statutes set) recorded as not required with no age supplied is an error whatever
   * severity the review chose (a review without this rule decides consent itself). A request
   * that breaches it at error is matched to nobody by a matcher or assigner gating with the
   * review ({@link EthicsReview#refusesForGuardianConsent}); pending consent
   * ({@link #MINOR_GUARDIAN_CONSENT_PENDING}) is matched. Sources: GoodTherapy (Sex Therapy)
   * (adolescents sometimes seek a sex therapist); the minor-consent statutes of each jurisdiction
   * (consent ages vary, often 12 to 16).
   */
  public static final EthicalRule MINOR_GUARDIAN_CONSENT = ImmutableEthicalRule.builder()
      .id("ethics.minor-guardian-consent").number(7)
      .statement("A request for a participant under 18 who cannot consent alone records guardian"
          + " consent, and it is not refused.")
      .source(GOODTHERAPY + "; " + MINOR_CONSENT)
      .defaultSeverity(Severity.ERROR)
      .addAppliesTo(REQUEST)
      .requestCheck(MinorRules::guardianConsent)
      .build();

  /**
   * Rule 7, pending consent: guardian consent for a participant under 18 who cannot consent alone
   * is still pending. Sources as for {@link #MINOR_GUARDIAN_CONSENT}.
   */
  public static final EthicalRule MINOR_GUARDIAN_CONSENT_PENDING = ImmutableEthicalRule.builder()
      .id("ethics.minor-guardian-consent-pending").number(7)
      .statement("Guardian consent for a participant under 18 who cannot consent alone is still"
          + " pending.")
      .source(GOODTHERAPY + "; " + MINOR_CONSENT)
      .defaultSeverity(Severity.WARNING).addAppliesTo(REQUEST)
      .requestCheck(MinorRules::guardianConsentPending)
      .build();

  /**
   * Rule 7, consent basis: guardian consent recorded as not required for a participant under 18,
   * where the caller supplied no minimum age of consent for the session jurisdiction
   * ({@link EthicsReview#withMinorConsentAges}). The intake's finding is accepted (competence to
   * consent may rest on an assessment of the person, not an age, as under Gillick v West Norfolk
   * and Wisbech AHA [1986] AC 112 in England and Wales, or on a statute the caller did not
   * supply), so this is a warning that its basis be kept on record, not a refusal. Sources as for
   * {@link #MINOR_GUARDIAN_CONSENT}.
   */
  public static final EthicalRule MINOR_CONSENT_NOT_REQUIRED_UNCONFIRMED =
      ImmutableEthicalRule.builder()
          .id("ethics.minor-consent-not-required-unconfirmed").number(7)
          .statement("Guardian consent recorded as not required for a participant under 18, with"
              + " no minimum age of consent supplied to confirm it, keeps its basis on record.")
          .source(GOODTHERAPY + "; " + MINOR_CONSENT + "; Gillick v West Norfolk and Wisbech AHA"
              + " [1986] AC 112 (competence assessed person by person)")
          .defaultSeverity(Severity.WARNING).addAppliesTo(REQUEST)
          .requestCheck(MinorRules::consentNotRequiredUnconfirmed)
          .build();

  /**
   * Rule 7, a minor's own consent: a guardian's refusal is recorded for a participant under 18 whose
   * recorded age reaches the minimum age of consent the caller supplied for where they will be.
   * The minor may consent alone there, so the refusal does not bar matching
   * ({@link #MINOR_GUARDIAN_CONSENT} reports nothing for them), but the intake records the minor's
   * own consent and how the refusal was handled. Sources as for {@link #MINOR_GUARDIAN_CONSENT}.
   */
  public static final EthicalRule MINOR_OWN_CONSENT_AFTER_REFUSAL =
      ImmutableEthicalRule.builder()
          .id("ethics.minor-own-consent-after-guardian-refusal").number(7)
          .statement("Where a guardian refused and the participant under 18 reaches the supplied"
              + " minimum age of consent, the participant's own consent is recorded.")
          .source(GOODTHERAPY + "; " + MINOR_CONSENT)
          .defaultSeverity(Severity.WARNING).addAppliesTo(REQUEST)
          .requestCheck(MinorRules::ownConsentAfterRefusal)
          .build();

  /**
   * Rule 7, eligibility: a request with an adolescent goes only to a therapist who serves
   * adolescents ({@code Population.ADOLESCENTS}); a child needs {@link #MINOR_CHILD_THERAPIST}.
   * Sources: GoodTherapy (Sex Therapy) (adolescents sometimes seek a sex therapist).
   */
  public static final EthicalRule MINOR_ADOLESCENT_THERAPIST = ImmutableEthicalRule.builder()
      .id("ethics.minor-adolescent-therapist").number(7)
      .statement("A request with a participant aged 12 to 17 goes only to a therapist who serves"
          + " adolescents.")
      .source(GOODTHERAPY + "; " + MINOR_CONSENT)
      .defaultSeverity(Severity.ERROR).addAppliesTo(MATCH)
      .matchCheck(MinorRules::adolescentTherapist)
      .build();

  /**
   * Rule 7, exercises: no partnered exercise (more than one participant, or a kind that by its
   * nature involves a partner) and no exercise with sexual contact is assigned to a minor.
   * Sources: the minor-consent statutes of each jurisdiction.
   */
  public static final EthicalRule MINOR_NO_PARTNERED_OR_SEXUAL_EXERCISE =
      ImmutableEthicalRule.builder()
          .id("ethics.minor-no-partnered-or-sexual-exercise").number(7)
          .statement("No partnered or sexual exercise is assigned to a participant under 18.")
          .source(GOODTHERAPY + "; " + MINOR_CONSENT)
          .defaultSeverity(Severity.ERROR).addAppliesTo(PLAN)
          .planCheck(PlanRules::noPartneredOrSexualExerciseForMinor)
          .build();

  /**
   * Rule 7, safeguarding: a couple or multi-partner request never includes a child (under 12). An
   * error that no review can switch off or lower, and the matcher never matches such a request.
   * Sources: UN Convention on the Rights of the Child, Article 34
   * (https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child); AASECT
   * Code of Conduct (https://www.aasect.org/code-conduct).
   */
  public static final EthicalRule SAFEGUARDING_CHILD_PARTNER = ImmutableEthicalRule.builder()
      .id("ethics.safeguarding-child-partner").number(7)
      .statement("A couple or multi-partner request never includes a child; it is a safeguarding"
          + " matter and is never matched.")
      .source("UN Convention on the Rights of the Child, Art. 34; AASECT Code of Conduct")
      .defaultSeverity(Severity.ERROR).addAppliesTo(REQUEST)
      .requestCheck(MinorRules::noChildInPartnerFormat)
      .build();

  /**
   * Rule 7, safeguarding: a couple or multi-partner request never mixes an adult and a minor. An
   * error unless the caller supplied the local age of consent for the session jurisdiction
   * ({@link EthicsReview#withAgesOfConsent}), every minor's recorded age reaches it and the caller
   * chose a lower severity ({@link EthicsReview#withSeverity}); it cannot be switched off, and the
   * matcher never matches a request where it is an error. Sources as for
   * {@link #SAFEGUARDING_CHILD_PARTNER}.
   */
  public static final EthicalRule SAFEGUARDING_ADULT_AND_MINOR_PARTNERS =
      ImmutableEthicalRule.builder()
          .id("ethics.safeguarding-adult-and-minor-partners").number(7)
          .statement("A couple or multi-partner request never mixes an adult and a minor, unless"
              + " the caller supplied the local age of consent and every minor reaches it.")
          .source("UN Convention on the Rights of the Child, Art. 34; AASECT Code of Conduct;"
              + " local age-of-consent law supplied by the caller")
          .defaultSeverity(Severity.ERROR).addAppliesTo(REQUEST)
          .requestCheck(MinorRules::noAdultWithMinorPartners)
          .build();

  /**
   * Rule 7, safeguarding: a couple or multi-partner request whose partners are all adolescents. A
   * relationship between minors of close age is not a child-protection matter in itself (the law
   * on sexual activity between minors varies, often with close-in-age provisions), so this is a
   * warning by default: the therapist assesses the relationship and each minor's consent before
   * sessions. A safeguarding rule: it cannot be switched off, and a review that raises it to an
   * error has such requests matched to nobody. Sources as for {@link #SAFEGUARDING_CHILD_PARTNER}.
   */
  public static final EthicalRule SAFEGUARDING_MINOR_PARTNERS = ImmutableEthicalRule.builder()
      .id("ethics.safeguarding-minor-partners").number(7)
      .statement("A couple or multi-partner request whose partners are all minors is assessed"
          + " for safeguarding before sessions.")
      .source("UN Convention on the Rights of the Child, Art. 34; AASECT Code of Conduct;"
          + " local age-of-consent law")
      .defaultSeverity(Severity.WARNING).addAppliesTo(REQUEST)
      .requestCheck(MinorRules::minorPartners)
      .build();

  /**
   * Rule 7, safeguarding: a group request that names both an adult and a minor. Therapy groups are
   * composed with their members' stage of life in mind, and a sex-therapy group of unrelated
   * adults is no place for a minor. For an adolescent this is a warning by default that the
   * group's make-up and safeguarding be confirmed with the therapist; for a child (under 12) it
   * is an error whatever severity the caller chose, and the request is never matched: where
   * children are treated in groups, their caregivers meet in a parallel group, so each place is
   * requested on its own. The same holds for an individual request naming several people (a
   * mislabelled request, which {@code ClientRequestValidator} also reports), so the label cannot
   * take a child out of the rule. A safeguarding rule: it cannot be switched off, and a review
   * that raises it to an error has every such request matched to nobody. Sources: American Group
   * Psychotherapy Association, Practice Guidelines for Group Psychotherapy (2007), on the selection of members
   * (https://www.agpa.org); UN Convention on the Rights of the Child, Art. 34.
   */
  public static final EthicalRule SAFEGUARDING_MINOR_IN_ADULT_GROUP =
      ImmutableEthicalRule.builder()
          .id("ethics.safeguarding-minor-in-adult-group").number(7)
          .statement("A group request (or any request not for partners) naming both an adult and"
              + " a minor has the group's make-up and safeguarding confirmed with the therapist;"
              + " one naming an adult and a child is never matched.")
          .source("American Group Psychotherapy Association, Practice Guidelines for Group"
              + " Psychotherapy (2007), selection of members, https://www.agpa.org; UN Convention"
              + " on the Rights of the Child, Art. 34")
          .defaultSeverity(Severity.WARNING).addAppliesTo(REQUEST)
          .requestCheck(MinorRules::minorInGroupWithAdult)
          .build();

  /**
   * Rule 7, eligibility for children: a request with a child (under 12) goes only to a therapist
   * who declares serving children ({@code Population.CHILDREN}); serving adolescents is not enough.
   * Sources: GoodTherapy (Sex Therapy) (adolescents sometimes seek a sex therapist; children are a separate
   * competence); AASECT Code of Conduct on practising within one's competence.
   */
  public static final EthicalRule MINOR_CHILD_THERAPIST = ImmutableEthicalRule.builder()
      .id("ethics.minor-child-therapist").number(7)
      .statement("A request with a participant under 12 goes only to a therapist who declares"
          + " serving children.")
      .source("AASECT Code of Conduct (competence)")
      .defaultSeverity(Severity.ERROR).addAppliesTo(MATCH)
      .matchCheck(MinorRules::childTherapist)
      .build();

  /**
   * Rule 8, non-pathologising: consensual adult sexuality without distress is not recorded as a
   * disorder, judged on each recorded code whatever the concern's category: ICD-11 6D36 needs marked
   * distress or a significant risk of injury or death, 6D30-6D35 non-consenting others, other
   * paraphilic codes (6D3Z, F65) one of those; compulsive sexual behaviour disorder (6C72) is not
   * recorded when the distress comes only from moral disapproval (ICD-11 excludes it); a low-desire
   * disorder (HA00, F52.0, F52.22) is not recorded for a person who self-identifies as asexual
   * (DSM-5-TR excludes it); a kink or consensual non-monogamy concern carries no disorder code.
   * Sources: ICD-11 MMS (https://icd.who.int/browse/latest-release/mms/en) 6D30-6D36 and 6C72;
   * DSM-5-TR (American Psychiatric Association, 2022); the AASECT and NCSF position (2016).
   */
  public static final EthicalRule NON_PATHOLOGISING = ImmutableEthicalRule.builder()
      .id("ethics.non-pathologising").number(8)
      .statement("Consensual adult sexuality without distress is not recorded as a disorder:"
          + " each code is judged by its own criteria, whatever the concern's category.")
      .source("ICD-11 6D30-6D36, 6C72; DSM-5-TR (asexual self-identification); AASECT and NCSF"
          + " position (2016)")
      .defaultSeverity(Severity.ERROR).addAppliesTo(REQUEST)
      .requestCheck(DiagnosisRules::nonPathologising)
      .build();

  /**
   * Rule 9, confidentiality: no client data in {@code toString()}, messages, paths or results. The
   * standard rules write messages from ids, codes, enum ids, numbers and field names only; the
   * review screens every application rule's violations, withholds any that holds a free-text field
   * of the reviewed value and reports this rule. Sources: GDPR Article 9 (special-category data);
   * HIPAA minimum necessary.
   */
  public static final EthicalRule CONFIDENTIALITY = ImmutableEthicalRule.builder()
      .id("ethics.confidentiality").number(9)
      .statement("No client data in toString(), messages, paths or results; an application rule's"
          + " message holding client text is withheld.")
      .source("GDPR Art. 9, https://gdpr-info.eu/art-9-gdpr/; HIPAA minimum necessary,"
          + " 45 CFR 164.502(b)")
      .defaultSeverity(Severity.ERROR).addAppliesTo(PROFILE, PLAN, REQUEST, MATCH)
      .build();

  private static final List<EthicalRule> STANDARD = List.of(NO_IDENTITY_CHANGE,
      NO_CONVERSION_PRACTICE_OFFERED, NO_CONVERSION_PRACTICE_TERMS, IDENTITY_IS_NOT_A_CONCERN,
      VERBAL_SESSIONS, NO_IN_SESSION_CONTACT_TERMS, NO_SEXUAL_CONTACT_WITH_CLIENT,
      EXERCISES_ARE_INVITATIONS, NO_COERCION_TERMS, CERTIFICATION_CURRENT,
      CREDENTIAL_CLAIMS_BACKED,
      CERTIFICATION_NEEDS_LICENCE, CST_PREREQUISITES_RECORDED, COMPETENCE, MINOR_GUARDIAN_CONSENT,
      MINOR_GUARDIAN_CONSENT_PENDING, MINOR_CONSENT_NOT_REQUIRED_UNCONFIRMED,
      MINOR_OWN_CONSENT_AFTER_REFUSAL, MINOR_ADOLESCENT_THERAPIST,
      MINOR_NO_PARTNERED_OR_SEXUAL_EXERCISE, SAFEGUARDING_CHILD_PARTNER,
      SAFEGUARDING_ADULT_AND_MINOR_PARTNERS, SAFEGUARDING_MINOR_PARTNERS,
      SAFEGUARDING_MINOR_IN_ADULT_GROUP, MINOR_CHILD_THERAPIST, NON_PATHOLOGISING,
      CONFIDENTIALITY);

  private EthicalRules() {}

  /**
   * Returns the standard rules, ordered by their number.
   *
   * @return the rules, never null
   */
  public static List<EthicalRule> standard() {
    return STANDARD;
  }

  /**
   * Finds a standard rule by id.
   *
   * @param id the rule's id, never null
   * @return the rule, or empty if no standard rule has that id
   */
  public static Optional<EthicalRule> find(String id) {
    Objects.requireNonNull(id, "id");
    for (EthicalRule rule : STANDARD) {
      if (rule.id().equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a standard rule can never be switched off or weakened: rules 1 to 5 and the
   * safeguarding rule on children in partner formats.
   *
   * @param rule the rule, never null
   * @return whether it is a standard rule numbered 1 to 5, or {@link #SAFEGUARDING_CHILD_PARTNER}
   */
  public static boolean isProtected(EthicalRule rule) {
    Objects.requireNonNull(rule, "rule");
    return find(rule.id()).filter(standard -> standard.number().orElse(0) <= 5
        || standard.id().equals(SAFEGUARDING_CHILD_PARTNER.id())).isPresent();
  }

  /**
   * Tells whether a standard rule is a safeguarding rule: one that can never be switched off and
   * whose error means a request is never matched ({@link EthicsReview#refusesToMatch}).
   *
   * @param rule the rule, never null
   * @return whether it is {@link #SAFEGUARDING_CHILD_PARTNER},
   *     {@link #SAFEGUARDING_ADULT_AND_MINOR_PARTNERS}, {@link #SAFEGUARDING_MINOR_PARTNERS} or
   *     {@link #SAFEGUARDING_MINOR_IN_ADULT_GROUP}
   */
  public static boolean isSafeguarding(EthicalRule rule) {
    Objects.requireNonNull(rule, "rule");
    return rule.equals(SAFEGUARDING_CHILD_PARTNER)
        || rule.equals(SAFEGUARDING_ADULT_AND_MINOR_PARTNERS)
        || rule.equals(SAFEGUARDING_MINOR_PARTNERS)
        || rule.equals(SAFEGUARDING_MINOR_IN_ADULT_GROUP);
  }

  /**
   * Renders the standard rules as a Markdown table with the columns id, number, statement, applies
   * to, severity (the default) and source, one row per rule, each line ending with a line feed. The
   * README holds this table between the lines {@code <!-- ethics-rules:begin -->} and
   * {@code <!-- ethics-rules:end -->}, and a test checks that it matches.
   *
   * @return the table, never null
   */
  public static String markdownTable() {
    StringBuilder table = new StringBuilder(4096)
        .append("| id | number | statement | applies to | severity | source |\n")
        .append("| --- | --- | --- | --- | --- | --- |\n");
    for (EthicalRule rule : STANDARD) {
      StringBuilder subjects = new StringBuilder();
      for (ReviewSubject subject : rule.appliesTo()) {
        subjects.append(subjects.length() == 0 ? "" : ", ").append(subject.id());
      }
      table.append("| `").append(rule.id()).append("` | ")
          .append(rule.number().getAsInt()).append(" | ")
          .append(cell(rule.statement())).append(" | ")
          .append(subjects).append(" | ")
          .append(rule.defaultSeverity().id()).append(" | ")
          .append(cell(rule.source())).append(" |\n");
    }
    return table.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
