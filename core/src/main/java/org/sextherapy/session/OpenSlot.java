package org.sextherapy.session;

import java.time.Duration;
import java.time.Instant;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * One concrete appointment a therapist has open: when it starts, as an instant, and how long it
 * is, like a free HL7 FHIR R4 {@code Slot} (https://hl7.org/fhir/R4/slot.html).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class OpenSlot {

  /** The longest slot: one day. */
  public static final Duration MAX_LENGTH = Duration.ofDays(1);

  OpenSlot() {}

  /**
   * Creates an open slot.
   *
   * @param start when it starts, never null
   * @param length how long it is, positive, at most {@link #MAX_LENGTH}, never null
   * @return the slot, never null
   * @throws org.sextherapy.InvalidValueException if the length is not positive or too long
   */
  public static OpenSlot of(Instant start, Duration length) {
    return ImmutableOpenSlot.of(start, length);
  }

  /**
   * Returns when the slot starts.
   *
   * @return the instant, never null
   */
  @Value.Parameter
  public abstract Instant start();

  /**
   * Returns how long the slot is.
   *
   * @return a positive duration of at most a day, never null
   */
  @Value.Parameter
  public abstract Duration length();

  /**
   * Returns when the slot ends.
   *
   * @return the start plus the length, never null
   */
  public final Instant end() {
    return start().plus(length());
  }

  @Value.Check
  final void check() {
    Checks.require(!length().isNegative() && !length().isZero()
        && length().compareTo(MAX_LENGTH) <= 0, "length", "must be positive and at most a day");
    Checks.require(start().isAfter(Instant.MIN.plus(MAX_LENGTH))
        && start().isBefore(Instant.MAX.minus(MAX_LENGTH)), "start", "must be a usable instant");
  }
}
