package org.sextherapy.fhir;

import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import org.jspecify.annotations.Nullable;

/**
 * HAPI parser error handler that turns every well-formedness error into {@link Malformed} with the
 * FHIR path and a fixed description; HAPI's lenient default would log and drop the element.
 * Unresolved references are not errors here: the reader reports them as findings.
 */
final class StrictErrors extends ErrorHandlerAdapter {

  /** A well-formedness error at a FHIR path; the message never holds an input value. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String detail;

    Malformed(String path, String detail) {
      super(detail, null, false, false);
      this.path = path;
      this.detail = detail;
    }

    String detail() {
      return detail;
    }

    String path() {
      return path;
    }
  }

  private static String path(@Nullable IParseLocation location, @Nullable String element) {
    String parent = location == null ? null : location.getParentElementName();
    String base = parent == null ? "" : parent;
    if (element == null) {
      return base.isEmpty() ? "(resource)" : base;
    }
    return base.isEmpty() ? element : base + "." + element;
  }

  // An unknown element's or attribute's name is the document's text, not FHIR's (a key can hold
  // anything a sender typed), so it is written as '*', as the JSON module writes an unknown
  // property; the parent's name is FHIR's own.
  @Override
  public void unknownElement(@Nullable IParseLocation location, @Nullable String element) {
    throw new Malformed(path(location, "*"), "unknown element");
  }

  @Override
  public void unknownAttribute(@Nullable IParseLocation location, @Nullable String attribute) {
    throw new Malformed(path(location, "*"), "unknown attribute");
  }

  @Override
  public void unexpectedRepeatingElement(@Nullable IParseLocation location,
      @Nullable String element) {
    throw new Malformed(path(location, element), "element repeats but may occur once");
  }

  @Override
  public void incorrectJsonType(@Nullable IParseLocation location, @Nullable String element,
      BaseJsonLikeValue.@Nullable ValueType expected,
      BaseJsonLikeValue.@Nullable ScalarType expectedScalar,
      BaseJsonLikeValue.@Nullable ValueType found,
      BaseJsonLikeValue.@Nullable ScalarType foundScalar) {
    throw new Malformed(path(location, element), "value of the wrong JSON type");
  }

  @Override
  public void invalidValue(@Nullable IParseLocation location, @Nullable String value,
      @Nullable String error) {
    throw new Malformed(path(location, null), "invalid value");
  }

  @Override
  public void missingRequiredElement(@Nullable IParseLocation location,
      @Nullable String element) {
    throw new Malformed(path(location, element), "required element missing");
  }

  @Override
  public void containedResourceWithNoId(@Nullable IParseLocation location) {
    throw new Malformed(path(location, "contained"), "contained resource without id");
  }

  @Override
  public void extensionContainsValueAndNestedExtensions(@Nullable IParseLocation location) {
    throw new Malformed(path(location, "extension"),
        "extension holds both a value and nested extensions");
  }
}
