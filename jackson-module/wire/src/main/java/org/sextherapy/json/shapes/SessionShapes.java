package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.DURATION;
import static org.sextherapy.json.engine.ScalarShapes.ORDINAL;

import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ScalarShapes;
import java.time.Duration;
import org.sextherapy.session.Course;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.Frequency;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.session.SessionSchedule;

/** Wire forms of {@code org.sextherapy.session}. */
final class SessionShapes {

  /** {@code {"plannedSessions": 8}} for a short-term course, {@code {}} for an open-ended one. */
  static final ObjectShape<Course> COURSE = new ObjectShape<Course>("Course") {
    final Property<Course, Integer> plannedSessions =
        optionalInt("plannedSessions", ORDINAL, Course::plannedSessions);

    @Override
    protected Course create(Values v) {
      return v.optional(plannedSessions).map(Course::shortTerm).orElseGet(Course::openEnded);
    }
  }.seal();

  /** {@code {"format": "couple", "delivery": "video", "sessionLength": "PT50M", ...}}. */
  static final ObjectShape<SessionSchedule> SESSION_SCHEDULE =
      new ObjectShape<SessionSchedule>("SessionSchedule") {
        final Property<SessionSchedule, SessionFormat> format =
            required("format", EnumShape.of(SessionFormat.class), SessionSchedule::format);
        final Property<SessionSchedule, Delivery> delivery =
            required("delivery", EnumShape.of(Delivery.class), SessionSchedule::delivery);
        final Property<SessionSchedule, Duration> sessionLength =
            required("sessionLength", DURATION, SessionSchedule::sessionLength);
        final Property<SessionSchedule, Frequency> frequency =
            required("frequency", EnumShape.of(Frequency.class), SessionSchedule::frequency);
        final Property<SessionSchedule, Course> course =
            required("course", COURSE, SessionSchedule::course);

        @Override
        protected SessionSchedule create(Values v) {
          return SessionSchedule.builder().format(v.get(format)).delivery(v.get(delivery))
              .sessionLength(v.get(sessionLength)).frequency(v.get(frequency))
              .course(v.get(course)).build();
        }
      }.seal();

  private SessionShapes() {}
}
