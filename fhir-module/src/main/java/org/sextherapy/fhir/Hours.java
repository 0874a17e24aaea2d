package org.sextherapy.fhir;

import static org.sextherapy.fhir.FindingKind.INVALID_VALUE;
import static org.sextherapy.fhir.FindingKind.MISSING_TIME_ZONE;
import static org.sextherapy.fhir.FindingKind.NOT_IN_MODEL;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.PractitionerRole.DaysOfWeek;
import org.hl7.fhir.r4.model.PractitionerRole.PractitionerRoleAvailableTimeComponent;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.sextherapy.session.Availability;
import org.sextherapy.session.OpenSlot;
import org.sextherapy.session.WeeklyHours;

/**
 * A therapist's {@link Availability} on their PractitionerRole: weekly hours as
 * {@code availableTime} (days of the week, start and end or all day, in local time), the time zone
 * those times are in (FHIR R4 times carry none, so it travels in the FHIR extensions pack's
 * {@code timezone} extension, an IANA zone id), and open slots, the next opening and the estimated
 * wait in the library's extensions. Used by the reader and the writer, so both agree.
 */
final class Hours {

  /** The FHIR extensions pack's IANA time zone (https://hl7.org/fhir/extensions/). */
  static final String TIME_ZONE = "http://hl7.org/fhir/StructureDefinition/timezone";

  private Hours() {}

  /** Writes an availability on a role. */
  static void write(Availability availability, PractitionerRole role) {
    role.addExtension(TIME_ZONE, new CodeType(availability.zone().getId()));
    for (WeeklyHours hours : availability.hours()) {
      PractitionerRoleAvailableTimeComponent time = role.addAvailableTime();
      for (DayOfWeek day : EnumSet.copyOf(hours.days())) {
        time.addDaysOfWeek(DaysOfWeek.fromCode(day.name().substring(0, 3).toLowerCase(
            java.util.Locale.ROOT)));
      }
      if (hours.start().equals(LocalTime.MIDNIGHT) && hours.end().equals(LocalTime.MAX)) {
        time.setAllDay(true);
      } else {
        time.setAvailableStartTime(DateTimeFormatter.ISO_LOCAL_TIME.format(hours.start()));
        time.setAvailableEndTime(DateTimeFormatter.ISO_LOCAL_TIME.format(hours.end()));
      }
    }
    for (OpenSlot slot : availability.slots()) {
      Extension x = role.addExtension().setUrl(SexTherapyExtensions.OPEN_SLOT);
      x.addExtension("start", new InstantType(Date.from(slot.start())));
      x.addExtension("length", new StringType(slot.length().toString()));
    }
    availability.nextOpening().ifPresent(day ->
        role.addExtension(SexTherapyExtensions.NEXT_OPENING, new DateType(day.toString())));
    availability.estimatedWait().ifPresent(wait ->
        role.addExtension(SexTherapyExtensions.ESTIMATED_WAIT, new StringType(wait.toString())));
  }

