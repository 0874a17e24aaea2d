package org.sextherapy.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.code.CodeCatalogue;

class ConcernCatalogueTest {

  private final ConcernCatalogue standard = ConcernCatalogue.standard();

  @Test
  void sexAddictionFindsCompulsiveSexualBehaviour() {
    assertThat(standard.find("sex addiction"))
        .contains(StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR);
    assertThat(standard.find("  Sex   ADDICTION \t"))
        .contains(StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR);
    assertThat(standard.find("Compulsive sexual behaviour"))
        .contains(StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR);
    assertThat(standard.find("compulsive_sexual_behaviour"))
        .contains(StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR);
  }

  @Test
  void compulsiveSexualBehaviourIsNamedNeutrallyWithSexAddictionOnlyAsASynonym() {
    ConcernType csb = StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR;

    assertThat(csb.displayName().toLowerCase(Locale.ROOT)).doesNotContain("addiction");
    assertThat(csb.synonyms()).contains("sex addiction");
    assertThat(csb.category()).isEqualTo(ConcernCategory.COMPULSIVE_BEHAVIOUR);
    assertThat(csb.codes()).containsExactly(CodeCatalogue.ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR);
  }

  @Test
  void lookupByIdIsExact() {
    assertThat(standard.byId("PAINFUL_SEX")).contains(StandardConcerns.PAINFUL_SEX);
    assertThat(standard.byId("painful_sex")).isEmpty();
    assertThat(standard.find("painful_sex")).contains(StandardConcerns.PAINFUL_SEX);
  }

  @Test
  void wordsNobodyUsesFindNothing() {
    assertThat(standard.find("gardening")).isEmpty();
    assertThat(standard.find("")).isEmpty();
  }

  @Test
  void catalogueCoversTheEightConcernsOfTheSeedArticle() {
    List<ConcernType> seed = List.of(
        StandardConcerns.LOW_SEXUAL_DESIRE, StandardConcerns.INTIMACY_AFTER_INFIDELITY,
        StandardConcerns.DESIRE_DISCREPANCY, StandardConcerns.INTIMACY_AFTER_CHILDREN,
        StandardConcerns.PAINFUL_SEX, StandardConcerns.DISTRESSING_PARAPHILIA,
        StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR, StandardConcerns.DIFFICULTY_REACHING_ORGASM);

    assertThat(StandardConcerns.all().subList(0, 8)).containsExactlyElementsOf(seed);
    assertThat(standard.concerns()).containsAll(seed);
    assertThat(standard.find("lack of sexual desire")).contains(seed.get(0));
    assertThat(standard.find("infidelity")).contains(seed.get(1));
    assertThat(standard.find("disparity in sex drives")).contains(seed.get(2));
    assertThat(standard.find("intimacy after having children")).contains(seed.get(3));
    assertThat(standard.find("painful intercourse")).contains(seed.get(4));
    assertThat(standard.find("paraphilia")).contains(seed.get(5));
    assertThat(standard.find("sex addiction")).contains(seed.get(6));
    assertThat(standard.find("difficulty achieving orgasm")).contains(seed.get(7));
  }

  @Test
  void catalogueCoversTheOtherConcernsOfTheDomainNotes() {
    assertThat(StandardConcerns.all()).contains(StandardConcerns.AROUSAL_DIFFICULTY,
        StandardConcerns.ERECTILE_DIFFICULTY, StandardConcerns.EARLY_EJACULATION,
        StandardConcerns.DELAYED_EJACULATION, StandardConcerns.SEXUAL_AVERSION,
        StandardConcerns.BODY_IMAGE, StandardConcerns.SEXUAL_TRAUMA,
        StandardConcerns.ILLNESS_OR_DISABILITY, StandardConcerns.MEDICATION_SIDE_EFFECTS,
        StandardConcerns.MENOPAUSE, StandardConcerns.AGEING,
        StandardConcerns.SEXUAL_COMMUNICATION, StandardConcerns.IDENTITY_EXPLORATION,
        StandardConcerns.CONSENSUAL_NON_MONOGAMY, StandardConcerns.KINK_RELATIONSHIP,
        StandardConcerns.SEXUAL_HEALTH_EDUCATION);
    assertThat(StandardConcerns.all()).doesNotHaveDuplicates();
  }

  @Test
  void relationalConcernsOfTheSeedAreRelationalAndPainAdvisesAMedicalEvaluation() {
    assertThat(StandardConcerns.INTIMACY_AFTER_INFIDELITY.relational()).isTrue();
    assertThat(StandardConcerns.DESIRE_DISCREPANCY.relational()).isTrue();
    assertThat(StandardConcerns.INTIMACY_AFTER_CHILDREN.relational()).isTrue();
    assertThat(StandardConcerns.LOW_SEXUAL_DESIRE.relational()).isFalse();
    assertThat(StandardConcerns.DESIRE_DISCREPANCY.codes()).isEmpty();
    assertThat(StandardConcerns.PAINFUL_SEX.medicalEvaluationAdvised()).isTrue();
    assertThat(StandardConcerns.PAINFUL_SEX.codes())
        .contains(CodeCatalogue.ICD11_SEXUAL_PAIN_PENETRATION);
  }

