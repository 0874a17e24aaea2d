package org.sextherapy.therapist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.Payer;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;

class TherapistProfileTest {

  private static TherapistProfile.Builder therapist() {
    return TherapistProfile.builder().id("th-1").displayName("Dr Sam Okafor");
  }

  @Test
  void profileNeedsOnlyAnIdAndADisplayName() {
    TherapistProfile profile = therapist().build();

    assertThat(profile.acceptingNewClients()).isFalse();
    assertThat(profile.openCapacity()).isZero();
    assertThat(profile.gender()).isEmpty();
    assertThat(profile.pronouns()).isEmpty();
    assertThat(profile.expertise()).isEmpty();
    assertThat(profile.licences()).isEmpty();
    assertThat(profile.training()).isEmpty();
    assertThat(profile.fees()).isEmpty();
    assertThat(profile.availabilityConfirmedAt()).isEmpty();
    assertThat(profile.raceOrEthnicity()).isEmpty();
    assertThat(profile.lgbtqIdentity()).isEmpty();
    assertThat(profile.faith()).isEmpty();
    assertThat(profile.practiceCompetence()).isEmpty();
    assertThat(profile.competenceIn(PracticeArea.KINK_BDSM)).isEmpty();
  }

  @Test
  void whatATherapistDisclosesIsTheirsAndIsNeverPrinted() {
    TherapistProfile profile = therapist()
        .raceOrEthnicity(SelfDescription.of(SENTINEL, Set.of("Black British")))
        .lgbtqIdentity(SelfDescription.of(Set.of("bisexual")))
        .faith(FaithStance.integrating("Muslim"))
        .addPracticeCompetence(PracticeCompetence.of(PracticeArea.ASEXUALITY,
            CompetenceGrade.EXPERIENCED))
        .build();

    assertThat(profile.competenceIn(PracticeArea.ASEXUALITY)).contains(CompetenceGrade.EXPERIENCED);
    assertThat(profile.competenceIn(PracticeArea.SEX_WORK)).isEmpty();
    assertThat(profile.toString()).doesNotContain(SENTINEL).doesNotContain("Muslim")
        .doesNotContain("bisexual");
    assertThat(profile.faith().orElseThrow().toString()).isEqualTo("FaithStance{integrates-tradition}");
  }

  @Test
  void eachPracticeAreaIsDeclaredAtMostOnce() {
    assertThatIllegalArgumentException().isThrownBy(() -> therapist()
        .addPracticeCompetence(PracticeCompetence.of(PracticeArea.KINK_BDSM, CompetenceGrade.AWARE),
            PracticeCompetence.of(PracticeArea.KINK_BDSM, CompetenceGrade.EXPERIENCED)).build())
        .withMessage("practiceCompetence[1] must not repeat an area");
  }

  @Test
  void aTraditionIsNamedExactlyWhenOneIsIntegrated() {
    assertThatIllegalArgumentException().isThrownBy(() -> FaithStance.of(FaithApproach.SECULAR,
        Optional.of("Christian"))).withMessageStartingWith("tradition ");
    assertThatIllegalArgumentException().isThrownBy(() -> FaithStance.of(
        FaithApproach.INTEGRATES_TRADITION, Optional.empty())).withMessageStartingWith("tradition ");
    assertThatIllegalArgumentException().isThrownBy(() -> FaithStance.integrating("  "))
        .withMessage("tradition must hold a letter or digit");
    assertThat(FaithStance.integrating("Jewish").sameStance(FaithStance.integrating("JEWISH")))
        .isTrue();
    assertThat(FaithStance.integrating("Catholic").sameStance(FaithStance.integrating("Christian")))
        .isFalse();
  }

  @Test
  void aTherapistWorksInASignLanguageTheyListOrOneOfTheirPracticesOffers() {
    Locale asl = Locale.forLanguageTag("ase");
    Locale bsl = Locale.forLanguageTag("bfi");
    TherapistProfile profile = therapist().addLanguages(asl)
        .addLocations(PracticeLocation.builder().jurisdiction(Jurisdiction.parse("GB-LND"))
            .addSignLanguages(bsl).build()).build();

    assertThat(profile.worksInSignLanguage(asl)).isTrue();
    assertThat(profile.worksInSignLanguage(bsl)).isTrue();
    assertThat(profile.worksInSignLanguage(Locale.forLanguageTag("gsg"))).isFalse();
    assertThat(profile.languagesWorkedIn()).containsExactlyInAnyOrder(asl, bsl);
  }

