package org.sextherapy.matching.bench;

import java.time.LocalDate;
import java.util.List;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Public access to the matching benchmark's realistic generator, for benchmarks in other packages
 * (batch assignment): therapists and requests drawn from one seeded {@link RealisticDirectory}.
 */
public final class RealisticData {

  /** The day the generated data is centred on. */
  public static final LocalDate DATE = RealisticDirectory.DATE;

  private RealisticData() {}

  /** Therapist profiles and client requests drawn from one generator. */
  public record Sample(List<TherapistProfile> profiles, List<ClientRequest> requests) {}

  /**
   * Draws {@code therapists} profiles (ids {@code th-0}, ...), then {@code requests} requests (ids
   * {@code req-0}, ...) from one generator.
   */
  public static Sample generate(long seed, int therapists, int requests) {
    return generate(seed, therapists, requests, Distribution.REALISTIC);
  }

  /**
   * Draws {@code therapists} profiles, then {@code requests} requests, from one generator of the
   * given distribution.
   */
  public static Sample generate(long seed, int therapists, int requests,
      Distribution distribution) {
    RealisticDirectory generator = new RealisticDirectory(seed, distribution);
    List<TherapistProfile> profiles = generator.profiles(therapists);
    return new Sample(profiles, generator.requests(requests));
  }
}
