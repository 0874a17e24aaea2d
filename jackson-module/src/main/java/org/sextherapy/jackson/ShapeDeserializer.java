package org.sextherapy.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/**
 * Jackson's view of a {@link Shape} for reading; the boundary where every failure becomes a
 * {@link SexTherapyJsonException} with the JSON path reached.
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
  private final transient SexTherapyModule options;

  ShapeDeserializer(Class<?> type, Shape<T> shape, SexTherapyModule options) {
    super(type);
    this.shape = shape;
    this.options = options;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(shape, options, p);
  }

  /**
   * Reads a value of a shape from the parser's current token, turning every failure into the
   * library's exception with the JSON path reached.
   *
   * @param shape the shape to read
   * @param options the module's options
   * @param p the parser, on the value's first token
   * @return the value, never null
   * @throws SexTherapyJsonException if the value cannot be read
   */
  static <T> T read(Shape<T> shape, SexTherapyModule options, JsonParser p) {
    ReadContext r = new ReadContext(p, options);
    try {
      return r.readValue(shape, p);
    } catch (IOException | RuntimeException e) {
      throw r.failure(e).toException();
    }
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) throws IOException {
    return deserialize(p, ctxt);
  }

  @Override
  public T getNullValue(DeserializationContext ctxt) {
    JsonParser p = ctxt.getParser();
    throw new ReadContext(p, options).fail(JsonErrorKind.WRONG_TYPE, "must not be null")
        .toException();
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
