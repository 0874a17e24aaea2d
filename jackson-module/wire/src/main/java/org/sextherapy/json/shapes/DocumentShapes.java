package org.sextherapy.json.shapes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.engine.ListShape;
import org.sextherapy.json.engine.SchemaContext;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.json.engine.WireCodec;

/**
 * The shape of each top-level document of the wire format ({@link JsonDocument}), and its JSON
 * Schema.
 */
public final class DocumentShapes {

  private static final Map<String, Shape<?>> SHAPES = Map.of(
      JsonDocument.THERAPIST_PROFILE.name(), TherapistShapes.THERAPIST_PROFILE,
      JsonDocument.THERAPIST_PROFILES.name(), ListShape.list(TherapistShapes.THERAPIST_PROFILE),
      JsonDocument.CLIENT_REQUEST.name(), ClientShapes.CLIENT_REQUEST,
      JsonDocument.CLIENT_REQUESTS.name(), ListShape.list(ClientShapes.CLIENT_REQUEST),
      JsonDocument.SESSION_PLAN.name(), PlanShapes.SESSION_PLAN,
      JsonDocument.VALIDATION_RESULT.name(), ValidationShapes.VALIDATION_RESULT,
      JsonDocument.MATCH_RESULT.name(), MatchShapes.MATCH_RESULT,
      JsonDocument.ASSIGNMENT.name(), AssignmentShapes.ASSIGNMENT);

  private static final Map<String, Shape<?>> ELEMENTS = Map.of(
      JsonDocument.THERAPIST_PROFILES.name(), TherapistShapes.THERAPIST_PROFILE,
      JsonDocument.CLIENT_REQUESTS.name(), ClientShapes.CLIENT_REQUEST);

  /** The table as the engine's codec looks documents and types up. */
  public static final WireCodec.Documents TABLE = new WireCodec.Documents() {
    @Override
    public <T> Shape<T> of(JsonDocument<T> document) {
      return DocumentShapes.of(document);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Shape<T> elementOf(JsonDocument<List<T>> document) {
      Shape<?> element = ELEMENTS.get(Objects.requireNonNull(document, "document").name());
      if (element == null) {
        throw new IllegalArgumentException(document + " is not a list document");
      }
      return (Shape<T>) element;
    }

    @Override
    public <T> Shape<T> ofType(Class<T> type) {
      return ModelShapes.of(type);
    }
  };

  private DocumentShapes() {}

  /**
   * Returns the shape of a document.
   *
   * @param <T> the document's type
   * @param document the document, never null
   * @return the shape, never null
   */
  @SuppressWarnings("unchecked")
  public static <T> Shape<T> of(JsonDocument<T> document) {
    return (Shape<T>) Objects.requireNonNull(
        SHAPES.get(Objects.requireNonNull(document, "document").name()), document.name());
  }

  /**
   * Describes a document as a JSON Schema (2020-12), as shipped in the jar.
   *
   * @param document the document, never null
   * @return the schema, as nested maps and lists
   */
  public static Map<String, Object> schema(JsonDocument<?> document) {
    return SchemaContext.document(document.schemaId(), document.title(), document.description(),
        of(document));
  }
}
