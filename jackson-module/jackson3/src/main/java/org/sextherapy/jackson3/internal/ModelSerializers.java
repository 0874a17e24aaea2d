package org.sextherapy.jackson3.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.json.shapes.ModelShapes;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/** Gives Jackson a {@link ShapeSerializer} for every model type in {@link ModelShapes}. */
public final class ModelSerializers extends Serializers.Base {

  private final JsonOptions options;

  /**
   * Creates the serializers.
   *
   * @param options the options, never null
   */
  public ModelSerializers(JsonOptions options) {
    this.options = options;
  }

  @Override
  public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDesc, JsonFormat.@Nullable Value formatOverrides) {
    return serializer(type.getRawClass(), options);
  }

  @SuppressWarnings("unchecked")
  private static <T> @Nullable ValueSerializer<?> serializer(Class<T> raw, JsonOptions options) {
    Shape<?> shape = ModelShapes.find(raw);
    return shape == null ? null : new ShapeSerializer<>(raw, (Shape<T>) shape, options);
  }
}
