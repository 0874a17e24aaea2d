package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Reading a directory profile by profile: a JSON array or newline-delimited JSON, limits per
 * profile and on the count, failures at the profile's path, and a directory larger than the
 * whole-document limit.
 */
class StreamingTest extends WireFormatTestBase {

  private static final String BASE = JSON.write(JsonDocument.THERAPIST_PROFILE, Examples.profile());

  /** The example profile under another id. */
  private static TherapistProfile profile(int i) {
    return JSON.read(JsonDocument.THERAPIST_PROFILE, text(i));
  }

  private static String text(int i) {
    return BASE.replaceFirst("\"id\":\"th-1042\"", "\"id\":\"th-" + i + "\"");
  }

  private static List<TherapistProfile> read(JsonCodec codec, String json) {
    try (Stream<TherapistProfile> profiles = codec.stream(JsonDocument.THERAPIST_PROFILES,
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      return profiles.toList();
    }
  }

  private static String ndjson(List<TherapistProfile> profiles) {
    StringBuilder b = new StringBuilder();
    for (TherapistProfile p : profiles) {
      b.append(JSON.write(JsonDocument.THERAPIST_PROFILE, p)).append('\n');
    }
    return b.toString();
  }

  @Test
  void aDirectoryArrayStreamsProfileByProfileInFileOrder() {
    List<TherapistProfile> directory = List.of(profile(1), profile(2), profile(3));
    assertThat(read(JSON, JSON.write(JsonDocument.THERAPIST_PROFILES, directory)))
        .isEqualTo(directory);
    assertThat(read(JSON, "[]")).isEmpty();
  }

  @Test
  void newlineDelimitedProfilesStreamLikeAnArray() {
    List<TherapistProfile> directory = List.of(profile(1), profile(2), profile(3));
    assertThat(read(JSON, ndjson(directory))).isEqualTo(directory);
  }

  @Test
  void theCountLimitNamesItselfAndItsValueAtTheFirstProfileOverIt() {
    JsonCodec two = Binding.CURRENT.codec(JsonOptions.defaults(),
        JsonLimits.defaults().withMaxCount(2));
    List<TherapistProfile> passed = new ArrayList<>();
    SexTherapyJsonException e = failure(() -> {
      try (Stream<TherapistProfile> profiles = two.stream(JsonDocument.THERAPIST_PROFILES,
          new ByteArrayInputStream(ndjson(List.of(profile(1), profile(2), profile(3)))
              .getBytes(StandardCharsets.UTF_8)))) {
        profiles.forEach(passed::add);
      }
    });
    assertThat(e.kind()).isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("exceeds the limit maxCount = 2");
    assertThat(e.path()).isEqualTo("$[2]");
    assertThat(passed).hasSize(2);
  }

  @Test
  void theLengthLimitAppliesToEachProfileNotToTheDirectory() {
    String one = JSON.write(JsonDocument.THERAPIST_PROFILE, profile(1));
    JsonCodec small = Binding.CURRENT.codec(JsonOptions.defaults(),
        JsonLimits.defaults().withMaxDocumentLength(one.length() + 10));
    List<TherapistProfile> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.add(profile(i));
    }
    assertThat(read(small, JSON.write(JsonDocument.THERAPIST_PROFILES, many))).isEqualTo(many);
    JsonCodec tiny = Binding.CURRENT.codec(JsonOptions.defaults(),
        JsonLimits.defaults().withMaxDocumentLength(one.length() / 2));
    SexTherapyJsonException e = failure(() -> read(tiny, ndjson(many)));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo("exceeds the limit maxDocumentLength = "
        + one.length() / 2);
    assertThat(e.path()).isEqualTo("$[0]");
  }

  @Test
  void aBadProfileFailsAtItsPathAfterTheGoodOnesBeforeIt() {
    String json = json("[" + JSON.write(JsonDocument.THERAPIST_PROFILE, profile(1)).replace('"',
        '\'') + ", {'displayName': 'Dr S3NT1N3L'}]");
    List<TherapistProfile> passed = new ArrayList<>();
    SexTherapyJsonException e = failure(() -> {
      try (Stream<TherapistProfile> profiles = JSON.stream(JsonDocument.THERAPIST_PROFILES,
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
        profiles.forEach(passed::add);
      }
    });
    assertThat(e.kind()).isEqualTo(JsonErrorKind.MISSING_PROPERTY);
    assertThat(e.path()).isEqualTo("$[1].id");
    assertThat(passed).containsExactly(profile(1));
    assertThat(failure(() -> read(JSON, "[] []")).kind())
        .isEqualTo(JsonErrorKind.TRAILING_CONTENT);
    assertThat(failure(() -> read(JSON, "")).kind()).isEqualTo(JsonErrorKind.EMPTY_INPUT);
    assertThat(failure(() -> read(JSON, "[1]")).kind()).isEqualTo(JsonErrorKind.WRONG_TYPE);
  }

  @Test
  void aGeneratedDirectoryOverTheWholeDocumentLimitStreamsInFull(@TempDir Path dir)
      throws IOException {
    int size = BASE.length() + 1;
    int count = (int) (JsonLimits.defaults().maxDocumentLength() / size) + 500;
    Path file = dir.resolve("directory.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write('[');
      for (int i = 0; i < count; i++) {
        out.write(((i == 0 ? "" : ",\n") + text(i)).getBytes(StandardCharsets.UTF_8));
      }
      out.write(']');
    }
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILES, in)).kind())
          .isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
    }
    assertThat(Files.size(file)).isGreaterThan(JsonLimits.defaults().maxDocumentLength());
    try (InputStream in = Files.newInputStream(file);
        Stream<TherapistProfile> profiles = JSON.stream(JsonDocument.THERAPIST_PROFILES, in)) {
      long[] seen = {0};
      profiles.forEach(p -> {
        if (!p.id().equals("th-" + seen[0])) {
          throw new AssertionError("profile " + seen[0] + " out of order");
        }
        seen[0]++;
      });
      assertThat(seen[0]).isEqualTo(count);
    }
  }
}
