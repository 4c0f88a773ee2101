package dev.benchgate.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonReader.Token;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.io.IOException;
import java.util.List;

/**
 * Streams the JSON of a snapshot file, as {@code dev.benchgate.core.snapshot.BenchmarkSnapshots}
 * reads and writes it: one object whose keys come in sorted order, each model written by its own
 * adapter straight to the file and read straight from it, with no tree of maps in between. What
 * versions and formats mean is the snapshot package's to say; this class reports what it found.
 *
 * <p>Not API: this package may change in any release.
 */
public final class SnapshotJson {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "benchmark", "benchmark_run", "format", "scenario_runs", "scenarios", "version");

  private SnapshotJson() {}

  /**
   * What a document says it is.
   *
   * @param format the {@code format} string, or {@code null} when absent or not a string
   * @param versionToken the JSON type of {@code version}, or {@code null} when absent
   * @param version the number as written when {@code version} is a number, else {@code null}
   */
  public record Header(String format, Token versionToken, String version) {}

  /**
   * A document read whole.
   *
   * @param header what it says it is
   * @param run its {@code benchmark_run}, or {@code null}
   * @param scenarioRuns its scenario runs, never {@code null}
   * @param scenarios its scenario definitions, never {@code null}
   * @param benchmark its benchmark, or {@code null}
   */
  public record Contents(
      Header header,
      BenchmarkRunView run,
      List<ScenarioRunView> scenarioRuns,
      List<ScenarioView> scenarios,
      BenchmarkView benchmark) {}

  /**
   * Writes an outcome as a snapshot document: keys sorted, secret values redacted, every record
   * checked as {@link #read} checks it.
   *
   * @param out where to write; its indent decides the layout
   * @param format the format marker
   * @param version the format version
   * @param outcome the outcome
   * @throws JsonDataException when a record of the outcome could not be read back
   * @throws IOException when writing fails
   */
  public static void write(JsonWriter out, String format, int version, BenchmarkOutcome outcome)
      throws IOException {
    SnapshotWriting.enable(out);
    out.beginObject();
    FieldWriter.object(
        out, "benchmark", outcome.benchmark().orElse(null), BenchmarkViewAdapter.INSTANCE);
    FieldWriter.object(out, "benchmark_run", outcome.run(), BenchmarkRunViewAdapter.INSTANCE);
    out.name("format").value(format);
    FieldWriter.list(out, "scenario_runs", outcome.scenarioRuns(), ScenarioRunViewAdapter.INSTANCE);
    FieldWriter.list(
        out, "scenarios", List.copyOf(outcome.scenarios()), ScenarioViewAdapter.INSTANCE);
    out.name("version").value(version);
    out.endObject();
  }

  /**
   * Reads a whole document.
   *
   * @param in the reader, at the start of the document
   * @return what it holds; the caller decides whether its header is one it reads
   * @throws JsonDataException for JSON of the wrong shape or a record that is not usable
   * @throws IOException for JSON that is not well-formed, or when reading fails
   */
  public static Contents read(JsonReader in) throws IOException {
    return read(in, false);
  }

  /**
   * Reads only what a document says it is, skipping everything else.
   *
   * @param in the reader, at the start of the document
   * @return the header
   * @throws JsonDataException when the document is not a JSON object
   * @throws IOException for JSON that is not well-formed, or when reading fails
   */
  public static Header header(JsonReader in) throws IOException {
    return read(in, true).header();
  }

  private static Contents read(JsonReader in, boolean headerOnly) throws IOException {
    if (in.peek() != Token.BEGIN_OBJECT) {
      throw new JsonDataException("$ is " + FieldReader.describe(in.peek()) + ", not an object");
    }
    String format = null;
    Token versionToken = null;
    String version = null;
    BenchmarkRunView run = null;
    List<ScenarioRunView> scenarioRuns = null;
    List<ScenarioView> scenarios = null;
    BenchmarkView benchmark = null;
    in.beginObject();
    while (in.hasNext()) {
      int name = in.selectName(NAMES);
      if (name == 2) {
        format = in.peek() == Token.STRING ? in.nextString() : skip(in);
      } else if (name == 5) {
        versionToken = in.peek();
        version = versionToken == Token.NUMBER ? in.nextString() : skip(in);
      } else if (name < 0 || headerOnly) {
        if (name < 0) {
          in.skipName();
        }
        in.skipValue();
      } else {
        switch (name) {
          case 0 -> benchmark = BenchmarkViewAdapter.INSTANCE.fromJson(in);
          case 1 -> run = BenchmarkRunViewAdapter.INSTANCE.fromJson(in);
          case 3 ->
              scenarioRuns =
                  FieldReader.list(in, ScenarioRunViewAdapter.INSTANCE, "a scenario run");
          default -> scenarios = FieldReader.list(in, ScenarioViewAdapter.INSTANCE, "a scenario");
        }
      }
    }
    in.endObject();
    if (!headerOnly && !endsHere(in)) {
      throw new JsonDataException("the document goes on after its object ends");
    }
    return new Contents(
        new Header(format, versionToken, version),
        run,
        scenarioRuns == null ? List.of() : scenarioRuns,
        scenarios == null ? List.of() : scenarios,
        benchmark);
  }

  private static boolean endsHere(JsonReader in) throws IOException {
    try {
      return in.peek() == Token.END_DOCUMENT;
    } catch (JsonEncodingException secondDocument) { // what a strict reader says of a second value
      return false;
    }
  }

  private static String skip(JsonReader in) throws IOException {
    in.skipValue();
    return null;
  }
}
