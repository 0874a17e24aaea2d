package org.sextherapy.json.engine;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Where a document written to bytes collects: an output stream that keeps what it is given and
 * returns it as one array of exactly its length.
 *
 * <p>A generator writes its buffer out when it is full and when it closes, so a document that fits
 * the generator's buffer (a profile does, several times over) arrives in one call: that copy is
 * kept as the result, and writing a document allocates one array of its exact size, where a
 * {@code ByteArrayOutputStream} allocates its buffer, fills it, and copies it again. Not
 * thread-safe: one sink for one document.
 */
final class ByteSink extends OutputStream {

  private static final byte[] EMPTY = new byte[0];

  private byte[] bytes = EMPTY;
  private int length;

  @Override
  public void write(int b) {
    ensure(1);
    bytes[length++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (length == 0 && bytes.length == 0) {
      bytes = Arrays.copyOfRange(b, off, off + len);
    } else {
      ensure(len);
      System.arraycopy(b, off, bytes, length, len);
    }
    length += len;
  }

  /** Makes room for {@code more} bytes, at least doubling so that many writes stay linear. */
  private void ensure(int more) {
    int needed = length + more;
    if (needed < 0) {
      throw new OutOfMemoryError("a document over 2 GiB");
    }
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(needed, Math.max(64, bytes.length * 2)));
    }
  }

  /**
   * Returns the bytes written, the array itself when it holds exactly them.
   *
   * @return the bytes, never null; the sink must not be written to afterwards
   */
  byte[] toByteArray() {
    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
  }
}
