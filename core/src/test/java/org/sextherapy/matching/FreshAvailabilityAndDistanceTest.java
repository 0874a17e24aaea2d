package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sextherapy.matching.MatcherTest.DATE;
import static org.sextherapy.matching.MatcherTest.ids;
import static org.sextherapy.matching.MatcherTest.request;
import static org.sextherapy.matching.MatcherTest.therapist;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.session.Delivery;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Issue #14, points 2 and 6: a directory that is not kept fresh loses ranking, not clients, unless
 * the caller's policy asks to exclude stale listings; and a nearer practice ranks higher, with the
 * distance in the reason.
 */
class FreshAvailabilityAndDistanceTest {

  private static final Jurisdiction NY = Jurisdiction.parse("US-NY");
  private static final Coordinates BROOKLYN = Coordinates.of(40.6782, -73.9442);
  private static final Coordinates MANHATTAN = Coordinates.of(40.7580, -73.9855);
  private static final Coordinates QUEENS = Coordinates.of(40.7282, -73.7949);
  /** The session date, 2026-11-26, at 09:00 UTC: some days before are added below. */
  private static final Instant SESSION_MORNING = Instant.parse("2026-11-26T09:00:00Z");

  private static Instant daysBefore(int days) {
    return SESSION_MORNING.minusSeconds(days * 86_400L);
  }

  private static MatchResult match(MatchPolicy policy, ClientRequest request,
      MatcherTest.Therapist... therapists) {
    List<TherapistProfile> profiles = java.util.Arrays.stream(therapists)
        .map(MatcherTest.Therapist::build).toList();
    return Matcher.of(policy).match(request, TherapistDirectory.of(profiles), DATE, 10);
  }

  @Test
  void aRecentlyConfirmedTherapistOutranksAnOtherwiseEqualStaleOneAndTheReasonNamesTheDays() {
    MatchResult result = match(MatchPolicy.defaults(), request(r -> { }),
        therapist("th-stale", t -> t.confirmedAt = daysBefore(120)),
        therapist("th-fresh", t -> t.confirmedAt = daysBefore(3)),
        therapist("th-never", t -> { }));

    assertThat(ids(result)).containsExactly("th-fresh", "th-stale", "th-never");
    // 6 x (90 - 3) / 90 = 5.8: five points; 120 days is past the 90-day horizon: none.
    assertThat(result.matches().get(0).reasons())
        .endsWith(Reason.of(ReasonCode.AVAILABILITY_CONFIRMED, "3", 5));
    assertThat(result.matches().get(1).reasons())
        .endsWith(Reason.of(ReasonCode.AVAILABILITY_CONFIRMED, "120", 0));
    assertThat(result.matches().get(2).reasons())
        .noneMatch(reason -> reason.code() == ReasonCode.AVAILABILITY_CONFIRMED);
    assertThat(result.excludedBy(HardConstraint.AVAILABILITY_CONFIRMED)).isZero();
  }

  @Test
  void confirmationAgeIsCountedInUtcDaysAndALaterConfirmationCountsAsTheDayItself() {
    MatchResult result = match(MatchPolicy.defaults(), request(r -> { }),
        therapist("th-late-yesterday",
            t -> t.confirmedAt = Instant.parse("2026-11-25T23:59:59Z")),
        therapist("th-after-the-session-date",
            t -> t.confirmedAt = Instant.parse("2026-12-03T10:00:00Z")));

    assertThat(result.matches()).extracting(m -> m.reasons().get(m.reasons().size() - 1))
        .containsExactlyInAnyOrder(Reason.of(ReasonCode.AVAILABILITY_CONFIRMED, "1", 5),
            Reason.of(ReasonCode.AVAILABILITY_CONFIRMED, "0", 6));
  }

