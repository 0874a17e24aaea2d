package org.sextherapy.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What core needs at run time: the assignment runs in a fresh JVM on exactly the runtime class
 * path a user's build resolves for {@code sextherapy-core} (written by the dependency plugin to
 * {@code target/runtime-classpath.txt}: JSpecify alone) plus core's own classes, so a missing
 * class fails it.
 */
class RuntimeClassPathTest {

  private static List<String> declaredRuntimeClassPath() throws IOException {
    String text = Files.readString(Path.of("target/runtime-classpath.txt"),
        StandardCharsets.UTF_8).trim();
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(File.pathSeparator));
  }

  private static String jarName(String path) {
    return Path.of(path).getFileName().toString();
  }

  /** Runs the probe on core's classes plus the given jars and returns its output. */
  private static String runAssignment(List<String> jars) throws Exception {
    List<String> classPath = new ArrayList<>();
    classPath.add(Path.of("target/classes").toAbsolutePath().toString());
    // the probe and the generators it uses: no third-party test library is on this path
    classPath.add(Path.of("target/test-classes").toAbsolutePath().toString());
    classPath.addAll(jars);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp",
        String.join(File.pathSeparator, classPath), RuntimeClassPathProbe.class.getName(), "7")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("probe finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void runtimeClassPathIsJspecifyAlone() throws IOException {
    List<String> names = declaredRuntimeClassPath().stream().map(RuntimeClassPathTest::jarName)
        .map(n -> n.replaceAll("-[0-9][^-]*\\.jar$", "")).sorted().toList();
    // Immutables' annotations are compile-time only (provided), JGraphT a test dependency (the
    // reference the flow solver is checked against): neither is on this path
    assertThat(names).containsExactly("jspecify");
  }

  @Test
  void optimalAssignmentRunsOnExactlyTheDeclaredRuntimeClassPath() throws Exception {
    assertThat(runAssignment(declaredRuntimeClassPath())).contains("optimal=true")
        .containsPattern("assigned=[1-9]");
  }
}
