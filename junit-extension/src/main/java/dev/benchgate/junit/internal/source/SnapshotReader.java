package dev.benchgate.junit.internal.source;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.core.snapshot.SnapshotFormatException;
import dev.benchgate.junit.ConfigurationKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads snapshots from files and from the classpath with {@link BenchmarkSnapshots}, turning what
 * can go wrong into a {@link RunSourceException} that says how to fix it.
 *
 * <pre>{@code
 * Optional<BenchmarkOutcome> baseline = SnapshotReader.file(Path.of("baselines/main.json"), cache);
 * BenchmarkOutcome nightly = SnapshotReader.resource("runs/nightly.json", cache);
 * }</pre>
 */
public final class SnapshotReader {
  private static final String REWRITE =
      ". Write it again with BenchmarkSnapshots.write(…) or by running once with -D"
          + ConfigurationKeys.RECORD
          + "=<directory>, or fix the name.";

  private SnapshotReader() {}

  /**
   * Reads a snapshot file.
   *
   * @param path the file
   * @param cache the snapshots parsed earlier in the session
   * @return its outcome, or empty when there is no such file
   * @throws RunSourceException when the file cannot be read or is no snapshot
   */
  static Optional<BenchmarkOutcome> file(Path path, SnapshotCache cache) {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      return Optional.of(cache.get("file:" + path, bytes, () -> BenchmarkSnapshots.read(path)));
    } catch (IOException unreadable) {
      throw new RunSourceException(
          "Cannot read snapshot " + path + ": " + unreadable.getMessage() + REWRITE, unreadable);
    } catch (SnapshotFormatException | UncheckedIOException unreadable) {
      throw new RunSourceException(unreadable.getMessage() + REWRITE, unreadable);
    }
  }

  /**
   * Reads a snapshot on the classpath of the test, through the thread's context class loader.
   *
   * @param name the resource's name, without a leading slash
   * @param cache the snapshots parsed earlier in the session
   * @return its outcome
   * @throws RunSourceException when there is no such resource, or it is no snapshot
   */
  static BenchmarkOutcome resource(String name, SnapshotCache cache) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        (loader == null ? SnapshotReader.class.getClassLoader() : loader)
            .getResourceAsStream(name)) {
      if (in == null) {
        throw new RunSourceException(
            "There is no resource "
                + name
                + " on the test classpath. Put the snapshot under src/test/resources/"
                + name
                + ", or fix the name: classpath: names start at a root of the classpath.");
      }
      byte[] bytes = in.readAllBytes();
      return cache.get(
          "classpath:" + name,
          bytes,
          () ->
              BenchmarkSnapshots.fromJson(
                  new String(bytes, StandardCharsets.UTF_8), "classpath:" + name));
    } catch (SnapshotFormatException unreadable) {
      throw new RunSourceException(unreadable.getMessage() + REWRITE, unreadable);
    } catch (IOException unreadable) {
      throw new RunSourceException(
          "Cannot read classpath:" + name + ": " + unreadable.getMessage(), unreadable);
    }
  }
}
