package org.sextherapy.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Licence;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/** Random directories and dates for the matching tests, and profile copies. */
final class MatchingValues {

  private MatchingValues() {}

  /** Returns a random directory of {@code n} profiles (at least one). */
  static List<TherapistProfile> directory(RandomValues random, int n) {
    List<TherapistProfile> profiles = new ArrayList<>();
    for (TherapistProfile p : random.profiles(Math.max(1, n))) {
      // Drawn after the profile, so the rest of the directory is drawn as before.
      profiles.add(random.chance(0.6) ? copy(p).availability(random.availability()).build() : p);
    }
    return profiles;
  }

  /**
   * Returns a day on or next to a date where something in the directory starts or ends: a licence,
   * a compact privilege or a certification, so that boundaries are tested to the day.
   */
  static LocalDate boundaryDate(RandomValues random, List<TherapistProfile> directory) {
    List<LocalDate> dates = new ArrayList<>();
    for (TherapistProfile p : directory) {
      for (Licence licence : p.licences()) {
        dates.add(licence.validFrom());
        licence.validUntil().ifPresent(dates::add);
      }
      for (CompactPrivilege privilege : p.compactPrivileges()) {
        dates.add(privilege.validFrom());
        privilege.validUntil().ifPresent(dates::add);
      }
      for (Grant grant : PracticeAuthorisation.standard().grants(p)) {
        dates.add(grant.validFrom());
        grant.validUntil().ifPresent(dates::add);
      }
      for (Certification certification : p.certifications()) {
        dates.add(certification.issued());
        certification.lastValidDay().ifPresent(dates::add);
      }
    }
    return dates.isEmpty() ? RandomValues.TODAY
        : random.oneOf(dates).plusDays(random.nextInt(3) - 1);
  }

  static MatchPolicy policy(RandomValues random) {
    return random.matchPolicy();
  }

  /** Returns the policy, through the public builder, excluding credible deterioration. */
  static MatchPolicy excludingDeterioration(MatchPolicy p) {
    return MatchPolicy.builder().generalExpertisePoints(p.generalExpertisePoints())
        .experiencedExpertisePoints(p.experiencedExpertisePoints())
        .specialistExpertisePoints(p.specialistExpertisePoints())
        .preferencePoints(p.preferencePoints()).certificationPoints(p.certificationPoints())
        .pointsPerExperienceYear(p.pointsPerExperienceYear())
        .experienceYearsCounted(p.experienceYearsCounted())
        .measuredOutcomeWeightPercent(p.measuredOutcomeWeightPercent())
        .outcomePriorCourses(p.outcomePriorCourses()).outcomeSpanPercent(p.outcomeSpanPercent())
        .freshAvailabilityPoints(p.freshAvailabilityPoints())
        .availabilityFreshForDays(p.availabilityFreshForDays())
        .availabilityConfirmedWithinDays(p.availabilityConfirmedWithinDays())
        .distanceDecay(p.distanceDecay()).distanceHalfKm(p.distanceHalfKm())
        .excludeCredibleDeterioration(true).build();
  }

  /** Returns a builder holding every attribute of a profile, to change some of them. */
  static TherapistProfile.Builder copy(TherapistProfile p) {
    // the one copy of every field, which the builder-equality tests keep complete
    return Copies.builderOf(p);
  }

  /** Returns a builder holding every attribute of a profile but its outcome records. */
  static TherapistProfile.Builder copyExceptOutcomes(TherapistProfile p) {
    return TherapistProfile.builder().id(p.id()).displayName(p.displayName()).gender(p.gender())
        .pronouns(p.pronouns()).title(p.title()).addAllLanguages(p.languages())
        .addAllExpertise(p.expertise())
        .addAllPopulations(p.populations()).addAllFormats(p.formats())
        .addAllDeliveries(p.deliveries()).addAllLocations(p.locations())
        .addAllDegrees(p.degrees()).addAllLicences(p.licences())
        .addAllCompactPrivileges(p.compactPrivileges()).addAllRegistrations(p.registrations())
        .addAllCertifications(p.certifications())
        .training(p.training()).addAllModalities(p.modalities()).fees(p.fees())
        .addAllNetworks(p.networks()).acceptingNewClients(p.acceptingNewClients())
        .openCapacity(p.openCapacity()).availabilityConfirmedAt(p.availabilityConfirmedAt())
        .availability(p.availability()).raceOrEthnicity(p.raceOrEthnicity())
        .lgbtqIdentity(p.lgbtqIdentity()).faith(p.faith())
        .addAllPracticeCompetence(p.practiceCompetence());
  }
}
