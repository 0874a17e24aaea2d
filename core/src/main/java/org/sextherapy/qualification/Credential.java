package org.sextherapy.qualification;

import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A credential an issuer awards, such as AASECT's Certified Sex Therapist (CST). The same title can
 * come from different issuers, so a credential always carries its {@link #issuer()}.
 *
 * <p>Some credentials rest on another: AASECT's Certified Sex Therapist Supervisor lapses when the
 * holder's CST lapses ({@link #requiresCurrent()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Credential {

  Credential() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableCredential.builder();
  }

  /**
   * Returns the issuer.
   *
   * @return the issuer, never null
   */
  public abstract CertifyingBody issuer();

  /**
   * Returns the credential's identifier within its issuer, such as {@code "CST"}.
   *
   * @return an opaque id, never null
   */
  public abstract String id();

  /**
   * Returns the credential's title, such as "Certified Sex Therapist".
   *
   * @return the title, never null or blank
   */
  public abstract String title();

  /**
   * Returns what the credential attests.
   *
   * @return the kind, never null
   */
  public abstract CredentialKind kind();

  /**
   * Returns the credential this one lapses with, such as the CST a supervisor credential rests on.
   *
   * @return the credential that must be current too, or empty
   */
  public abstract Optional<Credential> requiresCurrent();

  /**
   * Returns how long the {@linkplain #requiresCurrent() required credential} must have been held
   * when this one was issued, such as two years of the CST for AASECT's supervisor certification
   * (AASECT supervisor requirements, https://www.aasect.org).
   *
   * @return the period, or empty when there is no such requirement
   */
  public abstract Optional<Period> requiredHeldFor();

  /**
   * Returns the issuer and id, such as {@code "AASECT-CST"}, unique across issuers.
   *
   * @return the qualified id, never null
   */
  public final String qualifiedId() {
    return issuer().id() + "-" + id();
  }

  @Value.Check
  final void check() {
    Checks.opaqueId(id(), "id");
    Checks.notBlank(title(), "title");
    Checks.require(requiredHeldFor().isEmpty() || requiresCurrent().isPresent(),
        "requiredHeldFor", "needs requiresCurrent");
    Checks.require(requiredHeldFor().map(p -> !p.isNegative()).orElse(true), "requiredHeldFor",
        "must not be negative");
  }

  @Override
  public String toString() {
    return "Credential{" + qualifiedId() + "}";
  }

  /** Builds a {@link Credential}; all but {@code requiresCurrent} are required. */
  public interface Builder {
    /**
     * Sets the issuer.
     *
     * @param issuer never null
     * @return this builder
     */
    Builder issuer(CertifyingBody issuer);

    /**
     * Sets the identifier within the issuer.
     *
     * @param id an opaque id, never null
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the title.
     *
     * @param title never null or blank
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the kind.
     *
     * @param kind never null
     * @return this builder
     */
    Builder kind(CredentialKind kind);

    /**
     * Sets the credential this one lapses with.
     *
     * @param requiresCurrent never null
     * @return this builder
     */
    Builder requiresCurrent(Credential requiresCurrent);

    /**
     * Sets the credential this one lapses with, or none.
     *
     * @param requiresCurrent never null, possibly empty
     * @return this builder
     */
    Builder requiresCurrent(Optional<? extends Credential> requiresCurrent);

    /**
     * Sets how long the required credential must have been held when this one was issued.
     *
     * @param requiredHeldFor never null, not negative
     * @return this builder
     */
    Builder requiredHeldFor(Period requiredHeldFor);

    /**
     * Sets how long the required credential must have been held, or no such requirement.
     *
     * @param requiredHeldFor never null, possibly empty
     * @return this builder
     */
    Builder requiredHeldFor(Optional<? extends Period> requiredHeldFor);

    /**
     * Builds the credential.
     *
     * @return the credential, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if a required
     *     attribute is missing
     * @throws IllegalArgumentException if the id is malformed or the title blank
     */
    Credential build();
  }
}
