package org.sextherapy.examples.sample;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.client.TimePreference;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.Payer;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.PracticeArea;

/**
 * A few fictional client requests that exercise the matcher: a couple, telehealth across state
 * lines, an adolescent, an in-person search by distance, and a non-binary client asking for an
 * experienced therapist.
 */
public final class SampleRequests {

  private SampleRequests() {}

  /**
   * A couple in California with a disparity in sex drives, by video or in person, preferring a
   * Spanish-speaking certified sex therapist at up to 180 USD for a couple session, on a weekday
   * evening, in their insurer's network or giving a superbill, who is at least aware of consensual
   * non-monogamy, which they are considering. The main example's request.
   *
   * @return the request, never null
   */
  public static ClientRequest coupleInCalifornia() {
    return ClientRequest.builder().id("req-couple-ca")
        .addParticipants(Participant.of("p1", AgeBracket.ADULT), Participant.of("p2",
            AgeBracket.ADULT))
        .sessionJurisdiction(Jurisdiction.parse("US-CA")).format(SessionFormat.COUPLE)
        .addDeliveries(Delivery.VIDEO, Delivery.IN_PERSON)
        .addConcerns(RequestedConcern.of(StandardConcerns.DESIRE_DISCREPANCY, Priority.HIGH),
            RequestedConcern.of(StandardConcerns.SEXUAL_COMMUNICATION, Priority.MEDIUM))
        .addPreferences(LanguagePreference.of(Strength.PREFERRED, Set.of(Locale.forLanguageTag(
            "es"))), CertifiedSexTherapistPreference.of(Strength.PREFERRED),
            FeePreference.of(Strength.PREFERRED, Currency.getInstance("USD"),
                BigDecimal.valueOf(180)),
            InsurancePreference.of(Strength.PREFERRED, Coverage.builder()
                .payer(Payer.commercial("aetna")).addNetworks(NetworkId.of("aetna-network"))
                .build(), true),
            TimePreference.of(Strength.PREFERRED, ZoneId.of("America/Los_Angeles"),
                List.of(WeeklyHours.of(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(17, 0), LocalTime.of(20, 0)))),
            PracticeCompetencePreference.of(Strength.PREFERRED,
                PracticeArea.CONSENSUAL_NON_MONOGAMY, CompetenceGrade.AWARE))
        .waitingSince(SampleDirectory.AS_OF.minusDays(12))
        .build();
  }

