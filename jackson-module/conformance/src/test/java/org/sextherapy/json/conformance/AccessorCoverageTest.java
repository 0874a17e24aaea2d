package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.shapes.DocumentShapes;
import org.sextherapy.json.shapes.ModelShapes;

/**
 * Adding a field to a model type without its JSON property fails the build: every public
 * accessor of every object type of the wire format is a property of its schema definition, or
 * listed here as derived with the reason it is not written.
 */
class AccessorCoverageTest extends WireFormatTestBase {

  /** Accessors that are computed from other properties, so writing them would repeat data. */
  private static final Map<String, String> DERIVED = Map.ofEntries(
      Map.entry("MatchResult.eligible", "considered less the therapists each constraint excluded"),
      Map.entry("Assignment.assignedCount", "counted from the placements"),
      Map.entry("Assignment.totalScore", "summed from the placements"),
      Map.entry("InterstateCompact.kind", "written as the property id, the kind's stable id"),
      Map.entry("InterstateCompact.disciplines", "fixed by the compact's kind"),
      Map.entry("Registration.jurisdiction", "the register's jurisdiction"),
      Map.entry("ClientRequest.sessionJurisdictions",
          "the participants' own session jurisdictions, or the request's"),
      Map.entry("Aim.altersIdentity", "computed from the aim's focus and intent"),
      Map.entry("Course.isOpenEnded", "true exactly when plannedSessions is absent"),
      Map.entry("Credential.qualifiedId", "issuer id and credential id joined"),
      Map.entry("Code.stemCodes", "parsed from the code by its system (an ICD-11 cluster's stems)"),
      Map.entry("Code.extensionCodes", "parsed from the code by its system (a cluster's '&' codes)"),
      Map.entry("Certification.ceCreditsShortfall",
          "computed from ceCreditsEarned and the credential's renewal rule"),
      Map.entry("Certification.lastValidDay",
          "expires, or issued plus the credential's renewal cycle"),
      Map.entry("SessionFee.lowestAmount", "the sliding scale's low end, or the amount"),
      Map.entry("Participant.isMinor", "computed from the age bracket"),
      Map.entry("ClientRequest.involvesMinor", "whether any participant is a minor"),
      Map.entry("Exercise.isPartnered",
          "computed from the exercise's participants and kind"),
      Map.entry("ValidationResult.isValid", "whether no violation is an error"),
      Map.entry("Placement.isAssigned", "whether the match is present"),
      Map.entry("Placement.therapistId", "the therapist id of the match"),
      Map.entry("TherapistLoad.remaining", "capacity less the clients assigned"),
      Map.entry("Assignment.totalWaitingPoints", "summed from the placements"),
      Map.entry("Assignment.unassignedCount", "counted from the placements"),
      Map.entry("OpenSlot.end", "the start plus the length"),
      Map.entry("TherapistProfile.languagesWorkedIn",
          "the languages and the practice locations' sign languages"));

  @Test
  void everyAccessorOfEveryModelTypeIsAPropertyOrListedAsDerived() {
    Map<String, Set<String>> properties = schemaProperties();
    List<String> missing = new ArrayList<>();
    Set<String> derivedSeen = new TreeSet<>();
    for (Class<?> type : ModelShapes.types()) {
      Set<String> names = properties.get(type.getSimpleName());
      if (names == null) {
        continue; // a value written as text or an id (a jurisdiction, a concern type)
      }
      for (String accessor : accessors(type)) {
        String key = type.getSimpleName() + "." + accessor;
        if (DERIVED.containsKey(key)) {
          derivedSeen.add(key);
        } else if (!names.contains(accessor)) {
          missing.add(key);
        }
      }
    }
    assertThat(missing).as("accessors without a JSON property").isEmpty();
    assertThat(derivedSeen).as("every listed derived accessor still exists")
        .containsExactlyInAnyOrderElementsOf(DERIVED.keySet());
  }

  @Test
  void theCheckSeesTheTypesItShouldSee() {
    Map<String, Set<String>> properties = schemaProperties();
    assertThat(properties.get("TherapistProfile")).contains("id", "displayName", "licences");
    assertThat(accessors(org.sextherapy.therapist.TherapistProfile.class))
        .contains("id", "displayName", "licences").doesNotContain("toString", "hashCode");
  }

  /** The public, non-static, argument-less accessors a model type declares or inherits. */
  static Set<String> accessors(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class
          && m.getDeclaringClass().getName().startsWith("org.sextherapy.")
          && !m.isSynthetic() && !m.isBridge() && !m.getName().equals("toString")
          && !m.getName().equals("hashCode")) {
        names.add(m.getName());
      }
    }
    return names;
  }

  /** The properties of every object definition of every document's schema, by definition. */
  @SuppressWarnings("unchecked")
  static Map<String, Set<String>> schemaProperties() {
    Map<String, Set<String>> out = new HashMap<>();
    for (JsonDocument<?> document : JsonDocument.all()) {
      Map<String, Object> schema = DocumentShapes.schema(document);
      Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
      for (Map.Entry<String, Object> def : defs.entrySet()) {
        Object props = ((Map<String, Object>) def.getValue()).get("properties");
        if (props instanceof Map<?, ?> map) {
          Set<String> names = new LinkedHashSet<>();
          map.keySet().forEach(k -> names.add((String) k));
          out.put(def.getKey(), names);
        }
      }
    }
    return out;
  }
}
