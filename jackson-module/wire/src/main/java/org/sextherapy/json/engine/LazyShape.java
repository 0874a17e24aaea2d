package org.sextherapy.json.engine;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.sextherapy.json.JsonOptions;

/**
 * A shape resolved on first use, for a type that contains itself (a credential that requires
 * another credential to be current).
 *
 * @param <T> the type
 */
public final class LazyShape<T> implements Shape<T> {

  private final Supplier<Shape<T>> target;

  /**
   * Creates the shape.
   *
   * @param target gives the shape on first use
   */
  public LazyShape(Supplier<Shape<T>> target) {
    this.target = target;
  }

  @Override
  public void write(T value, JsonOutput g, JsonOptions options) throws IOException {
    target.get().write(value, g, options);
  }

  @Override
  public T read(JsonInput p, ReadContext r) throws IOException {
    return target.get().read(p, r);
  }

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    return target.get().schema(s);
  }
}
