package org.sextherapy.qualification;

import java.util.List;
import org.sextherapy.location.Jurisdiction;

/**
 * Registers that count where counselling, psychotherapy or psychology are regulated by registration
 * rather than by a licence.
 *
 * <p>In the United Kingdom there is no statutory licence for counselling or psychotherapy; the
 * Professional Standards Authority accredits voluntary registers, among them COSRT's, BACP's and
 * UKCP's (https://www.professionalstandards.org.uk/what-we-do/accredited-registers). "Practitioner
 * psychologist" is a title protected by law, for which registration with the HCPC is required
 * (https://www.hcpc-uk.org/about-us/who-we-regulate/the-professions/). In Australia psychologists
 * are registered nationally by the Psychology Board of Australia through Ahpra
 * (https://www.psychologyboard.gov.au/registration.aspx).
 */
public final class StandardRegisters {

  private static final Jurisdiction GB = Jurisdiction.country("GB");

  /** The College of Sexual and Relationship Therapists' accredited register. */
  public static final Register COSRT = Register.of("COSRT",
      "College of Sexual and Relationship Therapists", GB);
  /** The British Association for Counselling and Psychotherapy's accredited register. */
  public static final Register BACP = Register.of("BACP",
      "British Association for Counselling and Psychotherapy", GB);
  /** The UK Council for Psychotherapy's accredited register. */
  public static final Register UKCP = Register.of("UKCP", "UK Council for Psychotherapy", GB);
  /** The Health and Care Professions Council's statutory register (practitioner psychologists). */
  public static final Register HCPC = Register.of("HCPC", "Health and Care Professions Council",
      GB);
  /** The Psychology Board of Australia's national register, kept by Ahpra. */
  public static final Register AHPRA_PSYCHOLOGY = Register.of("AHPRA-PSYCHOLOGY",
      "Psychology Board of Australia (Ahpra)", Jurisdiction.country("AU"));

  private static final List<Register> ALL = List.of(COSRT, BACP, UKCP, HCPC, AHPRA_PSYCHOLOGY);

  private StandardRegisters() {}

  /**
   * Returns every register the library ships.
   *
   * @return the registers in a fixed order, never null
   */
  public static List<Register> all() {
    return ALL;
  }
}
