package org.sextherapy.json.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * What a binding gives the engine: parsers and generators on its configured factory, and the
 * meaning of its exceptions. Everything else of reading and writing is the engine's
 * ({@link WireCodec}).
 */
public interface Backend {

  /**
   * Opens a parser on text.
   *
   * @param json the text
   * @return the input
   * @throws IOException if it cannot be opened (or a limit is already exceeded)
   */
  JsonInput parse(String json) throws IOException;

  /**
   * Opens a parser on bytes (UTF-8, UTF-16 or UTF-32).
   *
   * @param json the bytes
   * @return the input
   * @throws IOException if it cannot be opened (or a limit is already exceeded)
   */
  JsonInput parse(byte[] json) throws IOException;

  /**
   * Opens a parser on a stream, which it leaves open.
   *
   * @param json the stream
   * @param whole whether the stream holds one document read whole (its length limited by
   *     {@code maxDocumentLength}) rather than a directory streamed profile by profile
   * @return the input
   * @throws IOException if it cannot be opened
   */
  JsonInput parse(InputStream json, boolean whole) throws IOException;

  /**
   * Opens a generator writing UTF-8 to a stream, which it leaves open: the one generator of
   * every output form (text is written as UTF-8 and decoded).
   *
   * @param out the stream
   * @return the output
   * @throws IOException if it cannot be opened
   */
  JsonOutput generate(OutputStream out) throws IOException;

  /**
   * Tells what an exception of the binding stands for.
   *
   * @param e the exception
   * @return the problem, or null for one that is not the binding's
   */
  @Nullable InputProblem problem(Exception e);
}
