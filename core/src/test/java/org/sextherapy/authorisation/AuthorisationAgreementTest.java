package org.sextherapy.authorisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.Registration;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.TherapistProfileValidator;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Over random profiles (licences of every status, country-level licences, registrations on every
 * standard register, privileges of every compact kind with dates around the compacts' operational
 * days and used-up TAP days), the rule object, the validator and the matcher never disagree about
 * what a therapist is authorised to do.
 */
class AuthorisationAgreementTest {

  private static final PracticeAuthorisation RULES = PracticeAuthorisation.standard();
  private static final TherapistProfileValidator VALIDATOR = new TherapistProfileValidator();
  /** The validator's rule ids that say a privilege authorises nothing on the date. */
  private static final Set<String> PRIVILEGE_DEFECT_RULES = Set.of(
      TherapistProfileValidator.PRIVILEGE_HOME_NOT_MEMBER,
      TherapistProfileValidator.PRIVILEGE_REMOTE_NOT_MEMBER,
      TherapistProfileValidator.PRIVILEGE_WRONG_DISCIPLINE,
      TherapistProfileValidator.PRIVILEGE_WITHOUT_HOME_LICENCE,
      TherapistProfileValidator.PRIVILEGE_COMPACT_NOT_OPERATIONAL,
      TherapistProfileValidator.PRIVILEGE_NOT_YET_VALID,
      TherapistProfileValidator.PRIVILEGE_EXPIRED,
      TherapistProfileValidator.PRIVILEGE_DAYS_EXHAUSTED);

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** One random therapist, made available, and a day on or next to one of their grant's ends. */
  static final class Case {
    final RandomValues random;
    final TherapistProfile profile;
    final LocalDate date;

    Case(long seed) {
      random = new RandomValues(seed);
      TherapistProfile drawn = random.profile();
      profile = random.withAvailability(drawn, true, 1 + random.nextInt(3));
      List<LocalDate> days = new ArrayList<>();
      for (Grant grant : RULES.grants(profile)) {
        days.add(grant.validFrom());
        grant.validUntil().ifPresent(days::add);
      }
      date = days.isEmpty() || random.chance(0.3)
          ? RandomValues.TODAY.plusDays(random.nextInt(800) - 400)
          : random.oneOf(days).plusDays(random.nextInt(3) - 1);
    }

    boolean anyGrantValid(String path) {
      return RULES.grants(profile).stream()
          .anyMatch(g -> g.path().equals(path) && g.isValidOn(date));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validatorReportsAPrivilegeDefectExactlyWhenThePrivilegeAuthorisesNothingThatDay(
      long seed) {
    Case c = new Case(seed);
    ValidationResult result = VALIDATOR.validate(c.profile, c.date);

    for (int i = 0; i < c.profile.compactPrivileges().size(); i++) {
      String path = "$.compactPrivileges[" + i + "]";
      boolean reported = result.violations().stream().anyMatch(v ->
          PRIVILEGE_DEFECT_RULES.contains(v.ruleId()) && v.path().startsWith(path));
      Set<PrivilegeDefect> defects = RULES.privilegeDefects(c.profile, i, c.date);

      assertThat(reported).as("validator on %s", path).isEqualTo(!defects.isEmpty());
      assertThat(c.anyGrantValid(path)).as("grants of %s", path).isEqualTo(defects.isEmpty());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validatorFlagsUnrecognisedCredentialsExactlyWhenTheyCanAuthoriseNothing(long seed) {
    Case c = new Case(seed);
    List<String> flagged = VALIDATOR.validate(c.profile, c.date).violations().stream()
        .filter(v -> v.ruleId().equals(TherapistProfileValidator.LICENCE_NOT_RECOGNISED)
            || v.ruleId().equals(TherapistProfileValidator.REGISTRATION_NOT_RECOGNISED))
        .map(Violation::path).collect(Collectors.toList());

    List<Licence> licences = c.profile.licences();
    for (int l = 0; l < licences.size(); l++) {
      assertThat(flagged.contains("$.licences[" + l + "].jurisdiction"))
          .isEqualTo(!RULES.counts(licences.get(l)));
    }
    List<Registration> registrations = c.profile.registrations();
    for (int r = 0; r < registrations.size(); r++) {
      assertThat(flagged.contains("$.registrations[" + r + "].register"))
          .isEqualTo(!RULES.counts(registrations.get(r)));
    }
    boolean noAuthorisation = VALIDATOR.validate(c.profile, c.date).violations().stream()
        .anyMatch(v -> v.ruleId().equals(TherapistProfileValidator.NO_AUTHORISATION));
    assertThat(noAuthorisation)
        .isEqualTo(RULES.grants(c.profile).stream().noneMatch(g -> g.isValidOn(c.date)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void matcherExcludesForAuthorisationExactlyWhenTheRuleObjectRefuses(long seed) {
    Case c = new Case(seed);
    TherapistDirectory directory = TherapistDirectory.of(List.of(c.profile));
    List<Jurisdiction> places = new ArrayList<>(RandomValues.JURISDICTIONS);
    places.add(Jurisdiction.parse("GB-SCT"));
    places.add(Jurisdiction.country("US"));
    for (Jurisdiction place : places) {
      for (Delivery delivery : c.profile.deliveries()) {
        List<Jurisdiction> where = c.random.chance(0.25)
            ? List.of(place, c.random.jurisdiction()) : List.of(place);
        MatchResult result = Matcher.standard()
            .match(request(c, where, delivery), directory, c.date, 1);
        boolean ruleSays = authorised(c, where, delivery);

        assertThat(result.excludedBy(HardConstraint.AUTHORISATION))
            .as("%s %s", where, delivery).isEqualTo(ruleSays ? 0 : 1);
        for (var match : result.matches()) {
          for (Reason reason : match.reasons()) {
            assertThat(reason.toString()).doesNotContain(RandomValues.SENTINEL);
          }
        }
      }
    }
  }

  /** The rule object asked place by place, as the matcher's documentation states the rule. */
  private static boolean authorised(Case c, List<Jurisdiction> where, Delivery delivery) {
    if (delivery.isTelehealth()) {
      return where.stream().allMatch(place ->
          RULES.decide(c.profile, place, delivery, c.date).isAuthorised());
    }
    for (PracticeLocation location : c.profile.locations()) {
      if (where.stream().allMatch(place -> place.covers(location.jurisdiction()))
          && RULES.decide(c.profile, location.jurisdiction(), delivery, c.date).isAuthorised()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A request the therapist meets in everything before authorisation: an adult (or two, one
   * elsewhere), a concern they declare, a format and the one delivery they offer.
   */
  private static ClientRequest request(Case c, List<Jurisdiction> where, Delivery delivery) {
    SessionFormat format = where.size() > 1 && c.profile.formats().contains(SessionFormat.COUPLE)
        ? SessionFormat.COUPLE : c.profile.formats().iterator().next();
    ClientRequest.Builder b = ClientRequest.builder().id("req-1").sessionJurisdiction(where.get(0))
        .format(format).addAllDeliveries(EnumSet.of(delivery))
        .addConcerns(RequestedConcern.builder()
            .concern(c.profile.expertise().get(0).concern()).priority(Priority.MEDIUM).build())
        .addParticipants(Participant.of("p1", AgeBracket.ADULT));
    if (where.size() > 1) {
      b.addParticipants(Participant.builder().id("p2").ageBracket(AgeBracket.ADULT)
          .sessionJurisdiction(where.get(1)).build());
    }
    return b.build();
  }
}
