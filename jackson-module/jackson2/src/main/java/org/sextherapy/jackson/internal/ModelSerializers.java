package org.sextherapy.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.Serializers;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;

/**
 * Gives Jackson 2 a {@link ShapeSerializer} for every model type; Jackson 2's
 * {@code Serializers.Base} answers null for every other kind of type.
 */
public final class ModelSerializers extends Serializers.Base {

  private final JsonOptions options;

  /**
   * Creates the serializers.
   *
   * @param options the module's options, never null
   */
  public ModelSerializers(JsonOptions options) {
    this.options = options;
  }

  @Override
  public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription beanDesc) {
    return ShapeSerializer.of(type.getRawClass(), options);
  }
}
