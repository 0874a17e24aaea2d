package org.sextherapy.json.conformance.benchmark;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Reading and writing a therapist profile of about 0.5 KB (578 bytes) through both bindings
 * ({@link JsonCodec}: strict parser, builders, every invariant; {@code readModule} and
 * {@code writeModule} for Jackson 2, {@code readModule3} and {@code writeModule3} for Jackson 3)
 * against plain Jackson databinding of the same JSON, in the same run, into two baselines, each
 * with Jackson 2 and with Jackson 3: a mutable class of strings ({@link ProfilePojo}:
 * {@code readPojo}, {@code readPojo3}, {@code writePojo}, {@code writePojo3}) and one of the
 * model's own kinds of values
 * ({@link TypedProfilePojo}: {@code LocalDate}, {@code Locale}, {@code Currency}, enums,
 * {@code BigDecimal}), with Jackson 2 and the JSR-310 module and with Jackson 3. The target is
 * 0.7 times the typed baseline of the same Jackson version. Codecs, readers and writers are built
 * once. Run with
 * {@code ./mvnw -pl jackson-module/conformance -am -Pbenchmark test-compile exec:exec
 * -Dbenchmark=JsonBenchmark}; results are kept in
 * {@code jackson-module/benchmarks/json-results.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Three forks: the JIT lays out the module's megamorphic call sites differently from one JVM to
// the next (a single fork measured anywhere between -3 % and +3 % of the mean), so the ratio is
// taken over three.
@Fork(3)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {

  private JsonCodec json;
  private JsonCodec json3;
  private ObjectReader pojoReader;
  private ObjectWriter pojoWriter;
  private tools.jackson.databind.ObjectReader pojoReader3;
  private tools.jackson.databind.ObjectWriter pojoWriter3;
  private ObjectReader typedReader;
  private ObjectWriter typedWriter;
  private tools.jackson.databind.ObjectReader typedReader3;
  private tools.jackson.databind.ObjectWriter typedWriter3;
  private TypedProfilePojo typed;
  private TherapistProfile profile;
  private ProfilePojo pojo;
  private byte[] bytes;

  /**
   * The profile of the benchmark, about 0.5 KB of JSON: the properties a directory listing
   * commonly fills, with expertise, a location, a licence and a fee.
   */
  static TherapistProfile profile() {
    Jurisdiction illinois = Jurisdiction.parse("US-IL");
    return TherapistProfile.builder().id("th-1042").displayName("Dr Alex Rivera, PsyD")
        .addLanguages(Locale.forLanguageTag("en"), Locale.forLanguageTag("es"))
        .addExpertise(Expertise.of(StandardConcerns.LOW_SEXUAL_DESIRE, ExpertiseLevel.SPECIALIST))
        .addPopulations(Population.ADULTS, Population.LGBTQ)
        .addFormats(SessionFormat.INDIVIDUAL, SessionFormat.COUPLE)
        .addDeliveries(Delivery.VIDEO)
        .addLocations(PracticeLocation.of(illinois))
        .addLicences(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(illinois)
            .number("071-012345").status(LicenceStatus.ACTIVE)
            .validFrom(LocalDate.of(2016, 9, 1)).build())
        .fees(FeeSchedule.of(Currency.getInstance("USD"), new BigDecimal("180.00")))
        .acceptingNewClients(true).openCapacity(3)
        .build();
  }

  /** Builds the mappers, the value and its JSON once. */
  @Setup
  public void setUp() throws IOException {
    json = org.sextherapy.jackson.SexTherapyJson.strict();
    json3 = org.sextherapy.jackson3.SexTherapyJson.strict();
    JsonMapper plain = JsonMapper.builder().build();
    pojoReader = plain.readerFor(ProfilePojo.class);
    pojoWriter = plain.writerFor(ProfilePojo.class);
    profile = profile();
    bytes = json.writeBytes(JsonDocument.THERAPIST_PROFILE, profile);
    pojo = pojoReader.readValue(bytes);
    JsonMapper withTime = JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    typedReader = withTime.readerFor(TypedProfilePojo.class);
    typedWriter = withTime.writerFor(TypedProfilePojo.class);
    // Jackson 3 reads and writes java.time itself, as ISO text by default.
    tools.jackson.databind.json.JsonMapper plain3 =
        tools.jackson.databind.json.JsonMapper.builder().build();
    typedReader3 = plain3.readerFor(TypedProfilePojo.class);
    typedWriter3 = plain3.writerFor(TypedProfilePojo.class);
    pojoReader3 = plain3.readerFor(ProfilePojo.class);
    pojoWriter3 = plain3.writerFor(ProfilePojo.class);
    typed = typedReader.readValue(bytes);
    for (byte[] written : new byte[][] {typedWriter.writeValueAsBytes(typed),
        typedWriter3.writeValueAsBytes(typed)}) {
      if (!json.read(JsonDocument.THERAPIST_PROFILE, written).equals(profile)) {
        throw new IllegalStateException("the typed POJO does not carry the same document");
      }
    }
    for (byte[] written : new byte[][] {pojoWriter.writeValueAsBytes(pojo),
        pojoWriter3.writeValueAsBytes(pojoReader3.readValue(bytes))}) {
      if (!json.read(JsonDocument.THERAPIST_PROFILE, written).equals(profile)) {
        throw new IllegalStateException("the string POJO does not carry the same document");
      }
    }
  }

  /** Reads the profile through the module. */
  @Benchmark
  public TherapistProfile readModule() {
    return json.read(JsonDocument.THERAPIST_PROFILE, bytes);
  }

  /** Reads the profile through the Jackson 3 binding. */
  @Benchmark
  public TherapistProfile readModule3() {
    return json3.read(JsonDocument.THERAPIST_PROFILE, bytes);
  }

  /** Reads the same JSON into the mutable POJO with plain Jackson. */
  @Benchmark
  public ProfilePojo readPojo() throws IOException {
    return pojoReader.readValue(bytes);
  }

  /** Reads the same JSON into the mutable POJO with plain Jackson 3. */
  @Benchmark
  public ProfilePojo readPojo3() {
    return pojoReader3.readValue(bytes);
  }

  /** Reads the same JSON into the typed POJO with plain Jackson 2 and its JSR-310 module. */
  @Benchmark
  public TypedProfilePojo readTypedPojo() throws IOException {
    return typedReader.readValue(bytes);
  }

  /** Reads the same JSON into the typed POJO with plain Jackson 3. */
  @Benchmark
  public TypedProfilePojo readTypedPojo3() {
    return typedReader3.readValue(bytes);
  }

  /** Writes the profile through the module. */
  @Benchmark
  public byte[] writeModule() {
    return json.writeBytes(JsonDocument.THERAPIST_PROFILE, profile);
  }

  /** Writes the profile through the Jackson 3 binding. */
  @Benchmark
  public byte[] writeModule3() {
    return json3.writeBytes(JsonDocument.THERAPIST_PROFILE, profile);
  }

  /** Writes the typed POJO with plain Jackson 2 and its JSR-310 module. */
  @Benchmark
  public byte[] writeTypedPojo() throws IOException {
    return typedWriter.writeValueAsBytes(typed);
  }

  /** Writes the typed POJO with plain Jackson 3. */
  @Benchmark
  public byte[] writeTypedPojo3() {
    return typedWriter3.writeValueAsBytes(typed);
  }

  /** Writes the POJO with plain Jackson. */
  @Benchmark
  public byte[] writePojo() throws IOException {
    return pojoWriter.writeValueAsBytes(pojo);
  }

  /** Writes the POJO with plain Jackson 3. */
  @Benchmark
  public byte[] writePojo3() {
    return pojoWriter3.writeValueAsBytes(pojo);
  }
}
