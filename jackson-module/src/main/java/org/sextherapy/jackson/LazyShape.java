package org.sextherapy.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A shape resolved on first use, for a type that contains itself (a credential that requires
 * another credential to be current).
 *
 * @param <T> the type
 */
final class LazyShape<T> implements Shape<T> {

  private final Supplier<Shape<T>> target;

  LazyShape(Supplier<Shape<T>> target) {
    this.target = target;
  }

  @Override
  public void write(T value, JsonGenerator g, SexTherapyModule options) throws IOException {
    target.get().write(value, g, options);
  }

  @Override
  public T read(JsonParser p, ReadContext r) throws IOException {
    return target.get().read(p, r);
  }

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    return target.get().schema(s);
  }
}
