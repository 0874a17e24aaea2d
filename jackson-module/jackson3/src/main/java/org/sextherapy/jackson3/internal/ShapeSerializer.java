package org.sextherapy.jackson3.internal;

import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.Codec;
import org.sextherapy.json.engine.Shape;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

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

  ShapeSerializer(Class<T> type, Shape<T> shape, JsonOptions options) {
    super(type);
    this.shape = shape;
    this.options = options;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext provider) {
    try {
      Codec.write(shape, value, new Jackson3Output(g), options);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the engine's output never throws with Jackson 3", e);
    }
  }

  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializationContext provider,
      TypeSerializer typeSer) {
    serialize(value, g, provider);
  }
}