  @Test
  void profileWithoutDisplayNameCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> TherapistProfile.builder().id("th-1").build())
        .withMessageContaining("displayName");
  }

  @Test
  void expertiseIsFoundByConcernId() {
    ConcernType sameIdElsewhere = ConcernType.builder().id("PAINFUL_SEX").displayName("Pain")
        .category(ConcernCategory.SEXUAL_PAIN).relational(false).build();
    TherapistProfile profile = therapist()
        .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.SPECIALIST))
        .build();

    assertThat(profile.expertiseIn(StandardConcerns.PAINFUL_SEX))
        .contains(ExpertiseLevel.SPECIALIST);
    assertThat(profile.expertiseIn(sameIdElsewhere)).contains(ExpertiseLevel.SPECIALIST);
    assertThat(profile.expertiseIn(StandardConcerns.LOW_SEXUAL_DESIRE)).isEmpty();
  }

  @Test
  void expertiseRepeatingAConcernIsRejectedNamingItsPosition() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> therapist()
            .addExpertise(Expertise.of(StandardConcerns.AGEING, ExpertiseLevel.GENERAL),
                Expertise.of(StandardConcerns.MENOPAUSE, ExpertiseLevel.GENERAL),
                Expertise.of(StandardConcerns.AGEING, ExpertiseLevel.SPECIALIST))
            .build())
        .withMessageStartingWith("expertise[2] ");
  }

  @Test
  void malformedIdIsRejectedNamingTheFieldButNotTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> therapist().id("th 1 " + SENTINEL).build())
        .withMessageStartingWith("id ").withMessageNotContaining(SENTINEL);
  }

  @Test
  void blankDisplayNameIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> therapist().displayName(" ").build())
        .withMessageStartingWith("displayName ");
  }

  @Test
  void blankPronounsAreRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> therapist().pronouns("").build())
        .withMessageStartingWith("pronouns ");
    assertThat(therapist().pronouns("they/them").build().pronouns()).contains("they/them");
  }

  @Test
  void languageWithoutALanguageCodeIsRejectedNamingItsPosition() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> therapist().addLanguages(Locale.ROOT).build())
        .withMessageStartingWith("languages[0] ");
    assertThat(therapist().addLanguages(Locale.forLanguageTag("pt-BR")).build().languages())
        .containsExactly(Locale.forLanguageTag("pt-BR"));
  }

  @Test
  void malformedPayerIdIsRejectedNamingTheFieldAndNotTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Payer.commercial("Blue Cross " + SENTINEL))
        .withMessageStartingWith("id ").withMessageNotContaining(SENTINEL);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NetworkId.of("PPO network " + SENTINEL))
        .withMessageStartingWith("value ").withMessageNotContaining(SENTINEL);
  }

  @Test
  void aNetworkIsJoinedAtMostOnce() {
    NetworkParticipation ppo = NetworkParticipation.of(Payer.commercial("acme"),
        NetworkId.of("acme-ppo"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> therapist().addNetworks(ppo, ppo).build())
        .withMessageStartingWith("networks[1] ");
  }

  @Test
  void aPracticeLocationNamesOnlyNetworksTheTherapistIsIn() {
    PracticeLocation office = PracticeLocation.builder().jurisdiction(Jurisdiction.parse("US-NY"))
        .addNetworks(NetworkId.of("acme-ppo")).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> therapist().addLocations(office).build())
        .withMessageStartingWith("locations[0].networks ");
    assertThat(therapist().addLocations(office).addNetworks(NetworkParticipation.of(
        Payer.commercial("acme"), NetworkId.of("acme-ppo"))).build().locations())
        .containsExactly(office);
  }

  @Test
  void negativeOpenCapacityIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> therapist().openCapacity(-1).build())
        .withMessageStartingWith("openCapacity ");
  }

  @Test
  void profileShowsItsIdOnly() {
    TherapistProfile profile = therapist().displayName("Dr " + SENTINEL).pronouns(SENTINEL)
        .gender(GenderIdentity.of(SENTINEL, java.util.Set.of(GenderTerm.WOMAN))).build();

    assertThat(profile).hasToString("TherapistProfile{th-1}");
  }

  @Test
  void expertiseShowsConcernAndLevelIds() {
    assertThat(Expertise.of(StandardConcerns.BODY_IMAGE, ExpertiseLevel.EXPERIENCED))
        .hasToString("Expertise{BODY_IMAGE, experienced}");
  }
}
