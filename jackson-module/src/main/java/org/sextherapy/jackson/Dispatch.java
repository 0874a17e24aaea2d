package org.sextherapy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Collection;

/**
 * Direct calls for the most common shapes (strings, integers, booleans, enumerated values,
 * objects, arrays and values written as text, whose read and write are final), so
 * that reading and writing a property or an array element of one of them does not go through an
 * interface call that the JIT cannot inline (every property shares the same call site). Any other
 * shape is called through {@link Shape}. A measured optimisation: the shapes are the same either
 * way.
 */
final class Dispatch {

  static final int OTHER = 0;
  static final int STRING = 1;
  static final int INTEGER = 2;
  static final int BOOLEAN = 3;
  static final int ENUM = 4;
  static final int OBJECT = 5;
  static final int LIST = 6;
  static final int TEXT = 7;

  private Dispatch() {}

  /** Classifies a shape once, when a property or array is declared. */
  static int kindOf(Shape<?> shape) {
    if (shape instanceof ScalarShapes.StringShape) {
      return STRING;
    }
    if (shape instanceof ScalarShapes.IntegerShape) {
      return INTEGER;
    }
    if (shape instanceof ScalarShapes.BooleanShape) {
      return BOOLEAN;
    }
    if (shape instanceof EnumShape) {
      return ENUM;
    }
    if (shape instanceof ObjectShape) {
      return OBJECT;
    }
    if (shape instanceof ListShape) {
      return LIST;
    }
    if (shape instanceof ScalarShapes.TextShape) {
      return TEXT;
    }
    return OTHER;
  }

  /** Writes a value of the shape. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static void write(int kind, Shape<?> shape, Object value, JsonGenerator g,
      SexTherapyModule options) throws IOException {
    switch (kind) {
      case STRING -> ScalarShapes.writeText((String) value, g);
      case INTEGER -> g.writeNumber(((Integer) value).intValue());
      case BOOLEAN -> g.writeBoolean((Boolean) value);
      case ENUM -> ((EnumShape<?>) shape).writeId((Enum<?>) value, g);
      case OBJECT -> ((ObjectShape<Object>) shape).write(value, g, options);
      case LIST -> ((ListShape) shape).write((Collection) value, g, options);
      case TEXT -> ((ScalarShapes.TextShape<Object>) shape).write(value, g, options);
      default -> ((Shape<Object>) shape).write(value, g, options);
    }
  }

  /** Reads a value of the shape; the caller has rejected {@code null}. */
  static Object read(int kind, Shape<?> shape, JsonParser p, ReadContext r) throws IOException {
    return switch (kind) {
      case STRING -> ScalarShapes.readString(p, r);
      case INTEGER -> ScalarShapes.readInt(p, r);
      case BOOLEAN -> ScalarShapes.readBoolean(p, r);
      case ENUM -> ((EnumShape<?>) shape).read(p, r);
      case OBJECT -> ((ObjectShape<?>) shape).read(p, r);
      case LIST -> ((ListShape<?, ?>) shape).read(p, r);
      case TEXT -> ((ScalarShapes.TextShape<?>) shape).read(p, r);
      default -> shape.read(p, r);
    };
  }
}
