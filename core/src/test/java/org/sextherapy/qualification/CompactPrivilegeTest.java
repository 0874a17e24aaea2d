package org.sextherapy.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.location.Jurisdiction;

class CompactPrivilegeTest {

  private static final InterstateCompact PSYPACT = InterstateCompact.of("PSYPACT",
      "Psychology Interjurisdictional Compact", Set.of(Discipline.PSYCHOLOGY),
      Set.of(Jurisdiction.parse("US-NY"), Jurisdiction.parse("US-NJ"),
          Jurisdiction.parse("US-TX")));
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

  @Test
  void compactPrivilegeCoversMemberJurisdictionOnlyWithinItsPeriod() {
    CompactPrivilege privilege = CompactPrivilege.of(PSYPACT, Jurisdiction.parse("US-NY"), FROM,
        UNTIL);
    Jurisdiction texas = Jurisdiction.parse("US-TX");

    assertThat(privilege.covers(texas, FROM.minusDays(1))).isFalse();
    assertThat(privilege.covers(texas, FROM)).isTrue();
    assertThat(privilege.covers(texas, UNTIL)).isTrue();
    assertThat(privilege.covers(texas, UNTIL.plusDays(1))).isFalse();
    assertThat(privilege.covers(Jurisdiction.parse("US-CA"), FROM)).as("not a member").isFalse();
  }

  @Test
  void privilegeWithoutEndDateIsValidFromItsFirstDayOn() {
    CompactPrivilege privilege = CompactPrivilege.of(PSYPACT, Jurisdiction.parse("US-NJ"), FROM);

    assertThat(privilege.validUntil()).isEmpty();
    assertThat(privilege.isValidOn(FROM.minusDays(1))).isFalse();
    assertThat(privilege.isValidOn(FROM.plusYears(20))).isTrue();
  }

  @Test
  void privilegeValidUntilBeforeValidFromIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompactPrivilege.of(PSYPACT, Jurisdiction.parse("US-NY"), FROM,
            FROM.minusDays(1)))
        .withMessageStartingWith("validUntil ");
  }

  @Test
  void compactMembershipIsDataAndCountryMembersCoverTheirSubdivisions() {
    InterstateCompact nordic = InterstateCompact.of("NORDIC", "A compact of countries",
        Set.of(Discipline.PSYCHOLOGY, Discipline.SOCIAL_WORK),
        Set.of(Jurisdiction.country("SE"), Jurisdiction.country("NO")));

    assertThat(nordic.hasMemberCovering(Jurisdiction.parse("SE-AB"))).isTrue();
    assertThat(nordic.hasMemberCovering(Jurisdiction.country("DK"))).isFalse();
    assertThat(PSYPACT.hasMemberCovering(Jurisdiction.country("US"))).isFalse();
  }

  @Test
  void compactWithoutADisciplineIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InterstateCompact.of("EMPTY", "Empty", Set.of(), Set.of()))
        .withMessageStartingWith("disciplines ");
  }

  @Test
  void malformedCompactIdAndBlankNameAreRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InterstateCompact.of("PSY PACT", "PSYPACT",
            Set.of(Discipline.PSYCHOLOGY), Set.of()))
        .withMessageStartingWith("id ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InterstateCompact.of("PSYPACT", "", Set.of(Discipline.PSYCHOLOGY),
            Set.of()))
        .withMessageStartingWith("name ");
  }

  @Test
  void privilegeAndCompactShowIdsAndCounts() {
    assertThat(PSYPACT).hasToString("InterstateCompact{PSYPACT, 3 members}");
    assertThat(CompactPrivilege.of(PSYPACT, Jurisdiction.parse("US-NY"), FROM))
        .hasToString("CompactPrivilege{PSYPACT, home US-NY}");
  }
}
