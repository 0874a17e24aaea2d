package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.location.Coordinates;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;

/** The packed layout's own guarantees, which the model's enumerations could outgrow. */
class PackedDirectoryTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @Test
  void theExperienceColumnHoldsEveryYearAPolicyMayCount() {
    assertThat(PackedDirectory.EXPERIENCE_MAX)
        .isGreaterThanOrEqualTo(MatchPolicy.MAX_EXPERIENCE_YEARS);
  }

  @Test
  void everyEnumeratedFamilyHasOneFlagSetPerConstantSizedFromItsEnum() {
    // The sets follow the enums: a new constant shifts the later families, it never overflows.
    assertThat(PackedDirectory.DELIVERY_SET - PackedDirectory.FORMAT_SET)
        .isEqualTo(SessionFormat.values().length);
    assertThat(PackedDirectory.POPULATION_SET - PackedDirectory.DELIVERY_SET)
        .isEqualTo(Delivery.values().length);
    assertThat(PackedDirectory.GENDER_SET - PackedDirectory.POPULATION_SET)
        .isEqualTo(Population.values().length);
    assertThat(PackedDirectory.SLIDING_SCALE_SET - PackedDirectory.GENDER_SET)
        .isEqualTo(GenderTerm.values().length);
    assertThat(PackedDirectory.SUPERBILL_SET - PackedDirectory.SLIDING_SCALE_SET)
        .as("a sliding-scale set per session format").isEqualTo(SessionFormat.values().length);
    assertThat(PackedDirectory.DISCIPLINE_SET).isEqualTo(PackedDirectory.SUPERBILL_SET + 1);
    assertThat(PackedDirectory.FLAG_SETS - PackedDirectory.DISCIPLINE_SET)
        .as("a set per discipline").isEqualTo(Discipline.values().length);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFlagSetHoldsExactlyTheProfilesWithThatConstant(long seed) {
    List<TherapistProfile> profiles = new RandomValues(seed).profiles(70);
    PackedDirectory d = PackedDirectory.build(profiles, PracticeAuthorisation.standard());
    for (TherapistProfile p : profiles) {
      // Packed positions follow the scan order, not the order given: go by id.
      int i = d.indexOf(p.id());
      for (SessionFormat format : SessionFormat.values()) {
        assertThat(d.in(PackedDirectory.FORMAT_SET + format.ordinal(), i))
            .isEqualTo(p.formats().contains(format));
      }
      for (Delivery delivery : Delivery.values()) {
        assertThat(d.in(PackedDirectory.DELIVERY_SET + delivery.ordinal(), i))
            .isEqualTo(p.deliveries().contains(delivery));
      }
      for (Population population : Population.values()) {
        assertThat(d.in(PackedDirectory.POPULATION_SET + population.ordinal(), i))
            .isEqualTo(p.populations().contains(population));
      }
      for (GenderTerm term : GenderTerm.values()) {
        assertThat(d.in(PackedDirectory.GENDER_SET + term.ordinal(), i))
            .isEqualTo(p.gender().map(g -> g.terms().contains(term)).orElse(false));
      }
      for (SessionFormat format : SessionFormat.values()) {
        assertThat(d.in(PackedDirectory.SLIDING_SCALE_SET + format.ordinal(), i))
            .isEqualTo(p.fees().map(f -> f.slidingScaleFor(format)).orElse(false));
      }
      assertThat(d.in(PackedDirectory.SUPERBILL_SET, i))
          .isEqualTo(p.fees().map(f -> f.superbills()).orElse(false));
      for (Discipline discipline : Discipline.values()) {
        assertThat(d.in(PackedDirectory.DISCIPLINE_SET + discipline.ordinal(), i))
            .isEqualTo(PracticeAuthorisation.disciplines(p).contains(discipline));
      }
      int years = p.training().map(t -> t.postDegreeExperienceYears()).orElse(0);
      assertThat(d.experienceYears(i))
          .isEqualTo(Math.min(Math.max(years, 0), PackedDirectory.EXPERIENCE_MAX));
    }
  }

  @Test
  void everyTherapistIsFoundByIdAndNoOtherId() {
    List<TherapistProfile> profiles = new RandomValues(3).profiles(5000);
    PackedDirectory directory = PackedDirectory.build(profiles, PracticeAuthorisation.standard());
    java.util.Set<Integer> positions = new java.util.HashSet<>();
    for (TherapistProfile profile : profiles) {
      int i = directory.indexOf(profile.id());
      assertThat(directory.id(i)).isEqualTo(profile.id());
      positions.add(i);
    }
    assertThat(positions).hasSize(profiles.size());
    assertThat(directory.indexOf("th-absent")).isEqualTo(-1);
    assertThat(directory.indexOf("")).isEqualTo(-1);
    assertThat(PackedDirectory.build(List.of(), PracticeAuthorisation.standard()).indexOf("th-1")).isEqualTo(-1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void distanceFromPackedFloatCoordinatesStaysWithinTheSlackOfTheExactDistance(long seed) {
    RandomValues random = new RandomValues(seed);
    Coordinates from = Coordinates.of(random.nextInt(180_000) / 1000.0 - 90,
        random.nextInt(360_000) / 1000.0 - 180);
    Coordinates to = random.chance(0.5) ? random.coordinates()
        : Coordinates.of(random.nextInt(180_000) / 1000.0 - 90 + 1e-4,
            random.nextInt(360_000) / 1000.0 - 180 + 1e-4);
    double exact = from.distanceKm(to);
    double approximate = DistanceCriterion.haversineKm(from.latitude(), from.longitude(),
        (float) to.latitude(), (float) to.longitude());
    assertThat(Math.abs(approximate - exact)).isLessThan(DistanceCriterion.SLACK_KM / 10);
  }
}
