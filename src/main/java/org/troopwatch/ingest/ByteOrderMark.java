package org.troopwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A text file's encoding read from its byte-order mark: UTF-8 (with or without the mark), UTF-16
 * little or big endian (with the mark). The readers get the text without the mark, so that a file's
 * first record is not read with a stray U+FEFF before it.
 *
 * <pre>
 * EF BB BF  UTF-8 with a mark (3 bytes skipped)
 * FF FE     UTF-16LE          (2 bytes skipped, the rest decoded)
 * FE FF     UTF-16BE          (2 bytes skipped, the rest decoded)
 * other     UTF-8, nothing skipped
 * </pre>
 */
final class ByteOrderMark {

  private ByteOrderMark() {}

  /** A stream after its mark: the charset of its text and how many bytes the mark took. */
  record Detected(InputStream rest, Charset charset, int markBytes) {

    /** The text as a reader, in its charset. */
    Reader reader() {
      return new java.io.BufferedReader(new InputStreamReader(rest, charset), 1 << 16);
    }

    /**
     * The text as UTF-8 bytes: the stream itself for UTF-8, otherwise the decoded text encoded
     * again (line-based readers split UTF-8 on the byte '\n', which UTF-16 does not have).
     */
    InputStream utf8() {
      return charset.equals(StandardCharsets.UTF_8) ? rest : new Utf8Encoding(reader());
    }
  }

  /** Reads the mark, if any, off the start of {@code in}. */
  static Detected detect(InputStream in) throws IOException {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    byte[] head = new byte[3];
    int n = 0;
    while (n < 3) {
      int read = pushback.read(head, n, 3 - n);
      if (read < 0) {
        break;
      }
      n += read;
    }
    int b0 = n > 0 ? head[0] & 0xff : -1;
    int b1 = n > 1 ? head[1] & 0xff : -1;
    int b2 = n > 2 ? head[2] & 0xff : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return new Detected(pushback, StandardCharsets.UTF_8, 3);
    }
    Charset utf16 =
        b0 == 0xFF && b1 == 0xFE
            ? StandardCharsets.UTF_16LE
            : b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
    if (utf16 != null) {
      if (n == 3) {
        pushback.unread(head, 2, 1);
      }
      return new Detected(pushback, utf16, 2);
    }
    if (n > 0) {
      pushback.unread(head, 0, n);
    }
    return new Detected(pushback, StandardCharsets.UTF_8, 0);
  }

  /** The characters of a reader as a stream of UTF-8 bytes (unpaired surrogates become '?'). */
  private static final class Utf8Encoding extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    // Room for every char of a full buffer at 3 bytes, plus a pending surrogate pair.
    private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 8).flip();
    private boolean endOfInput;
    private boolean done;

    Utf8Encoding(Reader reader) {
      this.reader = reader;
    }

    @Override
    public int read() throws IOException {
      return fill() ? bytes.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(length, bytes.remaining());
      bytes.get(target, offset, n);
      return n;
    }

    // Encodes the next chunk when every byte of the last one was read; false at the end.
    private boolean fill() throws IOException {
      while (!bytes.hasRemaining()) {
        if (done) {
          return false;
        }
        bytes.clear();
        if (!endOfInput && reader.read(chars) < 0) {
          endOfInput = true;
        }
        chars.flip();
        encoder.encode(chars, bytes, endOfInput);
        if (endOfInput) {
          encoder.flush(bytes);
          done = true;
        }
        chars.compact();
        bytes.flip();
      }
      return true;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
