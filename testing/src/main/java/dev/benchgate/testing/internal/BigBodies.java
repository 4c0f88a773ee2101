package dev.benchgate.testing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Streams bodies far larger than the fake holds: an answer preceded by whitespace (which JSON
 * allows anywhere between tokens), as it is or gzip-compressed. Nothing is built in memory beyond a
 * block: a client that stops reading early costs the fake no more than it read.
 *
 * <p>The gzip stream is one deflate stream made of blocks: a block of a mebibyte of spaces,
 * compressed once and sent again and again (each is complete and refers to nothing before it, so
 * any number of them in a row decompress to that many mebibytes), then the rest of the spaces and
 * the answer, compressed as the final blocks, then the gzip trailer. A gibibyte takes about a
 * megabyte on the wire.
 *
 * <p>Not API.
 */
public final class BigBodies {
  private static final int BLOCK = 1024 * 1024;
  private static final byte[] SPACES = spaces(BLOCK);
  private static final byte[] COMPRESSED_SPACES = deflated(SPACES, false);

  /** The gzip header: magic, deflate, no flags, no time, no extra flags, unknown system. */
  private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private BigBodies() {}

  /**
   * Writes {@code size - tail.length} spaces, then the tail.
   *
   * @param out where to
   * @param size the whole length, at least the tail's
   * @param tail what ends the body
   * @throws IOException when the client went away
   */
  public static void writePadded(OutputStream out, long size, byte[] tail) throws IOException {
    long spaces = padding(size, tail);
    for (long written = 0; written < spaces; written += BLOCK) {
      out.write(SPACES, 0, (int) Math.min(BLOCK, spaces - written));
    }
    out.write(tail);
  }

  /**
   * Writes, gzip-compressed, what {@link #writePadded} writes.
   *
   * @param out where to
   * @param size the whole length once decompressed, at least the tail's
   * @param tail what ends the body
   * @throws IOException when the client went away
   */
  public static void writeGzipped(OutputStream out, long size, byte[] tail) throws IOException {
    long spaces = padding(size, tail);
    CRC32 crc = new CRC32();
    out.write(GZIP_HEADER);
    long whole = spaces / BLOCK;
    for (long block = 0; block < whole; block++) {
      out.write(COMPRESSED_SPACES);
      crc.update(SPACES);
    }
    byte[] rest = new byte[(int) (spaces % BLOCK) + tail.length];
    Arrays.fill(rest, 0, rest.length - tail.length, (byte) ' ');
    System.arraycopy(tail, 0, rest, rest.length - tail.length, tail.length);
    out.write(deflated(rest, true));
    crc.update(rest);
    writeLittleEndian(out, crc.getValue());
    writeLittleEndian(out, size & 0xffff_ffffL);
  }

  /** The length of the body's whitespace. */
  private static long padding(long size, byte[] tail) {
    if (size < tail.length) {
      throw new IllegalArgumentException(
          "A body of " + size + " bytes cannot hold the answer's " + tail.length);
    }
    return size - tail.length;
  }

  /** Raw deflate blocks of the bytes; the last of the stream when {@code finish}. */
  private static byte[] deflated(byte[] bytes, boolean finish) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(bytes);
      if (finish) {
        deflater.finish();
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (true) {
        int length =
            deflater.deflate(
                buffer, 0, buffer.length, finish ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
        out.write(buffer, 0, length);
        if (finish ? deflater.finished() : length < buffer.length && deflater.needsInput()) {
          return out.toByteArray();
        }
      }
    } finally {
      deflater.end();
    }
  }

  private static void writeLittleEndian(OutputStream out, long value) throws IOException {
    for (int i = 0; i < 4; i++) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
  }

  private static byte[] spaces(int length) {
    byte[] spaces = new byte[length];
    Arrays.fill(spaces, (byte) ' ');
    return spaces;
  }
}
