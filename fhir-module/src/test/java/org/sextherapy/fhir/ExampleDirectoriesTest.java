package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file of the NDH and Plan-Net example folders is read, and what is found in each is
 * asserted against {@code expected-findings/<folder>.txt}: one line per file, with the
 * Practitioner's profile id or the findings of the resource. Reviewing that file is reviewing
 * the mapping on real data.
 */
class ExampleDirectoriesTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {Examples.NDH, Examples.PLAN_NET})
  void everyFileReadsAloneAndEveryPractitionerMakesAProfile(String folder) throws IOException {
    for (Path file : Examples.files(folder)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        DirectoryRead read = FhirDirectoryReader.standard().readJson(in);
        boolean practitioner = file.getFileName().toString().startsWith("Practitioner-");
        assertThat(read.therapists()).as(file.getFileName().toString())
            .hasSize(practitioner ? 1 : 0);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {Examples.NDH, Examples.PLAN_NET})
  void findingsOfEveryFileAreTheExpectedOnes(String folder) throws IOException {
    Map<String, Resource> resources = Examples.resources(folder);
    DirectoryRead read = FhirDirectoryReader.standard().read(new ArrayList<>(resources.values()));
    List<String> actual = new ArrayList<>();
    for (Map.Entry<String, Resource> file : resources.entrySet()) {
      String self = file.getValue().fhirType() + "/" + file.getValue().getIdPart();
      String therapist = read.therapists().stream()
          .filter(t -> t.findings().stream().anyMatch(f -> f.resource().equals(self))
              || t.profile().id().equals(file.getValue().getIdPart()))
          .map(t -> " profile " + t.profile().id() + ", " + t.licenceClaims().size()
              + " licence claims;")
          .collect(Collectors.joining());
      String findings = read.findingsFor(self).stream()
          .map(f -> f.kind().id() + " " + f.path()).collect(Collectors.joining("; "));
      actual.add(file.getKey() + ":" + (file.getValue().fhirType().equals("Practitioner")
          ? therapist : "") + " " + (findings.isEmpty() ? "-" : findings));
    }
    Path out = Path.of("target", "actual-findings-" + folder + ".txt");
    Files.createDirectories(out.getParent());
    Files.write(out, actual, StandardCharsets.UTF_8);
    List<String> expected;
    try (BufferedReader in = new BufferedReader(
        Examples.open("/expected-findings/" + folder + ".txt"))) {
      expected = in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
    assertThat(actual).as("see %s", out).containsExactlyElementsOf(expected);
  }
}
