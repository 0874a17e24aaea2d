package org.sextherapy.jackson3.internal;

import tools.jackson.core.JsonGenerator;
import java.math.BigDecimal;
import org.sextherapy.json.engine.JsonOutput;

/** A Jackson 3 generator as the engine's {@link JsonOutput}. */
public final class Jackson3Output implements JsonOutput {

  private final JsonGenerator generator;

  /**
   * Adapts a generator.
   *
   * @param generator the generator, never null
   */
  public Jackson3Output(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void writeStartObject() {
    generator.writeStartObject();
  }

  @Override
  public void writeEndObject() {
    generator.writeEndObject();
  }

  @Override
  public void writeStartArray() {
    generator.writeStartArray();
  }

  @Override
  public void writeEndArray() {
    generator.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) {
    generator.writeName(name);
  }

  @Override
  public void writeString(String text) {
    generator.writeString(text);
  }

  @Override
  public void writeRawValue(String json) {
    generator.writeRawValue(json);
  }

  @Override
  public void writeNumber(long value) {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(double value) {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(BigDecimal value) {
    generator.writeNumber(value);
  }

  @Override
  public void writeBoolean(boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void close() {
    generator.close();
  }
}
