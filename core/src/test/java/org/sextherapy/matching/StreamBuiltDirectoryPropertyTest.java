package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicalRules;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.matching.bench.RealisticData;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;

/**
 * A directory built from a stream of profiles, which keeps none of them, matches exactly as one
 * built from a list: the same matches with the same scores and reasons, the same exclusion
 * counts, the same "why not" for every therapist, under the standard review and under reviews that
 * chose other severities.
 */
class StreamBuiltDirectoryPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** A review the seed picks: the standard one, or one that chose stricter or fewer rules. */
  private static EthicsReview review(RandomValues random) {
    return switch (random.nextInt(4)) {
      case 0 -> EthicsReview.standard()
          .withSeverity(EthicalRules.CERTIFICATION_CURRENT.id(), Severity.ERROR);
      case 1 -> EthicsReview.standard()
          .withSeverity(EthicalRules.CST_PREREQUISITES_RECORDED.id(), Severity.ERROR)
          .withoutRule(EthicalRules.CERTIFICATION_NEEDS_LICENCE.id());
      default -> EthicsReview.standard();
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aStreamBuiltDirectoryReturnsExactlyWhatAListBuiltOneReturns(long seed) {
    MatcherPropertyTest.Case c = new MatcherPropertyTest.Case(seed);
    Matcher matcher = Matcher.of(c.policy).withEthicsReview(review(c.random));
    List<TherapistProfile> shuffled = new ArrayList<>(c.profiles);
    Collections.shuffle(shuffled, new Random(seed));
    TherapistDirectory listed = TherapistDirectory.of(c.profiles);
    TherapistDirectory streamed = seed % 2 == 0 ? TherapistDirectory.of(shuffled.stream())
        : TherapistDirectory.builder().addAll(shuffled.iterator()).build();

    MatchResult expected = matcher.match(c.request, listed, c.date, c.k);
    assertThat(matcher.match(c.request, streamed, c.date, c.k)).isEqualTo(expected);
    for (TherapistProfile therapist : c.profiles.subList(0, Math.min(30, c.profiles.size()))) {
      assertThat(matcher.whyNot(c.request, streamed, therapist.id(), c.date))
          .as(therapist.id())
          .isEqualTo(matcher.whyNot(c.request, listed, therapist.id(), c.date));
    }
    for (TherapistProfile therapist : c.profiles) {
      assertThat(streamed.contains(therapist.id())).isTrue();
      assertThat(streamed.isAvailable(therapist.id()))
          .isEqualTo(listed.isAvailable(therapist.id()));
    }
    assertThat(streamed.size()).isEqualTo(listed.size());
    assertThat(streamed.packedBytes()).isEqualTo(listed.packedBytes());
    assertThat(streamed.sideBytes()).isEqualTo(listed.sideBytes());
    assertThat(streamed.outcomeBytes()).isEqualTo(listed.outcomeBytes());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void availabilityChangesTheSameWayOnAStreamBuiltDirectory(long seed) {
    MatcherPropertyTest.Case c = new MatcherPropertyTest.Case(seed);
    TherapistProfile changed = c.random.oneOf(c.profiles);
    boolean accepting = c.random.chance(0.5);
    TherapistDirectory listed = TherapistDirectory.of(c.profiles)
        .withAvailability(changed.id(), accepting, 1);
    TherapistDirectory streamed = TherapistDirectory.of(c.profiles.stream())
        .withAvailability(changed.id(), accepting, 1);

    assertThat(streamed.isAvailable(changed.id())).isEqualTo(accepting);
    assertThat(Matcher.of(c.policy).match(c.request, streamed, c.date, c.k))
        .isEqualTo(Matcher.of(c.policy).match(c.request, listed, c.date, c.k));
  }

  @Test
  void aDirectoryOfSeveralChunksMatchesAsItsListBuiltTwin() {
    // 40,000 profiles span three chunks of 16,384, packed while the next ones are added.
    RealisticData.Sample sample = RealisticData.generate(20261206L, 40_000, 40);
    List<TherapistProfile> profiles = sample.profiles();
    TherapistDirectory listed = TherapistDirectory.of(profiles);
    TherapistDirectory streamed = TherapistDirectory.of(profiles.stream());
    for (int r = 0; r < sample.requests().size(); r++) {
      ClientRequest request = sample.requests().get(r);
      TherapistProfile someone = profiles.get(r * 997);
      assertThat(Matcher.standard().match(request, streamed, RealisticData.DATE, 10))
          .isEqualTo(Matcher.standard().match(request, listed, RealisticData.DATE, 10));
      assertThat(Matcher.standard().whyNot(request, streamed, someone.id(), RealisticData.DATE))
          .isEqualTo(Matcher.standard().whyNot(request, listed, someone.id(), RealisticData.DATE));
    }
    assertThat(streamed.packedBytes()).isEqualTo(listed.packedBytes());
  }

  @Test
  void aRepeatedIdIsRefusedByItsPositionNeverByTheId() {
    List<TherapistProfile> profiles = new RandomValues(11).profiles(30);
    List<TherapistProfile> repeated = new ArrayList<>(profiles);
    repeated.add(profiles.get(4));
    String id = profiles.get(4).id();

    assertThatThrownBy(() -> TherapistDirectory.of(repeated.stream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profiles[30].id must be unique in the directory")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(id));
    assertThatThrownBy(() -> TherapistDirectory.builder().addAll(repeated.iterator()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profiles[30].id must be unique in the directory");
  }

  @Test
  void aBuilderBuildsOneDirectoryAndKeepsProfilesOnlyWhenToldBeforehand() {
    List<TherapistProfile> profiles = new RandomValues(12).profiles(3);
    TherapistDirectory.Builder builder = TherapistDirectory.builder(PracticeAuthorisation.standard())
        .add(profiles.get(0));

    assertThatThrownBy(builder::keepProfiles).isInstanceOf(IllegalStateException.class);
    assertThat(builder.build().size()).isEqualTo(1);
    assertThatThrownBy(() -> builder.add(profiles.get(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
  }

  /** A clinic's review with a profile rule of its own (the gate test's clinic). */
  private static final EthicsReview CLINIC = TheGateBelongsToTheCallerTest.CLINIC;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aReviewWithItsOwnProfileRuleNeedsTheProfilesKept(long seed) {
    MatcherPropertyTest.Case c = new MatcherPropertyTest.Case(seed);
    Matcher clinic = Matcher.of(c.policy).withEthicsReview(CLINIC);
    TherapistDirectory kept = TherapistDirectory.builder().keepProfiles()
        .addAll(c.profiles.iterator()).build();
    TherapistDirectory streamed = TherapistDirectory.of(c.profiles.iterator());

    assertThat(clinic.match(c.request, kept, c.date, c.k))
        .isEqualTo(clinic.match(c.request, TherapistDirectory.of(c.profiles), c.date, c.k));
    assertThatThrownBy(() -> clinic.match(c.request, streamed, c.date, c.k))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("review has a profile rule of its own");
  }
}
