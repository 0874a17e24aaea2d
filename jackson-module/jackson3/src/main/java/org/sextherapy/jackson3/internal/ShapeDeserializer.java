package org.sextherapy.jackson3.internal;

import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.Codec;
import org.sextherapy.json.engine.Shape;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.LogicalType;

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

  ShapeDeserializer(Class<?> type, Shape<T> shape, JsonOptions options) {
    super(type);
    this.shape = shape;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return Codec.readValue(shape, new Jackson3Input(p, null), options);
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) {
    return deserialize(p, ctxt);
  }

  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    throw Codec.nullValue(new Jackson3Input(ctxt.getParser(), null), options);
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
