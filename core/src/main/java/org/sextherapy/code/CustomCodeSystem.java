package org.sextherapy.code;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.sextherapy.internal.Checks;

/**
 * A code system a clinic declares: its own local codes, or a national modification of ICD-10.
 * Created through {@link CodeSystem#custom} and {@link CodeSystem#modificationOf}; equal to another
 * with the same id, URI, pattern and base. Immutable and thread-safe.
 */
final class CustomCodeSystem implements CodeSystem {

  /** The longest code of a local system: long enough for any identifier, too short for a note. */
  static final int MAX_LOCAL_CODE_LENGTH = 24;
  /** The longest pattern accepted. */
  static final int MAX_PATTERN_LENGTH = 256;
  /** The longest URI accepted. */
  static final int MAX_URI_LENGTH = 1024;

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
  /**
   * What a local code may be made of, whatever its pattern: no white space and no punctuation of
   * sentences, so that free text never passes as a code however permissive the pattern.
   */
  private static final Pattern LOCAL_CODE = Pattern.compile("[A-Za-z0-9._-]{1,"
      + MAX_LOCAL_CODE_LENGTH + "}");
  /** An ICD-10 category at the start of a code of a modification. */
  private static final Pattern ICD10_CATEGORY = Pattern.compile("[A-Z][0-9][0-9A-Z]");

  private final String id;
  private final String uri;
  private final Pattern pattern;
  private final @Nullable StandardCodeSystem base;

  private CustomCodeSystem(String id, String uri, Pattern pattern,
      @Nullable StandardCodeSystem base) {
    this.id = id;
    this.uri = uri;
    this.pattern = pattern;
    this.base = base;
  }

  static CodeSystem local(String id, String uri, String pattern) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(pattern, "pattern");
    return new CustomCodeSystem(checkId(id), checkUri(uri), compile(pattern), null);
  }

  static CodeSystem modification(CodeSystem base, String id, String uri, String pattern) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(pattern, "pattern");
    Checks.require(base == StandardCodeSystem.ICD_10 || base == StandardCodeSystem.ICD_10_CM,
        "base", "must be icd-10 or icd-10-cm: only ICD-10 has national modifications");
    return new CustomCodeSystem(checkId(id), checkUri(uri), compile(pattern),
        (StandardCodeSystem) base);
  }

  private static String checkId(String id) {
    Checks.require(ID.matcher(id).matches(), "id", "must be 1 to 64 lower-case letters, digits,"
        + " dots or hyphens, starting with a letter or digit");
    for (CodeSystem standard : CodeSystem.standard()) {
      Checks.require(!standard.id().equals(id), "id", "must not be the id of a standard system");
    }
    return id;
  }

  private static String checkUri(String uri) {
    Checks.require(uri.length() <= MAX_URI_LENGTH, "uri",
        "must be at most " + MAX_URI_LENGTH + " characters");
    boolean absolute;
    try {
      absolute = new URI(uri).isAbsolute();
    } catch (URISyntaxException e) {
      absolute = false;
    }
    Checks.require(absolute, "uri", "must be an absolute URI");
    for (CodeSystem standard : CodeSystem.standard()) {
      // A clinic's system must not pass its codes off as a standard classification's, which the
      // ethical rules judge by their categories.
      Checks.require(!standard.uri().equalsIgnoreCase(uri), "uri",
          "must not be the URI of a standard system");
    }
    return uri;
  }

  private static Pattern compile(String pattern) {
    Checks.require(!pattern.isEmpty() && pattern.length() <= MAX_PATTERN_LENGTH, "pattern",
        "must be 1 to " + MAX_PATTERN_LENGTH + " characters");
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new org.sextherapy.InvalidValueException("pattern", "must be a regular expression");
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String uri() {
    return uri;
  }

  @Override
  public Optional<StandardCodeSystem> classification() {
    return Optional.ofNullable(base);
  }

  /**
   * Returns the code in canonical form: for a local system, without surrounding white space and
   * with its case kept; for a modification, written as its base writes codes (upper case, no white
   * space, the dot after the category).
   */
  @Override
  public Optional<String> canonical(String code) {
    if (code.length() > MAX_CODE_LENGTH) {
      return Optional.empty();
    }
    String written;
    if (base == null) {
      written = code.strip();
      if (!LOCAL_CODE.matcher(written).matches()) {
        return Optional.empty();
      }
    } else {
      String upper = StandardCodeSystem.withoutWhiteSpace(code).replace(".", "")
          .toUpperCase(Locale.ROOT);
      if (upper.length() < 3 || !ICD10_CATEGORY.matcher(upper.substring(0, 3)).matches()) {
        return Optional.empty();
      }
      written = upper.length() > 3 ? upper.substring(0, 3) + "." + upper.substring(3) : upper;
    }
    return pattern.matcher(written).matches() ? Optional.of(written) : Optional.empty();
  }

  /** A declared system has no clusters: a code is its own stem. */
  @Override
  public List<String> stemCodes(String canonicalCode) {
    return List.of(canonicalCode);
  }

  @Override
  public List<String> extensionCodes(String canonicalCode) {
    return List.of();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CustomCodeSystem o && o.id.equals(id) && o.uri.equals(uri)
        && o.pattern.pattern().equals(pattern.pattern()) && o.base == base;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, uri, pattern.pattern(), base);
  }

  @Override
  public String toString() {
    return id;
  }
}
