package org.sextherapy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Direct calls for the most common shapes (strings, integers, booleans, enumerated values), so
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
      case ENUM -> ((EnumShape) shape).write((Enum) value, g, options);
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
      default -> shape.read(p, r);
    };
  }
}
