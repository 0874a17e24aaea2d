package org.sextherapy.therapist;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Availability;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.treatment.Modality;

/**
 * A therapist as a directory lists them: an opaque id and display name; their gender in their own
 * terms and pronouns, if they publish them; what else they choose to disclose about themselves
 * (race or ethnicity and LGBTQ+ identity in their own terms, how they work with faith, graded
 * competence in practice areas such as kink or consensual non-monogamy); languages; the concerns they declare expertise in; the
 * populations they serve; the formats and deliveries they offer; practice locations; degrees,
 * licences, register entries, compact privileges, certifications and training; modalities; fees per session format and length and the payer networks they are in; and
 * whether they are accepting new clients, with how many open places and when that was last
 * confirmed; and, where the practice monitors outcomes, their measured outcomes per concern
 * ({@link OutcomeRecord}: counts only, never a client's data).
 *
 * <p>Certification is not standardised, so a client is advised to ask about training in human
 * sexuality and the issues a therapist addresses (GoodTherapy, Sex Therapy): the profile carries
 * both. Whether a licence or certification is valid is judged on a date by the validators and the
 * ethics review, not when the profile is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class TherapistProfile {

  /** The most languages a profile may list. */
  public static final int MAX_LANGUAGES = Limits.MAX_LANGUAGES;

  /** The most concerns a profile may declare expertise in: one per concern of a large catalogue. */
  public static final int MAX_EXPERTISE = 1_000;

  /** The most populations a profile may list: each population once. */
  public static final int MAX_POPULATIONS = Population.values().length;

  /** The most session formats a profile may list: each format once. */
  public static final int MAX_FORMATS = SessionFormat.values().length;

  /** The most deliveries a profile may list: each delivery once. */
  public static final int MAX_DELIVERIES = Delivery.values().length;

  /** The most practice locations a profile may list. */
  public static final int MAX_LOCATIONS = 100;

  /** The most academic degrees a profile may list. */
  public static final int MAX_DEGREES = 20;

  /** The most licences a profile may list: every US state and territory, Canadian province and more. */
  public static final int MAX_LICENCES = 200;

  /** The most register entries a profile may list. */
  public static final int MAX_REGISTRATIONS = 50;

  /** The most interstate compact privileges a profile may list: one per member state of each compact. */
  public static final int MAX_COMPACT_PRIVILEGES = 200;

  /** The most certifications a profile may list. */
  public static final int MAX_CERTIFICATIONS = 100;

  /** The most modalities a profile may list. */
  public static final int MAX_MODALITIES = 200;

  /** The most payer networks a profile may list ({@link Limits#MAX_NETWORKS}). */
  public static final int MAX_NETWORKS = Limits.MAX_NETWORKS;

  /** The most practice-competence declarations: one per practice area. */
  public static final int MAX_PRACTICE_COMPETENCE = PracticeArea.values().length;

  /** The most outcome records a profile may hold: one per concern of a large catalogue. */
  public static final int MAX_OUTCOMES = 1_000;

  TherapistProfile() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableTherapistProfile.builder();
  }

  /**
   * Returns the opaque identifier.
   *
   * @return the id, never null
   */
  public abstract String id();

  /**
   * Returns the name the therapist practises under.
   *
   * @return the display name, never null or blank
   */
  public abstract String displayName();

  /**
   * Returns the therapist's gender in their own terms, if they publish it.
   *
   * @return the gender identity, or empty
   */
  public abstract Optional<GenderIdentity> gender();

  /**
   * Returns the therapist's pronouns as they write them, such as "she/her".
   *
   * @return the pronouns, or empty
   */
  public abstract Optional<String> pronouns();

  /**
   * Returns the professional title the therapist presents, as they write it, such as "Licensed
   * marriage and family therapist". A title that claims a certification (such as "CST" or
   * "certified sex therapist") must be backed by a current certification of that kind (ethical
   * rule 6, honest credentials).
   *
   * @return the title, or empty
   */
  public abstract Optional<String> title();

  /**
   * Returns the therapist's race or ethnicity in the terms they choose to disclose; never inferred
   * and never required.
   *
   * @return the description, or empty when not disclosed
   */
  public abstract Optional<SelfDescription> raceOrEthnicity();

  /**
   * Returns the therapist's LGBTQ+ identity in the terms they choose to disclose (such as "queer"
   * or "bisexual"); never inferred and never required.
   *
   * @return the description, or empty when not disclosed
   */
  public abstract Optional<SelfDescription> lgbtqIdentity();

  /**
   * Returns how the therapist works with faith, if they disclose it.
   *
   * @return the stance, or empty when not disclosed
   */
  public abstract Optional<FaithStance> faith();

  /**
   * Returns the competence the therapist declares in practice areas such as kink or consensual
   * non-monogamy, each area at most once; an area not listed is not disclosed.
   *
   * @return the declarations, never null
   */
  public abstract List<PracticeCompetence> practiceCompetence();

  /**
   * Returns the competence declared in a practice area.
   *
   * @param area the area, never null
   * @return the grade, or empty when the therapist declares nothing for the area
   */
  public final Optional<CompetenceGrade> competenceIn(PracticeArea area) {
    for (PracticeCompetence c : practiceCompetence()) {
      if (c.area() == area) {
        return Optional.of(c.grade());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the languages the therapist works in (BCP 47, such as {@code es} or {@code pt-BR}; a
   * sign language such as {@code ase} when they hold sessions in it, by video too).
   *
   * @return the languages, never null
   */
  public abstract Set<Locale> languages();

  /**
   * Returns the concerns the therapist declares expertise in, each at most once.
   *
   * @return the expertise, never null
   */
  public abstract List<Expertise> expertise();

  /**
   * Returns the populations the therapist serves or affirms.
   *
   * @return the populations, never null
   */
  public abstract Set<Population> populations();

  /**
   * Returns the session formats offered.
   *
   * @return the formats, never null
   */
  public abstract Set<SessionFormat> formats();

  /**
   * Returns the deliveries offered.
   *
   * @return the deliveries, never null
   */
  public abstract Set<Delivery> deliveries();

  /**
   * Returns the practice locations for in-person sessions.
   *
   * @return the locations, never null
   */
  public abstract List<PracticeLocation> locations();

  /**
   * Returns the therapist's academic degrees.
   *
   * @return the degrees, never null
   */
  public abstract List<Degree> degrees();

  /**
   * Returns the licences the therapist holds, in any status.
   *
   * @return the licences, never null
   */
  public abstract List<Licence> licences();

  /**
   * Returns the therapist's entries on registers (COSRT, BACP, UKCP, HCPC...), in any status: where
   * a profession has no statutory licence, they are what authorises practice.
   *
   * @return the registrations, never null
   */
  public abstract List<Registration> registrations();

  /**
   * Returns the interstate compact privileges the therapist holds.
   *
   * @return the privileges, never null
   */
  public abstract List<CompactPrivilege> compactPrivileges();

  /**
   * Returns the certifications the therapist holds or held; a lapsed one is shown as lapsed.
   *
   * @return the certifications, never null
   */
  public abstract List<Certification> certifications();

  /**
   * Returns the therapist's recorded training in human sexuality.
   *
   * @return the record, or empty when none is recorded
   */
  public abstract Optional<TrainingRecord> training();

  /**
   * Returns the modalities the therapist offers.
   *
   * @return the modalities, never null
   */
  public abstract List<Modality> modalities();

  /**
   * Returns what the therapist charges.
   *
   * @return the fee schedule, or empty when not published
   */
  public abstract Optional<FeeSchedule> fees();

  /**
   * Returns the payer networks the therapist participates in (is in-network with), each network at
   * most once. Where the therapist is in-network in person is said per practice location
   * ({@link PracticeLocation#networks()}); whether a participation covers a client is decided by
   * {@link org.sextherapy.insurance.InsuranceAcceptance}.
   *
   * @return the participations, never null
   */
  public abstract List<NetworkParticipation> networks();

  /**
   * Tells whether the therapist is accepting new clients.
   *
   * @return whether they are; false unless set
   */
  @Value.Default
  public boolean acceptingNewClients() {
    return false;
  }

  /**
   * Returns how many more clients the therapist can take on.
   *
   * @return zero or more; zero unless set
   */
  @Value.Default
  public int openCapacity() {
    return 0;
  }

  /**
   * Returns when availability and capacity were last confirmed.
   *
   * @return the instant, or empty when never confirmed
   */
  public abstract Optional<Instant> availabilityConfirmedAt();

  /**
   * Returns when the therapist can see new clients: weekly hours in their own time zone, open
   * appointments, the next opening or an estimated wait. Empty unless set; a client's
   * {@link org.sextherapy.client.TimePreference} is then never met.
   *
   * @return the availability, or empty
   */
  public abstract Optional<Availability> availability();

  /**
   * Returns the therapist's measured outcomes, at most one record per concern: what they have
   * achieved, as opposed to the expertise they declare. Empty unless set; a therapist without a
   * record is ranked as the directory's typical therapist for the concern.
   *
   * @return the records, never null
   */
  public abstract List<OutcomeRecord> outcomes();

  /**
   * Returns the measured outcomes for a concern, matched by concern id.
   *
   * @param concern the concern type, never null
   * @return the record, or empty when none is recorded
   */
  public final Optional<OutcomeRecord> outcomeFor(ConcernType concern) {
    for (OutcomeRecord record : outcomes()) {
      if (record.concern().id().equals(concern.id())) {
        return Optional.of(record);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the level of expertise declared in a concern, matched by concern id.
   *
   * @param concern the concern type, never null
   * @return the level, or empty when the therapist declares no expertise in it
   */
  public final Optional<ExpertiseLevel> expertiseIn(ConcernType concern) {
    for (Expertise e : expertise()) {
      if (e.concern().id().equals(concern.id())) {
        return Optional.of(e.level());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the languages the therapist works in, in person or by video: their
   * {@link #languages()} and the {@linkplain PracticeLocation#signLanguages() sign languages} of
   * their practice locations. The one owner of that rule: {@link #worksInSignLanguage} and the
   * matcher's index read it.
   *
   * @return the languages, never null, unmodifiable
   */
  public final Set<Locale> languagesWorkedIn() {
    Set<Locale> languages = new LinkedHashSet<>(languages());
    for (PracticeLocation location : locations()) {
      languages.addAll(location.signLanguages());
    }
    return Collections.unmodifiableSet(languages);
  }

  /**
   * Tells whether the therapist works in a sign language, in person or by video: it is among the
   * {@linkplain #languagesWorkedIn() languages they work in}. Tags are compared whole.
   *
   * @param signLanguage the sign language, such as {@code ase}, never null
   * @return whether they work in it
   */
  public final boolean worksInSignLanguage(Locale signLanguage) {
    return languagesWorkedIn().contains(signLanguage);
  }

  @Value.Check
  final void check() {
    Checks.maxItems(languages(), MAX_LANGUAGES, "languages");
    Checks.maxItems(expertise(), MAX_EXPERTISE, "expertise");
    Checks.maxItems(locations(), MAX_LOCATIONS, "locations");
    Checks.maxItems(degrees(), MAX_DEGREES, "degrees");
    Checks.maxItems(licences(), MAX_LICENCES, "licences");
    Checks.maxItems(registrations(), MAX_REGISTRATIONS, "registrations");
    Checks.maxItems(compactPrivileges(), MAX_COMPACT_PRIVILEGES, "compactPrivileges");
    Checks.maxItems(certifications(), MAX_CERTIFICATIONS, "certifications");
    Checks.maxItems(modalities(), MAX_MODALITIES, "modalities");
    Checks.maxItems(networks(), MAX_NETWORKS, "networks");
    Checks.maxItems(outcomes(), MAX_OUTCOMES, "outcomes");
    Checks.opaqueId(id(), "id");
    Checks.notBlank(displayName(), "displayName");
    Optional<String> pronouns = pronouns();
    Checks.optionalText(pronouns, "pronouns");
    Optional<String> title = title();
    Checks.require(title.isEmpty() || (!title.get().isBlank() && title.get().length() <= 200),
        "title", "must not be blank and must be at most 200 characters");
    // Messages are built only on failure, and the set of concerns only when there are two or
    // more: this check runs on every profile read.
    Checks.languageTags(languages(), "languages");
    List<Expertise> expertise = expertise();
    if (expertise.size() > 1) {
      Set<String> concerns = new HashSet<>();
      for (int e = 0; e < expertise.size(); e++) {
        if (!concerns.add(expertise.get(e).concern().id())) {
          Checks.require(false, "expertise[" + e + "]", "must not repeat a concern");
        }
      }
    }
    List<PracticeCompetence> competence = practiceCompetence();
    Checks.maxItems(competence, MAX_PRACTICE_COMPETENCE, "practiceCompetence");
    if (competence.size() > 1) {
      Set<PracticeArea> areas = new HashSet<>();
      for (int c = 0; c < competence.size(); c++) {
        if (!areas.add(competence.get(c).area())) {
          Checks.require(false, "practiceCompetence[" + c + "]", "must not repeat an area");
        }
      }
    }
    List<OutcomeRecord> outcomes = outcomes();
    if (outcomes.size() > 1) {
      Set<String> concerns = new HashSet<>();
      for (int o = 0; o < outcomes.size(); o++) {
        if (!concerns.add(outcomes.get(o).concern().id())) {
          Checks.require(false, "outcomes[" + o + "]", "must not repeat a concern");
        }
      }
    }
    checkNetworks();
    Checks.nonNegative(openCapacity(), "openCapacity");
  }

  private void checkNetworks() {
    List<NetworkParticipation> networks = networks();
    List<PracticeLocation> locations = locations();
    boolean locationNetworks = false;
    for (PracticeLocation location : locations) {
      locationNetworks |= !location.networks().isEmpty();
    }
    if (networks.size() < 2 && !locationNetworks) {
      return;
    }
    Set<NetworkId> declared = new HashSet<>();
    for (int n = 0; n < networks.size(); n++) {
      if (!declared.add(networks.get(n).network())) {
        Checks.require(false, "networks[" + n + "]", "must not repeat a network");
      }
    }
    for (int l = 0; l < locations.size(); l++) {
      Checks.require(declared.containsAll(locations.get(l).networks()), "locations[" + l
          + "].networks", "must name only networks the therapist participates in");
    }
  }

  @Override
  public String toString() {
    return "TherapistProfile{" + id() + "}";
  }

  /** Builds a {@link TherapistProfile}; the id and display name are required. */
  public interface Builder {
    /**
     * Sets the opaque id.
     *
     * @param id an opaque id, never null
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the display name.
     *
     * @param displayName never null or blank
     * @return this builder
     */
    Builder displayName(String displayName);

    /**
     * Sets the therapist's gender in their own terms.
     *
     * @param gender never null
     * @return this builder
     */
    Builder gender(GenderIdentity gender);

    /**
     * Sets the therapist's gender, or none.
     *
     * @param gender never null, possibly empty
     * @return this builder
     */
    Builder gender(Optional<? extends GenderIdentity> gender);

    /**
     * Sets the pronouns.
     *
     * @param pronouns never null or blank
     * @return this builder
     */
    Builder pronouns(String pronouns);

    /**
     * Sets the pronouns, or none.
     *
     * @param pronouns never null, possibly empty
     * @return this builder
     */
    Builder pronouns(Optional<String> pronouns);

    /**
     * Sets the professional title the therapist presents.
     *
     * @param title never null, not blank, at most 200 characters
     * @return this builder
     */
    Builder title(String title);

    /**
     * Sets the professional title, or none.
     *
     * @param title never null, possibly empty
     * @return this builder
     */
    Builder title(Optional<String> title);

    /**
     * Sets the race or ethnicity the therapist discloses.
     *
     * @param raceOrEthnicity never null
     * @return this builder
     */
    Builder raceOrEthnicity(SelfDescription raceOrEthnicity);

    /**
     * Sets the race or ethnicity the therapist discloses, or none.
     *
     * @param raceOrEthnicity never null, possibly empty
     * @return this builder
     */
    Builder raceOrEthnicity(Optional<? extends SelfDescription> raceOrEthnicity);

    /**
     * Sets the LGBTQ+ identity the therapist discloses.
     *
     * @param lgbtqIdentity never null
     * @return this builder
     */
    Builder lgbtqIdentity(SelfDescription lgbtqIdentity);

    /**
     * Sets the LGBTQ+ identity the therapist discloses, or none.
     *
     * @param lgbtqIdentity never null, possibly empty
     * @return this builder
     */
    Builder lgbtqIdentity(Optional<? extends SelfDescription> lgbtqIdentity);

    /**
     * Sets how the therapist works with faith.
     *
     * @param faith never null
     * @return this builder
     */
    Builder faith(FaithStance faith);

    /**
     * Sets how the therapist works with faith, or not disclosed.
     *
     * @param faith never null, possibly empty
     * @return this builder
     */
    Builder faith(Optional<? extends FaithStance> faith);

    /**
     * Adds declared competence in practice areas.
     *
     * @param competence never null, each area at most once
     * @return this builder
     */
    Builder addPracticeCompetence(PracticeCompetence... competence);

    /**
     * Adds declared competence in practice areas.
     *
     * @param competence never null, each area at most once
     * @return this builder
     */
    Builder addAllPracticeCompetence(Iterable<? extends PracticeCompetence> competence);

    /**
     * Adds languages.
     *
     * @param languages never null, each naming a language
     * @return this builder
     */
    Builder addLanguages(Locale... languages);

    /**
     * Adds languages.
     *
     * @param languages never null, each naming a language
     * @return this builder
     */
    Builder addAllLanguages(Iterable<? extends Locale> languages);

    /**
     * Adds expertise.
     *
     * @param expertise never null, each concern at most once
     * @return this builder
     */
    Builder addExpertise(Expertise... expertise);

    /**
     * Adds expertise.
     *
     * @param expertise never null, each concern at most once
     * @return this builder
     */
    Builder addAllExpertise(Iterable<? extends Expertise> expertise);

    /**
     * Adds populations served.
     *
     * @param populations never null
     * @return this builder
     */
    Builder addPopulations(Population... populations);

    /**
     * Adds populations served.
     *
     * @param populations never null
     * @return this builder
     */
    Builder addAllPopulations(Iterable<Population> populations);

    /**
     * Adds session formats offered.
     *
     * @param formats never null
     * @return this builder
     */
    Builder addFormats(SessionFormat... formats);

    /**
     * Adds session formats offered.
     *
     * @param formats never null
     * @return this builder
     */
    Builder addAllFormats(Iterable<SessionFormat> formats);

    /**
     * Adds deliveries offered.
     *
     * @param deliveries never null
     * @return this builder
     */
    Builder addDeliveries(Delivery... deliveries);

    /**
     * Adds deliveries offered.
     *
     * @param deliveries never null
     * @return this builder
     */
    Builder addAllDeliveries(Iterable<Delivery> deliveries);

    /**
     * Adds practice locations.
     *
     * @param locations never null
     * @return this builder
     */
    Builder addLocations(PracticeLocation... locations);

    /**
     * Adds practice locations.
     *
     * @param locations never null
     * @return this builder
     */
    Builder addAllLocations(Iterable<? extends PracticeLocation> locations);

    /**
     * Adds degrees.
     *
     * @param degrees never null
     * @return this builder
     */
    Builder addDegrees(Degree... degrees);

    /**
     * Adds degrees.
     *
     * @param degrees never null
     * @return this builder
     */
    Builder addAllDegrees(Iterable<? extends Degree> degrees);

    /**
     * Adds licences.
     *
     * @param licences never null
     * @return this builder
     */
    Builder addLicences(Licence... licences);

    /**
     * Adds licences.
     *
     * @param licences never null
     * @return this builder
     */
    Builder addAllLicences(Iterable<? extends Licence> licences);

    /**
     * Adds register entries.
     *
     * @param registrations never null
     * @return this builder
     */
    Builder addRegistrations(Registration... registrations);

    /**
     * Adds register entries.
     *
     * @param registrations never null
     * @return this builder
     */
    Builder addAllRegistrations(Iterable<? extends Registration> registrations);

    /**
     * Adds compact privileges.
     *
     * @param privileges never null
     * @return this builder
     */
    Builder addCompactPrivileges(CompactPrivilege... privileges);

    /**
     * Adds compact privileges.
     *
     * @param privileges never null
     * @return this builder
     */
    Builder addAllCompactPrivileges(Iterable<? extends CompactPrivilege> privileges);

    /**
     * Adds certifications.
     *
     * @param certifications never null
     * @return this builder
     */
    Builder addCertifications(Certification... certifications);

    /**
     * Adds certifications.
     *
     * @param certifications never null
     * @return this builder
     */
    Builder addAllCertifications(Iterable<? extends Certification> certifications);

    /**
     * Sets the training record.
     *
     * @param training never null
     * @return this builder
     */
    Builder training(TrainingRecord training);

    /**
     * Sets the training record, or none.
     *
     * @param training never null, possibly empty
     * @return this builder
     */
    Builder training(Optional<? extends TrainingRecord> training);

    /**
     * Adds modalities.
     *
     * @param modalities never null
     * @return this builder
     */
    Builder addModalities(Modality... modalities);

    /**
     * Adds modalities.
     *
     * @param modalities never null
     * @return this builder
     */
    Builder addAllModalities(Iterable<? extends Modality> modalities);

    /**
     * Sets the fee schedule.
     *
     * @param fees never null
     * @return this builder
     */
    Builder fees(FeeSchedule fees);

    /**
     * Sets the fee schedule, or none.
     *
     * @param fees never null, possibly empty
     * @return this builder
     */
    Builder fees(Optional<? extends FeeSchedule> fees);

    /**
     * Adds network participations.
     *
     * @param networks never null, each network at most once
     * @return this builder
     */
    Builder addNetworks(NetworkParticipation... networks);

    /**
     * Adds network participations.
     *
     * @param networks never null, each network at most once
     * @return this builder
     */
    Builder addAllNetworks(Iterable<? extends NetworkParticipation> networks);

    /**
     * Adds measured outcome records.
     *
     * @param outcomes never null, each concern at most once
     * @return this builder
     */
    Builder addOutcomes(OutcomeRecord... outcomes);

    /**
     * Adds measured outcome records.
     *
     * @param outcomes never null, each concern at most once
     * @return this builder
     */
    Builder addAllOutcomes(Iterable<? extends OutcomeRecord> outcomes);

    /**
     * Sets whether the therapist is accepting new clients.
     *
     * @param acceptingNewClients whether they are
     * @return this builder
     */
    Builder acceptingNewClients(boolean acceptingNewClients);

    /**
     * Sets the open capacity.
     *
     * @param openCapacity zero or more
     * @return this builder
     */
    Builder openCapacity(int openCapacity);

    /**
     * Sets when availability was last confirmed.
     *
     * @param availabilityConfirmedAt never null
     * @return this builder
     */
    Builder availabilityConfirmedAt(Instant availabilityConfirmedAt);

    /**
     * Sets when availability was last confirmed, or never.
     *
     * @param availabilityConfirmedAt never null, possibly empty
     * @return this builder
     */
    Builder availabilityConfirmedAt(Optional<? extends Instant> availabilityConfirmedAt);

    /**
     * Sets when the therapist can see new clients.
     *
     * @param availability never null
     * @return this builder
     */
    Builder availability(Availability availability);

    /**
     * Sets, or with an empty value removes, when the therapist can see new clients.
     *
     * @param availability never null, possibly empty
     * @return this builder
     */
    Builder availability(Optional<? extends Availability> availability);

    /**
     * Builds the profile.
     *
     * @return the profile, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the id or
     *     display name is missing
     * @throws IllegalArgumentException if an attribute breaks an invariant; the message names it
     */
    TherapistProfile build();
  }
}
