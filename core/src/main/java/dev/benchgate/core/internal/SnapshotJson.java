package dev.benchgate.core.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonReader.Token;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.JobScenarioOutcomeView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streams the JSON of a snapshot file, as {@code dev.benchgate.core.snapshot.BenchmarkSnapshots}
 * reads and writes it, of one run or of several (a job's agents, repeated runs): one object whose
 * keys come in sorted order, each model written by its own adapter straight to the file and read
 * straight from it, with no tree of maps in between. What versions and formats mean is the snapshot
 * package's to say; this class reports what it found.
 *
 * <p>Not API: this package may change in any release.
 */
public final class SnapshotJson {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "benchmark",
          "benchmark_run",
          "format",
          "scenario_runs",
          "scenarios",
          "version",
          "benchmark_job",
          "runs");
  private static final JsonReader.Options RUN_NAMES =
      JsonReader.Options.of("benchmark_run", "scenario_outcomes", "scenario_runs");

  private SnapshotJson() {}

  /**
   * What a document says it is.
   *
   * @param format the {@code format} string, or {@code null} when absent or not a string
   * @param versionToken the JSON type of {@code version}, or {@code null} when absent
   * @param version the number as written when {@code version} is a number, else {@code null}
   * @param holdsJob whether it has a {@code benchmark_job}
   */
  public record Header(String format, Token versionToken, String version, boolean holdsJob) {}

  /**
   * One run of a document of several runs (an entry of {@code runs}).
   *
   * @param run its {@code benchmark_run}
   * @param scenarioRuns its scenario runs, never {@code null}
   * @param scenarioOutcomes what a benchmark job reported about its scenarios, never {@code null}
   */
  public record Run(
      BenchmarkRunView run,
      List<ScenarioRunView> scenarioRuns,
      List<JobScenarioOutcomeView> scenarioOutcomes) {}

  /**
   * A document read whole: of one run ({@code benchmark_run} and {@code scenario_runs}) or of
   * several ({@code runs}, and a {@code benchmark_job} when they are a job's).
   *
   * @param header what it says it is
   * @param run its {@code benchmark_run}, or {@code null}
   * @param scenarioRuns its {@code scenario_runs}, or {@code null} when absent
   * @param scenarios its scenario definitions, never {@code null}
   * @param benchmark its benchmark, or {@code null}
   * @param job its {@code benchmark_job}, or {@code null}
   * @param runs its {@code runs}, or {@code null} when absent
   */
  public record Contents(
      Header header,
      BenchmarkRunView run,
      List<ScenarioRunView> scenarioRuns,
      List<ScenarioView> scenarios,
      BenchmarkView benchmark,
      BenchmarkJobView job,
      List<Run> runs) {}

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
   * Writes several runs of one benchmark as a snapshot document (keys sorted, secret values
   * redacted, every record checked as {@link #read} checks it): the benchmark and the scenario
   * definitions once, each run with its scenario runs (those a job's report synthesized left out:
   * the report makes them again), and a benchmark job's view when the runs are its agents'.
   *
   * @param out where to write; its indent decides the layout
   * @param format the format marker
   * @param version the format version
   * @param job the job whose agents ran the runs, or {@code null}
   * @param runs the runs, each joined with the same benchmark and definitions
   * @param withScenarioOutcomes whether each run also holds what a job reported about its scenarios
   *     (not when the job is written: it holds those)
   * @throws JsonDataException when a record could not be read back
   * @throws IOException when writing fails
   */
  public static void writeRuns(
      JsonWriter out,
      String format,
      int version,
      BenchmarkJobView job,
      List<BenchmarkOutcome> runs,
      boolean withScenarioOutcomes)
      throws IOException {
    SnapshotWriting.enable(out);
    BenchmarkOutcome any = runs.isEmpty() ? null : runs.get(0);
    out.beginObject();
    FieldWriter.object(
        out,
        "benchmark",
        any == null ? null : any.benchmark().orElse(null),
        BenchmarkViewAdapter.INSTANCE);
    FieldWriter.object(out, "benchmark_job", job, BenchmarkJobViewAdapter.INSTANCE);
    out.name("format").value(format);
    out.name("runs").beginArray();
    for (BenchmarkOutcome run : runs) {
      out.beginObject();
      FieldWriter.object(out, "benchmark_run", run.run(), BenchmarkRunViewAdapter.INSTANCE);
      List<JobScenarioOutcomeView> reported =
          run.scenarioRuns().stream()
              .map(run::jobScenarioOutcome)
              .flatMap(Optional::stream)
              .toList();
      if (withScenarioOutcomes && !reported.isEmpty()) {
        FieldWriter.list(
            out, "scenario_outcomes", reported, JobScenarioOutcomeViewAdapter.INSTANCE);
      }
      FieldWriter.list(
          out,
          "scenario_runs",
          run.scenarioRuns().stream()
              .filter(scenarioRun -> !run.isSynthesized(scenarioRun))
              .toList(),
          ScenarioRunViewAdapter.INSTANCE);
      out.endObject();
    }
    out.endArray();
    FieldWriter.list(
        out,
        "scenarios",
        any == null ? List.of() : List.copyOf(any.scenarios()),
        ScenarioViewAdapter.INSTANCE);
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
    boolean holdsJob = false;
    BenchmarkRunView run = null;
    List<ScenarioRunView> scenarioRuns = null;
    List<ScenarioView> scenarios = null;
    BenchmarkView benchmark = null;
    BenchmarkJobView job = null;
    List<Run> runs = null;
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
        holdsJob |= name == 6 && in.peek() != Token.NULL;
        in.skipValue();
      } else {
        switch (name) {
          case 0 -> benchmark = BenchmarkViewAdapter.INSTANCE.fromJson(in);
          case 1 -> run = BenchmarkRunViewAdapter.INSTANCE.fromJson(in);
          case 3 ->
              scenarioRuns =
                  FieldReader.list(in, ScenarioRunViewAdapter.INSTANCE, "a scenario run");
          case 4 -> scenarios = FieldReader.list(in, ScenarioViewAdapter.INSTANCE, "a scenario");
          case 6 -> job = BenchmarkJobViewAdapter.INSTANCE.fromJson(in);
          default -> runs = runs(in);
        }
      }
    }
    in.endObject();
    if (!headerOnly && !endsHere(in)) {
      throw new JsonDataException("the document goes on after its object ends");
    }
    return new Contents(
        new Header(format, versionToken, version, holdsJob || job != null),
        run,
        scenarioRuns,
        scenarios == null ? List.of() : scenarios,
        benchmark,
        job,
        runs);
  }

  /** The entries of {@code runs}: none of them {@code null}, each with its benchmark run. */
  private static List<Run> runs(JsonReader in) throws IOException {
    if (in.peek() != Token.BEGIN_ARRAY) {
      throw new JsonDataException(
          in.getPath() + " is " + FieldReader.describe(in.peek()) + ", not an array");
    }
    List<Run> runs = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      if (!FieldReader.beginObject(in)) {
        throw new JsonDataException(FieldReader.previousElement(in) + " is null, not a run");
      }
      BenchmarkRunView run = null;
      List<ScenarioRunView> scenarioRuns = null;
      List<JobScenarioOutcomeView> scenarioOutcomes = null;
      while (in.hasNext()) {
        switch (in.selectName(RUN_NAMES)) {
          case 0 -> run = BenchmarkRunViewAdapter.INSTANCE.fromJson(in);
          case 1 ->
              scenarioOutcomes =
                  FieldReader.list(
                      in, JobScenarioOutcomeViewAdapter.INSTANCE, "a scenario outcome");
          case 2 ->
              scenarioRuns =
                  FieldReader.list(in, ScenarioRunViewAdapter.INSTANCE, "a scenario run");
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      in.endObject();
      if (run == null) {
        throw new JsonDataException(
            FieldReader.previousElement(in) + ": \"benchmark_run\" is missing");
      }
      runs.add(
          new Run(
              run,
              scenarioRuns == null ? List.of() : scenarioRuns,
              scenarioOutcomes == null ? List.of() : scenarioOutcomes));
    }
    in.endArray();
    return List.copyOf(runs);
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
