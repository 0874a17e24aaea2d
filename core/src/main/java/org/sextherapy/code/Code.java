package org.sextherapy.code;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.sextherapy.InvalidValueException;
import org.sextherapy.internal.Checks;

/**
 * A code in a classification system, such as ICD-11 {@code HA00} "Hypoactive sexual desire
 * dysfunction", with how certain the library's sources are of it.
 *
 * <p>A code is an identifier, never free text: it must be well formed for its system
 * ({@link CodeSystem#canonical(String)}) and is kept in the system's canonical form, so
 * {@code Code.of(ICD_11_MMS, "ha 60", ...)} holds {@code HA60}. Text that is not a code of the
 * system, such as a note typed into a code field, is refused when the value is built, and the
 * refusal names the field without echoing the text. An ICD-11 code may be a post-coordinated
 * cluster ({@code HA00&XS25}): {@link #stemCodes()} gives the codes in it that name a condition,
 * which is what the ethical rules judge.
 *
 * <p>Equality covers all four attributes. This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Code {

  Code() {}

  /**
   * Creates a code.
   *
   * @param system the classification system, standard or declared, never null
   * @param code the code within the system, such as {@code "HA00"} or the ICD-11 cluster
   *     {@code "HA00&XS25"}, never null; for a standard system, case, spaces and the place of the
   *     dot do not matter
   * @param title the system's title for the code, never null or blank, at most
   *     {@value #MAX_TITLE_LENGTH} characters
   * @param certainty how sure the sources are, never null
   * @return the code in its system's canonical form, never null
   * @throws IllegalArgumentException if {@code code} is not a well-formed code of the system, or
   *     {@code title} is blank or longer than {@value #MAX_TITLE_LENGTH} characters;
   *     the message names the field and never holds the value
   */
  public static Code of(CodeSystem system, String code, String title, Certainty certainty) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(certainty, "certainty");
    String canonical = system.canonical(code).orElseThrow(() -> new InvalidValueException(
        "code", "must be a well-formed " + system.id() + " code"));
    return ImmutableCode.of(system, canonical, title, certainty);
  }

  /** The longest title accepted. */
  public static final int MAX_TITLE_LENGTH = 200;

  /**
   * Returns the classification system.
   *
   * @return the system, never null
   */
  @Value.Parameter
  public abstract CodeSystem system();

  /**
   * Returns the code within its system.
   *
   * @return the code, never null or blank
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the system's title for the code.
   *
   * @return the title, never null or blank
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Returns how certain the library's sources are of this code.
   *
   * @return the certainty, never null
   */
  @Value.Parameter
  public abstract Certainty certainty();

  /**
   * Returns the stem codes of this code, the codes that name a condition: the code itself, or for
   * an ICD-11 cluster each code joined with {@code /}, without the extension codes.
   *
   * @return the stem codes in canonical form, never null or empty
   */
  public final List<String> stemCodes() {
    return system().stemCodes(code());
  }

  /**
   * Returns the extension codes of an ICD-11 cluster, which add detail (severity, laterality, time)
   * to a stem code.
   *
   * @return the extension codes in canonical form, in order, never null, empty for a single code
   */
  public final List<String> extensionCodes() {
    return system().extensionCodes(code());
  }

  @Value.Check
  final void check() {
    Checks.require(system().canonical(code()).filter(code()::equals).isPresent(), "code",
        "must be a well-formed " + system().id() + " code in canonical form");
    Checks.notBlank(title(), "title");
    Checks.require(title().length() <= MAX_TITLE_LENGTH, "title",
        "must be at most " + MAX_TITLE_LENGTH + " characters");
  }

  @Override
  public String toString() {
    return system().id() + ":" + code();
  }
}
