package ${binding.package}.internal;

import ${jackson.core}.ErrorReportConfiguration;
import ${jackson.core}.StreamReadConstraints;
import ${jackson.core}.StreamReadFeature;
import ${jackson.core}.StreamWriteFeature;
import ${jackson.core}.json.JsonWriteFeature;
import ${jackson.factory};
import org.sextherapy.json.JsonLimits;

/**
 * The binding's Jackson factories: the {@link JsonLimits} as Jackson's read constraints, the
 * strict parser features, and the output escaping both bindings share, so that Jackson 2 and
 * Jackson 3 write the same bytes.
 */
public final class Factories {

  private static final ErrorReportConfiguration QUOTE_LEAST =
      ErrorReportConfiguration.builder().maxErrorTokenLength(0).maxRawContentLength(0).build();

  private Factories() {}

  /**
   * A factory for whole documents: their length is limited by {@code maxDocumentLength}.
   *
   * @param limits the limits, never null
   * @return a new factory, never null
   */
  public static JsonFactory wholeDocuments(JsonLimits limits) {
    return factory(limits, limits.maxDocumentLength());
  }

  /**
   * A factory for directories streamed profile by profile: no limit on the whole input, since
   * the engine limits each profile and the count.
   *
   * @param limits the limits, never null
   * @return a new factory, never null
   */
  public static JsonFactory streamedDirectories(JsonLimits limits) {
    return factory(limits, -1);
  }

  /**
   * The limits a parser of another factory reads with (a user's mapper's), so that a limit it
   * enforces is named with its value, as the codec's are. No limit on the count; Jackson's "no
   * limit" on the document's length is the largest length.
   *
   * @param constraints the parser's read constraints, never null
   * @return the limits, never null
   */
  public static JsonLimits limitsOf(StreamReadConstraints constraints) {
    long length = constraints.getMaxDocumentLength();
    return new JsonLimits(constraints.getMaxNestingDepth(), constraints.getMaxStringLength(),
        constraints.getMaxNameLength(), constraints.getMaxNumberLength(),
        length > 0 ? length : Long.MAX_VALUE, Long.MAX_VALUE);
  }

  private static JsonFactory factory(JsonLimits limits, long maxDocumentLength) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(maxDocumentLength)
            .build())
        // Property names as the same String instances as the shapes' own (Jackson 2's default;
        // Jackson 3 turned it off), so that looking a name up ends at an identity check: names
        // are interned once, when the factory's symbol table first meets them, and reading a
        // profile with Jackson 3 costs about 3 % less CPU (jackson-module/benchmarks).
        .enable(${jackson.internNames})
        // Repeated properties are rejected by the shapes, which know each object's properties.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // Jackson's own messages (the token after a document, which a user's mapper rejects after
        // the module has read the document) quote as little of the input as Jackson can: no
        // content snippet and no token text beyond the characters it read to reject the token.
        // The codec's messages quote nothing.
        .errorReportConfiguration(QUOTE_LEAST)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // The same characters in both bindings: a character outside the Basic Multilingual Plane
        // as itself (in UTF-8 too), '/' unescaped (Jackson 3 escapes it by default).
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .build();
  }
}
