package dev.benchgate.junit.internal.source;

import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.core.snapshot.SnapshotFormatException;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.source.SnapshotCache.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads snapshots from files and from the classpath with {@link BenchmarkSnapshots}, turning what
 * can go wrong into a {@link RunSourceException} that says how to fix it.
 *
 * <pre>{@code
 * Optional<BenchmarkOutcome> baseline =
 *     SnapshotReader.file(Path.of("baselines/main.json"), cache, Contents.RUN);
 * BenchmarkOutcome nightly = SnapshotReader.resource("runs/nightly.json", cache, Contents.RUN);
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
   * @param contents what the snapshot is read as
   * @param <T> what the snapshot is read as
   * @return what it holds, or empty when there is no such file
   * @throws RunSourceException when the file cannot be read or is no snapshot
   */
  static <T> Optional<T> file(Path path, SnapshotCache cache, Contents<T> contents) {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          cache.get(
              "file:" + path,
              () -> Fingerprint.of(path),
              contents.type(),
              () -> contents.read(path)));
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
   * @param contents what the snapshot is read as
   * @param <T> what the snapshot is read as
   * @return what it holds
   * @throws RunSourceException when there is no such resource, or it is no snapshot
   */
  static <T> T resource(String name, SnapshotCache cache, Contents<T> contents) {
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
      Fingerprint fingerprint = Fingerprint.of(bytes); // parsed from these very bytes
      return cache.get(
          "classpath:" + name,
          () -> fingerprint,
          contents.type(),
          () -> contents.parse(new String(bytes, StandardCharsets.UTF_8), "classpath:" + name));
    } catch (SnapshotFormatException unreadable) {
      throw new RunSourceException(unreadable.getMessage() + REWRITE, unreadable);
    } catch (IOException unreadable) {
      throw new RunSourceException(
          "Cannot read classpath:" + name + ": " + unreadable.getMessage(), unreadable);
    }
  }

  /**
   * What a snapshot is read as: one run, a benchmark job, or repeated runs. Repeated runs are read
   * from a snapshot of repeated runs or of one run alike.
   *
   * @param type the type read
   * @param parser parses a snapshot's text, given where it came from for messages
   * @param reader reads a snapshot file as it streams from the disk
   * @param <T> the type read
   */
  record Contents<T>(
      Class<T> type, BiFunction<String, String, T> parser, Function<Path, T> reader) {
    /** One run's outcome. */
    static final Contents<BenchmarkOutcome> RUN =
        new Contents<>(
            BenchmarkOutcome.class, BenchmarkSnapshots::fromJson, BenchmarkSnapshots::read);

    /** A benchmark job with its agents' runs. */
    static final Contents<BenchmarkJobOutcome> JOB =
        new Contents<>(
            BenchmarkJobOutcome.class,
            BenchmarkSnapshots::jobFromJson,
            BenchmarkSnapshots::readJob);

    /**
     * Repeated runs, from a snapshot of repeated runs or of a single run (which {@link
     * BenchmarkSnapshots#readRepeated} and {@link BenchmarkSnapshots#repeatedFromJson} read as
     * repeated runs of one).
     */
    static final Contents<RepeatedOutcome> REPEATED =
        new Contents<>(
            RepeatedOutcome.class,
            BenchmarkSnapshots::repeatedFromJson,
            BenchmarkSnapshots::readRepeated);

    T parse(String json, String origin) {
      return parser.apply(json, origin);
    }

    T read(Path file) {
      return reader.apply(file);
    }
  }
}
