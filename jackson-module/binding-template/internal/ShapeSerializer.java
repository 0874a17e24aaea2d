package ${binding.package}.internal;

import ${jackson.core}.JsonGenerator;
import ${jackson.databind}.${jackson.serializationContext};
import ${jackson.databind}.jsontype.TypeSerializer;
import ${jackson.databind}.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.Codec;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.json.shapes.ModelShapes;

/**
 * Jackson's view of a {@link Shape} for writing.
 *
 * <p>The wire format describes itself (a preference names its kind), so a type id that a mapper
 * with default typing would add is not written: values of the model never carry Java class names.
 *
 * @param <T> the model type
 */
final class ShapeSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Shape<T> shape;
  private final transient JsonOptions options;

  private ShapeSerializer(Class<T> type, Shape<T> shape, JsonOptions options) {
    super(type);
    this.shape = shape;
    this.options = options;
  }

  /** The serializer of a model type or one of its enums, or null for another type. */
  @SuppressWarnings("unchecked") // the table maps each class to the shape of that class
  static <T> @Nullable ShapeSerializer<T> of(Class<T> raw, JsonOptions options) {
    Shape<?> shape = ModelShapes.find(raw);
    return shape == null ? null : new ShapeSerializer<>(raw, (Shape<T>) shape, options);
  }

  @Override
  public void serialize(T value, JsonGenerator g, ${jackson.serializationContext} provider) {
    try {
      Codec.write(shape, value, new JacksonOutput(g), options);
    } catch (IOException e) {
      // Only Jackson 2's generator throws it; its databind hands it on to the caller as its own
      // IOException (JsonMappingException) with this as the cause.
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void serializeWithType(T value, JsonGenerator g, ${jackson.serializationContext} provider,
      TypeSerializer typeSer) {
    serialize(value, g, provider);
  }
}
