package org.sextherapy.concern;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.ConversionLexicon;
import org.sextherapy.internal.IdentityTerms;

/**
 * A kind of concern that brings people to sex therapy, such as painful intercourse or a disparity in
 * sex drives between partners.
 *
 * <p>Each concern type has a stable {@link #id()} (upper snake case, such as
 * {@code LOW_SEXUAL_DESIRE}) used in data and explanations, a display name, a
 * {@link ConcernCategory}, whether it concerns a partnership, the words clients use for it
 * ({@link #synonyms()}), and the clinical codes that classify it where any exist. A concern type
 * without codes is normal: most relational concerns have none.
 *
 * <p>Identity is never a concern (GoodTherapy, Sex Therapy; ICD-11 chapter 17; ethical rules 1 and 2). So a
 * concern type may not carry a code that classifies gender identity or sexual orientation as a
 * condition, in any system ({@link CodeCatalogue#isIdentityCode}: ICD-11 HA60-HA6Z, ICD-10-CM F64,
 * WHO ICD-10 F64 and F66), and outside {@link ConcernCategory#IDENTITY_EXPLORATION} its id, name
 * and synonyms may not make gender identity, gender expression or orientation the concern itself
 * ("gender dysphoria", "homosexuality", "being trans"). Exploring one's own identity, at one's own
 * request, stays a support-only category. In every category, exploration included, its name and
 * synonyms may not name a conversion practice ("Conversion therapy", "Freedom from
 * homosexuality"), as the conversion lexicon of ethical rule 1 reads them
 * ({@code ethics.no-conversion-practice-offered}).
 *
 * <p>Equality covers every attribute. This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class ConcernType {

  /** The most client synonyms a concern type may list. */
  public static final int MAX_SYNONYMS = 100;

  /** The most codes a concern type may list. */
  public static final int MAX_CODES = 50;

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final String IDENTITY_NAMED = "must not make gender identity, gender expression"
      + " or orientation the concern; use category identity-exploration for support in exploring"
      + " one's own identity";

  /** The longest display name or synonym accepted. */
  public static final int MAX_TEXT_LENGTH = 200;

  ConcernType() {}

  /**
   * Returns a builder for a concern type, such as an application's own.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableConcernType.builder();
  }

  /**
   * Returns the stable identifier, such as {@code PAINFUL_SEX}.
   *
   * @return upper snake case of 1 to 64 characters, never null
   */
  public abstract String id();

  /**
   * Returns the name to show people, such as "Painful intercourse".
   *
   * @return the display name, never null or blank
   */
  public abstract String displayName();

  /**
   * Returns the broad kind of concern.
   *
   * @return the category, never null
   */
  public abstract ConcernCategory category();

  /**
   * Tells whether the concern is about a partnership (intimacy after infidelity, a disparity in sex
   * drives), so that it makes most sense with the partners taking part together.
   *
   * @return whether the concern is relational
   */
  public abstract boolean relational();

  /**
   * Tells whether a medical evaluation is advised alongside sex therapy, as for painful intercourse
   * or erectile difficulty (ICD-11 MMS, icd.who.int, HA20 and HA01.1).
   *
   * @return whether a medical evaluation is advised; false unless set
   */
  @Value.Default
  public boolean medicalEvaluationAdvised() {
    return false;
  }

  /**
   * Returns words clients use for this concern, such as "sex addiction" for compulsive sexual
   * behaviour; used for lookup, not for display.
   *
   * @return the synonyms, never null, possibly empty
   */
  public abstract List<String> synonyms();

  /**
   * Returns the clinical codes that classify this concern, from any system.
   *
   * @return the codes, never null, empty where the concern has none
   */
  public abstract List<Code> codes();

  @Value.Check
  final void check() {
    Checks.maxItems(synonyms(), MAX_SYNONYMS, "synonyms");
    Checks.maxItems(codes(), MAX_CODES, "codes");
    Checks.require(ID.matcher(id()).matches(), "id", "must be upper snake case, 1-64 characters");
    Checks.notBlank(displayName(), "displayName");
    Checks.require(displayName().length() <= MAX_TEXT_LENGTH, "displayName",
        "must be at most " + MAX_TEXT_LENGTH + " characters");
    for (int i = 0; i < synonyms().size(); i++) {
      Checks.notBlank(synonyms().get(i), "synonyms[" + i + "]");
      Checks.require(synonyms().get(i).length() <= MAX_TEXT_LENGTH, "synonyms[" + i + "]",
          "must be at most " + MAX_TEXT_LENGTH + " characters");
    }
    for (int i = 0; i < codes().size(); i++) {
      Checks.require(!CodeCatalogue.isIdentityCode(codes().get(i)), "codes[" + i + "]",
          "must not classify gender identity or orientation: identity is never a concern");
    }
    // In every category, exploration included: a concern named after a conversion practice
    // ("Conversion therapy", "Freedom from homosexuality") would let a request ask for one and a
    // profile declare expertise in it (ethical rule 1). The finding names the lexicon entry.
    checkNotConversion(displayName(), "displayName");
    for (int i = 0; i < synonyms().size(); i++) {
      checkNotConversion(synonyms().get(i), "synonyms[" + i + "]");
    }
    if (category() != ConcernCategory.IDENTITY_EXPLORATION) {
      Checks.require(!IdentityTerms.nameIdentityAsConcern(id()), "id", IDENTITY_NAMED);
      Checks.require(!IdentityTerms.nameIdentityAsConcern(displayName()), "displayName",
          IDENTITY_NAMED);
      for (int i = 0; i < synonyms().size(); i++) {
        Checks.require(!IdentityTerms.nameIdentityAsConcern(synonyms().get(i)),
            "synonyms[" + i + "]", IDENTITY_NAMED);
      }
    }
  }

  private static void checkNotConversion(String name, String field) {
    Optional<String> entry = ConversionLexicon.find(name);
    Checks.require(entry.isEmpty(), field, "must not name a conversion practice (ethical rule 1:"
        + " no aim to change, suppress or deny orientation or gender identity); lexicon entry "
        + entry.orElse(""));
  }

  @Override
  public String toString() {
    return "ConcernType{" + id() + "}";
  }

  /** Builds a {@link ConcernType}; every attribute but the defaults and lists is required. */
  public interface Builder {
    /**
     * Sets the identifier.
     *
     * @param id upper snake case, never null
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the display name.
     *
     * @param displayName never null or blank
     * @return this builder
     */
    Builder displayName(String displayName);

    /**
     * Sets the category.
     *
     * @param category never null
     * @return this builder
     */
    Builder category(ConcernCategory category);

    /**
     * Sets whether the concern is relational.
     *
     * @param relational whether it concerns a partnership
     * @return this builder
     */
    Builder relational(boolean relational);

    /**
     * Sets whether a medical evaluation is advised.
     *
     * @param medicalEvaluationAdvised whether to advise one
     * @return this builder
     */
    Builder medicalEvaluationAdvised(boolean medicalEvaluationAdvised);

    /**
     * Adds client-facing synonyms.
     *
     * @param synonyms never null, none blank
     * @return this builder
     */
    Builder addSynonyms(String... synonyms);

    /**
     * Adds clinical codes.
     *
     * @param codes never null
     * @return this builder
     */
    Builder addCodes(Code... codes);

    /**
     * Adds clinical codes.
     *
     * @param codes never null
     * @return this builder
     */
    Builder addAllCodes(Iterable<? extends Code> codes);

    /**
     * Builds the concern type.
     *
     * @return the concern type, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if a required
     *     attribute is missing
     * @throws IllegalArgumentException if an attribute breaks an invariant; the message names it
     */
    ConcernType build();
  }
}
