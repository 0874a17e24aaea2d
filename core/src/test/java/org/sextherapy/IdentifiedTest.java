package org.sextherapy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.assignment.UnassignedReason;
import org.sextherapy.authorisation.BasisKind;
import org.sextherapy.authorisation.LicensingLevel;
import org.sextherapy.authorisation.PrivilegeDefect;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.Priority;
import org.sextherapy.client.Strength;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.StandardCodeSystem;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.ethics.ReviewSubject;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.insurance.CoverageStanding;
import org.sextherapy.insurance.PatientAcceptance;
import org.sextherapy.insurance.PayerKind;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.matching.AuthorisationGap;
import org.sextherapy.matching.DistanceDecay;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.ReasonCode;
import org.sextherapy.outcome.ReliableChange;
import org.sextherapy.outcome.ScoreDirection;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Contact;
import org.sextherapy.qualification.CertificationStanding;
import org.sextherapy.qualification.CertificationStatus;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.Frequency;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FaithApproach;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.PracticeArea;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.validation.Severity;

/** The stable ids of the library's enumerations: the wire names data is stored under. */
class IdentifiedTest {

  private static final Pattern LOWER_KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
      Certainty.class, StandardCodeSystem.class, ConcernCategory.class, GenderTerm.class,
      Delivery.class, Frequency.class, SessionFormat.class, CertificationStatus.class,
      CertificationStanding.class,
      CredentialKind.class, DegreeLevel.class, Discipline.class, LicenceStatus.class,
      ExpertiseLevel.class, Population.class, Focus.class, Intent.class, AgeBracket.class,
      GuardianConsent.class, PreferenceKind.class, Priority.class, Strength.class,
      ActivityKind.class, Contact.class, Severity.class, ReviewSubject.class,
      HardConstraint.class, AuthorisationGap.class, ReasonCode.class, DistanceDecay.class,
      UnassignedReason.class,
      LicensingLevel.class,
      BasisKind.class, PrivilegeDefect.class, ScoreDirection.class, ReliableChange.class,
      PayerKind.class, PatientAcceptance.class, CoverageStanding.class, FaithApproach.class,
      PracticeArea.class, CompetenceGrade.class, AccessFeature.class);

  static Stream<Class<? extends Enum<?>>> identifiedEnums() {
    return ENUMS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identifiedEnums")
  void idsAreLowerKebabAndUniqueWithinTheirEnumeration(Class<? extends Enum<?>> type) {
    List<String> ids = Arrays.stream(type.getEnumConstants())
        .map(constant -> ((Identified) constant).id()).collect(Collectors.toList());

    assertThat(ids).isNotEmpty().doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches(LOWER_KEBAB));
  }

  @Test
  void everyIdentifiedEnumerationOfTheLibraryIsCheckedHere() throws IOException,
      URISyntaxException {
    Path classes = Path.of(Identified.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Set<Class<?>> found;
    try (Stream<Path> files = Files.walk(classes)) {
      found = files.map(classes::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class"))
          .map(name -> name.substring(0, name.length() - ".class".length())
              .replace(classes.getFileSystem().getSeparator(), "."))
          .map(IdentifiedTest::load)
          .filter(type -> type.isEnum() && Identified.class.isAssignableFrom(type))
          .collect(Collectors.toSet());
    }

    assertThat(found).hasSizeGreaterThan(20).containsExactlyInAnyOrderElementsOf(ENUMS);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, IdentifiedTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }
}
