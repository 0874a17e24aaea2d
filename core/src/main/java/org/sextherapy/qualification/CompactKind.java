package org.sextherapy.qualification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An interstate licensure compact among US states, with the professions it covers, the date from
 * which it authorised anything, and the kinds of privilege it grants.
 *
 * <p>Compacts differ in what they give a clinician licensed in one member state:
 * <ul>
 *   <li>{@link #PSYPACT}: two separate authorities, telepsychology (APIT) and temporary in-person
 *       practice (TAP); see {@link PrivilegeKind#PSYPACT_APIT} and {@link PrivilegeKind#PSYPACT_TAP}.
 *       Source: https://psypact.gov/page/Practice_Related_FAQs and the PSYPACT Rules.</li>
 *   <li>{@link #COUNSELING_COMPACT}: a privilege to practise for one named remote state at a time,
 *       applied for state by state (https://www.counseling.org/advocacy/counseling-compact/faqs:
 *       "the privilege is specific to that state and does not apply to other compact states").</li>
 *   <li>{@link #SOCIAL_WORK_LICENSURE_COMPACT} and {@link #NURSE_LICENSURE_COMPACT}: a multistate
 *       licence, issued by the home state, valid in every member state (https://swcompact.org;
 *       https://www.ncsbn.org/nlc).</li>
 *   <li>{@link #INTERSTATE_MEDICAL_LICENSURE_COMPACT}: an expedited pathway to separate, ordinary
 *       state licences; it grants no privilege at all (https://imlcc.com/faqs). A licence obtained
 *       through it is recorded as a {@link Licence} of the state that issued it.</li>
 * </ul>
 *
 * <p>The date from which a compact authorises practice is shipped where the commission has
 * announced it ({@link #operationalFrom()}) and can be replaced per {@link InterstateCompact}.
 * Member lists change every legislative session and are always supplied by the application.
 */
public enum CompactKind {
  /**
   * The Psychology Interjurisdictional Compact. It took effect in April 2019 and the PSYPACT
   * Commission opened applications for the APIT and TAP on 1 July 2020
   * (https://nationalpsychologist.com/2020/04/july-1-is-target-date-for-first-psypact-applications/107068.html;
   * https://psypact.gov).
   */
  PSYPACT("PSYPACT", "Psychology Interjurisdictional Compact", Set.of(Discipline.PSYCHOLOGY),
      LocalDate.of(2020, 7, 1)),
  /**
   * The Counseling Compact, for licensed professional counsellors. The first privileges to
   * practise were issued on 30 September 2025 (Minnesota and Arizona;
   * https://counselingcompact.org; https://ethicsdemystified.com/what-is-the-counseling-compact).
   */
  COUNSELING_COMPACT("COUNSELING-COMPACT", "Counseling Compact", Set.of(Discipline.COUNSELLING),
      LocalDate.of(2025, 9, 30)),
  /**
   * The Social Work Licensure Compact. It was enacted by its seventh state in April 2024, but the
   * commission had not yet issued a multistate licence when this library was written
   * (https://swcompact.org), so no date ships: an application sets it on its
   * {@link InterstateCompact} once the commission announces it.
   */
  SOCIAL_WORK_LICENSURE_COMPACT("SWLC", "Social Work Licensure Compact",
      Set.of(Discipline.SOCIAL_WORK), null),
  /**
   * The (enhanced) Nurse Licensure Compact, for registered and licensed practical or vocational
   * nurses only; advanced practice registered nurses, such as psychiatric nurse practitioners, are
   * not covered and need a licence in each state (https://www.ncsbn.org/nlc;
   * https://azbn.gov/laws-rules/nurse-licensure-compact). The enhanced compact was implemented on
   * 19 January 2018.
   */
  NURSE_LICENSURE_COMPACT("NLC", "Nurse Licensure Compact", Set.of(Discipline.REGISTERED_NURSING),
      LocalDate.of(2018, 1, 19)),
  /**
   * The Interstate Medical Licensure Compact, operational since April 2017: an expedited pathway
   * to a separate licence from each state, never a privilege (https://imlcc.com/faqs;
   * https://imlcc.com/a-faster-pathway-to-physician-licensure).
   */
  INTERSTATE_MEDICAL_LICENSURE_COMPACT("IMLC", "Interstate Medical Licensure Compact",
      Set.of(Discipline.MEDICINE, Discipline.PSYCHIATRY), LocalDate.of(2017, 4, 1));

  private final String id;
  private final String title;
  // always a Set.of (unmodifiable); Error Prone trusts only Guava's immutable collections
  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<Discipline> disciplines;
  private final @Nullable LocalDate operationalFrom;

  CompactKind(String id, String title, Set<Discipline> disciplines,
      @Nullable LocalDate operationalFrom) {
    this.id = id;
    this.title = title;
    this.disciplines = disciplines;
    this.operationalFrom = operationalFrom;
  }

  /**
   * Returns the stable identifier, in capitals as the commissions write it, such as
   * {@code PSYPACT} or {@code PSYPACT-APIT}.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the compact's name.
   *
   * @return the name, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the disciplines whose licences the compact covers.
   *
   * @return at least one discipline, never null
   */
  public Set<Discipline> disciplines() {
    return disciplines;
  }

  /**
   * Returns the first day on which the compact authorised any practice, as announced by its
   * commission.
   *
   * @return the date, or empty when the compact is not yet operational
   */
  public Optional<LocalDate> operationalFrom() {
    return Optional.ofNullable(operationalFrom);
  }

  /**
   * Returns the kinds of privilege the compact grants.
   *
   * @return the kinds, empty for a compact that only speeds up separate licences, never null
   */
  public List<PrivilegeKind> privilegeKinds() {
    return switch (this) {
      case PSYPACT -> List.of(PrivilegeKind.PSYPACT_APIT, PrivilegeKind.PSYPACT_TAP);
      case COUNSELING_COMPACT -> List.of(PrivilegeKind.COUNSELING_PRIVILEGE);
      case SOCIAL_WORK_LICENSURE_COMPACT -> List.of(PrivilegeKind.SOCIAL_WORK_MULTISTATE);
      case NURSE_LICENSURE_COMPACT -> List.of(PrivilegeKind.NURSE_MULTISTATE);
      case INTERSTATE_MEDICAL_LICENSURE_COMPACT -> List.of();
    };
  }

  /**
   * Returns the compact with an id.
   *
   * @param id an id such as {@code "PSYPACT"}, never null
   * @return the compact, or empty if no compact has that id
   */
  public static Optional<CompactKind> withId(String id) {
    Objects.requireNonNull(id, "id");
    for (CompactKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
