package org.sextherapy.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.shapes.ModelShapes;

/**
 * Gives Jackson 2 a {@link ShapeDeserializer} for every model type, for its {@code Identified}
 * enums (which Jackson 2 looks up by class), and for a {@code List} or {@code Set} of them;
 * Jackson 2's {@code Deserializers.Base} answers null for every other kind of type.
 */
public final class ModelDeserializers extends Deserializers.Base {

  private final JsonOptions options;

  /**
   * Creates the deserializers.
   *
   * @param options the module's options, never null
   */
  public ModelDeserializers(JsonOptions options) {
    this.options = options;
  }

  @Override
  public @Nullable JsonDeserializer<?> findEnumDeserializer(Class<?> type,
      DeserializationConfig config, BeanDescription beanDesc) {
    return ShapeDeserializer.of(type, options);
  }

  @Override
  public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type,
      DeserializationConfig config, BeanDescription beanDesc) {
    return ShapeDeserializer.of(type.getRawClass(), options);
  }

  @Override
  public @Nullable JsonDeserializer<?> findCollectionDeserializer(CollectionType type,
      DeserializationConfig config, BeanDescription beanDesc,
      @Nullable TypeDeserializer elementTypeDeserializer,
      @Nullable JsonDeserializer<?> elementDeserializer) {
    return ShapeDeserializer.ofCollection(type.getRawClass(),
        type.getContentType().getRawClass(), options);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return ModelShapes.find(valueType) != null;
  }
}
