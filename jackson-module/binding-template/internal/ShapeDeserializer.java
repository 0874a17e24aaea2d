package ${binding.package}.internal;

import ${jackson.core}.JsonParser;
import ${jackson.databind}.DeserializationContext;
import ${jackson.databind}.deser.std.StdDeserializer;
import ${jackson.databind}.jsontype.TypeDeserializer;
import ${jackson.databind}.type.LogicalType;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.Codec;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.json.shapes.ModelShapes;

/**
 * Jackson's view of a {@link Shape} for reading in a user's own mapper; every failure becomes a
 * {@code SexTherapyJsonException} with the JSON path reached, relative to the value read.
 *
 * <p>A Jackson exception is never passed on or kept as a cause (its message quotes the input); its
 * kind and position are kept. A type id that a mapper with default typing expects is ignored: the
 * wire format has no class names, only the polymorphism it declares itself.
 *
 * @param <T> the model type
 */
final class ShapeDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Shape<T> shape;
  private final transient JsonOptions options;

  private ShapeDeserializer(Class<?> type, Shape<T> shape, JsonOptions options) {
    super(type);
    this.shape = shape;
    this.options = options;
  }

  /** The deserializer of a model type or one of its enums, or null for another type. */
  static @Nullable ShapeDeserializer<?> of(Class<?> raw, JsonOptions options) {
    Shape<?> shape = ModelShapes.find(raw);
    return shape == null ? null : new ShapeDeserializer<>(raw, shape, options);
  }

  /**
   * The deserializer of a {@code List} or {@code Set} of a model type (read as strictly as its
   * elements, with paths such as {@code $[3].id}), or null for another collection.
   */
  static @Nullable ShapeDeserializer<?> ofCollection(Class<?> raw, Class<?> element,
      JsonOptions options) {
    Shape<?> shape = ModelShapes.collectionOf(raw, element);
    return shape == null ? null : new ShapeDeserializer<>(raw, shape, options);
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return Codec.readValue(shape, new JacksonInput(p, null), options);
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }

  @Override
  public T getNullValue(DeserializationContext ctxt) {
    throw Codec.nullValue(new JacksonInput(ctxt.getParser(), null), options);
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.POJO;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
