package org.sextherapy.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.location.Jurisdiction;

class CompactPrivilegeTest {

  private static final Jurisdiction NEW_YORK = Jurisdiction.parse("US-NY");
  private static final Jurisdiction NEW_JERSEY = Jurisdiction.parse("US-NJ");
  private static final InterstateCompact PSYPACT = InterstateCompact.of(CompactKind.PSYPACT,
      Set.of(NEW_YORK, NEW_JERSEY, Jurisdiction.parse("US-TX")));
  private static final InterstateCompact COUNSELING =
      InterstateCompact.of(CompactKind.COUNSELING_COMPACT, Set.of(NEW_YORK, NEW_JERSEY));
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2026, 12, 31);

  @Test
  void privilegeIsWithinItsPeriodFromItsFirstToItsLastDay() {
    CompactPrivilege privilege = CompactPrivilege.of(PSYPACT, NEW_YORK, FROM, UNTIL);

    assertThat(privilege.isValidOn(FROM.minusDays(1))).isFalse();
    assertThat(privilege.isValidOn(FROM)).isTrue();
    assertThat(privilege.isValidOn(UNTIL)).isTrue();
    assertThat(privilege.isValidOn(UNTIL.plusDays(1))).isFalse();
  }

  @Test
  void privilegeWithoutEndDateIsValidFromItsFirstDayOn() {
    CompactPrivilege privilege = CompactPrivilege.of(PSYPACT, NEW_JERSEY, FROM);

    assertThat(privilege.validUntil()).isEmpty();
    assertThat(privilege.isValidOn(FROM.minusDays(1))).isFalse();
    assertThat(privilege.isValidOn(FROM.plusYears(20))).isTrue();
  }

  @Test
  void aPsypactPrivilegeMadeWithoutAKindIsTheTelepsychologyAuthority() {
    assertThat(CompactPrivilege.of(PSYPACT, NEW_YORK, FROM).kind())
        .isEqualTo(PrivilegeKind.PSYPACT_APIT);
  }

  @Test
  void aCounselingPrivilegeNeedsItsOneRemoteStateAndCannotBeMadeForAllMembers() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> CompactPrivilege.of(COUNSELING, NEW_YORK, FROM))
        .satisfies(e -> assertThat(e.field()).isEqualTo("compact"))
        .withMessageStartingWith("compact must grant a privilege valid in all its members");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompactPrivilege.builder().compact(COUNSELING)
            .kind(PrivilegeKind.COUNSELING_PRIVILEGE).homeJurisdiction(NEW_YORK).validFrom(FROM)
            .build())
        .withMessageStartingWith("remoteJurisdiction ");
    assertThat(CompactPrivilege.builder().compact(COUNSELING)
        .kind(PrivilegeKind.COUNSELING_PRIVILEGE).homeJurisdiction(NEW_YORK)
        .remoteJurisdiction(NEW_JERSEY).validFrom(FROM).build().remoteJurisdiction())
        .contains(NEW_JERSEY);
  }

  @Test
  void theImlcGrantsNoPrivilegeAtAll() {
    InterstateCompact imlc = InterstateCompact.of(
        CompactKind.INTERSTATE_MEDICAL_LICENSURE_COMPACT, Set.of(NEW_YORK, NEW_JERSEY));

    assertThat(CompactKind.INTERSTATE_MEDICAL_LICENSURE_COMPACT.privilegeKinds()).isEmpty();
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> CompactPrivilege.of(imlc, NEW_YORK, FROM, UNTIL))
        .satisfies(e -> assertThat(e.field()).isEqualTo("compact"));
  }

  @Test
  void aPrivilegeKindOfAnotherCompactIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompactPrivilege.builder().compact(PSYPACT)
            .kind(PrivilegeKind.NURSE_MULTISTATE).homeJurisdiction(NEW_YORK).validFrom(FROM)
            .build())
        .withMessageStartingWith("kind ");
  }

  @Test
  void temporaryDaysAreRecordedForATapOnlyAndWithinAYear() {
    CompactPrivilege.Builder tap = CompactPrivilege.builder().compact(PSYPACT)
        .kind(PrivilegeKind.PSYPACT_TAP).homeJurisdiction(NEW_YORK).remoteJurisdiction(NEW_JERSEY)
        .validFrom(FROM);
    assertThat(tap.putTemporaryDaysUsed(2026, 12).build().daysUsedIn(2026)).isEqualTo(12);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> tap.putTemporaryDaysUsed(2027, 367).build())
        .withMessageStartingWith("temporaryDaysUsed[2027] ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompactPrivilege.builder().compact(PSYPACT)
            .kind(PrivilegeKind.PSYPACT_APIT).homeJurisdiction(NEW_YORK).validFrom(FROM)
            .putTemporaryDaysUsed(2026, 3).build())
        .withMessageStartingWith("temporaryDaysUsed ");
  }

  @Test
  void privilegeValidUntilBeforeValidFromIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CompactPrivilege.of(PSYPACT, NEW_YORK, FROM, FROM.minusDays(1)))
        .withMessageStartingWith("validUntil ");
  }

  @Test
  void aCompactsMembersAreStatesEachCoveringItselfOnly() {
    // A country or a place outside the US as a member would have let a privilege authorise
    // practice in every state, or in Ontario (a new user's trial, session 14).
    for (String notAState : new String[] {"US", "CA-ON", "CA", "GB"}) {
      assertThatThrownBy(() -> InterstateCompact.of(CompactKind.PSYPACT,
          Set.of(Jurisdiction.parse("US-PA"), Jurisdiction.parse(notAState))))
          .as(notAState).isInstanceOfSatisfying(InvalidValueException.class,
              e -> assertThat(e.field()).isEqualTo("members"))
          .hasMessage("members must be US states, the District of Columbia or US territories, as"
              + " ISO 3166-2:US codes such as US-PA: the parties to a compact");
    }
    InterstateCompact guam = InterstateCompact.of(CompactKind.NURSE_LICENSURE_COMPACT,
        Set.of(Jurisdiction.parse("US-GU"), Jurisdiction.parse("US-DC")));
    assertThat(guam.hasMemberCovering(Jurisdiction.parse("US-GU"))).isTrue();
    // Guam's own ISO 3166-1 code is read as its US subdivision, so it is a member too.
    assertThat(guam.hasMemberCovering(Jurisdiction.parse("GU"))).isTrue();

    assertThat(PSYPACT.hasMemberCovering(NEW_YORK)).isTrue();
    assertThat(PSYPACT.hasMemberCovering(Jurisdiction.country("US"))).isFalse();
    assertThat(PSYPACT.hasMemberCovering(Jurisdiction.parse("US-CA"))).isFalse();
  }

  @Test
  void aPrivilegeForOneStateIsNeverForTheHomeState() {
    assertThatThrownBy(() -> CompactPrivilege.builder().compact(PSYPACT)
        .kind(PrivilegeKind.PSYPACT_TAP).homeJurisdiction(NEW_YORK)
        .remoteJurisdiction(NEW_YORK).validFrom(FROM).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("remoteJurisdiction"));
  }

  @Test
  void compactsShipTheirOperationalDateWhichTheCallerMayReplace() {
    assertThat(PSYPACT.operationalFrom()).contains(LocalDate.of(2020, 7, 1));
    assertThat(PSYPACT.isOperationalOn(LocalDate.of(2020, 6, 30))).isFalse();
    assertThat(InterstateCompact.of(CompactKind.SOCIAL_WORK_LICENSURE_COMPACT, Set.of())
        .isOperationalOn(LocalDate.of(2030, 1, 1))).as("no date announced").isFalse();
    assertThat(InterstateCompact.of(CompactKind.SOCIAL_WORK_LICENSURE_COMPACT, Set.of(),
        Optional.of(FROM)).isOperationalOn(FROM)).isTrue();
  }

  @Test
  void theNurseLicensureCompactCoversRegisteredNursesNotPsychiatricNursePractitioners() {
    assertThat(CompactKind.NURSE_LICENSURE_COMPACT.disciplines())
        .containsExactly(Discipline.REGISTERED_NURSING);
  }

  @Test
  void privilegeAndCompactShowIdsAndCounts() {
    assertThat(PSYPACT).hasToString("InterstateCompact{PSYPACT, 3 members}");
    assertThat(CompactPrivilege.of(PSYPACT, NEW_YORK, FROM))
        .hasToString("CompactPrivilege{PSYPACT-APIT, home US-NY}");
  }
}
