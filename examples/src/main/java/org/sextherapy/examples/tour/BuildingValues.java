package org.sextherapy.examples.tour;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.Strength;
import org.sextherapy.concern.ConcernCatalogue;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.StandardModalities;

/**
 * Tour, step 1: building values. Every value is immutable and built through the abstract type's
 * {@code builder()} or {@code of(...)}; an impossible value throws {@code IllegalArgumentException}
 * naming the field, never its value.
 */
public final class BuildingValues {

  private BuildingValues() {}

  /**
   * Runs this step of the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Builds a therapist, a request and a custom concern type, and shows a rejected value.
   *
   * @param out where to print, never null
   */
  public static void run(PrintStream out) {
    // Concerns: look one up by the words a client uses; add your own without forking.
    ConcernType compulsive = ConcernCatalogue.standard().find("Sex Addiction").orElseThrow();
    ConcernType vulvodynia = ConcernType.builder().id("VULVODYNIA")
        .displayName("Vulvodynia").category(ConcernCategory.SEXUAL_PAIN).relational(false)
        .medicalEvaluationAdvised(true).addSynonyms("vulvar pain").build();
    ConcernCatalogue clinic = ConcernCatalogue.standard().with(vulvodynia);
    out.println("'Sex Addiction' is " + compulsive.id() + "; the clinic catalogue has "
        + clinic.concerns().size() + " concern types");

    Jurisdiction california = Jurisdiction.parse("US-CA");
    TherapistProfile therapist = TherapistProfile.builder()
        .id("th-42").displayName("Dr Sam Example").pronouns("they/them")
        .gender(GenderIdentity.of(GenderTerm.NON_BINARY))
        .addLanguages(Locale.ENGLISH, Locale.forLanguageTag("es"))
        .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.SPECIALIST),
            Expertise.of(StandardConcerns.DESIRE_DISCREPANCY, ExpertiseLevel.EXPERIENCED),
            Expertise.of(vulvodynia, ExpertiseLevel.EXPERIENCED))
        .addPopulations(Population.ADULTS, Population.COUPLES, Population.TRANS_AND_NON_BINARY)
        .addFormats(SessionFormat.INDIVIDUAL, SessionFormat.COUPLE)
        .addDeliveries(Delivery.IN_PERSON, Delivery.VIDEO)
        .addLocations(PracticeLocation.of(california, Coordinates.of(37.77, -122.42)))
        .addLicences(Licence.builder().discipline(Discipline.MARRIAGE_AND_FAMILY_THERAPY)
            .jurisdiction(california).number("LMFT-98765").status(LicenceStatus.ACTIVE)
            .validFrom(LocalDate.of(2019, 3, 1)).validUntil(LocalDate.of(2027, 2, 28))
            .taxonomyCode(Discipline.MARRIAGE_AND_FAMILY_THERAPY.taxonomyCode().orElseThrow())
            .build())
        .addCertifications(Certification.builder().credential(StandardCredentials.AASECT_CST)
            .issued(LocalDate.of(2025, 5, 1)).ceCreditsEarned(8).build())
        .addModalities(StandardModalities.SENSATE_FOCUS, StandardModalities.CBT)
        .fees(FeeSchedule.of(Currency.getInstance("USD"),
            SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("180"),
                SlidingScale.of(new BigDecimal("90"), new BigDecimal("180"))),
            SessionFee.of(SessionFormat.COUPLE, 80, new BigDecimal("260"))))
        .acceptingNewClients(true).openCapacity(2)
        .build();
    out.println("Built " + therapist + "; AASECT-CST is "
        + therapist.certifications().get(0).statusOn(LocalDate.of(2026, 11, 26)).id()
        + " until " + therapist.certifications().get(0).lastValidDay().orElseThrow());

    ClientRequest request = ClientRequest.builder().id("req-7")
        .addParticipants(Participant.of("p1", AgeBracket.ADULT),
            Participant.of("p2", AgeBracket.ADULT))
        .sessionJurisdiction(california).format(SessionFormat.COUPLE)
        .addDeliveries(Delivery.VIDEO)
        .addConcerns(RequestedConcern.of(StandardConcerns.DESIRE_DISCREPANCY, Priority.HIGH))
        .addPreferences(LanguagePreference.of(Strength.PREFERRED,
            Set.of(Locale.forLanguageTag("es"))))
        .build();
    out.println("Built " + request + " (client data never appears in toString)");

    try {
      Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(california)
          .number("PSY-1").status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2026, 1, 1))
          .validUntil(LocalDate.of(2025, 1, 1)).build();
    } catch (IllegalArgumentException e) {
      out.println("Rejected a licence: " + e.getMessage());
    }
  }
}
