package org.sextherapy.json;

import java.io.InputStream;
import java.util.List;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.ValidationResult;

/**
 * A top-level document of the wire format: what one JSON text exchanged between services holds,
 * such as a therapist profile or a client request. Each document has a JSON Schema (2020-12)
 * shipped in the {@code sextherapy-json-wire} jar under {@code org/sextherapy/json/schema/} and a
 * golden example in the library's tests; together they are the normative description of the wire format.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the Java type the document holds
 */
// T is a phantom type: no field holds a T, but it types what the codec's read(document) returns
@SuppressWarnings("UnusedTypeParameter")
public final class JsonDocument<T> {

  /** The base URI of the schemas' {@code $id}s: the project's home page, then {@code /schema/}. */
  private static final String SCHEMA_BASE_URI = ProjectHome.url() + "/schema/";

  private static final String SCHEMA_FOLDER = "org/sextherapy/json/schema/";

  /** One therapist profile, as a directory lists it. */
  public static final JsonDocument<TherapistProfile> THERAPIST_PROFILE = new JsonDocument<>(
      "therapist-profile", "Therapist profile",
      "A therapist as a directory lists them: qualifications, expertise, formats, fees and"
          + " availability.");

  /** A directory file: a JSON array of therapist profiles. */
  public static final JsonDocument<List<TherapistProfile>> THERAPIST_PROFILES = new JsonDocument<>(
      "therapist-profiles", "Therapist profiles",
      "A directory file: an array of therapist profiles.");

  /** One client request for a therapist. */
  public static final JsonDocument<ClientRequest> CLIENT_REQUEST = new JsonDocument<>(
      "client-request", "Client request",
      "A person or couple asking for a sex therapist: participants, the jurisdiction where they"
          + " will be during sessions, their concerns and preferences.");

  /** One session plan. */
  public static final JsonDocument<SessionPlan> SESSION_PLAN = new JsonDocument<>(
      "session-plan", "Session plan",
      "A therapist's plan for a client or couple: schedule, sessions with goals and in-session"
          + " activities, and exercises suggested for outside the sessions.");

  /** The result of a validator: a list of violations. */
  public static final JsonDocument<ValidationResult> VALIDATION_RESULT = new JsonDocument<>(
      "validation-result", "Validation result",
      "The violations a validator found, each with a stable rule id, a JSON path, a severity and"
          + " a message free of client data.");

  /** The matcher's answer to one request: ranked matches with reasons, and "why not" counts. */
  public static final JsonDocument<MatchResult> MATCH_RESULT = new JsonDocument<>(
      "match-result", "Match result",
      "The best therapists for one request, best first, each with a score in whole points and the"
          + " reasons that add up to it, and how many therapists each hard constraint excluded.");

  /** A waiting list: a JSON array of client requests, as the batch assigner takes them. */
  public static final JsonDocument<List<ClientRequest>> CLIENT_REQUESTS = new JsonDocument<>(
      "client-requests", "Client requests",
      "A waiting list: an array of client requests.");

  /** The batch assigner's answer for a waiting list: placements and therapists' loads. */
  public static final JsonDocument<Assignment> ASSIGNMENT = new JsonDocument<>(
      "assignment", "Assignment",
      "Every waiting client's placement, with the match explanation or the reason they stay on"
          + " the waiting list, and every therapist's load.");

  private static final List<JsonDocument<?>> ALL = List.of(THERAPIST_PROFILE, THERAPIST_PROFILES,
      CLIENT_REQUEST, CLIENT_REQUESTS, SESSION_PLAN, VALIDATION_RESULT, MATCH_RESULT, ASSIGNMENT);

  private final String name;
  private final String title;
  private final String description;

  private JsonDocument(String name, String title, String description) {
    this.name = name;
    this.title = title;
    this.description = description;
  }

  /**
   * Returns every document of the wire format.
   *
   * @return the documents in a fixed order, never null
   */
  public static List<JsonDocument<?>> all() {
    return ALL;
  }

  /**
   * Returns the document's stable name, such as {@code "therapist-profile"}; its schema is
   * {@code <name>.schema.json}.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the class-path resource name of the document's JSON Schema, such as
   * {@code org/sextherapy/json/schema/therapist-profile.schema.json}.
   *
   * @return the resource name, never null
   */
  public String schemaResource() {
    return SCHEMA_FOLDER + name + ".schema.json";
  }

  /**
   * Opens the document's JSON Schema (2020-12, UTF-8) shipped in this jar. The caller closes the
   * stream.
   *
   * @return the schema's bytes, never null
   * @throws IllegalStateException if the jar has lost the schema
   */
  public InputStream openSchema() {
    InputStream in = JsonDocument.class.getResourceAsStream("schema/" + name + ".schema.json");
    if (in == null) {
      throw new IllegalStateException(schemaResource() + " is missing from the jar");
    }
    return in;
  }

  /**
   * Returns the document's title, as its schema states it.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * Returns what the document holds, in words, as its schema states it.
   *
   * @return the description, never null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the {@code $id} of the document's JSON Schema.
   *
   * @return the URI, never null
   */
  public String schemaId() {
    return SCHEMA_BASE_URI + name + ".schema.json";
  }

  /**
   * Returns the document's name.
   *
   * @return the name, never null
   */
  @Override
  public String toString() {
    return name;
  }
}
