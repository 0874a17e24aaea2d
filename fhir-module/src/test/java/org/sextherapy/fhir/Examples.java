package org.sextherapy.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;

/** The NDH and Plan-Net example resources in the test resources, by file name. */
final class Examples {

  static final String NDH = "ndh-examples";
  static final String PLAN_NET = "plannet-examples";

  private Examples() {}

  /** Returns the JSON files of a folder, sorted by name. */
  static List<Path> files(String folder) {
    URL url = Examples.class.getResource("/" + folder);
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses every file of a folder with HAPI, keyed by file name, in name order. */
  static Map<String, Resource> resources(String folder) {
    Map<String, Resource> out = new LinkedHashMap<>();
    var parser = FhirContext.forR4Cached().newJsonParser();
    for (Path file : files(folder)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        out.put(file.getFileName().toString(), (Resource) parser.parseResource(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Reads a folder as one directory. */
  static DirectoryRead read(String folder) {
    return FhirDirectoryReader.standard().read(new ArrayList<>(resources(folder).values()));
  }

  /** Opens a test resource. */
  static Reader open(String name) {
    InputStream in = Examples.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException(name);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
