package dev.benchgate.core.snapshot;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.internal.SnapshotJson;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.UUID;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * Reads and writes snapshot files: one {@link BenchmarkOutcome} as versioned JSON, so gates can run
 * offline and baselines can live in version control.
 *
 * <p>The file is pretty-printed by default ({@link SnapshotLayout}) with object keys sorted and
 * scenario runs in the outcome's order, so two snapshots of the same run are byte-identical and a
 * changed run diffs line by line. Values of {@code environment_variables} and {@code
 * secrets_provided} are written as {@value #REDACTED}: their keys stay readable, their values never
 * reach disk. Everything else round-trips exactly, including enum values and scorer types this
 * version does not know. Files are streamed: writing and reading hold the outcome, never a second
 * copy of it as text or as a tree.
 *
 * <p>Reading checks what the client checks in the API's answers (ids, states, scores from 0 to 1,
 * the JSON type of every field), and writing checks the same before a record is written, so a
 * snapshot that was written can always be read back.
 *
 * <pre>{@code
 * BenchmarkSnapshots.write(client.outcome("bmr_123"), Path.of("src/test/resources/baseline.json"));
 * BenchmarkOutcome baseline = BenchmarkSnapshots.read(Path.of("src/test/resources/baseline.json"));
 * }</pre>
 */
public final class BenchmarkSnapshots {
  /** What a snapshot writes in place of a secret value. */
  public static final String REDACTED = "<redacted>";

  /** The {@code format} marker of a snapshot file. */
  public static final String FORMAT = "benchgate-snapshot";

  /** The format version this Benchgate writes, and the newest it reads. */
  public static final int VERSION = 1;

  /** The oldest format version this Benchgate reads. */
  private static final int OLDEST_VERSION = 1;

  private BenchmarkSnapshots() {}

  /**
   * Writes an outcome as a pretty-printed snapshot file, creating parent directories. The file is
   * replaced atomically where the file system allows, so a reader never sees half a snapshot.
   *
   * @param outcome the outcome to write
   * @param path where to write it
   * @throws UncheckedIOException when the file cannot be written
   * @throws IllegalArgumentException when the outcome holds a record a snapshot cannot hold (one
   *     without an id or state, a score outside [0, 1]); nothing is written then
   */
  public static void write(BenchmarkOutcome outcome, Path path) {
    write(outcome, path, SnapshotLayout.PRETTY);
  }

