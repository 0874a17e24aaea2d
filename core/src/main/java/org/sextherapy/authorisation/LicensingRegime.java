package org.sextherapy.authorisation;

import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.Register;

/**
 * How a country regulates one discipline: the {@link LicensingLevel} at which it licenses, the
 * registers whose entries count, and the public source that says so.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class LicensingRegime {

  /** The most registers a licensing regime may name. */
  public static final int MAX_REGISTERS = 100;

  /** The most issuing subdivisions a licensing regime may name. */
  public static final int MAX_ISSUERS = 200;

  LicensingRegime() {}

  /**
   * Creates a regime.
   *
   * @param level the level at which the discipline is licensed, never null
   * @param registers the ids of the registers whose entries count, never null
   * @param source a public source for the regime, such as a regulator's URL, never null or blank
   * @return the regime, never null
   * @throws IllegalArgumentException if the source is blank or a register id malformed
   */
  public static LicensingRegime of(LicensingLevel level, Set<String> registers, String source) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(registers, "registers");
    Objects.requireNonNull(source, "source");
    return ImmutableLicensingRegime.of(level, registers, source);
  }

  /**
   * Creates a regime in which only the named subdivisions license, each within itself: the nations
   * of the United Kingdom for social work, say, where a council area's code is a subdivision too
   * but issues nothing. A licence recorded as issued by the country, or by any other subdivision,
   * counts nowhere.
   *
   * @param issuers the subdivisions that license, at least one, never null
   * @param registers the ids of the registers whose entries count, never null
   * @param source a public source for the regime, never null or blank
   * @return the regime, never null
   * @throws IllegalArgumentException if no issuer is given, an issuer is a country, the source is
   *     blank or a register id malformed
   */
  public static LicensingRegime issuedBy(Set<Jurisdiction> issuers, Set<String> registers,
      String source) {
    Objects.requireNonNull(issuers, "issuers");
    Objects.requireNonNull(registers, "registers");
    Objects.requireNonNull(source, "source");
    Checks.require(!issuers.isEmpty(), "issuers", "must name at least one subdivision");
    return ImmutableLicensingRegime.builder().level(LicensingLevel.SUBDIVISION)
        .registers(registers).source(source).issuers(issuers).build();
  }

  /**
   * Returns the regime of a place the policy does not know: the issuing jurisdiction decides.
   *
   * @return the regime, never null
   */
  public static LicensingRegime issuerLevel() {
    return IssuerLevel.REGIME;
  }

  /**
   * Returns the level at which the discipline is licensed.
   *
   * @return the level, never null
   */
  @Value.Parameter
  public abstract LicensingLevel level();

  /**
   * Returns the ids of the registers whose entries count, such as {@code COSRT}.
   *
   * @return the register ids, never null
   */
  @Value.Parameter
  public abstract Set<String> registers();

  /**
   * Returns the subdivisions that license under a {@link LicensingLevel#SUBDIVISION} regime made
   * with {@link #issuedBy}; empty when every subdivision of the country licenses (the states of the
   * United States).
   *
   * @return the issuing subdivisions, never null
   */
  public abstract Set<Jurisdiction> issuers();

  /**
   * Returns the public source of the regime.
   *
   * @return a URL or citation, never null or blank
   */
  @Value.Parameter
  public abstract String source();

  /**
   * Tells whether a licence issued by a jurisdiction of this regime's country counts.
   *
   * @param issuer the licence's issuing jurisdiction, never null
   * @return whether such a licence counts where its issuer covers
   */
  public final boolean acceptsLicenceFrom(Jurisdiction issuer) {
    return switch (level()) {
      case SUBDIVISION -> issuer.subdivisionCode().isPresent()
          && (issuers().isEmpty() || issuers().contains(issuer));
      case COUNTRY -> issuer.subdivisionCode().isEmpty();
      case ISSUER -> true;
      case NONE -> false;
    };
  }

  /**
   * Tells whether entries on a register count.
   *
   * @param register the register, never null
   * @return whether its id is one of {@link #registers()}
   */
  public final boolean accepts(Register register) {
    return registers().contains(register.id());
  }

  /**
   * Tells whether a licence counts under this regime (its status and dates aside).
   *
   * @param licence the licence, never null
   * @return whether it counts where its issuer covers
   */
  public final boolean accepts(Licence licence) {
    return acceptsLicenceFrom(licence.jurisdiction());
  }

  @Value.Check
  final void check() {
    Checks.maxItems(registers(), MAX_REGISTERS, "registers");
    Checks.maxItems(issuers(), MAX_ISSUERS, "issuers");
    Checks.require(issuers().isEmpty() || level() == LicensingLevel.SUBDIVISION, "issuers",
        "are named only for a subdivision-level regime");
    for (Jurisdiction issuer : issuers()) {
      Checks.require(issuer.subdivisionCode().isPresent(), "issuers",
          "must be subdivisions, not countries");
    }
    Checks.notBlank(source(), "source");
    int i = 0;
    for (String register : registers()) {
      Checks.opaqueId(register, "registers[" + i++ + "]");
    }
  }

  @Override
  public String toString() {
    return "LicensingRegime{" + level().id() + ", " + registers()
        + (issuers().isEmpty() ? "" : ", issued by " + issuers()) + "}";
  }

  /**
   * Holds the issuer-level regime apart from this class, whose static initialiser would otherwise
   * initialise its own generated subclass (a class-initialisation deadlock between two threads).
   */
  private static final class IssuerLevel {
    static final LicensingRegime REGIME = ImmutableLicensingRegime.of(LicensingLevel.ISSUER,
        Set.of(), "no entry in the policy: the issuing jurisdiction decides");

    private IssuerLevel() {}
  }
}
