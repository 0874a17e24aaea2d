package org.sextherapy.fhir.benchmark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sextherapy.fhir.FhirDirectoryReader;
import org.sextherapy.fhir.FhirDirectoryWriter;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Reading 100,000 therapist profiles from an NDJSON bulk export (Location, PractitionerRole,
 * VerificationResult and Practitioner lines, about 380,000 resources, written by
 * {@link FhirDirectoryWriter} from core's seeded generator) in one pass, each profile handed on
 * and dropped. The fork's heap is capped at 256 MiB, less than the profiles would take if they
 * were kept, so a run that completes shows the read is bounded in memory. The score is profiles
 * per second.
 *
 * <p>Not run in CI. Run on a quiet machine with {@code ./mvnw -pl fhir-module -am -Pbenchmark
 * test-compile exec:exec -Dbenchmark=NdjsonReadBenchmark}; results go to
 * {@code fhir-module/target/jmh-result.json} and are kept in
 * {@code fhir-module/benchmarks/ndjson-results.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class NdjsonReadBenchmark {

  /**
   * The number of profiles in the export. {@code -p profiles=1000} makes a quick functional check
   * whose score is not a result: the score assumes 100,000 profiles per invocation.
   */
  @Param({"100000"})
  public int profiles;

  private Path file;
  private FhirDirectoryReader reader;

  /**
   * Writes the export to a temporary file, one generated profile at a time.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void writeExport() throws IOException {
    file = Files.createTempFile("sextherapy-ndjson-", ".ndjson");
    reader = FhirDirectoryReader.standard();
    Iterable<TherapistProfile> generated = () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < profiles;
      }

      @Override
      public TherapistProfile next() {
        return new RandomValues(next++).profile();
      }
    };
    // An OutputStreamWriter replaces what UTF-8 cannot encode: the generator's free text may
    // split a surrogate pair with its sentinel, which Files.newBufferedWriter would refuse.
    try (Writer out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
      FhirDirectoryWriter.standard().writeNdjson(generated, out);
    }
  }

  /**
   * Deletes the export.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void deleteExport() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Reads the whole export once.
   *
   * @param blackhole consumes each profile
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  @OperationsPerInvocation(100_000)
  public void readExport(Blackhole blackhole) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      blackhole.consume(reader.readNdjson(in, therapist -> blackhole.consume(therapist.profile())));
    }
  }
}
