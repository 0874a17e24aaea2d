package ${binding.package}.internal;

import ${jackson.core}.JsonGenerator;
import ${jackson.core}.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sextherapy.json.engine.JsonOutput;
import org.sextherapy.json.engine.Literal;

/**
 * A ${binding.name} generator as the engine's {@link JsonOutput}. Jackson 3's generator throws
 * unchecked exceptions only; the methods declare {@code IOException} for Jackson 2's.
 *
 * <p>The wire format's {@link Literal}s (property names, ids of enumerated values) are written as
 * Jackson's {@code SerializedString}s, made once per literal and kept in a table by the literal's
 * number: the generator copies their quoted UTF-8 bytes, as databinding does for a bean's
 * property names, instead of checking and encoding every character on every write.
 */
public final class JacksonOutput implements JsonOutput {

  /**
   * The encoded literals by number, null where not yet made. Replaced (never changed in place)
   * when a literal's number is past its end; slots are set with a volatile write, after the
   * encoded forms are computed, so a reader that sees a slot sees them whole. It starts smaller
   * than the wire format's count of literals, so that growing it runs on every start.
   */
  private static volatile AtomicReferenceArray<SerializedString> encoded =
      new AtomicReferenceArray<>(64);

  private final JsonGenerator generator;

  /**
   * Adapts a generator.
   *
   * @param generator the generator, never null
   */
  public JacksonOutput(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void writeStartObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void writeEndObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void writeStartArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void writeEndArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void writeFieldName(Literal name) throws IOException {
    generator.${jackson.writeName}(encoded(name));
  }

  @Override
  public void writeString(Literal text) throws IOException {
    generator.writeString(encoded(text));
  }

  private static SerializedString encoded(Literal literal) {
    AtomicReferenceArray<SerializedString> table = encoded;
    int number = literal.number();
    if (number < table.length()) {
      SerializedString done = table.get(number);
      if (done != null) {
        return done;
      }
    }
    return encode(literal);
  }

  /** Makes a literal's encoded form, once: literals are declared with the shapes, a few hundred. */
  private static synchronized SerializedString encode(Literal literal) {
    AtomicReferenceArray<SerializedString> table = encoded;
    int number = literal.number();
    if (number >= table.length()) {
      AtomicReferenceArray<SerializedString> larger =
          new AtomicReferenceArray<>(Math.max(number + 1, 2 * table.length()));
      for (int i = 0; i < table.length(); i++) {
        larger.set(i, table.get(i));
      }
      table = larger;
    }
    SerializedString done = table.get(number);
    if (done == null) {
      done = new SerializedString(literal.text());
      // the forms a generator asks for, computed before the slot is published
      done.asQuotedUTF8();
      done.asUnquotedUTF8();
      done.asQuotedChars();
      table.set(number, done);
    }
    encoded = table;
    return done;
  }

  @Override
  public void writeString(String text) throws IOException {
    generator.writeString(text);
  }

  @Override
  public void writeRawValue(String json) throws IOException {
    generator.writeRawValue(json);
  }

  @Override
  public void writeNumber(long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(double value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(BigDecimal value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  @Override
  public void close() throws IOException {
    generator.close();
  }
}
