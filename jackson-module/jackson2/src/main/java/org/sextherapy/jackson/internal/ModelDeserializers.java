package org.sextherapy.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.ListShape;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.json.shapes.ModelShapes;

/**
 * Gives Jackson a {@link ShapeDeserializer} for every model type in {@link ModelShapes}, for its
 * {@code Identified} enums, and for a {@code List} or {@code Set} of them (so a list read through
 * the module is read as strictly as its elements, with paths such as {@code $[3].id}).
 */
public final class ModelDeserializers extends Deserializers.Base {

  private final JsonOptions options;

  /**
   * Creates the deserializers.
   *
   * @param options the options, never null
   */
  public ModelDeserializers(JsonOptions options) {
    this.options = options;
  }

  @Override
  public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type,
      DeserializationConfig config, BeanDescription beanDesc) {
    return deserializer(type.getRawClass());
  }

  @Override
  public @Nullable JsonDeserializer<?> findEnumDeserializer(Class<?> type,
      DeserializationConfig config, BeanDescription beanDesc) {
    return deserializer(type);
  }

  @Override
  public @Nullable JsonDeserializer<?> findCollectionDeserializer(CollectionType type,
      DeserializationConfig config, BeanDescription beanDesc,
      @Nullable TypeDeserializer elementTypeDeserializer,
      @Nullable JsonDeserializer<?> elementDeserializer) {
    Class<?> raw = type.getRawClass();
    if (raw != List.class && raw != Set.class) {
      return null;
    }
    Shape<?> element = ModelShapes.find(type.getContentType().getRawClass());
    if (element == null) {
      return null;
    }
    Shape<?> collection = raw == List.class ? ListShape.list(element) : ListShape.set(element);
    return new ShapeDeserializer<>(raw, collection, options);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return ModelShapes.find(valueType) != null;
  }

  private @Nullable JsonDeserializer<?> deserializer(Class<?> raw) {
    Shape<?> shape = ModelShapes.find(raw);
    return shape == null ? null : new ShapeDeserializer<>(raw, shape, options);
  }
}
