package org.sextherapy.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sextherapy.client.Strength.PREFERRED;
import static org.sextherapy.client.Strength.REQUIRED;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.Limits;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.PracticeArea;

class PreferenceTest {

  private static final String SENTINEL = RandomValues.SENTINEL;

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void everyKindOfPreferenceNamesItsKindAndStrengthOnly() {
    List<Preference> preferences = List.of(
        TherapistGenderPreference.of(REQUIRED, Set.of(GenderTerm.WOMAN, GenderTerm.NON_BINARY)),
        PopulationPreference.of(PREFERRED, Set.of(Population.TRANS_AND_NON_BINARY)),
        LanguagePreference.of(REQUIRED, Set.of(Locale.forLanguageTag("es"))),
        CertifiedSexTherapistPreference.of(PREFERRED),
        InPersonDistancePreference.of(REQUIRED, Coordinates.of(40.7128, -74.006), 25),
        FeePreference.of(PREFERRED, USD, new BigDecimal("120")),
        SlidingScalePreference.of(REQUIRED),
        InsurancePreference.of(PREFERRED, Coverage.builder()
            .payer(Payer.publicProgramme("us-medicaid-ny")).plan(PlanId.of("ny-essential"))
            .addNetworks(NetworkId.of("ny-medicaid-mco")).build(), true),
        ModalityPreference.of(PREFERRED, Set.of("sensate-focus")),
        TimePreference.of(REQUIRED, ZoneId.of("Europe/London"),
            List.of(WeeklyHours.of(Set.of(DayOfWeek.TUESDAY), LocalTime.of(18, 0),
                LocalTime.of(21, 0)))),
        RaceOrEthnicityPreference.of(REQUIRED, Set.of("Black", SENTINEL)),
        LgbtqIdentityPreference.of(PREFERRED, Set.of("queer", SENTINEL)),
        FaithPreference.of(REQUIRED, Set.of(FaithStance.integrating(SENTINEL))),
        PracticeCompetencePreference.of(PREFERRED, PracticeArea.SEX_WORK, CompetenceGrade.AWARE),
        AccessPreference.of(REQUIRED, AccessFeature.HEARING_LOOP),
        SignLanguagePreference.of(PREFERRED, Set.of(Locale.forLanguageTag("bfi"))));

    assertThat(preferences).extracting(Preference::kind)
        .containsExactly(PreferenceKind.values());
    assertThat(preferences).allSatisfy(p -> {
      String shown = p.toString();
      assertThat(shown).isEqualTo(p.getClass().getSimpleName().replace("Immutable", "") + "{"
          + p.strength().id() + "}");
    });
    assertThat(Arrays.asList(PreferenceKind.values())).hasSize(16);
    assertThat(preferences.toString()).doesNotContain(SENTINEL).doesNotContain("queer")
        .doesNotContain("Black");
  }

  @Test
  void identityTermsAreBoundedAndRefusedNamingTheFieldNeverTheTerm() {
    String tooLong = SENTINEL + "x".repeat(Limits.MAX_TERM_LENGTH);
    Set<String> tooMany = new java.util.HashSet<>();
    for (int i = 0; i <= Limits.MAX_TERMS; i++) {
      tooMany.add("term " + i);
    }

    assertThatThrownBy(() -> RaceOrEthnicityPreference.of(REQUIRED, Set.of(tooLong)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("racesOrEthnicities[0] ")
        .hasMessageNotContaining(SENTINEL);
    assertThatThrownBy(() -> LgbtqIdentityPreference.of(REQUIRED, Set.of("!?")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("identities[0] must hold a letter or digit");
    assertThatThrownBy(() -> LgbtqIdentityPreference.of(REQUIRED, tooMany))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("identities ");
    assertThatThrownBy(() -> LgbtqIdentityPreference.of(REQUIRED,
        new java.util.LinkedHashSet<>(List.of("Two-Spirit", "two spirit"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("identities[1] must not repeat a term");
    assertThatThrownBy(() -> RaceOrEthnicityPreference.of(REQUIRED, Set.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("racesOrEthnicities ");
  }

  @Test
  void aCompetencePreferenceAsksForAtLeastAwareness() {
    assertThatThrownBy(() -> PracticeCompetencePreference.of(REQUIRED, PracticeArea.ASEXUALITY,
        CompetenceGrade.NONE)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("minimum ");
  }

  @Test
  void faithAndSignLanguagePreferencesNeedSomethingToAccept() {
    assertThatThrownBy(() -> FaithPreference.of(REQUIRED, Set.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("stances ");
    assertThatThrownBy(() -> SignLanguagePreference.of(REQUIRED, Set.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("signLanguages ");
    assertThatThrownBy(() -> SignLanguagePreference.of(REQUIRED, Set.of(Locale.ROOT)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("signLanguages[0] must be a BCP 47 language tag");
  }

  @Test
  void distancePreferenceNeverShowsWhereTheClientIs() {
    InPersonDistancePreference near = InPersonDistancePreference.of(REQUIRED,
        Coordinates.of(40.7128, -74.006), 25);

    assertThat(near.toString()).doesNotContain("40.7").doesNotContain("25");
    assertThat(near.maximumKm()).isEqualTo(25);
  }

  @Test
  void distanceThatIsNotPositiveAndFiniteIsRejectedNamingTheField() {
    Coordinates here = Coordinates.of(51.5, -0.12);
    for (double km : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> InPersonDistancePreference.of(PREFERRED, here, km))
          .withMessageStartingWith("maximumKm ");
    }
  }

  @Test
  void negativeMaximumFeeIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeePreference.of(REQUIRED, USD, new BigDecimal("-1")))
        .withMessageStartingWith("maximumFee ");
    assertThat(FeePreference.of(REQUIRED, USD, BigDecimal.ZERO).maximumFee()).isZero();
  }

  @Test
  void malformedPlanIdIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PlanId.of("Blue Cross Gold"))
        .withMessageStartingWith("value ");
  }

  @Test
  void aCoverageShowsNothingOfTheClientsInsurance() {
    Coverage medicaid = Coverage.builder().payer(Payer.publicProgramme("us-medicaid-ny"))
        .plan(PlanId.of("ny-essential")).build();
    assertThat(medicaid.toString()).doesNotContain("medicaid").doesNotContain("essential");
    assertThat(InsurancePreference.of(REQUIRED, medicaid, true).toString())
        .isEqualTo("InsurancePreference{required}");
  }

  @Test
  void languagePreferenceNeedsAtLeastOneRealLanguage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LanguagePreference.of(REQUIRED, Set.of()))
        .withMessageStartingWith("languages ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LanguagePreference.of(REQUIRED, Set.of(Locale.ROOT)))
        .withMessageStartingWith("languages[0] must be a BCP 47 language tag");
  }

  @Test
  void modalityPreferenceNeedsAtLeastOneWellFormedId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ModalityPreference.of(PREFERRED, Set.of()))
        .withMessageStartingWith("modalityIds ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ModalityPreference.of(PREFERRED, Set.of("sensate focus")))
        .withMessageStartingWith("modalityIds ");
  }

  @Test
  void populationPreferenceNeedsAtLeastOnePopulation() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PopulationPreference.of(PREFERRED, Set.of()))
        .withMessageStartingWith("populations ");
  }

  @Test
  void therapistGenderPreferenceNeedsAtLeastOneTerm() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TherapistGenderPreference.of(REQUIRED, Set.of()))
        .withMessageStartingWith("acceptable ");
  }
}
