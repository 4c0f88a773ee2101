package dev.benchgate.core.snapshot;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import dev.benchgate.core.internal.RunloopJson;
import dev.benchgate.core.internal.SnapshotDocument;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reads and writes snapshot files: one {@link BenchmarkOutcome} as versioned JSON, so gates can run
 * offline and baselines can live in version control.
 *
 * <p>The file is pretty-printed with object keys sorted and scenario runs in the outcome's order,
 * so two snapshots of the same run are byte-identical and a changed run diffs line by line. Values
 * of {@code environment_variables} and {@code secrets_provided} are written as {@value #REDACTED}:
 * their keys stay readable, their values never reach disk. Everything else round-trips exactly,
 * including enum values and scorer types this version does not know.
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

  private static final Moshi MOSHI = RunloopJson.moshi();
  private static final JsonAdapter<SnapshotDocument> FILE_ADAPTER =
      MOSHI.adapter(SnapshotDocument.class);
  private static final JsonAdapter<Object> TREE_ADAPTER = MOSHI.adapter(Object.class).indent("  ");

  private BenchmarkSnapshots() {}

  /**
   * Writes an outcome as a snapshot file, creating parent directories. The file is replaced
   * atomically where the file system allows, so a reader never sees half a snapshot.
   *
   * @param outcome the outcome to write
   * @param path where to write it
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(BenchmarkOutcome outcome, Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // A sibling, so the final move stays on one file system; written with default permissions.
      Path temporary = parent.resolve("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        Files.writeString(temporary, toJson(outcome), StandardCharsets.UTF_8);
        moveIntoPlace(temporary, path);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write snapshot " + path + ": " + e.getMessage(), e);
    }
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
    String json;
    try {
      json = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read snapshot " + path + ": " + e.getMessage(), e);
    }
    return fromJson(json, path.toString());
  }

  /**
   * Renders an outcome as snapshot JSON.
   *
   * @param outcome the outcome
   * @return the JSON text, ending in a newline
   */
  public static String toJson(BenchmarkOutcome outcome) {
    SnapshotDocument file = SnapshotDocument.of(FORMAT, VERSION, outcome);
    Object tree = sortKeys(FILE_ADAPTER.toJsonValue(file), false);
    return TREE_ADAPTER.toJson(tree) + "\n";
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
    SnapshotDocument file;
    try {
      file = FILE_ADAPTER.fromJson(json);
    } catch (IOException | JsonDataException e) {
      // Reading a string does no I/O: every failure here is malformed or truncated JSON.
      throw new SnapshotFormatException(
          origin + " is not a valid Benchgate snapshot: " + e.getMessage(), e);
    }
    if (file == null || !FORMAT.equals(file.format())) {
      throw new SnapshotFormatException(
          origin + " is not a Benchgate snapshot: expected \"format\": \"" + FORMAT + "\"");
    }
    if (file.version() == null) {
      throw new SnapshotFormatException(origin + " has no snapshot format \"version\"");
    }
    if (file.version() > VERSION) {
      throw new SnapshotFormatException(
          origin
              + " has snapshot format version "
              + file.version()
              + ", newer than the version "
              + VERSION
              + " this Benchgate reads: upgrade Benchgate");
    }
    if (file.benchmarkRun() == null) {
      throw new SnapshotFormatException(origin + " has no \"benchmark_run\"");
    }
    return file.toOutcome();
  }

  /** Sorts object keys recursively and redacts the values of secret-bearing maps. */
  private static Object sortKeys(Object node, boolean redactValues) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = (String) entry.getKey();
        Object value =
            redactValues ? REDACTED : sortKeys(entry.getValue(), SECRET_BEARING.contains(key));
        sorted.put(key, value);
      }
      return sorted;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(element -> sortKeys(element, false)).toList();
    }
    return node;
  }

  private static final List<String> SECRET_BEARING =
      List.of("environment_variables", "secrets_provided");

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
