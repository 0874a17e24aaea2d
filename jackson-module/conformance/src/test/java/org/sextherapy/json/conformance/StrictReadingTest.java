package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Reading through {@link JsonCodec} is strict and safe: each way a document can be wrong ends
 * in one {@link SexTherapyJsonException} of the right kind, at the right path and position, with
 * no input echoed and no cause.
 */
class StrictReadingTest extends WireFormatTestBase {

  private static final String PROFILE = GoldenFilesTest.golden(JsonDocument.THERAPIST_PROFILE);

  private static String minimal(String extra) {
    return json("{'id': 'th-1', 'displayName': 'Dr Lee'" + extra + "}");
  }

  @Test
  void emptyInputIsRejectedAsEmpty() {
    for (String input : new String[] {"", "   ", "\n\t "}) {
      SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, input));
      assertThat(e.kind()).isEqualTo(JsonErrorKind.EMPTY_INPUT);
      assertThat(e.path()).isEqualTo("$");
    }
    assertThat(failure(() -> JSON.read(JsonDocument.CLIENT_REQUEST, new byte[0])).kind())
        .isEqualTo(JsonErrorKind.EMPTY_INPUT);
  }

  @Test
  void contentAfterTheDocumentIsRejectedAsTrailing() {
    for (String trailing : new String[] {" {}", " 1", "]", " x", " \"more\"", "{"}) {
      SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal("") + trailing));
      assertThat(e.kind()).as(trailing).isEqualTo(JsonErrorKind.TRAILING_CONTENT);
    }
  }

  @Test
  void anElementThatIsNotJsonAtAllIsReportedAtItsIndex() {
    String request = GoldenFilesTest.golden(JsonDocument.CLIENT_REQUEST);
    SexTherapyJsonException second = failure(() -> JSON.read(JsonDocument.CLIENT_REQUESTS,
        "[" + request + ", oops]"));
    assertThat(second.kind()).isEqualTo(JsonErrorKind.SYNTAX);
    assertThat(second.path()).isEqualTo("$[1]");
    assertThat(second.getMessage()).doesNotContain("oops");
    assertThat(failure(() -> JSON.read(JsonDocument.CLIENT_REQUESTS, "[" + request + " " + request
        + "]")).path()).as("a missing comma: the element after it").isEqualTo("$[1]");
    assertThat(request).contains("\"video\"\n  ],");
    SexTherapyJsonException inner = failure(() -> JSON.read(JsonDocument.CLIENT_REQUEST,
        request.replace("\"video\"\n  ],", "\"video\", vid\n  ],")));
    assertThat(inner.kind()).isEqualTo(JsonErrorKind.SYNTAX);
    assertThat(inner.path()).isEqualTo("$.deliveries[2]");
  }

  @Test
  void aPropertyValueThatIsNotJsonAtAllIsReportedAtItsProperty() {
    // The parser reads a value's first token together with its name, before the engine knows
    // which property it reads; the failure is still that property's.
    String request = GoldenFilesTest.golden(JsonDocument.CLIENT_REQUEST);
    String[][] cases = {
        {"\"format\": \"couple\"", "\"format\": couple", "$.format"},
        {"\"format\": \"couple\"", "\"format\" couple", "$.format"},
        {"\"format\": \"couple\"", "\"format\": -couple", "$.format"},
        {"\"ageBracket\": \"adult\"", "\"ageBracket\": adult", "$.participants[0].ageBracket"},
        {"\"strength\": \"preferred\"", "\"strength\": preferrd", "$.preferences[0].strength"},
        {"\"ref\": \"icd-10-cm:Z63.0\"", "\"ref\": icd", "$.concerns[1].recordedCodes[0].ref"},
    };
    for (String[] c : cases) {
      assertThat(request).contains(c[0]);
      SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.CLIENT_REQUEST,
          request.replaceFirst(java.util.regex.Pattern.quote(c[0]), c[1])));
      assertThat(e.kind()).as(c[1]).isEqualTo(JsonErrorKind.SYNTAX);
      assertThat(e.path()).as(c[1]).isEqualTo(c[2]);
      assertThat(e.line()).as(c[1]).isPositive();
      assertThat(e.getMessage()).as(c[1]).doesNotContain("coupl", "adul", "preferrd", "icd");
    }
    // A missing comma is the object's: the parser fails before it reads the next name.
    assertThat(failure(() -> JSON.read(JsonDocument.CLIENT_REQUEST,
        request.replaceFirst("\"format\": \"couple\",", "\"format\": \"couple\""))).path())
        .isEqualTo("$");
    // A property the wire format does not define is never named in a path, even when skipped.
    JsonCodec lenient =
        Binding.CURRENT.codec(JsonOptions.defaults().withUnknownPropertiesAllowed(true));
    SexTherapyJsonException unknown = failure(() -> lenient.read(JsonDocument.THERAPIST_PROFILE,
        minimal(", 'addedLater': oops")));
    assertThat(unknown.kind()).isEqualTo(JsonErrorKind.SYNTAX);
    assertThat(unknown.path()).isEqualTo("$.*");
    assertThat(unknown.getMessage()).doesNotContain("addedLater", "oops");
    assertThat(failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, "{\"id\": th-1}")).path())
        .as("the first property").isEqualTo("$.id");
  }

  @Test
  void malformedJsonIsASyntaxErrorWithLineAndColumn() {
    SexTherapyJsonException e =
        failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, "{\n  \"id\": \"th-1\",\n  oops\n}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.SYNTAX);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isPositive();
    assertThat(e.getMessage()).doesNotContain("oops");
    for (String bad : new String[] {"{'id': 'x'}", "{\"id\": \"th-1\",}", "{\"id\": NaN}",
        "// comment\n{}", "{\"id\": \"th\u0001\"}", "{\"id\" \"th-1\"}"}) {
      assertThat(failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, bad)).kind()).as(bad)
          .isEqualTo(JsonErrorKind.SYNTAX);
    }
  }

  @Test
  void repeatedPropertyIsRejectedEvenWhenBothValuesAgree() {
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(", 'id': 'th-1'")));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.DUPLICATE_PROPERTY);
    SexTherapyJsonException nested = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(
        ", 'fees': {'currency': 'USD', 'superbills': true, 'superbills': true}")));
    assertThat(nested.kind()).isEqualTo(JsonErrorKind.DUPLICATE_PROPERTY);
    assertThat(nested.path()).isEqualTo("$.fees.superbills");
    JsonCodec lenient =
        Binding.CURRENT.codec(JsonOptions.defaults().withUnknownPropertiesAllowed(true));
    SexTherapyJsonException unknownTwice = failure(() -> lenient.read(JsonDocument.THERAPIST_PROFILE, minimal(
        ", 'addedLater': 1, 'addedLater': 2")));
    assertThat(unknownTwice.kind()).isEqualTo(JsonErrorKind.DUPLICATE_PROPERTY);
    assertThat(unknownTwice.path()).isEqualTo("$.*");
    SexTherapyJsonException kindTwice = failure(() -> JSON.read(JsonDocument.CLIENT_REQUEST, json("{'id': 'r1',"
        + " 'sessionJurisdiction': 'GB', 'format': 'individual', 'preferences': [{'kind': 'fee',"
        + " 'kind': 'fee', 'strength': 'required', 'currency': 'GBP', 'maximumFee': 80}]}")));
    assertThat(kindTwice.kind()).isEqualTo(JsonErrorKind.DUPLICATE_PROPERTY);
    assertThat(kindTwice.path()).isEqualTo("$.preferences[0].kind");
  }

  @Test
  void unknownPropertyIsRejectedAtItsObjectWithoutNamingIt() {
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(
        ", 'licences': [{'discipline': 'psychology', 'jurisdiction': 'US-CA', 'number': '1',"
            + " 'status': 'active', 'validFrom': '2020-01-01', 'licenceHolderSsn': '123'}]")));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.UNKNOWN_PROPERTY);
    assertThat(e.path()).isEqualTo("$.licences[0].*");
    assertThat(e.getMessage()).doesNotContain("licenceHolderSsn").doesNotContain("123")
        .contains("validUntil");
  }

  @Test
  void unknownPropertiesAreSkippedWhenTheModuleAllowsThem() {
    JsonCodec lenient =
        Binding.CURRENT.codec(JsonOptions.defaults().withUnknownPropertiesAllowed(true));
    ObjectNode tree = tree(PROFILE);
    tree.putObject("addedInVersion2").put("deep", 1).putArray("list").add(true);
    ((ObjectNode) tree.get("fees")).put("currencySymbol", "$");
    ((ObjectNode) tree.get("certifications").get(0).get("credential")).put("since", 2020);
    assertThat(lenient.read(JsonDocument.THERAPIST_PROFILE, tree.toString())).isEqualTo(Examples.profile());
    assertThat(failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, tree.toString())).kind())
        .isEqualTo(JsonErrorKind.UNKNOWN_PROPERTY);
    assertThat(failure(() -> lenient.read(JsonDocument.THERAPIST_PROFILE, minimal(", 'id': 'th-2'"))).kind())
        .as("a repeated property stays an error").isEqualTo(JsonErrorKind.DUPLICATE_PROPERTY);
    assertThat(failure(() -> lenient.read(JsonDocument.THERAPIST_PROFILE, minimal(", 'x': [1,"))).kind())
        .isEqualTo(JsonErrorKind.SYNTAX);
    assertThat(failure(() -> lenient.read(JsonDocument.THERAPIST_PROFILE, json("{'displayName': 'x', 'v2': 1}"))).path())
        .isEqualTo("$.id");
  }

  @Test
  void missingRequiredPropertyIsNamedByItsPath() {
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, json("{'displayName': 'Dr Lee'}")));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.MISSING_PROPERTY);
    assertThat(e.path()).isEqualTo("$.id");
    SexTherapyJsonException nested = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(
        ", 'fees': {'currency': 'USD'}")));
    assertThat(nested.path()).isEqualTo("$.fees.sessionFees");
  }

  @Test
  void nullIsNeverAValueNotEvenForAnOptionalProperty() {
    for (String extra : new String[] {", 'pronouns': null", ", 'fees': null",
        ", 'languages': null", ", 'languages': [null]", ", 'openCapacity': null"}) {
      SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(extra)));
      assertThat(e.kind()).as(extra).isEqualTo(JsonErrorKind.WRONG_TYPE);
      assertThat(e.detail()).isEqualTo("must not be null");
    }
    SexTherapyJsonException root = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, "null"));
    assertThat(root.kind()).isEqualTo(JsonErrorKind.WRONG_TYPE);
    assertThat(root.path()).isEqualTo("$");
  }

  @Test
  void valuesAreNeverCoercedFromAnotherJsonType() {
    String[][] cases = {
        {", 'openCapacity': '3'", "$.openCapacity"},
        {", 'openCapacity': 3.0", "$.openCapacity"},
        {", 'openCapacity': 3e0", "$.openCapacity"},
        {", 'acceptingNewClients': 'true'", "$.acceptingNewClients"},
        {", 'acceptingNewClients': 1", "$.acceptingNewClients"},
        {", 'pronouns': 5", "$.pronouns"},
        {", 'fees': {'currency': 'USD', 'sessionFees': [{'format': 'individual', 'minutes': 50,"
            + " 'amount': '150'}]}", "$.fees.sessionFees[0].amount"},
        {", 'networks': [{'payer': {'id': 'acme', 'kind': 'commercial'}, 'network': 'acme-ppo',"
            + " 'telehealth': 'yes'}]", "$.networks[0].telehealth"},
        {", 'languages': 'en'", "$.languages"},
        {", 'gender': []", "$.gender"},
    };
    for (String[] c : cases) {
      SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(c[0])));
      assertThat(e.kind()).as(c[0]).isEqualTo(JsonErrorKind.WRONG_TYPE);
      assertThat(e.path()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void integerThatDoesNotFit32BitsIsInvalid() {
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(
        ", 'openCapacity': 2147483648")));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.openCapacity");
    assertThat(JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(", 'openCapacity': 2147483647")).openCapacity())
        .isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void modelInvariantFailureIsAnInvalidValueAtTheFieldItNames() {
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(
        ", 'licences': [{'discipline': 'psychology', 'jurisdiction': 'US-CA', 'number': '1',"
            + " 'status': 'active', 'validFrom': '2020-01-01', 'validUntil': '2019-12-31'}]")));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.licences[0].validUntil");
    assertThat(e.detail()).isEqualTo("must not be before validFrom");
    assertThat(e.getMessage()).doesNotContain("2019-12-31");
    SexTherapyJsonException capacity = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(
        ", 'openCapacity': -1")));
    assertThat(capacity.path()).isEqualTo("$.openCapacity");
    SexTherapyJsonException blank = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, json(
        "{'id': 'th-1', 'displayName': '   '}")));
    assertThat(blank.path()).isEqualTo("$.displayName");
    assertThat(blank.detail()).isEqualTo("must not be blank");
    SexTherapyJsonException badId = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, json(
        "{'id': 'Jane Doe, 1980-02-03', 'displayName': 'x'}")));
    assertThat(badId.path()).isEqualTo("$.id");
    assertThat(badId.getMessage()).doesNotContain("Jane");
  }

  @Test
  void unknownEnumeratedIdIsRejectedAndJavaConstantNamesAreNotIds() {
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(
        ", 'deliveries': ['video', 'IN_PERSON']")));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.UNKNOWN_ID);
    assertThat(e.path()).isEqualTo("$.deliveries[1]");
    assertThat(e.getMessage()).doesNotContain("IN_PERSON").contains("Delivery");
  }

  @Test
  void limitsBoundNestingStringsNamesNumbersAndDocumentsAndEachFailureNamesItsLimit() {
    JsonCodec lenient =
        Binding.CURRENT.codec(JsonOptions.defaults().withUnknownPropertiesAllowed(true));
    String deep = minimal(", 'future': " + "[".repeat(100) + "]".repeat(100));
    assertLimit(() -> lenient.read(JsonDocument.THERAPIST_PROFILE, deep),
        "exceeds the limit maxNestingDepth = 64");
    assertThat(lenient.read(JsonDocument.THERAPIST_PROFILE, minimal(", 'future': " + "[".repeat(60) + "]".repeat(60))))
        .isNotNull();
    String longString = minimal(", 'pronouns': '" + "x".repeat(200_000) + "'");
    assertLimit(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, longString),
        "exceeds the limit maxStringLength = 100000");
    String longName = "{\"" + "n".repeat(1000) + "\": 1}";
    assertLimit(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, longName),
        "exceeds the limit maxNameLength = 256");
    assertLimit(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, longName.getBytes(
        StandardCharsets.UTF_8)), "exceeds the limit maxNameLength = 256");
    String longNumber = minimal(", 'openCapacity': " + "9".repeat(100));
    assertLimit(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, longNumber),
        "exceeds the limit maxNumberLength = 64");
    JsonCodec small = Binding.CURRENT.codec(JsonOptions.defaults(),
        JsonLimits.defaults().withMaxDocumentLength(1000));
    assertThat(small.read(JsonDocument.THERAPIST_PROFILE, minimal(""))).isNotNull();
    assertLimit(() -> small.read(JsonDocument.THERAPIST_PROFILE, PROFILE),
        "exceeds the limit maxDocumentLength = 1000");
  }

  private static void assertLimit(ThrowingCallable read, String detail) {
    SexTherapyJsonException e = failure(read);
    assertThat(e.kind()).isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
    assertThat(e.detail()).isEqualTo(detail);
  }

  @Test
  void aWholeDocumentWithinTheLimitsReadsAndTheDefaultsAreDocumented() {
    JsonLimits limits = JSON.limits();
    assertThat(limits).isEqualTo(JsonLimits.defaults());
    assertThat(limits.maxNestingDepth()).isEqualTo(64);
    assertThat(limits.maxStringLength()).isEqualTo(100_000);
    assertThat(limits.maxNameLength()).isEqualTo(256);
    assertThat(limits.maxNumberLength()).isEqualTo(64);
    assertThat(limits.maxDocumentLength()).isEqualTo(16L * 1024 * 1024);
    assertThat(JSON.read(JsonDocument.THERAPIST_PROFILE, PROFILE)).isEqualTo(Examples.profile());
  }

  @Test
  void aLimitThatIsNotPositiveIsRefusedNamingIt() {
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxCount(0))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("maxCount"))
        .hasMessage("maxCount must be at least 1");
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxDocumentLength(-5))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("maxDocumentLength"));
    assertThatThrownBy(() -> new JsonLimits(64, 1000, 0, 64, 1000, 1))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("maxNameLength"));
  }

  @Test
  void classNamesAndTypeIdsAreNotPolymorphism() {
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, minimal(
        ", '@class': 'java.net.URL'")));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.UNKNOWN_PROPERTY);
    SexTherapyJsonException wrapped = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, 
        "[\"org.sextherapy.therapist.TherapistProfile\", " + minimal("") + "]"));
    assertThat(wrapped.kind()).isEqualTo(JsonErrorKind.WRONG_TYPE);
  }

  @Test
  void bytesInUtf16AndUtf32ReadLikeUtf8() {
    for (String charset : new String[] {"UTF-8", "UTF-16BE", "UTF-16LE", "UTF-32BE"}) {
      byte[] bytes = PROFILE.getBytes(Charset.forName(charset));
      assertThat(JSON.read(JsonDocument.THERAPIST_PROFILE, bytes)).as(charset).isEqualTo(Examples.profile());
    }
    byte[] invalidUtf8 = minimal("").getBytes(StandardCharsets.UTF_8);
    invalidUtf8[10] = (byte) 0xC3;
    assertThat(failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, invalidUtf8)).kind())
        .isEqualTo(JsonErrorKind.SYNTAX);
  }

  @Test
  void streamsAreReadAndWrittenButNotClosed() {
    boolean[] closed = {false, false};
    InputStream in = new ByteArrayInputStream(PROFILE.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    TherapistProfile profile = JSON.read(JsonDocument.THERAPIST_PROFILE, in);
    assertThat(profile).isEqualTo(Examples.profile());
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    JSON.write(JsonDocument.THERAPIST_PROFILE, profile, out);
    assertThat(pretty(out.toString(StandardCharsets.UTF_8))).isEqualTo(pretty(PROFILE));
    assertThat(closed).containsExactly(false, false);
  }

  @Test
  void failingStreamsAreIoErrors() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone, patient file S3NT1N3L-private");
      }
    };
    SexTherapyJsonException in = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, broken));
    assertThat(in.kind()).isEqualTo(JsonErrorKind.IO);
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    SexTherapyJsonException out = failure(
        () -> JSON.write(JsonDocument.THERAPIST_PROFILE, Examples.profile(), full));
    assertThat(out.kind()).isEqualTo(JsonErrorKind.IO);
    assertThat(out.line()).isEqualTo(-1);
  }

  @Test
  void aStreamFailingHalfWayIsAnIoErrorAtThePathReached() {
    byte[] bytes = PROFILE.getBytes(StandardCharsets.UTF_8);
    InputStream halfWay = new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at == bytes.length / 2) {
          throw new IOException("network reset");
        }
        return bytes[at++] & 0xff;
      }

      // One byte per call: the parser then stands exactly at the failing byte, halfway through
      // a nested value. With larger reads it stood at the start of the read that failed, which
      // may fall between two top-level properties, where the path reached is "$".
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < Math.min(len, 1)) {
          b[off + n++] = (byte) read();
        }
        return n;
      }
    };
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, halfWay));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.IO);
    assertThat(e.path()).startsWith("$.");
  }

  @Test
  void malformedUtf8InsideANestedValueIsASyntaxErrorAtThatValuesPath() {
    byte[] prefix = json("{'id': 'th-1', 'displayName': 'Dr Lee', 'licences': [{'discipline':"
        + " 'psychology', 'jurisdiction': 'US-IL', 'number': 'IL-")
        .getBytes(StandardCharsets.UTF_8);
    byte[] suffix = json("', 'status': 'active', 'validFrom': '2020-01-01'}]}")
        .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(prefix, prefix.length + 1 + suffix.length);
    bytes[prefix.length] = (byte) 0xff;
    System.arraycopy(suffix, 0, bytes, prefix.length + 1, suffix.length);
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, bytes));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.SYNTAX);
    assertThat(e.path()).isEqualTo("$.licences[0].number");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void directoryFileReadsAsAnUnmodifiableListInFileOrder() {
    List<TherapistProfile> profiles = JSON.read(JsonDocument.THERAPIST_PROFILES, 
        GoldenFilesTest.golden(JsonDocument.THERAPIST_PROFILES));
    assertThat(profiles).containsExactlyElementsOf(Examples.profiles());
    assertThatThrownBy(() -> profiles.add(Examples.profile()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(JSON.read(JsonDocument.THERAPIST_PROFILES, "[]")).isEmpty();
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILES, 
        json("[{'id': 'th-1', 'displayName': 'a'}, {'id': 'th-2'}]")));
    assertThat(e.path()).isEqualTo("$[1].displayName");
    assertThat(failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILES, "[null]")).path()).isEqualTo("$[0]");
  }

  @Test
  void everyFailureHasNoCauseAndAStableKindId() {
    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, "{"));
    assertThat(e.getCause()).isNull();
    assertThat(e.getSuppressed()).isEmpty();
    Set<String> ids = new HashSet<>();
    Arrays.stream(JsonErrorKind.values()).forEach(k -> ids.add(k.id()));
    assertThat(ids).hasSize(JsonErrorKind.values().length)
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    assertThat(e.getMessage()).startsWith(e.kind().id() + " at " + e.path());
  }
}