  @Test
  void aPolicyMayExcludeTherapistsNotConfirmedWithinSomeDaysAndCountsThem() {
    MatchPolicy within30 = MatchPolicy.builder().availabilityConfirmedWithinDays(30).build();
    MatchResult result = match(within30, request(r -> { }),
        therapist("th-31-days", t -> t.confirmedAt = daysBefore(31)),
        therapist("th-30-days", t -> t.confirmedAt = daysBefore(30)),
        therapist("th-never", t -> { }));

    assertThat(ids(result)).containsExactly("th-30-days");
    assertThat(result.excludedBy(HardConstraint.AVAILABILITY_CONFIRMED)).isEqualTo(2);
    TherapistDirectory directory = TherapistDirectory.of(List.of(
        therapist("th-never", t -> { }).build()));
    assertThat(Matcher.of(within30).whyNot(request(r -> { }), directory, "th-never", DATE)
        .constraint()).contains(HardConstraint.AVAILABILITY_CONFIRMED);
  }

  @Test
  void freshnessOptionsOutOfRangeAreRefusedNamingTheField() {
    assertThatThrownBy(() -> MatchPolicy.builder().availabilityConfirmedWithinDays(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("availabilityConfirmedWithinDays");
    assertThatThrownBy(() -> MatchPolicy.builder().availabilityFreshForDays(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("availabilityFreshForDays");
    assertThatThrownBy(() -> MatchPolicy.builder().distanceHalfKm(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distanceHalfKm");
  }

  private static ClientRequest inPersonNearBrooklyn(double km) {
    return request(r -> {
      r.deliveries = EnumSet.of(Delivery.IN_PERSON);
      r.preferences.add(InPersonDistancePreference.of(Strength.PREFERRED, BROOKLYN, km));
    });
  }

  @Test
  void aNearerPracticeInsideTheRadiusRanksHigherAndTheReasonNamesItsKilometres() {
    MatchResult result = match(MatchPolicy.defaults(), inPersonNearBrooklyn(30),
        therapist("th-queens", t -> t.locations.set(0, PracticeLocation.of(NY, QUEENS))),
        therapist("th-manhattan", t -> { }));

    assertThat(ids(result)).containsExactly("th-manhattan", "th-queens");
    // Brooklyn to Manhattan 9.6 km, to Queens 13.9 km: 12 x (1 - 9.6/30) = 8.2 and
    // 12 x (1 - 13.9/30) = 6.4.
    assertThat(result.matches().get(0).reasons())
        .contains(Reason.of(ReasonCode.PREFERRED_DISTANCE, "US-NY:10km", 8));
    assertThat(result.matches().get(1).reasons())
        .contains(Reason.of(ReasonCode.PREFERRED_DISTANCE, "US-NY:14km", 6));
  }

  @Test
  void theNearestOfSeveralPracticesCounts() {
    MatchResult result = match(MatchPolicy.defaults(), inPersonNearBrooklyn(30),
        therapist("th-two-practices", t -> {
          t.locations.set(0, PracticeLocation.of(NY, QUEENS));
          t.locations.add(PracticeLocation.of(NY, MANHATTAN));
        }));

    assertThat(result.matches().get(0).reasons())
        .contains(Reason.of(ReasonCode.PREFERRED_DISTANCE, "US-NY:10km", 8));
  }

  @Test
  void thePolicyChoosesTheDecay() {
    MatchPolicy none = MatchPolicy.builder().distanceDecay(DistanceDecay.NONE).build();
    MatchPolicy halving = MatchPolicy.builder().distanceDecay(DistanceDecay.EXPONENTIAL)
        .distanceHalfKm(5).build();
    ClientRequest near = inPersonNearBrooklyn(20);

    assertThat(match(none, near, therapist("th-manhattan", t -> { })).matches().get(0).reasons())
        .contains(Reason.of(ReasonCode.PREFERRED_DISTANCE, "US-NY:10km", 12));
    // 12 x 0.5^(9.6 / 5) = 3.2.
    assertThat(match(halving, near, therapist("th-manhattan", t -> { })).matches().get(0)
        .reasons()).contains(Reason.of(ReasonCode.PREFERRED_DISTANCE, "US-NY:10km", 3));
    assertThat(MatchPolicy.defaults().distancePoints(0, 20)).isEqualTo(12);
    assertThat(MatchPolicy.defaults().distancePoints(20, 20)).isZero();
  }
}