  /**
   * Reads the availability a practitioner's roles publish, reporting what cannot be read. Hours
   * without a time zone are reported and left out: a local time means nothing without its zone,
   * and the reader does not guess one from an address (a US state may span two zones).
   *
   * @return the availability, or empty when no role publishes one that can be read
   */
  static Optional<Availability> read(List<PractitionerRole> roles, List<Finding> found) {
    ZoneId zone = null;
    Availability.Builder b = Availability.builder();
    boolean any = false;
    for (PractitionerRole role : roles) {
      String self = ResourceNames.of(role);
      if (role.hasNotAvailable()) {
        // dated absences (holidays): the model holds weekly hours, not exceptions to them
        found.add(new Finding(self, "PractitionerRole.notAvailable", NOT_IN_MODEL));
      }
      if (role.hasAvailabilityExceptions()) {
        found.add(new Finding(self, "PractitionerRole.availabilityExceptions", NOT_IN_MODEL));
      }
      ZoneId roleZone = zone(role, self, found);
      List<WeeklyHours> hours = new ArrayList<>();
      List<PractitionerRoleAvailableTimeComponent> times = role.getAvailableTime();
      for (int i = 0; i < times.size(); i++) {
        hours(times.get(i), self, "PractitionerRole.availableTime[" + i + "]", hours, found);
      }
      List<OpenSlot> slots = slots(role, self, found);
      LocalDate next = nextOpening(role, self, found);
      Period wait = estimatedWait(role, self, found);
      // a zone alone is an availability too: one without hours yet
      boolean says = roleZone != null || !hours.isEmpty() || !slots.isEmpty() || next != null
          || wait != null;
      if (!says) {
        continue;
      }
      if (roleZone == null) {
        found.add(new Finding(self, "PractitionerRole.availableTime", MISSING_TIME_ZONE));
        continue;
      }
      if (zone != null && !zone.equals(roleZone)) {
        // one availability has one zone: a second role's hours in another zone are left out
        found.add(new Finding(self, "PractitionerRole.extension('" + TIME_ZONE + "')",
            NOT_IN_MODEL));
        continue;
      }
      zone = roleZone;
      any = true;
      b.zone(roleZone).addAllHours(hours).addAllSlots(slots);
      if (next != null) {
        b.nextOpening(next);
      }
      if (wait != null) {
        b.estimatedWait(wait);
      }
    }
    if (!any) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // more hours or slots than an availability holds; the message names the field
      found.add(new Finding(ResourceNames.of(roles.get(0)),
          "PractitionerRole.availableTime", INVALID_VALUE));
      return Optional.empty();
    }
  }

  private static @Nullable ZoneId zone(PractitionerRole role, String self, List<Finding> found) {
    Extension x = Repeats.one(role, TIME_ZONE);
    if (x == null) {
      return null;
    }
    String id = x.getValue() instanceof CodeType code ? code.getValue() : null;
    try {
      return ZoneId.of(id == null ? "" : id);
    } catch (DateTimeException e) {
      found.add(new Finding(self, "PractitionerRole.extension('" + TIME_ZONE + "')",
          INVALID_VALUE));
      return null;
    }
  }

  /**
   * Reads one {@code availableTime}: all day is midnight to the last instant of the day; hours
   * that end on or before they start run past midnight and become two, the evening and the next
   * morning.
   */
  private static void hours(PractitionerRoleAvailableTimeComponent time, String self, String path,
      List<WeeklyHours> into, List<Finding> found) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (Enumeration<DaysOfWeek> day : time.getDaysOfWeek()) {
      DayOfWeek d = day.getValue() == null || day.getValue() == DaysOfWeek.NULL ? null
          : dayOf(day.getValue());
      if (d == null) {
        found.add(new Finding(self, path + ".daysOfWeek", INVALID_VALUE));
        return;
      }
      days.add(d);
    }
    LocalTime start;
    LocalTime end;
    try {
      if (time.getAllDay()) {
        start = LocalTime.MIDNIGHT;
        end = LocalTime.MAX;
      } else if (time.hasAvailableStartTime() && time.hasAvailableEndTime()) {
        start = LocalTime.parse(time.getAvailableStartTime());
        end = LocalTime.parse(time.getAvailableEndTime());
      } else {
        throw new IllegalArgumentException("times");
      }
      if (days.isEmpty() || start.equals(end)) {
        throw new IllegalArgumentException("days");
      }
      if (end.isAfter(start)) {
        into.add(WeeklyHours.of(days, start, end));
      } else {
        Set<DayOfWeek> next = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : days) {
          next.add(d.plus(1));
        }
        into.add(WeeklyHours.of(days, start, LocalTime.MAX));
        if (!end.equals(LocalTime.MIDNIGHT)) {
          into.add(WeeklyHours.of(next, LocalTime.MIDNIGHT, end));
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      found.add(new Finding(self, path, INVALID_VALUE));
    }
  }

  private static DayOfWeek dayOf(DaysOfWeek day) {
    return switch (day) {
      case MON -> DayOfWeek.MONDAY;
      case TUE -> DayOfWeek.TUESDAY;
      case WED -> DayOfWeek.WEDNESDAY;
      case THU -> DayOfWeek.THURSDAY;
      case FRI -> DayOfWeek.FRIDAY;
      case SAT -> DayOfWeek.SATURDAY;
      case SUN -> DayOfWeek.SUNDAY;
      case NULL -> throw new IllegalArgumentException("day");
    };
  }

  private static List<OpenSlot> slots(PractitionerRole role, String self, List<Finding> found) {
    List<OpenSlot> slots = new ArrayList<>(0);
    List<Extension> xs = role.getExtensionsByUrl(SexTherapyExtensions.OPEN_SLOT);
    for (int i = 0; i < xs.size(); i++) {
      Extension start = Repeats.one(xs.get(i), "start");
      Extension length = Repeats.one(xs.get(i), "length");
      try {
        if (start == null || !(start.getValue() instanceof InstantType at)
            || at.getValue() == null || length == null
            || !(length.getValue() instanceof StringType duration)) {
          throw new IllegalArgumentException("slot");
        }
        slots.add(OpenSlot.of(at.getValue().toInstant(),
            Duration.parse(String.valueOf(duration.getValue()))));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        found.add(new Finding(self, "PractitionerRole.extension('"
            + SexTherapyExtensions.OPEN_SLOT + "')[" + i + "]", INVALID_VALUE));
      }
    }
    return slots;
  }

  private static @Nullable LocalDate nextOpening(PractitionerRole role, String self,
      List<Finding> found) {
    Extension x = Repeats.one(role, SexTherapyExtensions.NEXT_OPENING);
    if (x == null) {
      return null;
    }
    if (x.getValue() instanceof DateType day && day.getValue() != null
        && day.getPrecision() == ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) {
      return LocalDate.parse(day.getValueAsString());
    }
    found.add(new Finding(self, "PractitionerRole.extension('"
        + SexTherapyExtensions.NEXT_OPENING + "')", INVALID_VALUE));
    return null;
  }

  private static @Nullable Period estimatedWait(PractitionerRole role, String self,
      List<Finding> found) {
    Extension x = Repeats.one(role, SexTherapyExtensions.ESTIMATED_WAIT);
    if (x == null) {
      return null;
    }
    try {
      if (x.getValue() instanceof StringType text && text.getValue() != null) {
        return Period.parse(text.getValue());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    found.add(new Finding(self, "PractitionerRole.extension('"
        + SexTherapyExtensions.ESTIMATED_WAIT + "')", INVALID_VALUE));
    return null;
  }
}
