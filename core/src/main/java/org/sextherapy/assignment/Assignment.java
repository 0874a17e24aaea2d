package org.sextherapy.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Counts;
import org.sextherapy.matching.Match;

/**
 * The outcome of assigning a waiting list: a {@link Placement} for every client (placed with a
 * therapist, with the match explanation, or left waiting, with the reason) and a
 * {@link TherapistLoad} for every therapist, with the totals a clinic compares assignments by.
 *
 * <p>Placements are ordered by client request id and loads by therapist id, so equal assignments
 * are equal values and print alike. An assignment holds ids, scores, reason codes and counts only,
 * never a client's data.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Assignment {

  /** The most placements an assignment may hold: one per request of a waiting list of ten million. */
  public static final int MAX_PLACEMENTS = 10_000_000;

  /** The most therapist loads an assignment may hold: one per therapist of a directory of ten million. */
  public static final int MAX_LOADS = 10_000_000;

  Assignment() {}

  /**
   * Creates an assignment. The lists are sorted by id.
   *
   * @param placements one placement per client, request ids unique, never null
   * @param loads one load per therapist, therapist ids unique, never null
   * @param optimal whether the placements are proven to have the greatest value (see
   *     {@link #optimal()})
   * @return the assignment, never null
   * @throws IllegalArgumentException if an id repeats, or a load's count of assigned clients
   *     differs from the placements with that therapist
   */
  public static Assignment of(List<Placement> placements, List<TherapistLoad> loads,
      boolean optimal) {
    Objects.requireNonNull(placements, "placements");
    Objects.requireNonNull(loads, "loads");
    return ImmutableAssignment.of(sorted(placements, Placement::clientRequestId),
        sorted(loads, TherapistLoad::therapistId), optimal);
  }

  private static <T> List<T> sorted(List<T> values, Function<T, String> id) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(Comparator.comparing(id));
    return copy;
  }

  /**
   * Returns the placement of every client, by client request id.
   *
   * @return the placements, never null
   */
  @Value.Parameter
  public abstract List<Placement> placements();

  /**
   * Returns the load of every therapist, by therapist id.
   *
   * @return the loads, never null
   */
  @Value.Parameter
  public abstract List<TherapistLoad> loads();

  /**
   * Tells whether the placements are proven to have the greatest value the policy defines: the
   * total of match scores and waiting points, with load balancing when it is on, over each
   * client's best candidates ({@link AssignmentPolicy#candidatesPerClient()}). Clients whose
   * candidates were all taken may then have been placed further down their ranking, which only
   * adds to the total. False only for extreme inputs (hundreds of thousands of clients with
   * scores in the millions) solved with rounded costs, where the assignment is close to, but not
   * proven to be, the best.
   *
   * @return whether the assignment is proven optimal
   */
  @Value.Parameter
  public abstract boolean optimal();

  /**
   * Returns the sum of the match scores of the placed clients.
   *
   * @return zero or more
   */
  @Value.Derived
  public long totalScore() {
    long total = 0;
    for (Placement placement : placements()) {
      total += placement.match().map(Match::score).orElse(0L);
    }
    return total;
  }

  /**
   * Returns the sum of the waiting points of the placed clients.
   *
   * @return zero or more
   */
  @Value.Derived
  public long totalWaitingPoints() {
    long total = 0;
    for (Placement placement : placements()) {
      if (placement.isAssigned()) {
        total += placement.waitingPoints();
      }
    }
    return total;
  }

  /**
   * Returns how many clients were placed.
   *
   * @return zero or more
   */
  @Value.Derived
  public int assignedCount() {
    int count = 0;
    for (Placement placement : placements()) {
      if (placement.isAssigned()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns how many clients were left waiting.
   *
   * @return zero or more
   */
  public final int unassignedCount() {
    return placements().size() - assignedCount();
  }

  /**
   * Returns the placement of a client.
   *
   * @param clientRequestId the id of the client's request, never null
   * @return the placement, or empty when the assignment holds no such client
   */
  public final Optional<Placement> placementOf(String clientRequestId) {
    return find(placements(), clientRequestId, Placement::clientRequestId);
  }

  /**
   * Returns the load of a therapist.
   *
   * @param therapistId the therapist's id, never null
   * @return the load, or empty when the assignment holds no such therapist
   */
  public final Optional<TherapistLoad> loadOf(String therapistId) {
    return find(loads(), therapistId, TherapistLoad::therapistId);
  }

  private static <T> Optional<T> find(List<T> sorted, String key, Function<T, String> id) {
    int low = 0;
    int high = sorted.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = id.apply(sorted.get(mid)).compareTo(key);
      if (c == 0) {
        return Optional.of(sorted.get(mid));
      } else if (c < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    Checks.maxItems(placements(), MAX_PLACEMENTS, "placements");
    Checks.maxItems(loads(), MAX_LOADS, "loads");
    for (int i = 1; i < placements().size(); i++) {
      Checks.require(!placements().get(i - 1).clientRequestId()
          .equals(placements().get(i).clientRequestId()), "placements[" + i + "].clientRequestId",
          "must be unique");
    }
    Map<String, Integer> placed = new HashMap<>();
    for (Placement placement : placements()) {
      placement.therapistId().ifPresent(t -> placed.merge(t, 1, Integer::sum));
    }
    for (int i = 0; i < loads().size(); i++) {
      TherapistLoad load = loads().get(i);
      Checks.require(i == 0 || !loads().get(i - 1).therapistId().equals(load.therapistId()),
          "loads[" + i + "].therapistId", "must be unique");
      Checks.require(placed.getOrDefault(load.therapistId(), 0) == load.assigned(),
          "loads[" + i + "].assigned", "must count the placements with the therapist");
      placed.remove(load.therapistId());
    }
    Checks.require(placed.isEmpty(), "loads", "must include every therapist a client is placed with");
  }

  @Override
  public String toString() {
    return "Assignment{" + assignedCount() + " of "
        + Counts.of(placements().size(), "client", "clients") + " placed, total score "
        + totalScore() + ", " + Counts.of(loads().size(), "therapist", "therapists")
        + (optimal() ? "" : ", not proven optimal") + "}";
  }
}
