package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.PractitionerRole.DaysOfWeek;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.sextherapy.session.Availability;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.therapist.TherapistProfile;

/**
 * How a role's {@code availableTime} becomes the therapist's weekly hours: in the time zone the
 * role names, never in one guessed from an address.
 */
class HoursReadingTest {

  private static PractitionerRole role(String id, String zone) {
    PractitionerRole r = new PractitionerRole();
    r.setId(id);
    r.setPractitioner(new Reference("Practitioner/p1"));
    if (zone != null) {
      r.addExtension(Hours.TIME_ZONE, new CodeType(zone));
    }
    return r;
  }

  private static DirectoryRead read(Resource... resources) {
    List<Resource> all = new ArrayList<>(List.of(resources));
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    all.add(p);
    return FhirDirectoryReader.standard().read(all);
  }

  private static List<String> findings(DirectoryRead read) {
    return read.findings().stream().map(f -> f.resource() + " " + f.kind().id() + " " + f.path())
        .toList();
  }

  @Test
  void mondayAndWednesdayOfficeHoursInChicagoAreWeeklyHoursInChicago() {
    PractitionerRole role = role("r1", "America/Chicago");
    role.addAvailableTime().addDaysOfWeek(DaysOfWeek.MON).addDaysOfWeek(DaysOfWeek.WED)
        .setAvailableStartTime("09:00:00").setAvailableEndTime("17:30:00");

    DirectoryRead read = read(role);

    assertThat(findings(read)).isEmpty();
    assertThat(read.profiles().get(0).availability()).contains(Availability.builder()
        .zone(ZoneId.of("America/Chicago")).addHours(WeeklyHours.of(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(9, 0),
            LocalTime.of(17, 30))).build());
  }

  @Test
  void allDayRunsFromMidnightToTheEndOfTheDayAndIsWrittenBackAsAllDay() {
    PractitionerRole role = role("r1", "Europe/London");
    role.addAvailableTime().addDaysOfWeek(DaysOfWeek.SAT).setAllDay(true);

    TherapistProfile profile = read(role).profiles().get(0);
    WeeklyHours saturday = profile.availability().orElseThrow().hours().get(0);
    PractitionerRole written = FhirDirectoryWriter.standard().write(profile).role();

    assertThat(saturday.start()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(saturday.end()).isEqualTo(LocalTime.MAX);
    assertThat(written.getAvailableTimeFirstRep().getAllDay()).isTrue();
    assertThat(written.getAvailableTimeFirstRep().hasAvailableStartTime()).isFalse();
  }

  @Test
  void eveningHoursPastMidnightAreTheEveningAndTheNextMorning() {
    PractitionerRole role = role("r1", "America/New_York");
    role.addAvailableTime().addDaysOfWeek(DaysOfWeek.FRI).setAvailableStartTime("20:00:00")
        .setAvailableEndTime("01:00:00");

    List<WeeklyHours> hours = read(role).profiles().get(0).availability().orElseThrow().hours();

    assertThat(hours).containsExactly(
        WeeklyHours.of(Set.of(DayOfWeek.FRIDAY), LocalTime.of(20, 0), LocalTime.MAX),
        WeeklyHours.of(Set.of(DayOfWeek.SATURDAY), LocalTime.MIDNIGHT, LocalTime.of(1, 0)));
  }

  @Test
  void hoursWithoutATimeZoneAreReportedAndNotPlacedInAGuessedOne() {
    PractitionerRole role = role("r1", null);
    role.addAvailableTime().addDaysOfWeek(DaysOfWeek.MON).setAvailableStartTime("09:00:00")
        .setAvailableEndTime("17:00:00");

    DirectoryRead read = read(role);

    assertThat(read.profiles().get(0).availability()).isEmpty();
    assertThat(findings(read)).containsExactly(
        "PractitionerRole/r1 missing-time-zone PractitionerRole.availableTime");
  }

  @Test
  void absencesDaysWithoutTimesAndABadZoneAreReported() {
    PractitionerRole role = role("r1", "America/Chicago");
    role.addAvailableTime().addDaysOfWeek(DaysOfWeek.MON);
    role.addNotAvailable().setDescription("Vacation");
    PractitionerRole other = role("r2", "Mars/Olympus_Mons");

    DirectoryRead read = read(role, other);

    assertThat(read.profiles().get(0).availability()).contains(Availability.builder()
        .zone(ZoneId.of("America/Chicago")).build());
    assertThat(findings(read)).containsExactlyInAnyOrder(
        "PractitionerRole/r1 not-in-model PractitionerRole.notAvailable",
        "PractitionerRole/r1 invalid-value PractitionerRole.availableTime[0]",
        "PractitionerRole/r2 invalid-value PractitionerRole.extension('" + Hours.TIME_ZONE
            + "')");
  }

  @Test
  void aSecondRoleInAnotherZoneIsLeftOutAndReported() {
    PractitionerRole chicago = role("r1", "America/Chicago");
    chicago.addAvailableTime().addDaysOfWeek(DaysOfWeek.TUE).setAvailableStartTime("09:00:00")
        .setAvailableEndTime("12:00:00");
    PractitionerRole london = role("r2", "Europe/London");
    london.addAvailableTime().addDaysOfWeek(DaysOfWeek.THU).setAvailableStartTime("09:00:00")
        .setAvailableEndTime("12:00:00");

    DirectoryRead read = read(chicago, london);

    assertThat(read.profiles().get(0).availability().orElseThrow().hours()).hasSize(1);
    assertThat(findings(read)).containsExactly("PractitionerRole/r2 not-in-model "
        + "PractitionerRole.extension('" + Hours.TIME_ZONE + "')");
  }
}