  /**
   * Writes an outcome as a snapshot file in a layout, creating parent directories. The file is
   * replaced atomically where the file system allows, so a reader never sees half a snapshot.
   *
   * <pre>{@code
   * BenchmarkSnapshots.write(outcome, Path.of("recordings/bmr_123.json"), SnapshotLayout.COMPACT);
   * }</pre>
   *
   * @param outcome the outcome to write
   * @param path where to write it
   * @param layout pretty, or compact for large recordings nobody diffs
   * @throws UncheckedIOException when the file cannot be written
   * @throws IllegalArgumentException when the outcome holds a record a snapshot cannot hold (one
   *     without an id or state, a score outside [0, 1]); nothing is written then
   */
  public static void write(BenchmarkOutcome outcome, Path path, SnapshotLayout layout) {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(layout, "layout");
    try {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // A sibling, so the final move stays on one file system; written with default permissions.
      Path temporary = parent.resolve("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        try (BufferedSink sink = Okio.buffer(Okio.sink(temporary))) {
          write(outcome, sink, layout);
        }
        moveIntoPlace(temporary, path);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write snapshot " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Renders an outcome as pretty-printed snapshot JSON.
   *
   * @param outcome the outcome
   * @return the JSON text, ending in a newline
   * @throws IllegalArgumentException when the outcome holds a record a snapshot cannot hold
   */
  public static String toJson(BenchmarkOutcome outcome) {
    return toJson(outcome, SnapshotLayout.PRETTY);
  }

  /**
   * Renders an outcome as snapshot JSON in a layout.
   *
   * <pre>{@code
   * String json = BenchmarkSnapshots.toJson(outcome, SnapshotLayout.COMPACT);
   * }</pre>
   *
   * @param outcome the outcome
   * @param layout pretty or compact
   * @return the JSON text, ending in a newline
   * @throws IllegalArgumentException when the outcome holds a record a snapshot cannot hold
   */
  public static String toJson(BenchmarkOutcome outcome, SnapshotLayout layout) {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(layout, "layout");
    Buffer buffer = new Buffer();
    try {
      write(outcome, buffer, layout);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does no I/O
    }
    return buffer.readUtf8();
  }

  private static void write(BenchmarkOutcome outcome, BufferedSink sink, SnapshotLayout layout)
      throws IOException {
    JsonWriter writer = JsonWriter.of(sink);
    writer.setIndent(layout.indent());
    try {
      SnapshotJson.write(writer, FORMAT, VERSION, outcome);
    } catch (JsonDataException unreadable) {
      throw new IllegalArgumentException(
          "Cannot write a snapshot of benchmark run "
              + outcome.runId()
              + ", as it could not be read back: "
              + unreadable.getMessage(),
          unreadable);
    }
    writer.flush();
    sink.writeUtf8("\n");
  }

  /**
   * Reads a snapshot file.
   *
   * @param path the file
   * @return the outcome it holds
   * @throws UncheckedIOException when the file cannot be read
   * @throws SnapshotFormatException when it is not a snapshot this version can read
   */
  public static BenchmarkOutcome read(Path path) {
    return read(() -> Okio.buffer(Okio.source(path)), path.toString());
  }

  /**
   * Parses snapshot JSON.
   *
   * @param json the JSON text
   * @param origin where it came from, for error messages (a path, a classpath resource)
   * @return the outcome it holds
   * @throws SnapshotFormatException when it is not a snapshot this version can read
   */
  public static BenchmarkOutcome fromJson(String json, String origin) {
    return read(() -> new Buffer().writeUtf8(json), origin);
  }

  /** Opens the document anew: once to read it, and once more to explain a failure. */
  private interface Source {
    BufferedSource open() throws IOException;
  }

  private static BenchmarkOutcome read(Source source, String origin) {
    SnapshotJson.Contents contents;
    try (BufferedSource in = source.open()) {
      contents = SnapshotJson.read(JsonReader.of(in));
    } catch (JsonDataException | JsonEncodingException | EOFException unreadable) {
      // A file of another format or version fails for that reason, and says so first.
      SnapshotJson.Header header = headerIfReadable(source);
      if (header != null) {
        requireReadable(header, origin);
      }
      throw new SnapshotFormatException(
          origin + " is not a valid Benchgate snapshot: " + unreadable.getMessage(), unreadable);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read snapshot " + origin + ": " + e.getMessage(), e);
    }
    requireReadable(contents.header(), origin);
    if (contents.run() == null) {
      throw new SnapshotFormatException(origin + " has no \"benchmark_run\"");
    }
    return BenchmarkOutcome.of(
        contents.run(), contents.scenarioRuns(), contents.scenarios(), contents.benchmark());
  }

  private static SnapshotJson.Header headerIfReadable(Source source) {
    try (BufferedSource in = source.open()) {
      return SnapshotJson.header(JsonReader.of(in));
    } catch (IOException | JsonDataException notEvenThat) {
      return null;
    }
  }

  /** Refuses a document that is not a snapshot, or of a version this Benchgate does not read. */
  private static void requireReadable(SnapshotJson.Header header, String origin) {
    if (!FORMAT.equals(header.format())) {
      throw new SnapshotFormatException(
          origin + " is not a Benchgate snapshot: expected \"format\": \"" + FORMAT + "\"");
    }
    if (header.versionToken() == null) {
      throw new SnapshotFormatException(origin + " has no snapshot format \"version\"");
    }
    if (header.versionToken() != JsonReader.Token.NUMBER) {
      throw new SnapshotFormatException(
          origin
              + " has a snapshot format \"version\" that is not a number; "
              + readableVersions());
    }
    if (!header.version().matches("-?[0-9]+")) {
      throw new SnapshotFormatException(
          origin
              + " has snapshot format version "
              + header.version()
              + ", not a whole number; "
              + readableVersions());
    }
    BigInteger version = new BigInteger(header.version());
    if (version.compareTo(BigInteger.valueOf(VERSION)) > 0) {
      throw new SnapshotFormatException(
          origin
              + " has snapshot format version "
              + version
              + ", newer than the version "
              + VERSION
              + " this Benchgate reads: upgrade Benchgate");
    }
    if (version.compareTo(BigInteger.valueOf(OLDEST_VERSION)) < 0) {
      throw new SnapshotFormatException(
          origin
              + " has snapshot format version "
              + version
              + ", which no Benchgate writes; "
              + readableVersions());
    }
  }

  private static String readableVersions() {
    return OLDEST_VERSION == VERSION
        ? "this Benchgate reads version " + VERSION
        : "this Benchgate reads versions " + OLDEST_VERSION + " to " + VERSION;
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
