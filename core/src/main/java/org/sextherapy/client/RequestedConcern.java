package org.sextherapy.client;

import java.util.List;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.code.Code;
import org.sextherapy.concern.ConcernType;

/**
 * A concern a client brings, with its priority and, where an intake records them, the markers that
 * decide whether it may carry a diagnostic code.
 *
 * <p>Consensual adult sexuality without distress is not a disorder: a paraphilic-disorder code needs
 * {@link #markedDistress()} or {@link #significantRiskOfInjuryOrDeath()} (ICD-11 6D36), or
 * {@link #involvesNonConsentingOthers()} (6D30-6D35); compulsive sexual behaviour disorder is not
 * recorded when the distress is {@linkplain #distressOnlyFromMoralDisapproval() only moral}; a
 * low-desire disorder is not recorded for someone who {@linkplain #selfIdentifiesAsAsexual()
 * self-identifies as asexual} (ethical rule 8; ICD-11; DSM-5-TR; AASECT and NCSF, 2016). The ethics review judges that; building the
 * value does not. {@code toString()} shows the concern id only.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class RequestedConcern {

  /** The most codes a requested concern may record. */
  public static final int MAX_RECORDED_CODES = 20;

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
   * Tells whether the behaviour poses a significant risk of injury or death, the second criterion
   * beside marked distress under which ICD-11 codes a paraphilic disorder involving solitary
   * behaviour or consenting individuals (6D36,
   * https://icd.who.int/browse/latest-release/mms/en).
   *
   * @return whether the risk is recorded; false unless set
   */
  @Value.Default
  public boolean significantRiskOfInjuryOrDeath() {
    return false;
  }

  /**
   * Tells whether the distress the client reports comes only from moral judgement or disapproval of
   * their sexual urges or behaviour. ICD-11 excludes such distress from compulsive sexual behaviour
   * disorder (6C72): it does not meet the distress requirement on its own.
   *
   * @return whether the distress is only moral; false unless set
   */
  @Value.Default
  public boolean distressOnlyFromMoralDisapproval() {
    return false;
  }

  /**
   * Tells whether the person bringing the concern self-identifies as asexual. DSM-5-TR excludes a
   * lack of desire better explained by self-identification as asexual from hypoactive sexual desire
   * disorder and female sexual interest/arousal disorder; the marker is there only so that no such
   * code is recorded, never to make orientation a concern (ethical rule 2).
   *
   * @return whether asexual self-identification is recorded; false unless set
   */
  @Value.Default
  public boolean selfIdentifiesAsAsexual() {
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
     * Sets whether the behaviour poses a significant risk of injury or death.
     *
     * @param significantRiskOfInjuryOrDeath whether it does
     * @return this builder
     */
    Builder significantRiskOfInjuryOrDeath(boolean significantRiskOfInjuryOrDeath);

    /**
     * Sets whether the reported distress comes only from moral disapproval.
     *
     * @param distressOnlyFromMoralDisapproval whether it does
     * @return this builder
     */
    Builder distressOnlyFromMoralDisapproval(boolean distressOnlyFromMoralDisapproval);

    /**
     * Sets whether the person self-identifies as asexual.
     *
     * @param selfIdentifiesAsAsexual whether they do
     * @return this builder
     */
    Builder selfIdentifiesAsAsexual(boolean selfIdentifiesAsAsexual);

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
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the concern
     *     type is missing
     */
    RequestedConcern build();
  }

  @Value.Check
  final void checkSizes() {
    Checks.maxItems(recordedCodes(), MAX_RECORDED_CODES, "recordedCodes");
  }
}
