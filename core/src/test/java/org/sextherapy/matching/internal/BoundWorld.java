package org.sextherapy.matching.internal;

import java.util.List;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticDirectory;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * One seed's world for the property tests of the competence bounds: a third of the seeds draw the
 * tests' random profiles (with a request for one of them, so some request matches), the others
 * the benchmark's realistic or dense directory (half their therapists with outcome records, most
 * in several concerns) and three of its requests; the default policy (whose prior allows the
 * shrunk per-profile bounds) or a random one.
 *
 * @param profiles the directory's profiles
 * @param requests the requests to ask
 * @param policy the weights
 */
record BoundWorld(List<TherapistProfile> profiles, List<ClientRequest> requests,
    MatchPolicy policy) {

  /** Draws the world of a seed. */
  static BoundWorld of(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> profiles;
    List<ClientRequest> requests;
    if (seed % 3 == 2) {
      profiles = random.profiles(20 + random.nextInt(300));
      requests = List.of(random.request(), random.requestFor(random.oneOf(profiles)));
    } else {
      RealisticDirectory generator = new RealisticDirectory(seed,
          seed % 3 == 0 ? Distribution.REALISTIC : Distribution.DENSE);
      profiles = generator.profiles(64 + random.nextInt(1000));
      requests = generator.requests(3);
    }
    MatchPolicy policy = random.nextInt(2) == 0 ? MatchPolicy.defaults() : random.matchPolicy();
    return new BoundWorld(profiles, requests, policy);
  }
}
