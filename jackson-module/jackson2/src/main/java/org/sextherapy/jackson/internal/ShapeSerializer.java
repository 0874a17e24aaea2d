package org.sextherapy.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.Codec;
import org.sextherapy.json.engine.Shape;

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
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    Codec.write(shape, value, new Jackson2Output(g), options);
  }

  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    serialize(value, g, provider);
  }
}