  @Test
  void noStandardConcernIsAnIdentity() {
    Set<String> identityWords = Set.of("gender", "orientation", "trans", "transgender",
        "non-binary", "nonbinary", "intersex", "gay", "lesbian", "bisexual", "homosexual",
        "homosexuality", "queer", "identity");

    assertThat(StandardConcerns.all()).allSatisfy(concern -> assertThat(concern.codes())
        .noneMatch(CodeCatalogue::isGenderIncongruence));
    assertThat(StandardConcerns.all())
        .filteredOn(concern -> concern != StandardConcerns.IDENTITY_EXPLORATION)
        .allSatisfy(concern -> {
          assertThat(concern.category()).isNotEqualTo(ConcernCategory.IDENTITY_EXPLORATION);
          Stream.concat(Stream.of(concern.id(), concern.displayName(), concern.category().id()),
              concern.synonyms().stream())
              .flatMap(text -> words(text).stream())
              .forEach(word -> assertThat(word).as("a word of %s", concern.id())
                  .isNotIn(identityWords));
        });
    assertThat(Arrays.stream(ConcernCategory.values()))
        .filteredOn(category -> category != ConcernCategory.IDENTITY_EXPLORATION)
        .allSatisfy(category -> assertThat(words(category.id())).doesNotContainAnyElementsOf(
            identityWords));
  }

  @Test
  void identityExplorationIsSupportOnlyAndCarriesNoCode() {
    ConcernType exploration = StandardConcerns.IDENTITY_EXPLORATION;

    assertThat(exploration.category()).isEqualTo(ConcernCategory.IDENTITY_EXPLORATION);
    assertThat(exploration.codes()).isEmpty();
  }

  @Test
  void applicationCanAddItsOwnConcernType() {
    ConcernType shame = ConcernType.builder().id("SEXUAL_SHAME").displayName("Sexual shame")
        .category(ConcernCategory.OTHER).relational(false)
        .addSynonyms("shame about sex", "feeling dirty about sex").build();

    ConcernCatalogue extended = standard.with(shame);

    assertThat(extended.find("Shame about SEX")).contains(shame);
    assertThat(extended.byId("SEXUAL_SHAME")).contains(shame);
    assertThat(extended.concerns()).hasSize(StandardConcerns.all().size() + 1).endsWith(shame);
    assertThat(extended.find("sex addiction"))
        .contains(StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR);
    assertThat(standard.find("shame about sex")).as("the standard catalogue is unchanged")
        .isEmpty();
    assertThat(standard.concerns()).hasSize(StandardConcerns.all().size());
  }

  @Test
  void addingAConcernWhoseSynonymIsTakenIsRejected() {
    ConcernType porn = ConcernType.builder().id("PORN_USE").displayName("Pornography use")
        .category(ConcernCategory.OTHER).relational(false).addSynonyms("Sex  Addiction").build();

    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> standard.with(porn))
        .satisfies(e -> assertThat(e.field()).isEqualTo("concern.synonyms[0]"))
        .withMessage("concern.synonyms[0] must not repeat an id, name or synonym of"
            + " COMPULSIVE_SEXUAL_BEHAVIOUR");
  }

  @Test
  void addingAConcernWhoseIdIsTakenIsRejected() {
    ConcernType again = ConcernType.builder().id("PAINFUL_SEX").displayName("Sore sex")
        .category(ConcernCategory.SEXUAL_PAIN).relational(false).build();

    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> standard.with(again))
        .satisfies(e -> assertThat(e.field()).isEqualTo("concern.id"))
        .withMessage("concern.id must not repeat the id of a concern type in the catalogue");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ConcernCatalogue.of(List.of(StandardConcerns.LOW_SEXUAL_DESIRE,
            StandardConcerns.PAINFUL_SEX, again)))
        .satisfies(e -> assertThat(e.field()).isEqualTo("concerns[2].id"));
  }

  @Test
  void addingAConcernWhoseDisplayNameIsAnotherConcernsSynonymIsRejected() {
    ConcernType kink = ConcernType.builder().id("BDSM_PRACTICE").displayName("BDSM")
        .category(ConcernCategory.OTHER).relational(false).build();

    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> standard.with(kink))
        .satisfies(e -> assertThat(e.field()).isEqualTo("concern.displayName"))
        .withMessageContaining("KINK_RELATIONSHIP");
  }

  @Test
  void aCatalogueOfOnlyTheApplicationsConcernsFindsNothingElse() {
    ConcernCatalogue own = ConcernCatalogue.of(List.of(StandardConcerns.PAINFUL_SEX));

    assertThat(own.find("vaginismus")).contains(StandardConcerns.PAINFUL_SEX);
    assertThat(own.find("sex addiction")).isEmpty();
    assertThat(own).hasToString("ConcernCatalogue{1 concern type}");
  }

  @Test
  void concernsOfACatalogueCannotBeModified() {
    List<ConcernType> concerns = standard.concerns();

    assertThat(concerns).isUnmodifiable();
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z-]+"))
        .flatMap(w -> Stream.concat(Stream.of(w), Arrays.stream(w.split("-"))))
        .filter(w -> !w.isEmpty()).collect(Collectors.toList());
  }
}
