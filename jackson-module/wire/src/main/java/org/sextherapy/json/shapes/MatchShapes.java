package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.COUNT;
import static org.sextherapy.json.engine.ScalarShapes.ID;
import static org.sextherapy.json.engine.ScalarShapes.LONG;
import static org.sextherapy.json.engine.ScalarShapes.STRING;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.ReasonCode;

/** Wire forms of {@code org.sextherapy.matching}. */
final class MatchShapes {

  /** {@code {"code": "covers-concern", "argument": "PAINFUL_SEX", "points": 60}}. */
  static final ObjectShape<Reason> REASON = new ObjectShape<Reason>("Reason") {
    final Property<Reason, ReasonCode> code =
        required("code", EnumShape.of(ReasonCode.class), Reason::code);
    final Property<Reason, String> argument = required("argument", STRING, Reason::argument);
    final Property<Reason, Long> points = required("points", LONG, Reason::points);
    final Property<Reason, Integer> courses =
        optionalInt("courses", ScalarShapes.COUNT, Reason::courses);

    @Override
    protected Reason create(Values v) {
      Integer measured = v.orNull(courses);
      return measured == null ? Reason.of(v.get(code), v.get(argument), v.get(points))
          : Reason.of(v.get(code), v.get(argument), measured, v.get(points));
    }
  }.seal();

  /** {@code {"therapistId": "th-1", "score": 124, "reasons": [...]}}. */
  static final ObjectShape<Match> MATCH = new ObjectShape<Match>("Match") {
    final Property<Match, String> therapistId = required("therapistId", ID, Match::therapistId);
    final Property<Match, Long> score = required("score", LONG, Match::score);
    final Property<Match, List<Reason>> reasons = list("reasons", REASON, Match.MAX_REASONS,
        Match::reasons);

    @Override
    protected Match create(Values v) {
      return Match.of(v.get(therapistId), v.get(score), v.list(reasons));
    }
  }.seal();

  /**
   * How many therapists each hard constraint excluded, as an object keyed by the constraint's id:
   * {@code {"availability": 162, "competence": 235, ...}}; every constraint is written, a missing
   * one reads as zero.
   */
  static final ObjectShape<Map<HardConstraint, Integer>> EXCLUSIONS =
      new ObjectShape<Map<HardConstraint, Integer>>("Exclusions") {
        final Map<HardConstraint, Property<Map<HardConstraint, Integer>, Integer>> counts =
            new EnumMap<>(HardConstraint.class);

        {
          for (HardConstraint constraint : HardConstraint.values()) {
            counts.put(constraint, defaulted(constraint.id(), COUNT,
                m -> m.getOrDefault(constraint, 0)));
          }
        }

        @Override
        protected Map<HardConstraint, Integer> create(Values v) {
          Map<HardConstraint, Integer> excluded = new EnumMap<>(HardConstraint.class);
          counts.forEach((constraint, property) -> excluded.put(constraint,
              v.orElse(property, 0)));
          return excluded;
        }
      }.seal();

  /** The match-result document. */
  static final ObjectShape<MatchResult> MATCH_RESULT =
      new ObjectShape<MatchResult>("MatchResult") {
        final Property<MatchResult, List<Match>> matches =
            list("matches", MATCH, MatchResult.MAX_MATCHES, MatchResult::matches);
        final Property<MatchResult, Integer> considered =
            required("considered", COUNT, MatchResult::considered);
        final Property<MatchResult, Map<HardConstraint, Integer>> excluded =
            defaulted("excluded", EXCLUSIONS, MatchResult::excluded);

        @Override
        protected MatchResult create(Values v) {
          return MatchResult.of(v.list(matches), v.get(considered),
              v.orElse(excluded, Map.of()));
        }
      }.seal();

  private MatchShapes() {}
}
