package dev.benchgate.benchmarks.floor;

import com.squareup.moshi.JsonAdapter;
import dev.benchgate.core.internal.RunloopJson;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * The floor of a snapshot file: the outcome's records written by Moshi straight into a file, and
 * read straight back, with the adapters Benchgate's own Moshi ({@link RunloopJson}) has for them.
 * Pretty-printed with the snapshot's indent; no sorted keys, no redaction, no join on reading: what
 * any snapshot costs at least.
 *
 * <pre>{@code
 * MoshiFloor.write(outcome, Path.of("floor.json"));
 * FloorDocument document = MoshiFloor.read(Path.of("snapshot.json"));
 * }</pre>
 */
public final class MoshiFloor {
  private static final JsonAdapter<FloorDocument> ADAPTER =
      RunloopJson.moshi().adapter(FloorDocument.class).indent("  ");

  private MoshiFloor() {}

  /**
   * Writes an outcome's records.
   *
   * @param outcome the outcome
   * @param path the file
   */
  public static void write(BenchmarkOutcome outcome, Path path) {
    try (BufferedSink sink = Okio.buffer(Okio.sink(path))) {
      ADAPTER.toJson(sink, FloorDocument.of(outcome));
      sink.writeUtf8("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the records of a snapshot file.
   *
   * @param path the file
   * @return its records
   */
  public static FloorDocument read(Path path) {
    try (BufferedSource source = Okio.buffer(Okio.source(path))) {
      return ADAPTER.fromJson(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
