package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.Strength;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.qualification.CertificationStatus;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;

/** What the scan's score bounds skip, and that every preference family bounds its points. */
class ScoreBoundsTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final Jurisdiction NY = Jurisdiction.parse("US-NY");

  private static TherapistProfile therapist(String id, ExpertiseLevel level, int years) {
    return TherapistProfile.builder().id(id).displayName("Dr " + id)
        .addFormats(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .addPopulations(Population.ADULTS)
        .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, level))
        .addLicences(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(NY)
            .number("L-" + id).status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2020, 1, 1))
            .build())
        .addLanguages(Locale.ENGLISH).acceptingNewClients(true).openCapacity(2)
        .training(TrainingRecord.builder().postDegreeExperienceYears(years).build()).build();
  }

  @Test
  void aBlockOfNewGeneralistsIsNotScoredOnceThreeSeasonedSpecialistsHoldTheTopThree() {
    // The directory's first 64 therapists (one block) are specialists in painful sex with ten
    // years' experience; the next 64 declare it at the general level, newly qualified. Once the
    // first block has filled the top three, no therapist of the second can reach the third score.
    List<TherapistProfile> profiles = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      profiles.add(therapist("specialist-" + i, ExpertiseLevel.SPECIALIST, 10));
    }
    for (int i = 0; i < 64; i++) {
      profiles.add(therapist("generalist-" + i, ExpertiseLevel.GENERAL, 0));
    }
    ClientRequest request = ClientRequest.builder().id("req-1").sessionJurisdiction(NY)
        .format(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX))
        .addParticipants(Participant.of("p1", AgeBracket.ADULT)).build();
    PackedDirectory directory = PackedDirectory.build(profiles, PracticeAuthorisation.standard());
    Query query = new Query(directory, directory.availability(), request, DATE,
        MatchPolicy.defaults(), Matcher.standard().ethicsReview());

    TopK top = new TopK(3, TieBreak.requestState(request.id()), directory);
    int[] counts = new int[HardConstraint.values().length];
    query.scan(0, directory.size(), top, counts, true);
    MatchResult bounded = query.run(3, 1);
    MatchResult everyone = query.runScoringEveryone(3, 1);

    assertThat(top.offered).as("therapists scored").isEqualTo(64);
    assertThat(bounded).isEqualTo(everyone);
    assertThat(bounded.eligible()).isEqualTo(128);
    assertThat(bounded.matches()).extracting(m -> m.therapistId()).allMatch(
        id -> id.startsWith("specialist-"));
  }

  /**
   * Fails when a preference family's bound falls below the points it awards (a new family whose
   * {@link Criterion#most} was written as a placeholder, say), and when the random directories
   * never let a profile meet a kind, so that the check cannot pass vacuously.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(PreferenceKind.class)
  void everyPreferenceFamilyBoundsThePointsItAwards(PreferenceKind kind) {
    int met = 0;
    for (long seed = 0; seed < 150; seed++) {
      RandomValues random = new RandomValues(seed);
      List<TherapistProfile> profiles = random.profiles(40 + random.nextInt(120));
      ClientRequest request = random.requestFor(random.oneOf(profiles));
      LocalDate date = RandomValues.TODAY.plusDays(random.nextInt(200) - 100);
      MatchPolicy policy = random.chance(0.5) ? MatchPolicy.defaults() : random.matchPolicy();
      // A time preference is met only by profiles that state hours: give some of them hours.
      if (kind == PreferenceKind.TIME) {
        profiles = profiles.stream().map(p -> random.chance(0.6)
            ? Copies.builderOf(p).availability(random.availability()).build() : p).toList();
      }
      Preference preference = random.preference(kind, Strength.PREFERRED);
      PackedDirectory d = PackedDirectory.build(profiles, PracticeAuthorisation.standard());
      int day = PackedDirectory.day(date);
      Places places = new Places(d, request, date);
      Criterion criterion = Criterion.compile(preference, d, places, day, date, request.format(),
          policy);
      long preferencePoints = policy.preferencePoints();
      for (int i = 0; i < d.size(); i++) {
        if (!criterion.met(i)) {
          continue;
        }
        met++;
        int w = i >>> 6;
        long points = criterion.points(i, preferencePoints);
        long word = d.size() - (w << 6) >= 64 ? -1L : (1L << (d.size() - (w << 6))) - 1;
        assertThat(criterion.most(w, 1L << i, preferencePoints)).as("seed %d, profile %d", seed, i)
            .isGreaterThanOrEqualTo(points);
        assertThat(criterion.most(w, word, preferencePoints)).as("seed %d, word %d", seed, w)
            .isGreaterThanOrEqualTo(points);
      }
    }
    assertThat(met).as("profiles meeting a %s preference", kind).isPositive();
  }

  @Test
  void eachBlockHoldsTheMostOfItsTherapists() {
    RandomValues random = new RandomValues(7);
    List<TherapistProfile> profiles = random.profiles(300);
    PackedDirectory d = PackedDirectory.build(profiles, PracticeAuthorisation.standard());
    ScoreBounds bounds = d.bounds;

    for (int w = 0; w < PackedDirectory.words(d.size()); w++) {
      int years = 0;
      int confirmed = PackedDirectory.NEVER_CONFIRMED;
      for (int i = w << 6; i < Math.min(d.size(), (w + 1) << 6); i++) {
        years = Math.max(years, d.experienceYears(i));
        confirmed = Math.max(confirmed, d.confirmedDay[i]);
        long bit = 1L << i;
        // Packed positions follow the scan order, not the order given: go by id.
        String id = d.id(i);
        TherapistProfile profile = profiles.stream().filter(p -> p.id().equals(id))
            .findFirst().orElseThrow();
        assertThat((bounds.measured[w] & bit) != 0).as("profile %d has records", i)
            .isEqualTo(!profile.outcomes().isEmpty());
        int[] best = new int[ScoreBounds.GROUPS];
        for (int q = d.outcomes.start[i]; q < d.outcomes.start[i + 1];
            q += OutcomeColumns.WIDTH) {
          assertThat((int) bounds.excess[w]).as("profile %d's records", i)
              .isGreaterThanOrEqualTo(ScoreBounds.excess(d.outcomes, q, 0));
          int shrunk = ScoreBounds.excess(d.outcomes, q, ScoreBounds.PRIOR);
          assertThat((int) bounds.shrunkExcess[w]).as("profile %d's records, shrunk", i)
              .isGreaterThanOrEqualTo(shrunk);
          // From the record's concern id: the group the matcher looks the concern up in.
          String concern = d.outcomes.keyConcern[d.outcomes.data[q]];
          if (d.concernIndex.containsKey(concern)) {
            int group = ScoreBounds.group(d.concernIndex.get(concern));
            best[group] = Math.max(best[group], shrunk);
          }
        }
        // The profile's own bound per concern group: its best record's in a concern of the group,
        // rounded up to a whole unit (0 for a group without records).
        for (int group = 0; group < ScoreBounds.GROUPS; group++) {
          assertThat(bounds.excessOf(i, group, true)).as("profile %d's bound, group %d", i, group)
              .isGreaterThanOrEqualTo(best[group])
              .isLessThan(best[group] + ScoreBounds.EXCESS_UNIT);
          assertThat(bounds.excessOf(i, group, false)).isEqualTo((int) bounds.excess[w]);
        }
        // From the profile, not the packed blob: the matcher's certification test reads the bit.
        for (LocalDate date = DATE.minusYears(6); date.isBefore(DATE.plusYears(6));
            date = date.plusDays(61)) {
          LocalDate on = date;
          if (profile.certifications().stream().anyMatch(
              c -> c.credential().kind() == CredentialKind.SEX_THERAPIST
                  && c.statusOn(on, profile.certifications()) == CertificationStatus.CURRENT)) {
            assertThat(bounds.certified[w] & bit).as("profile %d certified on %s", i, on)
                .isNotZero();
          }
        }
      }
      assertThat(bounds.experienceYears(w)).isEqualTo(years);
      assertThat(bounds.confirmedDay[w]).isEqualTo(confirmed);
    }
    assertThat(java.util.Arrays.stream(bounds.certified).anyMatch(word -> word != 0))
        .as("some therapist certified").isTrue();
    assertThat(new String(bounds.excess).chars().anyMatch(excess -> excess > 0))
        .as("some block with a record above the directory's rate").isTrue();
  }

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /**
   * The block's excess rate bounds the measured points of every record in it, under every prior
   * strength and span: shrinking only brings a rate closer to the directory's; and the excess of
   * the rate shrunk by {@link ScoreBounds#PRIOR} courses bounds them under every prior at least as
   * strong. Random records and
   * directory totals, including huge ones that take the big-integer paths, and records at, below
   * and far above the directory's rate.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theExcessRateBoundsTheMeasuredPointsUnderEveryPolicy(long seed) {
    RandomValues random = new RandomValues(seed);
    for (int r = 0; r < 200; r++) {
      long n = random.chance(0.1) ? 0 : 1 + random.nextInt(random.chance(0.5) ? 20 : 5000);
      long k = n == 0 ? 0 : random.nextInt((int) n + 1);
      long directoryCourses = n + (random.chance(0.05)
          ? (long) random.nextInt(Integer.MAX_VALUE) * random.nextInt(Integer.MAX_VALUE)
          : random.nextInt(1_000_000));
      long directoryImproved = random.chance(0.1) ? 0
          : (long) (directoryCourses * (random.nextInt(1001) / 1000.0));
      directoryImproved = Math.min(directoryCourses, Math.max(k, directoryImproved));
      int excess = ScoreBounds.excess(n, k, directoryCourses, directoryImproved, 0);
      assertThat(excess).isBetween(0, 10_000);
      long share = (long) (1 + random.nextInt(3)) * random.nextInt(200) * random.nextInt(101);
      int span = 1 + random.nextInt(100);
      int prior = random.chance(0.2) ? 0 : random.chance(0.3) ? ScoreBounds.PRIOR
          : random.nextInt(200);
      long points = OutcomeScore.points(share, span, prior, n, k, directoryCourses,
          directoryImproved);
      assertThat(OutcomeScore.atMost(share, span, excess))
          .as("share %d span %d prior %d, %d of %d against %d of %d", share, span, prior, k, n,
              directoryImproved, directoryCourses)
          .isGreaterThanOrEqualTo(points)
          .isLessThanOrEqualTo(OutcomeScore.most(share));
      // The shrunk bound, which the scan uses under a prior at least as strong as its own.
      int shrunk = ScoreBounds.excess(n, k, directoryCourses, directoryImproved,
          ScoreBounds.PRIOR);
      assertThat(shrunk).isBetween(0, excess);
      if (prior >= ScoreBounds.PRIOR) {
        assertThat(OutcomeScore.atMost(share, span, shrunk))
            .as("shrunk: share %d span %d prior %d, %d of %d against %d of %d", share, span,
                prior, k, n, directoryImproved, directoryCourses)
            .isGreaterThanOrEqualTo(points);
      }
    }
  }
}
