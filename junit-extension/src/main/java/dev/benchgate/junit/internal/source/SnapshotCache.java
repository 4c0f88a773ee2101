package dev.benchgate.junit.internal.source;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.internal.config.StoreNamespace;
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
 *     new SnapshotCache(context).get("file:" + path, bytes, () -> BenchmarkSnapshots.read(path));
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
    this.session = context.getStore(StoreScope.LAUNCHER_SESSION, StoreNamespace.BENCHGATE);
  }

  /**
   * Returns the outcome of a snapshot, parsing it unless these bytes were parsed before for the
   * same source. A failed parse is not kept: the file may be fixed before the next plan.
   *
   * @param source where the snapshot comes from, e.g. {@code file:/work/main.json}
   * @param bytes the snapshot's bytes as they are now
   * @param parse parses them
   * @return the outcome
   */
  BenchmarkOutcome get(String source, byte[] bytes, Supplier<BenchmarkOutcome> parse) {
    Key key = new Key(source);
    Fingerprint fingerprint = Fingerprint.of(bytes);
    Parsed parsed = session.get(key, Parsed.class);
    if (parsed != null && parsed.fingerprint().equals(fingerprint)) {
      return parsed.outcome();
    }
    BenchmarkOutcome outcome = parse.get();
    session.put(key, new Parsed(fingerprint, outcome));
    return outcome;
  }

  private record Key(String source) {}

  private record Parsed(Fingerprint fingerprint, BenchmarkOutcome outcome) {}

  /** What tells two versions of a snapshot apart. */
  private record Fingerprint(int length, long crc) {
    static Fingerprint of(byte[] bytes) {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return new Fingerprint(bytes.length, crc.getValue());
    }
  }
}
