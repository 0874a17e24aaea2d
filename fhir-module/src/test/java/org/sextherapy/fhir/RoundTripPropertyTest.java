package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Generated profiles, written to FHIR, validated against base R4 and read back, are equal to the
 * originals on every attribute of {@link TherapistProfile}.
 */
class RoundTripPropertyTest {

  /**
   * Attributes deliberately not carried, with the reason. Empty: FHIR elements and the
   * {@link SexTherapyExtensions} carry every attribute the model holds.
   */
  private static final Map<String, String> NOT_CARRIED = Map.of();

  /**
   * Validator warnings that written resources may raise, with the reason they are accepted:
   * free text is kept as the therapist wrote it, white space included, which FHIR discourages
   * (a warning, not an error); the library's own code systems, ISO 3166-2 subdivision codes,
   * the NUCC provider taxonomy (published by NUCC, not part of the base R4 terminology) and HL7
   * Terminology's care-service-accessibility (which NDH's accessibility extension binds; HL7
   * Terminology is a package of its own, not part of base R4) are not known to the base R4
   * validator, so their codes cannot be checked there.
   */
  private static final List<Pattern> ACCEPTED_WARNINGS = List.of(
      Pattern.compile("value should not start or finish with whitespace.*", Pattern.DOTALL),
      Pattern.compile("CodeSystem is unknown and can't be validated: ("
          + Pattern.quote(SexTherapyExtensions.BASE) + "/CodeSystem/[a-z-]+|"
          + Pattern.quote("urn:iso:std:iso:3166:-2") + "|"
          + Pattern.quote("http://nucc.org/provider-taxonomy") + "|"
          + Pattern.quote(Accessibility.CARE_SERVICE_ACCESSIBILITY) + ") for .*",
          Pattern.DOTALL));

  private static final FhirDirectoryReader READER = FhirDirectoryReader.standard();

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writtenProfilesAreValidR4AndReadBackEqual(long seed) {
    TherapistProfile profile = new RandomValues(seed).profile();
    TherapistResources written = FhirDirectoryWriter.standard().write(profile);

    for (Resource resource : written.all()) {
      assertThat(unexpected(R4Validator.problems(resource)))
          .as("%s/%s", resource.fhirType(), resource.getIdPart()).isEmpty();
    }
    DirectoryRead read = READER.read(written.all());

    assertThat(read.findings()).isEmpty();
    assertThat(read.therapists()).singleElement().satisfies(t -> {
      assertThat(t.licenceClaims()).isEmpty();
      assertEqualOnCarriedAttributes(t.profile(), profile);
    });
  }

  @Test
  void ndjsonBulkExportReadsBackEveryProfileInOrder() {
    List<TherapistProfile> profiles = new ArrayList<>();
    for (long seed = 1000; seed < 1100; seed++) {
      profiles.add(new RandomValues(seed).profile());
    }
    StringWriter out = new StringWriter();
    FhirDirectoryWriter.standard().writeNdjson(profiles, out);
    List<TherapistProfile> back = new ArrayList<>();

    List<Finding> others = READER.readNdjson(new StringReader(out.toString()),
        t -> back.add(t.profile()));

    assertThat(out.toString().lines().count()).isGreaterThanOrEqualTo(3L * profiles.size());
    assertThat(others).isEmpty();
    assertThat(back).containsExactlyElementsOf(profiles);
  }

  @Test
  void aBundleSerialisedAsJsonReadsBackEveryProfile() {
    List<TherapistProfile> profiles = new ArrayList<>();
    for (long seed = 2000; seed < 2020; seed++) {
      profiles.add(new RandomValues(seed).profile());
    }
    Bundle bundle = FhirDirectoryWriter.standard().writeBundle(profiles);
    String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);

    DirectoryRead read = READER.readJson(new StringReader(json));

    assertThat(read.findings()).isEmpty();
    assertThat(read.profiles()).containsExactlyElementsOf(profiles);
  }

  @Test
  void everyAttributeOfTheModelIsCarriedOrListedAsNotCarried() {
    assertThat(attributes()).containsAll(NOT_CARRIED.keySet());
    assertThat(attributes()).hasSizeGreaterThan(20);
  }

  private static List<String> unexpected(List<SingleValidationMessage> messages) {
    return messages.stream()
        .filter(m -> m.getSeverity() != ResultSeverityEnum.WARNING
            || ACCEPTED_WARNINGS.stream().noneMatch(p -> p.matcher(m.getMessage()).matches()))
        .map(m -> m.getSeverity() + " " + m.getLocationString() + " " + m.getMessage())
        .toList();
  }

  /** The profile's attributes: its public abstract accessors and defaulted ones. */
  private static List<String> attributes() {
    return Arrays.stream(TherapistProfile.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
            && !Modifier.isStatic(m.getModifiers()) && !Modifier.isFinal(m.getModifiers())
            && !m.getName().equals("toString"))
        .map(Method::getName).sorted().toList();
  }

  private static void assertEqualOnCarriedAttributes(TherapistProfile back,
      TherapistProfile original) {
    for (String attribute : attributes()) {
      if (NOT_CARRIED.containsKey(attribute)) {
        continue;
      }
      try {
        Method accessor = TherapistProfile.class.getMethod(attribute);
        assertThat(accessor.invoke(back)).as(attribute).isEqualTo(accessor.invoke(original));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(attribute, e);
      }
    }
    if (NOT_CARRIED.isEmpty()) {
      assertThat(back).isEqualTo(original);
    }
  }
}
