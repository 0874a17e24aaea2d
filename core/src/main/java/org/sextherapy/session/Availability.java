package org.sextherapy.session;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * When a therapist can see new clients: weekly hours in the therapist's own time zone (HL7 FHIR R4
 * {@code PractitionerRole.availableTime}, https://hl7.org/fhir/R4/practitionerrole.html), concrete
 * open appointments where the therapist publishes them (FHIR {@code Slot}), and, where known, the
 * date of the next opening or an estimated wait.
 *
 * <p>Hours are local times of {@link #zone()}, so they follow its daylight-saving rules: "Monday
 * 09:00" in {@code Europe/London} is 09:00 UTC in winter and 08:00 UTC in summer. The matcher
 * compares them with a client's {@link org.sextherapy.client.TimePreference} over the concrete days
 * after the session date, never through fixed offsets.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Availability {

  /** The most weekly hours one availability holds. */
  public static final int MAX_HOURS = 64;
  /** The most open slots one availability holds. */
  public static final int MAX_SLOTS = 512;

  Availability() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableAvailability.builder();
  }

  /**
   * Returns the time zone of the weekly hours: the therapist's own.
   *
   * @return the zone, never null
   */
  public abstract ZoneId zone();

  /**
   * Returns the weekly hours, in local time of {@link #zone()}.
   *
   * @return at most {@value #MAX_HOURS}, never null
   */
  public abstract List<WeeklyHours> hours();

  /**
   * Returns concrete open appointments.
   *
   * @return at most {@value #MAX_SLOTS}, never null
   */
  public abstract List<OpenSlot> slots();

  /**
   * Returns the date of the next opening for a new client, where the therapist states it.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> nextOpening();

  /**
   * Returns the estimated wait for a first appointment, where the therapist states it.
   *
   * @return a period of zero or more days, or empty
   */
  public abstract Optional<Period> estimatedWait();

  @Value.Check
  final void check() {
    Checks.maxItems(hours(), MAX_HOURS, "hours");
    Checks.maxItems(slots(), MAX_SLOTS, "slots");
    estimatedWait().ifPresent(wait -> Checks.require(!wait.isNegative()
        && withinTenYears(wait), "estimatedWait", "must be zero or more and at most ten years"));
  }

  private static boolean withinTenYears(Period wait) {
    try {
      return !LocalDate.EPOCH.plus(wait).isAfter(LocalDate.EPOCH.plusYears(10));
    } catch (DateTimeException | ArithmeticException beyondCalendar) {
      return false;
    }
  }

  /** Builds an {@link Availability}; the generated builder implements it. */
  public interface Builder {

    /**
     * Sets the time zone of the weekly hours.
     *
     * @param zone never null
     * @return this builder
     */
    Builder zone(ZoneId zone);

    /**
     * Adds weekly hours.
     *
     * @param element never null
     * @return this builder
     */
    Builder addHours(WeeklyHours element);

    /**
     * Adds weekly hours.
     *
     * @param elements never null
     * @return this builder
     */
    Builder addAllHours(Iterable<? extends WeeklyHours> elements);

    /**
     * Adds an open slot.
     *
     * @param element never null
     * @return this builder
     */
    Builder addSlots(OpenSlot element);

    /**
     * Adds open slots.
     *
     * @param elements never null
     * @return this builder
     */
    Builder addAllSlots(Iterable<? extends OpenSlot> elements);

    /**
     * Sets the date of the next opening.
     *
     * @param nextOpening never null
     * @return this builder
     */
    Builder nextOpening(LocalDate nextOpening);

    /**
     * Sets, or with an empty value removes, the date of the next opening.
     *
     * @param nextOpening never null, possibly empty
     * @return this builder
     */
    Builder nextOpening(Optional<? extends LocalDate> nextOpening);

    /**
     * Sets the estimated wait.
     *
     * @param estimatedWait never null
     * @return this builder
     */
    Builder estimatedWait(Period estimatedWait);

    /**
     * Sets, or with an empty value removes, the estimated wait.
     *
     * @param estimatedWait never null, possibly empty
     * @return this builder
     */
    Builder estimatedWait(Optional<? extends Period> estimatedWait);

    /**
     * Builds the availability.
     *
     * @return the availability, never null
     * @throws org.sextherapy.InvalidValueException if the zone is missing, there are too many
     *     entries, or the estimated wait is negative or beyond ten years
     */
    Availability build();
  }
}
