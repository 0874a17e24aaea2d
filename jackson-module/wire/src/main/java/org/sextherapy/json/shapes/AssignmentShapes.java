package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.BOOLEAN;
import static org.sextherapy.json.engine.ScalarShapes.COUNT;
import static org.sextherapy.json.engine.ScalarShapes.ID;

import java.util.List;
import java.util.Optional;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.Placement;
import org.sextherapy.assignment.TherapistLoad;
import org.sextherapy.assignment.UnassignedReason;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.matching.Match;

/** Wire forms of {@code org.sextherapy.assignment}. */
final class AssignmentShapes {

  /**
   * A client's placement: {@code {"clientRequestId": "req-1", "match": {...}, "waitingPoints": 4}}
   * when assigned, {@code {"clientRequestId": "req-2", "unassignedReason":
   * "eligible-therapists-full", "waitingPoints": 0}} when not; exactly one of the two is present.
   */
  static final ObjectShape<Placement> PLACEMENT = new ObjectShape<Placement>("Placement") {
    final Property<Placement, String> clientRequestId =
        required("clientRequestId", ID, Placement::clientRequestId);
    final Property<Placement, Match> match = optional("match", MatchShapes.MATCH,
        Placement::match);
    final Property<Placement, UnassignedReason> unassignedReason = optional("unassignedReason",
        EnumShape.of(UnassignedReason.class), Placement::unassignedReason);
    final Property<Placement, Integer> waitingPoints =
        defaulted("waitingPoints", COUNT, Placement::waitingPoints);

    @Override
    protected Placement create(Values v) {
      Optional<Match> placed = v.optional(match);
      Optional<UnassignedReason> reason = v.optional(unassignedReason);
      if (placed.isPresent() == reason.isPresent()) {
        throw new IllegalArgumentException(
            "unassignedReason must be given exactly when match is absent");
      }
      int points = v.orElse(waitingPoints, 0);
      return placed.isPresent() ? Placement.assigned(v.get(clientRequestId), placed.get(), points)
          : Placement.unassigned(v.get(clientRequestId), reason.get(), points);
    }
  }.seal();

  /** {@code {"therapistId": "th-1", "openPlaces": 3, "assigned": 2}}. */
  static final ObjectShape<TherapistLoad> THERAPIST_LOAD =
      new ObjectShape<TherapistLoad>("TherapistLoad") {
        final Property<TherapistLoad, String> therapistId =
            required("therapistId", ID, TherapistLoad::therapistId);
        final Property<TherapistLoad, Integer> openPlaces =
            required("openPlaces", COUNT, TherapistLoad::openPlaces);
        final Property<TherapistLoad, Integer> assigned =
            required("assigned", COUNT, TherapistLoad::assigned);

        @Override
        protected TherapistLoad create(Values v) {
          return TherapistLoad.of(v.get(therapistId), v.get(openPlaces), v.get(assigned));
        }
      }.seal();

  /** The assignment document: every client's placement and every therapist's load. */
  static final ObjectShape<Assignment> ASSIGNMENT = new ObjectShape<Assignment>("Assignment") {
    final Property<Assignment, List<Placement>> placements =
        list("placements", PLACEMENT, Assignment.MAX_PLACEMENTS, Assignment::placements);
    final Property<Assignment, List<TherapistLoad>> loads =
        list("loads", THERAPIST_LOAD, Assignment.MAX_LOADS, Assignment::loads);
    final Property<Assignment, Boolean> optimal =
        required("optimal", BOOLEAN, Assignment::optimal);

    @Override
    protected Assignment create(Values v) {
      return Assignment.of(v.list(placements), v.list(loads), v.get(optimal));
    }
  }.seal();

  private AssignmentShapes() {}
}
