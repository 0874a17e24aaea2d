package org.sextherapy.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseHasExtensions;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.jspecify.annotations.Nullable;

/**
 * Extensions that a profile allows once, repeated. HAPI's {@code getExtensionByUrl} throws on a
 * second match ("must have only one match"), which would break the reader's promise never to
 * throw on well-formed FHIR: a repeated extension is well-formed FHIR R4, only not valid under
 * the profile that defines it.
 *
 * <p>The reader takes an extension that may occur once with {@link #one}, which reads it when it
 * occurs once and reads nothing when it is repeated: which occurrence the directory meant is not
 * guessed. {@link #report} reports each such repetition as a {@link FindingKind#REPEATED_ELEMENT}
 * finding at its FHIR path. Where a profile allows many (NDH's and Plan-Net's {@code whereValid},
 * 0..*; a self-description's {@code term}; a compact's {@code member}) every occurrence is read.
 * The qualification extensions that give a licence's status and jurisdiction (NDH's and
 * Plan-Net's scope, 0..1 each, with {@code status} 1..1; the library's {@code licence-status})
 * are read in every occurrence as sources of the same fields, under the reader's conflict rule
 * (see {@link FhirDirectoryReader}), and reported here as well.
 */
final class Repeats {

  /** Sub-extensions a definition the reader knows allows more than once. */
  private static final Set<String> MANY = Set.of("whereValid", "term", "member", "daysUsed",
      "sessionFee", "plan", "aim", "virtualModalities");

  /**
   * Extensions named by canonical URL that the reader reads once where they stand; their
   * sub-extensions (relative URLs) are checked too.
   */
  private static final Set<String> ONCE = Set.of(SexTherapyExtensions.TITLE,
      SexTherapyExtensions.PRONOUNS, SexTherapyExtensions.TRAINING, SexTherapyExtensions.FEES,
      SexTherapyExtensions.ACCEPTING_NEW_CLIENTS, SexTherapyExtensions.OPEN_CAPACITY,
      SexTherapyExtensions.AVAILABILITY_CONFIRMED, SexTherapyExtensions.LICENCE_STATUS,
      SexTherapyExtensions.DEGREE_CLINICAL, SexTherapyExtensions.CREDENTIAL,
      SexTherapyExtensions.CE_CREDITS, SexTherapyExtensions.MEMBERSHIP_CURRENT,
      FhirTerms.NDH_QUALIFICATION, FhirTerms.PLAN_NET_QUALIFICATION, Hours.TIME_ZONE,
      SexTherapyExtensions.NEXT_OPENING, SexTherapyExtensions.ESTIMATED_WAIT);

  /** Complex extensions, read once or many times, whose sub-extensions the reader reads. */
  private static final Set<String> COMPLEX = Set.of(SexTherapyExtensions.GENDER,
      SexTherapyExtensions.RACE_OR_ETHNICITY, SexTherapyExtensions.LGBTQ_IDENTITY,
      SexTherapyExtensions.FAITH, SexTherapyExtensions.PRACTICE_COMPETENCE,
      SexTherapyExtensions.EXPERTISE, SexTherapyExtensions.COMPACT_PRIVILEGE,
      SexTherapyExtensions.TRAINING, SexTherapyExtensions.MODALITY, SexTherapyExtensions.FEES,
      SexTherapyExtensions.OUTCOME, SexTherapyExtensions.NETWORK, SexTherapyExtensions.CREDENTIAL,
      SexTherapyExtensions.OPEN_SLOT, FhirTerms.NDH_QUALIFICATION, FhirTerms.PLAN_NET_QUALIFICATION,
      FhirTerms.NDH_NEW_PATIENTS, FhirTerms.PLAN_NET_NEW_PATIENTS, FhirTerms.NDH_DELIVERY_METHOD,
      FhirTerms.PLAN_NET_DELIVERY_METHOD);

  private Repeats() {}

  /**
   * Returns the extension of a URL that occurs once on an element, or null when it is absent or
   * repeated (the repetition is reported by {@link #report}).
   */
  static @Nullable Extension one(IBaseHasExtensions element, String url) {
    List<Extension> all = element instanceof Element e ? e.getExtensionsByUrl(url)
        : element instanceof DomainResource d ? d.getExtensionsByUrl(url) : List.of();
    return all.size() == 1 ? all.get(0) : null;
  }

  /**
   * Reports each extension the reader reads once that a resource repeats, once per element and
   * URL, as {@code repeated-element} at the path of its second occurrence.
   */
  static void report(DomainResource resource, String self, List<Finding> into) {
    walk(resource, resource.fhirType(), false, self, into);
    if (resource instanceof Practitioner p) {
      List<PractitionerQualificationComponent> qualifications = p.getQualification();
      for (int i = 0; i < qualifications.size(); i++) {
        walk(qualifications.get(i), "Practitioner.qualification[" + i + "]", false, self, into);
      }
    }
  }

  private static void walk(Base base, String path, boolean inComplex, String self,
      List<Finding> into) {
    List<Extension> extensions = base instanceof DomainResource d ? d.getExtension()
        : base instanceof Element e ? e.getExtension() : List.of();
    Map<String, Integer> seen = new HashMap<>(0);
    for (int i = 0; i < extensions.size(); i++) {
      Extension x = extensions.get(i);
      String url = x.getUrl();
      if (url == null) {
        continue;
      }
      boolean relative = !url.contains(":");
      // a relative URL is a finding's text only when it is a plain name (a sub-extension's);
      // anything else in the url element is the input's text and is named by position
      String named = relative && !url.matches("[A-Za-z][A-Za-z0-9_-]{0,63}") ? null : url;
      String at = path + (named == null ? ".extension[" + i + "]"
          : ".extension('" + named + "')");
      int count = seen.merge(url, 1, Integer::sum);
      boolean once = relative ? inComplex && !MANY.contains(url) : ONCE.contains(url);
      if (count == 2 && once && named != null) {
        into.add(new Finding(self, at + "[1]", FindingKind.REPEATED_ELEMENT));
      }
      boolean complex = relative ? inComplex : COMPLEX.contains(url);
      if (complex) {
        walk(x, count > 1 ? at + "[" + (count - 1) + "]" : at, true, self, into);
      }
    }
  }
}
