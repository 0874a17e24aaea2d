package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.DATE;
import static org.sextherapy.json.engine.ScalarShapes.DAY_OF_WEEK;
import static org.sextherapy.json.engine.ScalarShapes.DURATION;
import static org.sextherapy.json.engine.ScalarShapes.INSTANT;
import static org.sextherapy.json.engine.ScalarShapes.LOCAL_TIME;
import static org.sextherapy.json.engine.ScalarShapes.ORDINAL;
import static org.sextherapy.json.engine.ScalarShapes.PERIOD;
import static org.sextherapy.json.engine.ScalarShapes.ZONE;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.session.Availability;
import org.sextherapy.session.Course;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.Frequency;
import org.sextherapy.session.OpenSlot;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.session.SessionSchedule;
import org.sextherapy.session.WeeklyHours;

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

  /** {@code {"days": ["monday", "wednesday"], "start": "09:00", "end": "17:00"}}. */
  static final ObjectShape<WeeklyHours> WEEKLY_HOURS =
      new ObjectShape<WeeklyHours>("WeeklyHours") {
        final Property<WeeklyHours, Set<DayOfWeek>> days =
            nonEmptySet("days", DAY_OF_WEEK, WeeklyHours.MAX_DAYS, WeeklyHours::days);
        final Property<WeeklyHours, LocalTime> start =
            required("start", LOCAL_TIME, WeeklyHours::start);
        final Property<WeeklyHours, LocalTime> end = required("end", LOCAL_TIME, WeeklyHours::end);

        @Override
        protected WeeklyHours create(Values v) {
          return WeeklyHours.of(v.get(days), v.get(start), v.get(end));
        }
      }.seal();

  /** {@code {"start": "2026-11-30T15:00:00Z", "length": "PT50M"}}. */
  static final ObjectShape<OpenSlot> OPEN_SLOT = new ObjectShape<OpenSlot>("OpenSlot") {
    final Property<OpenSlot, Instant> start = required("start", INSTANT, OpenSlot::start);
    final Property<OpenSlot, Duration> length = required("length", DURATION, OpenSlot::length);

    @Override
    protected OpenSlot create(Values v) {
      return OpenSlot.of(v.get(start), v.get(length));
    }
  }.seal();

  /**
   * {@code {"zone": "Europe/London", "hours": [...], "slots": [...], "nextOpening": "2026-12-03",
   * "estimatedWait": "P3W"}}.
   */
  static final ObjectShape<Availability> AVAILABILITY =
      new ObjectShape<Availability>("Availability") {
        final Property<Availability, ZoneId> zone = required("zone", ZONE, Availability::zone);
        final Property<Availability, List<WeeklyHours>> hours =
            list("hours", WEEKLY_HOURS, Availability.MAX_HOURS, Availability::hours);
        final Property<Availability, List<OpenSlot>> slots =
            list("slots", OPEN_SLOT, Availability.MAX_SLOTS, Availability::slots);
        final Property<Availability, LocalDate> nextOpening =
            optional("nextOpening", DATE, Availability::nextOpening);
        final Property<Availability, Period> estimatedWait =
            optional("estimatedWait", PERIOD, Availability::estimatedWait);

        @Override
        protected Availability create(Values v) {
          return Availability.builder().zone(v.get(zone)).addAllHours(v.list(hours))
              .addAllSlots(v.list(slots)).nextOpening(v.optional(nextOpening))
              .estimatedWait(v.optional(estimatedWait)).build();
        }
      }.seal();

  private SessionShapes() {}
}
