package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.CaseloadAssigner;
import org.sextherapy.assignment.Placement;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicalRule;
import org.sextherapy.ethics.EthicalRules;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.ethics.ReviewSubject;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.validation.Severity;

/**
 * The offer is the breach (ethical rule 1): a generated profile that advertises a conversion
 * practice in its display name or title, offers a conversion-named
 * modality, a modality described as a conversion practice in plain words, or a modality whose
 * structured aim changes, suppresses or denies identity never appears in a match result or an
 * assignment, whether the gate is the standard review or a stricter caller's review.
 */
class ConversionIsNeverMatchedPropertyTest {

  private static final List<String> CONVERSION_NAMES = List.of("Conversion therapy",
      "Reparative Therapy", "Reintegrative therapy", "SOCE counselling", "Ex-gay ministry",
      "Sexual reorientation coaching", "Gender-critical therapy", "Pray the gay away retreat");
  private static final List<String> CONVERSION_DESCRIPTIONS = List.of(
      "Coaching to help you overcome unwanted same-sex attraction.",
      "We help clients stop being attracted to the same sex.",
      "Support to accept the sex assigned at birth.",
      "Gentle guidance to stop identifying as transgender.",
      "Programme to develop heterosexual attraction.",
      "Counselling to reduce homosexual urges.");

  /** A stricter caller's review: wording is an error, and every profile must publish its fees. */
  private static final EthicsReview STRICTER = EthicsReview.standard()
      .withSeverity(EthicalRules.NO_CONVERSION_PRACTICE_TERMS.id(), Severity.ERROR)
      .withRule(EthicalRule.builder().id("clinic.fees-published")
          .statement("Every profile publishes its fees.").source("Clinic policy")
          .defaultSeverity(Severity.ERROR).addAppliesTo(ReviewSubject.PROFILE)
          .profileCheck((profile, date, context) -> profile.fees().isEmpty()
              ? List.of(context.violation("$.fees", "no fees are published")) : List.of())
          .build());

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** A directory in which about a third of the profiles offer a conversion practice. */
  private static final class Case {
    final List<TherapistProfile> profiles = new ArrayList<>();
    final List<TherapistProfile> clean = new ArrayList<>();
    final Set<String> offending = new HashSet<>();
    final List<ClientRequest> requests = new ArrayList<>();
    final LocalDate date;

    Case(long seed) {
      RandomValues random = new RandomValues(seed);
      for (TherapistProfile profile : MatchingValues.directory(random, 10 + random.nextInt(30))) {
        clean.add(profile);
        if (random.chance(0.35) || offending.isEmpty()) {
          profiles.add(advertise(random, Copies.builderOf(profile)).build());
          offending.add(profile.id());
        } else {
          profiles.add(profile);
        }
      }
      for (int r = 0; r < 6; r++) {
        requests.add(random.requestFor(random.oneOf(clean)));
      }
      date = RandomValues.TODAY;
    }

    /** Offers a conversion practice as a modality, or advertises it in the name or title. */
    private static TherapistProfile.Builder advertise(RandomValues random,
        TherapistProfile.Builder profile) {
      switch (random.nextInt(4)) {
        case 0:
          return profile.displayName(random.oneOf(CONVERSION_NAMES) + " Centre");
        case 1:
          return profile.title(random.oneOf(CONVERSION_NAMES) + " counsellor");
        default:
          return profile.addModalities(offer(random));
      }
    }

    private static Modality offer(RandomValues random) {
      Aim benign = Aim.of(Focus.INTIMACY, Intent.IMPROVE);
      switch (random.nextInt(3)) {
        case 0:
          return Modality.of("offered-conversion", random.oneOf(CONVERSION_NAMES),
              Set.of(benign));
        case 1:
          return Modality.of("offered-coaching", "Life coaching", Set.of(benign),
              random.oneOf(CONVERSION_DESCRIPTIONS));
        default:
          Focus focus = random.oneOf(List.of(Focus.SEXUAL_ORIENTATION, Focus.GENDER_IDENTITY,
              Focus.GENDER_EXPRESSION));
          Intent intent = random.oneOf(List.of(Intent.CHANGE, Intent.SUPPRESS, Intent.DENY));
          return Modality.of("offered-aim", "Individual support", Set.of(Aim.of(focus, intent)));
      }
    }
  }

  private static Set<String> matched(Matcher matcher, List<TherapistProfile> profiles,
      List<ClientRequest> requests, LocalDate date) {
    TherapistDirectory directory = TherapistDirectory.of(profiles);
    Set<String> ids = new HashSet<>();
    for (ClientRequest request : requests) {
      for (Match match : matcher.match(request, directory, date, profiles.size()).matches()) {
        ids.add(match.therapistId());
      }
    }
    return ids;
  }

  private static Set<String> placed(Assignment assignment) {
    Set<String> ids = new HashSet<>();
    for (Placement placement : assignment.placements()) {
      placement.therapistId().ifPresent(ids::add);
    }
    return ids;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aProfileOfferingAConversionPracticeIsNeverMatchedWithTheStandardOrAStricterReview(
      long seed) {
    Case c = new Case(seed);
    for (Matcher matcher : List.of(Matcher.standard(),
        Matcher.standard().withEthicsReview(STRICTER))) {
      assertThat(matched(matcher, c.profiles, c.requests, c.date))
          .as("matched with %s", matcher).doesNotContainAnyElementsOf(c.offending);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aProfileOfferingAConversionPracticeIsNeverAssignedWithTheStandardOrAStricterReview(
      long seed) {
    Case c = new Case(seed);
    for (CaseloadAssigner assigner : List.of(CaseloadAssigner.standard(),
        CaseloadAssigner.standard().withEthicsReview(STRICTER))) {
      assertThat(placed(assigner.assign(c.requests, c.profiles, c.date)))
          .as("placed with %s", assigner).doesNotContainAnyElementsOf(c.offending);
    }
  }

  @Test
  void withoutTheirConversionOfferTheSameProfilesWouldOftenBeMatched() {
    int wouldMatch = 0;
    for (long seed = 0; seed < 200; seed++) {
      Case c = new Case(seed);
      Set<String> cleanMatches = matched(Matcher.standard(), c.clean, c.requests, c.date);
      cleanMatches.retainAll(c.offending);
      wouldMatch += cleanMatches.isEmpty() ? 0 : 1;
    }
    assertThat(wouldMatch).as("seeds where an offending profile would otherwise match")
        .isGreaterThan(50);
  }

  @Test
  void theStricterReviewKeepsOutWhatTheStandardOneLetsThrough() {
    int stricterOnly = 0;
    for (long seed = 0; seed < 100; seed++) {
      Case c = new Case(seed);
      Set<String> standard = matched(Matcher.standard(), c.profiles, c.requests, c.date);
      Set<String> stricter = matched(Matcher.standard().withEthicsReview(STRICTER), c.profiles,
          c.requests, c.date);
      assertThat(standard).containsAll(stricter);
      stricterOnly += standard.size() > stricter.size() ? 1 : 0;
    }
    assertThat(stricterOnly).as("seeds where the stricter review kept out more").isPositive();
  }
}
