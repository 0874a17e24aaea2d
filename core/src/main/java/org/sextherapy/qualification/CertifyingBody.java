package org.sextherapy.qualification;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * An organisation that issues certifications, such as AASECT, with its renewal rule where known.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class CertifyingBody {

  CertifyingBody() {}

  /**
   * Creates an issuer whose renewal rule the library does not know.
   *
   * @param id a stable identifier such as {@code "ABS"}, an opaque id
   * @param name the issuer's full name, never null or blank
   * @return the issuer, never null
   * @throws IllegalArgumentException if the id is malformed or the name blank
   */
  public static CertifyingBody of(String id, String name) {
    return ImmutableCertifyingBody.of(id, name, Optional.empty());
  }

  /**
   * Creates an issuer with its renewal rule.
   *
   * @param id a stable identifier such as {@code "AASECT"}, an opaque id
   * @param name the issuer's full name, never null or blank
   * @param renewalRule how its certifications are kept current, never null
   * @return the issuer, never null
   * @throws IllegalArgumentException if the id is malformed or the name blank
   */
  public static CertifyingBody of(String id, String name, RenewalRule renewalRule) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(renewalRule, "renewalRule");
    return ImmutableCertifyingBody.of(id, name, Optional.of(renewalRule));
  }

  /**
   * Returns the stable identifier, such as {@code "AASECT"}.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the issuer's full name.
   *
   * @return the name, never null or blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns how the issuer's certifications are kept current.
   *
   * @return the rule, or empty when the library does not know it
   */
  @Value.Parameter
  public abstract Optional<RenewalRule> renewalRule();

  @Value.Check
  final void check() {
    Checks.opaqueId(id(), "id");
    Checks.notBlank(name(), "name");
  }

  @Override
  public String toString() {
    return "CertifyingBody{" + id() + "}";
  }
}
