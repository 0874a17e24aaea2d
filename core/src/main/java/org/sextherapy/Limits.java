package org.sextherapy;

/**
 * The limits on values that the model's builders enforce, the same ones the JSON reader of
 * {@code sextherapy-json-wire} enforces, so that every value the model accepts can be written and
 * read back, and no value the model refuses can be read:
 *
 * <ul>
 *   <li>free text (names, notes, descriptions, pronouns, own words): 1 to
 *       {@value #MAX_TEXT_LENGTH} characters, not blank;</li>
 *   <li>sums of money (fees, sliding-scale ends, a client's maximum fee): zero or more, with at
 *       most {@value #MAX_DECIMAL_DIGITS} digits before and {@value #MAX_DECIMAL_DIGITS} after the
 *       decimal point;</li>
 *   <li>languages: a well-formed BCP 47 language tag (RFC 5646) naming a language, one that
 *       {@code Locale.forLanguageTag(locale.toLanguageTag())} gives back unchanged;</li>
 *   <li>insurance: at most {@value #MAX_NETWORKS} network participations per therapist (and networks
 *       per practice location or per client coverage), at most {@value #MAX_PLANS} plans per
 *       participation;</li>
 *   <li>fees: at most {@value #MAX_SESSION_FEES} session fees per schedule, each for a session of 1
 *       to {@value #MAX_SESSION_MINUTES} minutes;</li>
 *   <li>self-described terms (a therapist's race or ethnicity, LGBTQ+ identity or faith
 *       tradition, and the terms a client's preference names): 1 to {@value #MAX_TERM_LENGTH}
 *       characters holding a letter or digit, at most {@value #MAX_TERMS} in one set.</li>
 * </ul>
 *
 * <p>Ids are 1 to 128 characters (see each id's documentation).
 *
 * <p>Every collection of the model holds a bounded number of elements, so that no document can
 * make a reader allocate without bound (a 16 MiB profile could otherwise hold 1.6 million
 * ids): each collection's maximum is a constant of the type that holds it, named after the
 * accessor ({@code TherapistProfile.MAX_LICENCES} for {@code licences()}), or, where two types
 * share one, a constant here that both name. The builders refuse one element more with
 * {@code InvalidValueException} naming the field, the JSON reader stops at that element, and the
 * JSON Schemas state the same {@code maxItems}. A set of an enumerated type is bounded by the
 * enumeration itself.
 */
public final class Limits {

  /** The most characters of a free-text field. */
  public static final int MAX_TEXT_LENGTH = 100_000;

  /** The most digits of a sum of money before, and after, the decimal point. */
  public static final int MAX_DECIMAL_DIGITS = 20;

  /** The most characters of one self-described term, such as "Black British" or "queer". */
  public static final int MAX_TERM_LENGTH = 100;

  /** The most self-described terms in one description or one preference. */
  public static final int MAX_TERMS = 20;

  /** The most languages a profile lists or a language preference accepts. */
  public static final int MAX_LANGUAGES = 50;

  /**
   * The most network participations a therapist may hold, and the most networks a practice location
   * or a client's coverage may name: well above the few dozen networks a busy practice joins.
   */
  public static final int MAX_NETWORKS = 500;

  /** The most plans one network participation may name. */
  public static final int MAX_PLANS = 1_000;

  /** The most session fees one fee schedule may list (formats times session lengths). */
  public static final int MAX_SESSION_FEES = 64;

  /** The longest session a fee may be for, in minutes (an eight-hour intensive day). */
  public static final int MAX_SESSION_MINUTES = 480;

  private Limits() {}
}
