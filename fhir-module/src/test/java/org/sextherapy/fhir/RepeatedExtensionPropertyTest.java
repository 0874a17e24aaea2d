package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Well-formed FHIR never makes the reader throw, however often an extension is repeated: each
 * extension and sub-extension of NDH's and Plan-Net's examples, and of directories the library
 * writes, is repeated in place in turn (twice, then three times), and the directory read again.
 * A profile that allows the extension once gets a finding, never HAPI's "must have only one
 * match" exception.
 */
class RepeatedExtensionPropertyTest {

  private static final FhirDirectoryReader READER = FhirDirectoryReader.standard();

  static Stream<Arguments> directories() {
    List<Arguments> out = new ArrayList<>();
    out.add(Arguments.of(Examples.NDH, new ArrayList<>(Examples.resources(Examples.NDH).values())));
    out.add(Arguments.of(Examples.PLAN_NET,
        new ArrayList<>(Examples.resources(Examples.PLAN_NET).values())));
    for (long seed = 0; seed < 12; seed++) {
      TherapistProfile profile = new RandomValues(seed).profile();
      out.add(Arguments.of("written, seed " + seed,
          new ArrayList<>(FhirDirectoryWriter.standard().write(profile).all())));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directories")
  void repeatingAnyExtensionIsReadOrReportedNeverThrown(String name, List<Resource> resources) {
    int mutations = 0;
    java.util.Set<String> failures = new java.util.TreeSet<>();
    for (int r = 0; r < resources.size(); r++) {
      int sites = sites(resources.get(r)).size();
      for (int k = 0; k < sites; k++) {
        for (int copies = 1; copies <= 2; copies++) {
          List<Resource> mutated = new ArrayList<>(resources);
          Resource copy = resources.get(r).copy();
          Site site = sites(copy).get(k);
          for (int c = 0; c < copies; c++) {
            site.list().add(site.index() + 1, site.list().get(site.index()).copy());
          }
          mutated.set(r, copy);
          try {
            DirectoryRead read = READER.read(mutated);
            assertThat(read).isNotNull();
          } catch (RuntimeException e) {
            failures.add(copy.fhirType() + " with extension " + site.url() + " repeated "
                + (copies + 1) + " times threw " + e + " at " + e.getStackTrace()[0] + " / "
                + java.util.Arrays.stream(e.getStackTrace())
                    .filter(f -> f.getClassName().startsWith("org.sextherapy")).findFirst()
                    .map(Object::toString).orElse(""));
          }
          mutations++;
        }
      }
    }
    assertThat(mutations).as("extensions repeated").isPositive();
    if (!failures.isEmpty()) {
      fail(name + ":\n" + String.join("\n", failures));
    }
  }

  /** One extension in a list of extensions, found by walking a resource in document order. */
  private record Site(List<Extension> list, int index, String url) {}

  private static List<Site> sites(Base base) {
    List<Site> out = new ArrayList<>();
    walk(base, out);
    return out;
  }

  private static void walk(Base base, List<Site> out) {
    List<Extension> extensions = base instanceof DomainResource d ? d.getExtension()
        : base instanceof Element e ? e.getExtension() : List.of();
    for (int i = 0; i < extensions.size(); i++) {
      out.add(new Site(extensions, i, extensions.get(i).getUrl()));
    }
    for (Property property : base.children()) {
      if (property.getName().equals("extension") || property.getName().equals("contained")) {
        if (property.getName().equals("extension")) {
          for (Extension x : extensions) {
            walk(x, out);
          }
        }
        continue;
      }
      for (Base value : property.getValues()) {
        walk(value, out);
      }
    }
  }
}
