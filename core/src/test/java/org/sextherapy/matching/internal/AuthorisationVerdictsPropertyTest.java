package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticDirectory;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Authorisation verdicts carried from one date to another (a situation met again on a new date
 * starts from its verdicts on a cached date, less the profiles whose grants start or end in
 * between) are the rule object's verdicts on the new date ({@link PracticeAuthorisation#decide},
 * place by place), one profile at a time and a word at a time, over a walk of dates in random
 * order: the first and last days of the directory's grants and the days either side (where
 * licences lapse and privileges start), days years apart, and dates met before.
 */
class AuthorisationVerdictsPropertyTest {

  private static final PracticeAuthorisation RULES = PracticeAuthorisation.standard();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** Dates around the profiles' grant changes, far apart, and some met twice, in random order. */
  private static List<LocalDate> walk(RandomValues random, List<TherapistProfile> profiles) {
    List<LocalDate> dates = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      List<Grant> grants = RULES.grants(random.oneOf(profiles));
      if (grants.isEmpty() || random.chance(0.25)) {
        dates.add(RandomValues.TODAY.plusDays(random.nextInt(6000) - 3000));
        continue;
      }
      Grant grant = random.oneOf(grants);
      LocalDate edge = random.chance(0.5) || grant.validUntil().isEmpty() ? grant.validFrom()
          : grant.validUntil().get();
      dates.add(edge.plusDays(random.nextInt(3) - 1));
    }
    dates.add(random.oneOf(dates));
    dates.add(random.oneOf(dates).plusDays(1));
    return dates;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void carriedVerdictsAreTheRuleObjectsOnEveryDate(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> profiles;
    List<ClientRequest> requests;
    if (seed % 3 == 2) {
      RealisticDirectory generator = new RealisticDirectory(seed,
          seed % 2 == 0 ? Distribution.REALISTIC : Distribution.DENSE);
      profiles = generator.profiles(64 + random.nextInt(400));
      requests = generator.requests(4);
    } else {
      profiles = random.profiles(20 + random.nextInt(200));
      requests = List.of(random.request(), random.requestFor(random.oneOf(profiles)),
          random.requestFor(random.oneOf(profiles)));
    }
    PackedDirectory d = PackedDirectory.build(profiles, RULES);
    int[] index = new int[profiles.size()];
    for (int p = 0; p < index.length; p++) {
      index[p] = d.indexOf(profiles.get(p).id());
    }
    for (LocalDate date : walk(random, profiles)) {
      for (ClientRequest request : requests) {
        Places places = new Places(d, request, date);
        long[] expected = new long[d.words];
        for (int p = 0; p < index.length; p++) {
          if (PackedGrantPropertyTest.authorised(profiles.get(p), request, date)) {
            expected[index[p] >>> 6] |= 1L << index[p];
          }
        }
        // Half the words a word at a time, as the scan asks, then every profile alone.
        for (int w = 0; w < d.words; w += 2) {
          assertThat(places.authorised(w, valid(d, w)))
              .as("word %d of %s on %s", w, request.id(), date).isEqualTo(expected[w]);
        }
        for (int p = 0; p < index.length; p++) {
          assertThat(places.authorised(index[p]))
              .as("%s for %s on %s", profiles.get(p).id(), request.id(), date)
              .isEqualTo((expected[index[p] >>> 6] & (1L << index[p])) != 0);
        }
      }
    }
  }

  private static long valid(PackedDirectory d, int w) {
    int size = Math.min(64, d.size() - (w << 6));
    return size == 64 ? -1L : (1L << size) - 1;
  }

  @Test
  void aNewDateStartsFromTheVerdictsOfTheSameSituationOnACachedDate() {
    RealisticDirectory generator = new RealisticDirectory(11L, Distribution.DENSE);
    List<TherapistProfile> profiles = generator.profiles(2_000);
    PackedDirectory d = PackedDirectory.build(profiles, RULES);
    Set<Jurisdiction> places = Set.of(Jurisdiction.parse("US-CA"));
    LocalDate today = RealisticDirectory.DATE;
    AuthorisationVerdicts.InSituation first =
        d.authorisations.in(places, 1, false, today.toEpochDay());
    for (int i = 0; i < d.size(); i++) {
      first.record(i, (i & 1) == 0);
    }
    AuthorisationVerdicts.InSituation next =
        d.authorisations.in(places, 1, false, today.plusDays(1).toEpochDay());
    ChangeDays changes = d.grantChanges();
    long[] changed = new long[d.words];
    changes.forEachBetween(today.toEpochDay(), today.plusDays(1).toEpochDay(),
        i -> changed[i >>> 6] |= 1L << i);
    int carried = 0;
    for (int w = 0; w < d.words; w++) {
      assertThat(next.known(w)).as("word %d", w).isEqualTo(first.known(w) & ~changed[w]);
      assertThat(next.authorised(w)).isEqualTo(first.authorised(w) & ~changed[w]);
      carried += Long.bitCount(next.known(w));
    }
    assertThat(carried).as("most verdicts carried to the next day")
        .isGreaterThan(d.size() * 9 / 10);
    assertThat(d.authorisations.in(places, 1, true, today.plusDays(1).toEpochDay()).known(0))
        .as("another situation starts afresh").isZero();
  }
}
