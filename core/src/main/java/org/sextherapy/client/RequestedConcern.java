package org.sextherapy.client;

import java.util.List;
import org.immutables.value.Value;
import org.sextherapy.code.Code;
import org.sextherapy.concern.ConcernType;

/**
 * A concern a client brings, with its priority and, where an intake records them, the markers that
 * decide whether it may carry a diagnostic code.
 *
 * <p>Consensual adult sexuality without distress is not a disorder: a paraphilia concern may carry a
 * disorder code only with {@link #markedDistress()} or {@link #involvesNonConsentingOthers()}
 * (ethical rule 8; ICD-11 6D36; AASECT and NCSF, 2016). The ethics review judges that; building the
 * value does not. {@code toString()} shows the concern id only.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class RequestedConcern {

  RequestedConcern() {}

  /**
   * Creates a requested concern of medium priority with no markers and no codes.
   *
   * @param concern the concern type, never null
   * @return the requested concern, never null
   */
  public static RequestedConcern of(ConcernType concern) {
    return builder().concern(concern).build();
  }

  /**
   * Creates a requested concern of a priority with no markers and no codes.
   *
   * @param concern the concern type, never null
   * @param priority the priority, never null
   * @return the requested concern, never null
   */
  public static RequestedConcern of(ConcernType concern, Priority priority) {
    return builder().concern(concern).priority(priority).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableRequestedConcern.builder();
  }

  /**
   * Returns the concern type.
   *
   * @return the concern type, never null
   */
  public abstract ConcernType concern();

  /**
   * Returns the priority.
   *
   * @return the priority; {@link Priority#MEDIUM} unless set
   */
  @Value.Default
  public Priority priority() {
    return Priority.MEDIUM;
  }

  /**
   * Tells whether the client reports marked distress about the concern.
   *
   * @return whether distress is recorded; false unless set
   */
  @Value.Default
  public boolean markedDistress() {
    return false;
  }

  /**
   * Tells whether the concern involves non-consenting others.
   *
   * @return whether non-consent is recorded; false unless set
   */
  @Value.Default
  public boolean involvesNonConsentingOthers() {
    return false;
  }

  /**
   * Returns diagnostic codes a clinician recorded for the concern, if any.
   *
   * @return the codes, never null, usually empty
   */
  public abstract List<Code> recordedCodes();

  @Override
  public String toString() {
    return "RequestedConcern{" + concern().id() + "}";
  }

  /** Builds a {@link RequestedConcern}; only the concern type is required. */
  public interface Builder {
    /**
     * Sets the concern type.
     *
     * @param concern never null
     * @return this builder
     */
    Builder concern(ConcernType concern);

    /**
     * Sets the priority.
     *
     * @param priority never null
     * @return this builder
     */
    Builder priority(Priority priority);

    /**
     * Sets whether marked distress is reported.
     *
     * @param markedDistress whether it is
     * @return this builder
     */
    Builder markedDistress(boolean markedDistress);

    /**
     * Sets whether non-consenting others are involved.
     *
     * @param involvesNonConsentingOthers whether they are
     * @return this builder
     */
    Builder involvesNonConsentingOthers(boolean involvesNonConsentingOthers);

    /**
     * Adds recorded diagnostic codes.
     *
     * @param codes never null
     * @return this builder
     */
    Builder addRecordedCodes(Code... codes);

    /**
     * Adds recorded diagnostic codes.
     *
     * @param codes never null
     * @return this builder
     */
    Builder addAllRecordedCodes(Iterable<? extends Code> codes);

    /**
     * Builds the requested concern.
     *
     * @return the requested concern, never null
     * @throws IllegalStateException if the concern type is missing
     */
    RequestedConcern build();
  }
}