  /**
   * One adult who will sit in New Jersey during video sessions, with painful intercourse, requiring
   * a woman therapist and preferring one who discloses being Black: only therapists licensed in New
   * Jersey or holding a PSYPACT privilege qualify, wherever they live.
   *
   * @return the request, never null
   */
  public static ClientRequest telehealthInNewJersey() {
    return ClientRequest.builder().id("req-nj-video")
        .addParticipants(Participant.ofAge("p1", 34))
        .sessionJurisdiction(Jurisdiction.parse("US-NJ")).format(SessionFormat.INDIVIDUAL)
        .addDeliveries(Delivery.VIDEO)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX, Priority.HIGH))
        .addPreferences(TherapistGenderPreference.of(Strength.REQUIRED, Set.of(GenderTerm.WOMAN)),
            RaceOrEthnicityPreference.of(Strength.PREFERRED, Set.of("Black")))
        .waitingSince(SampleDirectory.AS_OF.minusDays(40))
        .build();
  }

  /**
   * A 16-year-old in New York with questions about sexual health and their identity, with a
   * guardian's consent, by video, who would like a therapist who is queer themselves.
   *
   * @return the request, never null
   */
  public static ClientRequest adolescentInNewYork() {
    return ClientRequest.builder().id("req-adolescent-ny")
        .addParticipants(Participant.ofAge("p1", 16))
        .sessionJurisdiction(Jurisdiction.parse("US-NY")).format(SessionFormat.INDIVIDUAL)
        .addDeliveries(Delivery.VIDEO)
        .addConcerns(RequestedConcern.of(StandardConcerns.SEXUAL_HEALTH_EDUCATION, Priority.HIGH),
            RequestedConcern.of(StandardConcerns.IDENTITY_EXPLORATION, Priority.MEDIUM))
        .addPreferences(PopulationPreference.of(Strength.PREFERRED,
            Set.of(Population.TRANS_AND_NON_BINARY, Population.LGBTQ)),
            LgbtqIdentityPreference.of(Strength.PREFERRED, Set.of("queer")))
        .guardianConsent(GuardianConsent.GIVEN)
        .waitingSince(SampleDirectory.AS_OF.minusDays(5))
        .build();
  }

  /**
   * An older adult in London with erectile difficulty who wants to meet in person within 15 km, at
   * up to 120 GBP, needs step-free access, would like a hearing loop and prefers a Tuesday or
   * Thursday morning.
   *
   * @return the request, never null
   */
  public static ClientRequest inPersonInLondon() {
    return ClientRequest.builder().id("req-london")
        .addParticipants(Participant.of("p1", AgeBracket.OLDER_ADULT))
        .sessionJurisdiction(Jurisdiction.parse("GB")).format(SessionFormat.INDIVIDUAL)
        .addDeliveries(Delivery.IN_PERSON)
        .addConcerns(RequestedConcern.of(StandardConcerns.ERECTILE_DIFFICULTY, Priority.HIGH),
            RequestedConcern.of(StandardConcerns.AGEING, Priority.LOW))
        .addPreferences(InPersonDistancePreference.of(Strength.REQUIRED,
            Coordinates.of(51.50, -0.12), 15),
            FeePreference.of(Strength.PREFERRED, Currency.getInstance("GBP"),
                BigDecimal.valueOf(120)),
            TimePreference.of(Strength.PREFERRED, ZoneId.of("Europe/London"),
                List.of(WeeklyHours.of(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                    LocalTime.of(9, 0), LocalTime.of(13, 0)))),
            AccessPreference.of(Strength.REQUIRED, AccessFeature.STEP_FREE_ACCESS),
            AccessPreference.of(Strength.PREFERRED, AccessFeature.HEARING_LOOP))
        .waitingSince(SampleDirectory.AS_OF.minusDays(20))
        .build();
  }

  /**
   * A non-binary adult in Illinois with low desire, by video or phone, who requires a therapist
   * experienced with trans and non-binary clients and would like one in their Medicaid plan's
   * network, secular, and at least aware of asexuality (low desire is not a disorder for someone
   * who is asexual).
   *
   * @return the request, never null
   */
  public static ClientRequest nonBinaryInIllinois() {
    return ClientRequest.builder().id("req-il-nonbinary")
        .addParticipants(Participant.builder().id("p1").ageBracket(AgeBracket.ADULT)
            .gender(GenderIdentity.of(GenderTerm.NON_BINARY)).build())
        .sessionJurisdiction(Jurisdiction.parse("US-IL")).format(SessionFormat.INDIVIDUAL)
        .addDeliveries(Delivery.VIDEO, Delivery.PHONE)
        .addConcerns(RequestedConcern.of(StandardConcerns.LOW_SEXUAL_DESIRE, Priority.HIGH))
        .addPreferences(PopulationPreference.of(Strength.REQUIRED,
            Set.of(Population.TRANS_AND_NON_BINARY)),
            InsurancePreference.of(Strength.PREFERRED, Coverage.builder()
                .payer(Payer.publicProgramme("medicaid-us-il"))
                .addNetworks(NetworkId.of("medicaid-us-il-network")).build()),
            FaithPreference.of(Strength.PREFERRED, Set.of(FaithStance.secular())),
            PracticeCompetencePreference.of(Strength.PREFERRED, PracticeArea.ASEXUALITY,
                CompetenceGrade.AWARE))
        .waitingSince(SampleDirectory.AS_OF.minusDays(70))
        .build();
  }

  /**
   * Returns all sample requests, the main example's first.
   *
   * @return the requests, never null
   */
  public static List<ClientRequest> all() {
    return List.of(coupleInCalifornia(), telehealthInNewJersey(), adolescentInNewYork(),
        inPersonInLondon(), nonBinaryInIllinois());
  }
}
