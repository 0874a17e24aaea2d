package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/** One directory index shared by many threads answers exactly as one thread does. */
class MatcherConcurrencyTest {

  private static List<ClientRequest> requests(RandomValues random, List<TherapistProfile> profiles,
      int n) {
    List<ClientRequest> requests = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      requests.add(random.chance(0.25) ? random.request()
          : random.requestFor(random.oneOf(profiles)));
    }
    return requests;
  }

  @Test
  void manyThreadsQueryingOneDirectoryGetTheSameAnswersAsOneThread() throws Exception {
    RandomValues random = new RandomValues(42);
    List<TherapistProfile> profiles = random.profiles(3000);
    List<ClientRequest> requests = requests(random, profiles, 300);
    LocalDate date = RandomValues.TODAY;
    List<MatchResult> expected = new ArrayList<>();
    TherapistDirectory alone = TherapistDirectory.of(profiles);
    for (ClientRequest request : requests) {
      expected.add(Matcher.standard().match(request, alone, date, 10));
    }

    TherapistDirectory shared = TherapistDirectory.of(profiles);
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long seed = t;
        Callable<List<String>> worker = () -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < requests.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int i : order) {
            MatchResult result = Matcher.standard().match(requests.get(i), shared, date, 10);
            if (!result.equals(expected.get(i))) {
              mismatches.add(requests.get(i).id());
            }
          }
          return mismatches;
        };
        futures.add(pool.submit(worker));
      }
      start.countDown();
      for (Future<List<String>> future : futures) {
        assertThat(future.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).anyMatch(result -> !result.matches().isEmpty());
  }

  @Test
  void aDirectoryCompiledInParallelChunksAndScannedInParallelRangesMatchesTheReference() {
    RandomValues random = new RandomValues(7);
    List<TherapistProfile> profiles = random.profiles(40_000);
    TherapistDirectory directory = TherapistDirectory.of(profiles);
    List<ClientRequest> requests = requests(random, profiles, 40);
    ReferenceMatcher reference = new ReferenceMatcher(MatchPolicy.defaults());
    for (ClientRequest request : requests) {
      MatchResult one = Matcher.standard().match(request, directory, RandomValues.TODAY, 25);
      ReferenceMatcher.Outcome expected = reference.match(request, profiles, RandomValues.TODAY);
      assertThat(one.matches()).containsExactlyElementsOf(expected.top(25));
      assertThat(one.excluded()).isEqualTo(expected.excluded);
      assertThat(Matcher.standard().withParallelism(2)
          .match(request, directory, RandomValues.TODAY, 25)).isEqualTo(one);
      assertThat(Matcher.standard().withParallelism(5)
          .match(request, directory, RandomValues.TODAY, 25)).isEqualTo(one);
    }
  }
}
