package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Preference;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.PracticeArea;
import org.sextherapy.therapist.PracticeCompetence;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Matching on what a therapist chooses to disclose (identity, faith, competence) and on the access
 * of their practice locations: what meets each preference, what the reasons say, and that a
 * preference never reads the client's own identity.
 */
class DisclosedValuesAndAccessTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final Jurisdiction NY = Jurisdiction.parse("US-NY");
  private static final Jurisdiction NJ = Jurisdiction.parse("US-NJ");
  private static final Locale ASL = Locale.forLanguageTag("ase");
  private static final Locale BSL = Locale.forLanguageTag("bfi");

  private static TherapistProfile.Builder therapist(String id) {
    return TherapistProfile.builder().id(id).displayName("Dr " + id)
        .addFormats(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.IN_PERSON, Delivery.VIDEO)
        .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.GENERAL))
        .addLicences(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(NY)
            .number("L-1").status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2020, 1, 1))
            .build())
        .addLocations(PracticeLocation.of(NY))
        .acceptingNewClients(true).openCapacity(2);
  }

  private static ClientRequest request(Set<Delivery> deliveries, Preference... preferences) {
    return ClientRequest.builder().id("req-1")
        .addParticipants(Participant.of("p1", AgeBracket.ADULT)).sessionJurisdiction(NY)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX))
        .format(SessionFormat.INDIVIDUAL).addAllDeliveries(deliveries)
        .addPreferences(preferences).build();
  }

  private static MatchResult match(ClientRequest request, TherapistProfile... profiles) {
    return Matcher.standard().match(request, TherapistDirectory.of(List.of(profiles)), DATE, 10);
  }

  private static List<String> ids(MatchResult result) {
    return result.matches().stream().map(Match::therapistId).toList();
  }

  private static List<String> reasons(MatchResult result, ReasonCode code) {
    List<String> out = new ArrayList<>();
    result.matches().forEach(m -> m.reasons().stream().filter(r -> r.code() == code)
        .forEach(r -> out.add(m.therapistId() + " " + r.argument())));
    return out;
  }

  @Test
  void aRequiredIdentityTermMatchesWhateverTheCaseOrHyphensButNoSynonym() {
    TherapistProfile twoSpirit = therapist("th-a")
        .lgbtqIdentity(SelfDescription.of(Set.of("Two-Spirit"))).build();
    TherapistProfile queer = therapist("th-b").lgbtqIdentity(SelfDescription.of(Set.of("queer")))
        .build();
    TherapistProfile undisclosed = therapist("th-c").build();

    MatchResult result = match(request(EnumSet.of(Delivery.VIDEO),
        LgbtqIdentityPreference.of(Strength.REQUIRED, Set.of("two  spirit"))),
        twoSpirit, queer, undisclosed);

    assertThat(ids(result)).containsExactly("th-a");
    assertThat(result.excludedBy(HardConstraint.REQUIRED_LGBTQ_IDENTITY)).isEqualTo(2);
  }

  @Test
  void aPreferredRaceOrEthnicityEarnsPointsAndTheReasonNamesTheFieldNeverTheTerm() {
    TherapistProfile latina = therapist("th-a")
        .raceOrEthnicity(SelfDescription.of(Set.of("Latina"))).build();
    TherapistProfile other = therapist("th-b")
        .raceOrEthnicity(SelfDescription.of(Set.of("Black British"))).build();

    MatchResult result = match(request(EnumSet.of(Delivery.VIDEO),
        RaceOrEthnicityPreference.of(Strength.PREFERRED, Set.of("LATINA"))), other, latina);

    assertThat(ids(result)).containsExactly("th-a", "th-b");
    assertThat(reasons(result, ReasonCode.PREFERRED_RACE_OR_ETHNICITY))
        .containsExactly("th-a raceOrEthnicity");
    assertThat(result.toString()).doesNotContainIgnoringCase("latina");
  }

  @Test
  void broaderAndNarrowerTermsAreDifferentTerms() {
    TherapistProfile blackBritish = therapist("th-a")
        .raceOrEthnicity(SelfDescription.of(Set.of("Black British"))).build();

    MatchResult result = match(request(EnumSet.of(Delivery.VIDEO),
        RaceOrEthnicityPreference.of(Strength.REQUIRED, Set.of("Black"))), blackBritish);

    assertThat(result.matches()).isEmpty();
    assertThat(result.excludedBy(HardConstraint.REQUIRED_RACE_OR_ETHNICITY)).isEqualTo(1);
  }

  @Test
  void faithIsASecularStanceOrANamedTraditionWithoutHierarchy() {
    TherapistProfile secular = therapist("th-a").faith(FaithStance.secular()).build();
    TherapistProfile jewish = therapist("th-b").faith(FaithStance.integrating("jewish")).build();
    TherapistProfile catholic = therapist("th-c").faith(FaithStance.integrating("Catholic"))
        .build();

    MatchResult result = match(request(EnumSet.of(Delivery.VIDEO),
        FaithPreference.of(Strength.REQUIRED,
            Set.of(FaithStance.integrating("Jewish"), FaithStance.integrating("Christian")))),
        secular, jewish, catholic);

    assertThat(ids(result)).containsExactly("th-b");
    assertThat(reasons(match(request(EnumSet.of(Delivery.VIDEO),
        FaithPreference.of(Strength.PREFERRED, Set.of(FaithStance.integrating("JEWISH")))),
        jewish), ReasonCode.PREFERRED_FAITH)).containsExactly("th-b integrates-tradition");
  }

  @Test
  void competenceIsGradedAndAnUndisclosedAreaMeetsNoMinimum() {
    TherapistProfile experienced = therapist("th-a")
        .addPracticeCompetence(PracticeCompetence.of(PracticeArea.KINK_BDSM,
            CompetenceGrade.EXPERIENCED)).build();
    TherapistProfile aware = therapist("th-b")
        .addPracticeCompetence(PracticeCompetence.of(PracticeArea.KINK_BDSM,
            CompetenceGrade.AWARE)).build();
    TherapistProfile none = therapist("th-c")
        .addPracticeCompetence(PracticeCompetence.of(PracticeArea.KINK_BDSM,
            CompetenceGrade.NONE)).build();
    TherapistProfile silent = therapist("th-d").build();

    MatchResult atLeastAware = match(request(EnumSet.of(Delivery.VIDEO),
        PracticeCompetencePreference.of(Strength.REQUIRED, PracticeArea.KINK_BDSM,
            CompetenceGrade.AWARE)), experienced, aware, none, silent);
    MatchResult experiencedOnly = match(request(EnumSet.of(Delivery.VIDEO),
        PracticeCompetencePreference.of(Strength.PREFERRED, PracticeArea.KINK_BDSM,
            CompetenceGrade.EXPERIENCED)), experienced, aware);

    assertThat(ids(atLeastAware)).containsExactlyInAnyOrder("th-a", "th-b");
    assertThat(atLeastAware.excludedBy(HardConstraint.REQUIRED_PRACTICE_COMPETENCE)).isEqualTo(2);
    assertThat(reasons(experiencedOnly, ReasonCode.PREFERRED_PRACTICE_COMPETENCE))
        .containsExactly("th-a kink-bdsm:experienced");
  }

  @Test
  void accessCountsAtALocationTheClientCanAttendInPersonOnly() {
    TherapistProfile stepFreeElsewhere = therapist("th-a").addLocations(PracticeLocation
        .builder().jurisdiction(NJ).addAccess(AccessFeature.STEP_FREE_ACCESS).build()).build();
    TherapistProfile stepFreeHere = therapist("th-b").addLocations(PracticeLocation.builder()
        .jurisdiction(NY).addAccess(AccessFeature.STEP_FREE_ACCESS, AccessFeature.HEARING_LOOP)
        .build()).build();
    AccessPreference stepFree = AccessPreference.of(Strength.REQUIRED,
        AccessFeature.STEP_FREE_ACCESS);

    MatchResult inPerson = match(request(EnumSet.of(Delivery.IN_PERSON), stepFree),
        stepFreeElsewhere, stepFreeHere);
    MatchResult byVideoOnly = match(request(EnumSet.of(Delivery.VIDEO), stepFree),
        stepFreeElsewhere, stepFreeHere);

    assertThat(ids(inPerson)).containsExactly("th-b");
    assertThat(reasons(inPerson, ReasonCode.PREFERRED_ACCESS)).isEmpty();
    assertThat(inPerson.excludedBy(HardConstraint.REQUIRED_ACCESS)).isEqualTo(1);
    assertThat(byVideoOnly.matches()).isEmpty();
    assertThat(byVideoOnly.excludedBy(HardConstraint.REQUIRED_ACCESS)).isEqualTo(2);
    assertThat(reasons(match(request(EnumSet.of(Delivery.IN_PERSON, Delivery.VIDEO),
        AccessPreference.of(Strength.PREFERRED, AccessFeature.HEARING_LOOP)), stepFreeHere),
        ReasonCode.PREFERRED_ACCESS)).containsExactly("th-b hearing-loop:US-NY");
  }

  @Test
  void signLanguageIsMetInPersonAtALocationOrByVideoNeverByPhone() {
    TherapistProfile signsAtThePractice = therapist("th-a").addLocations(PracticeLocation
        .builder().jurisdiction(NY).addSignLanguages(ASL).build()).build();
    TherapistProfile signsByVideo = therapist("th-b").addLanguages(Locale.ENGLISH, ASL).build();
    TherapistProfile britishOnly = therapist("th-c").addLanguages(BSL).build();
    SignLanguagePreference asl = SignLanguagePreference.of(Strength.REQUIRED, Set.of(ASL));

    MatchResult inPerson = match(request(EnumSet.of(Delivery.IN_PERSON), asl),
        signsAtThePractice, signsByVideo, britishOnly);
    MatchResult video = match(request(EnumSet.of(Delivery.VIDEO), asl),
        signsAtThePractice, signsByVideo, britishOnly);
    MatchResult phone = match(request(EnumSet.of(Delivery.PHONE), asl),
        therapist("th-d").addDeliveries(Delivery.PHONE).addLanguages(ASL).build());

    assertThat(ids(inPerson)).containsExactly("th-a");
    assertThat(ids(video)).containsExactlyInAnyOrder("th-a", "th-b");
    assertThat(phone.matches()).isEmpty();
    assertThat(phone.excludedBy(HardConstraint.REQUIRED_SIGN_LANGUAGE)).isEqualTo(1);
    assertThat(reasons(match(request(EnumSet.of(Delivery.IN_PERSON, Delivery.VIDEO),
        SignLanguagePreference.of(Strength.PREFERRED, Set.of(ASL, BSL))), signsAtThePractice,
        signsByVideo), ReasonCode.PREFERRED_SIGN_LANGUAGE))
        .containsExactlyInAnyOrder("th-a ase:in-person", "th-b ase:video");
  }

  static List<Long> seeds() {
    return java.util.stream.LongStream.range(0, 300).boxed().toList();
  }

  /**
   * A preference names what the client asks for and the matcher reads nothing else: changing the
   * participants' own gender identity never changes whom the preferences select or how they
   * score.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPreferenceNeverReadsTheClientsOwnIdentity(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> directory = random.profiles(40);
    ClientRequest request = random.requestFor(random.oneOf(directory));
    UnaryOperator<Participant> reidentified = p -> Participant.builder().id(p.id())
        .ageBracket(p.ageBracket()).age(p.age()).sessionJurisdiction(p.sessionJurisdiction())
        .gender(random.chance(0.5) ? Optional.empty() : Optional.of(GenderIdentity.of(
            random.someOf(GenderTerm.class, 1, 2).toArray(GenderTerm[]::new))))
        .build();
    ClientRequest.Builder other = copyWithout(request, List.of());
    request.participants().forEach(p -> other.addParticipants(reidentified.apply(p)));

    TherapistDirectory compiled = TherapistDirectory.of(directory);
    MatchResult original = Matcher.standard().match(request, compiled, DATE, 10);
    MatchResult changed = Matcher.standard().match(other.build(), compiled, DATE, 10);

    assertThat(changed).isEqualTo(original);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withoutSuchAPreferenceDisclosuresChangeNoScore(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> directory = random.profiles(40);
    ClientRequest request = random.requestFor(random.oneOf(directory));
    ClientRequest withoutValues = copyWithout(request, request.preferences().stream()
        .filter(DisclosedValuesAndAccessTest::isValueOrAccess).toList())
        .addAllParticipants(request.participants()).build();
    List<TherapistProfile> undisclosed = directory.stream()
        .map(p -> Copies.builderWithoutDisclosures(p).build()).toList();
    assertThat(undisclosed).isNotEqualTo(directory);

    assertThat(Matcher.standard().match(withoutValues, TherapistDirectory.of(undisclosed), DATE,
        10)).isEqualTo(Matcher.standard().match(withoutValues, TherapistDirectory.of(directory),
        DATE, 10));
  }

  /** A copy of a request without its participants and without some preferences. */
  private static ClientRequest.Builder copyWithout(ClientRequest request, List<Preference> removed) {
    return ClientRequest.builder().id(request.id())
        .sessionJurisdiction(request.sessionJurisdiction()).format(request.format())
        .addAllDeliveries(request.deliveries()).addAllConcerns(request.concerns())
        .addAllPreferences(request.preferences().stream().filter(p -> !removed.contains(p)).toList())
        .guardianConsent(request.guardianConsent()).waitingSince(request.waitingSince());
  }

  private static boolean isValueOrAccess(Preference p) {
    return switch (p.kind()) {
      case RACE_OR_ETHNICITY, LGBTQ_IDENTITY, FAITH, PRACTICE_COMPETENCE, ACCESS, SIGN_LANGUAGE ->
          true;
      case THERAPIST_GENDER, POPULATION, LANGUAGE, CERTIFIED_SEX_THERAPIST, IN_PERSON_DISTANCE,
          FEE, SLIDING_SCALE, INSURANCE, MODALITY, TIME -> false;
    };
  }
}
