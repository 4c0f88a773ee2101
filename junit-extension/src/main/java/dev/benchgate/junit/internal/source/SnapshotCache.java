package dev.benchgate.junit.internal.source;

import dev.benchgate.junit.internal.config.StoreNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.StoreScope;

/**
 * The snapshots read in the launcher session, so that a snapshot is parsed once however many test
 * plans read it (Surefire may run one plan per class, and a rerun is another). Within a plan,
 * {@link SharedRunloop} already reads each source once; this spares the later plans the parse,
 * which for a run of thousands of scenarios costs far more than the tests that use it. A snapshot
 * is identified by its bytes (length and CRC-32), not by a file's time stamp: a baseline rewritten
 * within the same second must be read anew.
 *
 * <pre>{@code
 * BenchmarkOutcome outcome =
 *     new SnapshotCache(context)
 *         .get("file:" + path, () -> Fingerprint.of(path), BenchmarkOutcome.class, parse);
 * }</pre>
 */
final class SnapshotCache {
  private final ExtensionContext.Store session;

  /**
   * Opens the cache of the session a context belongs to.
   *
   * @param context any context of the session
   */
  SnapshotCache(ExtensionContext context) {
    this(context.getStore(StoreScope.LAUNCHER_SESSION, StoreNamespace.BENCHGATE));
  }

  /**
   * A cache kept in a store.
   *
   * @param session the launcher session's store
   */
  SnapshotCache(ExtensionContext.Store session) {
    this.session = session;
  }

  /**
   * Returns what a snapshot holds, parsing it unless the same bytes were parsed before for the same
   * source. The fingerprint is taken before the parse and again after it, as a file is parsed from
   * the disk, not from the bytes fingerprinted: a parse is kept only when both agree, so that a
   * file rewritten meanwhile is never kept under the fingerprint of what it was. A failed parse is
   * not kept: the file may be fixed before the next plan.
   *
   * @param source where the snapshot comes from, e.g. {@code file:/work/main.json}
   * @param fingerprint takes the fingerprint of the snapshot's bytes as they are now
   * @param type what it is read as
   * @param parse parses them
   * @param <T> what it is read as
   * @return what it holds
   * @throws IOException when a fingerprint cannot be taken
   */
  <T> T get(String source, Fingerprinter fingerprint, Class<T> type, Supplier<T> parse)
      throws IOException {
    Key key = new Key(source, type);
    Fingerprint before = fingerprint.take();
    Parsed parsed = session.get(key, Parsed.class);
    if (parsed != null && parsed.fingerprint().equals(before)) {
      return type.cast(parsed.value());
    }
    T value = parse.get();
    if (fingerprint.take().equals(before)) {
      session.put(key, new Parsed(before, value));
    }
    return value;
  }

  /** Takes the fingerprint of a snapshot's bytes as they are at the time. */
  @FunctionalInterface
  interface Fingerprinter {
    Fingerprint take() throws IOException;
  }

  /** A source read as one type: a file may be read as a run and as repeated runs. */
  private record Key(String source, Class<?> type) {}

  private record Parsed(Fingerprint fingerprint, Object value) {}

  /**
   * What tells two versions of a snapshot apart: its length and CRC-32.
   *
   * @param length the length in bytes
   * @param crc the CRC-32 of the bytes
   */
  record Fingerprint(long length, long crc) {
    /** The fingerprint of bytes in memory. */
    static Fingerprint of(byte[] bytes) {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return new Fingerprint(bytes.length, crc.getValue());
    }

    /**
     * The fingerprint of a file, read a buffer at a time: the file is parsed from the disk
     * afterwards (or not at all), never held whole in memory.
     */
    static Fingerprint of(Path file) throws IOException {
      CRC32 crc = new CRC32();
      long length = 0;
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = Files.newInputStream(file)) {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          crc.update(buffer, 0, read);
          length += read;
        }
      }
      return new Fingerprint(length, crc.getValue());
    }
  }
}
