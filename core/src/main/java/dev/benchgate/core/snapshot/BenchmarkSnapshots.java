package dev.benchgate.core.snapshot;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.benchgate.core.internal.SnapshotJson;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * Reads and writes snapshot files, so gates can run offline and baselines can live in version
 * control: one {@link BenchmarkOutcome} as versioned JSON (format version {@value #VERSION}), or
 * several runs of one benchmark (version {@value #SEVERAL_RUNS_VERSION}): a {@link
 * BenchmarkJobOutcome}, the job with every agent's run, or a {@link RepeatedOutcome}, repeated runs
 * of one agent. A file of several runs holds the benchmark and the scenario definitions once, and
 * each run with its scenario runs; a job's file holds the job too, whose report makes its agents'
 * setup failures again (with their reasons) when it is read. {@link #kind(Path)} tells which a file
 * holds.
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
 *
 * BenchmarkSnapshots.write(client.jobOutcome("bmj_3kQ8vLx2"), Path.of("jobs/pr-1187.json"));
 * BenchmarkJobOutcome job = BenchmarkSnapshots.readJob(Path.of("jobs/pr-1187.json"));
 * }</pre>
 */
public final class BenchmarkSnapshots {
  /** What a snapshot writes in place of a secret value. */
  public static final String REDACTED = "<redacted>";

  /** The {@code format} marker of a snapshot file. */
  public static final String FORMAT = "benchgate-snapshot";

  /**
   * The format version of a snapshot of one run, which {@code write(BenchmarkOutcome, …)} writes.
   */
  public static final int VERSION = 1;

  /**
   * The format version of a snapshot of several runs of one benchmark, which {@code
   * write(BenchmarkJobOutcome, …)} and {@code write(RepeatedOutcome, …)} write; the newest version
   * this Benchgate reads.
   */
  public static final int SEVERAL_RUNS_VERSION = 2;

  /** The oldest format version this Benchgate reads. */
  private static final int OLDEST_VERSION = VERSION;

  /** The newest format version this Benchgate reads. */
  private static final int NEWEST_VERSION = SEVERAL_RUNS_VERSION;

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
    writeFile(path, layout, writer(outcome));
  }

  /**
   * Writes a benchmark job with every agent's run as a pretty-printed snapshot file (format version
   * {@value #SEVERAL_RUNS_VERSION}), creating parent directories; see {@link
   * #write(BenchmarkJobOutcome, Path, SnapshotLayout)}.
   *
   * <pre>{@code
   * BenchmarkSnapshots.write(client.jobOutcome("bmj_3kQ8vLx2"), Path.of("jobs/pr-1187.json"));
   * }</pre>
   *
   * @param job the job
   * @param path where to write it
   * @throws UncheckedIOException when the file cannot be written
   * @throws IllegalArgumentException when the job holds a record a snapshot cannot hold, or its
   *     agents' runs are joined with different benchmarks or definitions; nothing is written then
   */
  public static void write(BenchmarkJobOutcome job, Path path) {
    write(job, path, SnapshotLayout.PRETTY);
  }

  /**
   * Writes a benchmark job with every agent's run as a snapshot file in a layout (format version
   * {@value #SEVERAL_RUNS_VERSION}), creating parent directories and replacing the file atomically
   * where the file system allows. The file holds the job as the API reported it, the benchmark and
   * the scenario definitions once, and each agent's run with its scenario runs; reading it gives
   * back an equal job, its agents' setup failures and their reasons included.
   *
   * <pre>{@code
   * BenchmarkSnapshots.write(job, Path.of("jobs/pr-1187.json"), SnapshotLayout.COMPACT);
   * }</pre>
   *
   * @param job the job
   * @param path where to write it
   * @param layout pretty, or compact for large recordings nobody diffs
   * @throws UncheckedIOException when the file cannot be written
   * @throws IllegalArgumentException when the job holds a record a snapshot cannot hold, or its
   *     agents' runs are joined with different benchmarks or definitions (a snapshot holds them
   *     once; {@code RunloopClient.jobOutcome} joins every agent with the job's); nothing is
   *     written then
   */
  public static void write(BenchmarkJobOutcome job, Path path, SnapshotLayout layout) {
    Objects.requireNonNull(job, "job");
    writeFile(path, layout, writer(job));
  }

  /**
   * Writes repeated runs of one agent as a pretty-printed snapshot file (format version {@value
   * #SEVERAL_RUNS_VERSION}), creating parent directories; see {@link #write(RepeatedOutcome, Path,
   * SnapshotLayout)}.
   *
   * <pre>{@code
   * BenchmarkSnapshots.write(client.repeatedOutcome("bmr_a", "bmr_b", "bmr_c"), Path.of("runs/five.json"));
   * }</pre>
   *
   * @param runs the runs
   * @param path where to write them
   * @throws UncheckedIOException when the file cannot be written
   * @throws IllegalArgumentException when a run holds a record a snapshot cannot hold, or the runs
   *     are joined with different benchmarks or definitions; nothing is written then
   */
  public static void write(RepeatedOutcome runs, Path path) {
    write(runs, path, SnapshotLayout.PRETTY);
  }

  /**
   * Writes repeated runs of one agent as a snapshot file in a layout (format version {@value
   * #SEVERAL_RUNS_VERSION}), creating parent directories and replacing the file atomically where
   * the file system allows. The file holds the benchmark and the scenario definitions once, and
   * each run with its scenario runs and, for a run of a benchmark job, what the job reported about
   * them.
   *
   * <pre>{@code
   * BenchmarkSnapshots.write(runs, Path.of("runs/five.json"), SnapshotLayout.COMPACT);
   * }</pre>
   *
   * @param runs the runs
   * @param path where to write them
   * @param layout pretty, or compact for large recordings nobody diffs
   * @throws UncheckedIOException when the file cannot be written
   * @throws IllegalArgumentException when a run holds a record a snapshot cannot hold, or the runs
   *     are joined with different benchmarks or definitions (a snapshot holds them once; {@code
   *     RunloopClient.repeatedOutcome} joins every run with one); nothing is written then
   */
  public static void write(RepeatedOutcome runs, Path path, SnapshotLayout layout) {
    Objects.requireNonNull(runs, "runs");
    writeFile(path, layout, writer(runs));
  }

  /** Writes a snapshot's JSON to a sink; throws what a write refuses. */
  private interface Writer {
    void write(JsonWriter out) throws IOException;
  }

  private static void writeFile(Path path, SnapshotLayout layout, Writer writer) {
    Objects.requireNonNull(layout, "layout");
    try {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // A sibling, so the final move stays on one file system; written with default permissions.
      Path temporary = parent.resolve("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        try (BufferedSink sink = Okio.buffer(Okio.sink(temporary))) {
          write(writer, sink, layout);
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
    return toJson(writer(outcome), layout);
  }

  /**
   * Renders a benchmark job with every agent's run as pretty-printed snapshot JSON.
   *
   * <pre>{@code
   * String json = BenchmarkSnapshots.toJson(job);
   * }</pre>
   *
   * @param job the job
   * @return the JSON text, ending in a newline
   * @throws IllegalArgumentException as {@link #write(BenchmarkJobOutcome, Path, SnapshotLayout)}
   */
  public static String toJson(BenchmarkJobOutcome job) {
    return toJson(job, SnapshotLayout.PRETTY);
  }

  /**
   * Renders a benchmark job with every agent's run as snapshot JSON in a layout.
   *
   * <pre>{@code
   * String json = BenchmarkSnapshots.toJson(job, SnapshotLayout.COMPACT);
   * }</pre>
   *
   * @param job the job
   * @param layout pretty or compact
   * @return the JSON text, ending in a newline
   * @throws IllegalArgumentException as {@link #write(BenchmarkJobOutcome, Path, SnapshotLayout)}
   */
  public static String toJson(BenchmarkJobOutcome job, SnapshotLayout layout) {
    Objects.requireNonNull(job, "job");
    return toJson(writer(job), layout);
  }

  /**
   * Renders repeated runs of one agent as pretty-printed snapshot JSON.
   *
   * <pre>{@code
   * String json = BenchmarkSnapshots.toJson(runs);
   * }</pre>
   *
   * @param runs the runs
   * @return the JSON text, ending in a newline
   * @throws IllegalArgumentException as {@link #write(RepeatedOutcome, Path, SnapshotLayout)}
   */
  public static String toJson(RepeatedOutcome runs) {
    return toJson(runs, SnapshotLayout.PRETTY);
  }

  /**
   * Renders repeated runs of one agent as snapshot JSON in a layout.
   *
   * <pre>{@code
   * String json = BenchmarkSnapshots.toJson(runs, SnapshotLayout.COMPACT);
   * }</pre>
   *
   * @param runs the runs
   * @param layout pretty or compact
   * @return the JSON text, ending in a newline
   * @throws IllegalArgumentException as {@link #write(RepeatedOutcome, Path, SnapshotLayout)}
   */
  public static String toJson(RepeatedOutcome runs, SnapshotLayout layout) {
    Objects.requireNonNull(runs, "runs");
    return toJson(writer(runs), layout);
  }

  private static String toJson(Writer writer, SnapshotLayout layout) {
    Objects.requireNonNull(layout, "layout");
    Buffer buffer = new Buffer();
    try {
      write(writer, buffer, layout);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does no I/O
    }
    return buffer.readUtf8();
  }

  private static void write(Writer snapshot, BufferedSink sink, SnapshotLayout layout)
      throws IOException {
    JsonWriter writer = JsonWriter.of(sink);
    writer.setIndent(layout.indent());
    snapshot.write(writer);
    writer.flush();
    sink.writeUtf8("\n");
  }

  private static Writer writer(BenchmarkOutcome outcome) {
    return out -> {
      try {
        SnapshotJson.write(out, FORMAT, VERSION, outcome);
      } catch (JsonDataException unreadable) {
        throw cannotWrite("benchmark run " + outcome.runId(), unreadable);
      }
    };
  }

  private static Writer writer(BenchmarkJobOutcome job) {
    String subject = "benchmark job " + job.job().displayName();
    List<BenchmarkOutcome> runs = List.copyOf(job.agentOutcomes().values());
    requireOneBenchmark(subject, runs, "RunloopClient.jobOutcome");
    return out -> {
      try {
        SnapshotJson.writeRuns(out, FORMAT, SEVERAL_RUNS_VERSION, job.job(), runs, false);
      } catch (JsonDataException unreadable) {
        throw cannotWrite(subject, unreadable);
      }
    };
  }

  private static Writer writer(RepeatedOutcome repeated) {
    String subject = "the repeated runs " + String.join(", ", repeated.runIds());
    requireOneBenchmark(subject, repeated.runs(), "RunloopClient.repeatedOutcome");
    return out -> {
      try {
        SnapshotJson.writeRuns(out, FORMAT, SEVERAL_RUNS_VERSION, null, repeated.runs(), true);
      } catch (JsonDataException unreadable) {
        throw cannotWrite(subject, unreadable);
      }
    };
  }

  private static IllegalArgumentException cannotWrite(
      String subject, JsonDataException unreadable) {
    return new IllegalArgumentException(
        "Cannot write a snapshot of "
            + subject
            + ", as it could not be read back: "
            + unreadable.getMessage(),
        unreadable);
  }

  /**
   * A snapshot of several runs holds their benchmark and definitions once, so they must be the same
   * for every run: otherwise the runs read back would not be the runs written.
   */
  private static void requireOneBenchmark(
      String subject, List<BenchmarkOutcome> runs, String joinedBy) {
    for (BenchmarkOutcome run : runs) {
      BenchmarkOutcome first = runs.get(0);
      String differs =
          !run.benchmark().equals(first.benchmark())
              ? "benchmark"
              : !run.scenarios().equals(first.scenarios()) ? "scenario definitions" : null;
      if (differs != null) {
        throw new IllegalArgumentException(
            "Cannot write a snapshot of "
                + subject
                + ": it holds the benchmark and its scenario definitions once, but run "
                + run.runId()
                + " is joined with other "
                + differs
                + " than run "
                + first.runId()
                + ". "
                + joinedBy
                + " joins every run with the same ones.");
      }
    }
  }

  /**
   * Reads a snapshot file of one run.
   *
   * <pre>{@code
   * BenchmarkOutcome baseline = BenchmarkSnapshots.read(Path.of("src/test/resources/baseline.json"));
   * }</pre>
   *
   * @param path the file
   * @return the outcome it holds
   * @throws UncheckedIOException when the file cannot be read
   * @throws SnapshotFormatException when it is not a snapshot of one run this version can read (a
   *     snapshot of a job or of repeated runs says which method reads it)
   */
  public static BenchmarkOutcome read(Path path) {
    return outcome(read(file(path), path.toString()), path.toString());
  }

  /**
   * Parses snapshot JSON of one run.
   *
   * <pre>{@code
   * BenchmarkOutcome outcome = BenchmarkSnapshots.fromJson(json, "recordings/bmr_123.json");
   * }</pre>
   *
   * @param json the JSON text
   * @param origin where it came from, for error messages (a path, a classpath resource)
   * @return the outcome it holds
   * @throws SnapshotFormatException as {@link #read(Path)}
   */
  public static BenchmarkOutcome fromJson(String json, String origin) {
    return outcome(read(text(json), origin), origin);
  }

  /**
   * Reads a snapshot file of a benchmark job (see {@link #write(BenchmarkJobOutcome, Path)}).
   *
   * <pre>{@code
   * BenchmarkJobOutcome job = BenchmarkSnapshots.readJob(Path.of("jobs/pr-1187.json"));
   * assertThat(job).agent("candidate").comparedTo(job.agent("baseline")).hasNoSignificantRegression();
   * }</pre>
   *
   * @param path the file
   * @return the job, with every agent's run joined as when it was written
   * @throws UncheckedIOException when the file cannot be read
   * @throws SnapshotFormatException when it is not a snapshot of a job this version can read
   */
  public static BenchmarkJobOutcome readJob(Path path) {
    return job(read(file(path), path.toString()), path.toString());
  }

  /**
   * Parses snapshot JSON of a benchmark job.
   *
   * <pre>{@code
   * BenchmarkJobOutcome job = BenchmarkSnapshots.jobFromJson(json, "classpath:jobs/pr-1187.json");
   * }</pre>
   *
   * @param json the JSON text
   * @param origin where it came from, for error messages
   * @return the job
   * @throws SnapshotFormatException as {@link #readJob(Path)}
   */
  public static BenchmarkJobOutcome jobFromJson(String json, String origin) {
    return job(read(text(json), origin), origin);
  }

  /**
   * Reads a snapshot file of repeated runs (see {@link #write(RepeatedOutcome, Path)}); a snapshot
   * of one run reads as repeated runs of one.
   *
   * <pre>{@code
   * RepeatedOutcome runs = BenchmarkSnapshots.readRepeated(Path.of("runs/five.json"));
   * assertThat(runs).hasPassAtKAtLeast(1, 0.7).hasAtMostFlakyScenarios(3);
   * }</pre>
   *
   * @param path the file
   * @return the runs
   * @throws UncheckedIOException when the file cannot be read
   * @throws SnapshotFormatException when it is not a snapshot of runs this version can read, or its
   *     runs are not repeated runs of one benchmark (a job's agents are not)
   */
  public static RepeatedOutcome readRepeated(Path path) {
    return repeated(read(file(path), path.toString()), path.toString());
  }

  /**
   * Parses snapshot JSON of repeated runs.
   *
   * <pre>{@code
   * RepeatedOutcome runs = BenchmarkSnapshots.repeatedFromJson(json, "classpath:runs/five.json");
   * }</pre>
   *
   * @param json the JSON text
   * @param origin where it came from, for error messages
   * @return the runs
   * @throws SnapshotFormatException as {@link #readRepeated(Path)}
   */
  public static RepeatedOutcome repeatedFromJson(String json, String origin) {
    return repeated(read(text(json), origin), origin);
  }

  /**
   * Tells what a snapshot file holds, from its header, without reading its runs: which reader to
   * call.
   *
   * <pre>{@code
   * if (BenchmarkSnapshots.kind(path) == SnapshotKind.JOB) { ... }
   * }</pre>
   *
   * @param path the file
   * @return what it holds
   * @throws UncheckedIOException when the file cannot be read
   * @throws SnapshotFormatException when it is not a snapshot this version can read
   */
  public static SnapshotKind kind(Path path) {
    return kind(file(path), path.toString());
  }

  /**
   * Tells what snapshot JSON holds, from its header.
   *
   * <pre>{@code
   * SnapshotKind kind = BenchmarkSnapshots.kindFromJson(json, "classpath:runs/nightly.json");
   * }</pre>
   *
   * @param json the JSON text
   * @param origin where it came from, for error messages
   * @return what it holds
   * @throws SnapshotFormatException when it is not a snapshot this version can read
   */
  public static SnapshotKind kindFromJson(String json, String origin) {
    return kind(text(json), origin);
  }

  /** Opens the document anew: once to read it, and once more to explain a failure. */
  private interface Source {
    BufferedSource open() throws IOException;
  }

  private static Source file(Path path) {
    return () -> Okio.buffer(Okio.source(path));
  }

  private static Source text(String json) {
    return () -> new Buffer().writeUtf8(json);
  }

  private static SnapshotKind kind(Source source, String origin) {
    SnapshotJson.Header header;
    try (BufferedSource in = source.open()) {
      header = SnapshotJson.header(JsonReader.of(in));
    } catch (JsonDataException | JsonEncodingException | EOFException unreadable) {
      throw new SnapshotFormatException(
          origin + " is not a valid Benchgate snapshot: " + unreadable.getMessage(), unreadable);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read snapshot " + origin + ": " + e.getMessage(), e);
    }
    return kindOf(requireReadable(header, origin), header);
  }

  private static SnapshotKind kindOf(int version, SnapshotJson.Header header) {
    return version == VERSION
        ? SnapshotKind.RUN
        : header.holdsJob() ? SnapshotKind.JOB : SnapshotKind.REPEATED_RUNS;
  }

  /** A document read whole, of a version this Benchgate reads and in that version's shape. */
  private record Read(SnapshotKind kind, SnapshotJson.Contents contents) {}

  private static Read read(Source source, String origin) {
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
    SnapshotKind kind = kindOf(requireReadable(contents.header(), origin), contents.header());
    if (kind == SnapshotKind.RUN && contents.run() == null) {
      throw new SnapshotFormatException(origin + " has no \"benchmark_run\"");
    }
    if (kind != SnapshotKind.RUN && contents.runs() == null) {
      throw new SnapshotFormatException(origin + " has no \"runs\"");
    }
    return new Read(kind, contents);
  }

  private static BenchmarkOutcome outcome(Read read, String origin) {
    if (read.kind() != SnapshotKind.RUN) {
      throw wrongKind(read, origin, "one benchmark run", "read");
    }
    SnapshotJson.Contents contents = read.contents();
    return joined(
        origin,
        () ->
            BenchmarkOutcome.of(
                contents.run(),
                contents.scenarioRuns() == null ? List.of() : contents.scenarioRuns(),
                contents.scenarios(),
                contents.benchmark()));
  }

  private static BenchmarkJobOutcome job(Read read, String origin) {
    if (read.kind() != SnapshotKind.JOB) {
      throw wrongKind(read, origin, "a benchmark job", "readJob");
    }
    return joined(
        origin, () -> BenchmarkJobOutcome.of(read.contents().job(), outcomes(read.contents())));
  }

  private static RepeatedOutcome repeated(Read read, String origin) {
    return switch (read.kind()) {
      case RUN -> RepeatedOutcome.of(outcome(read, origin));
      case JOB -> throw wrongKind(read, origin, "repeated runs of one agent", "readRepeated");
      case REPEATED_RUNS -> joined(origin, () -> RepeatedOutcome.of(outcomes(read.contents())));
    };
  }

  /** Each run joined with the one benchmark and set of definitions, and its job's report. */
  private static List<BenchmarkOutcome> outcomes(SnapshotJson.Contents contents) {
    return contents.runs().stream()
        .map(
            run -> {
              BenchmarkOutcome outcome =
                  BenchmarkOutcome.of(
                      run.run(), run.scenarioRuns(), contents.scenarios(), contents.benchmark());
              return run.scenarioOutcomes().isEmpty()
                  ? outcome
                  : outcome.withJobScenarioOutcomes(run.scenarioOutcomes());
            })
        .toList();
  }

  /** Joins what was read: a file whose parts do not fit together is no snapshot either. */
  private static <T> T joined(String origin, Supplier<T> join) {
    try {
      return join.get();
    } catch (IllegalArgumentException doesNotFit) {
      throw new SnapshotFormatException(
          origin + " is not a valid Benchgate snapshot: " + doesNotFit.getMessage(), doesNotFit);
    }
  }

  private static SnapshotFormatException wrongKind(
      Read read, String origin, String expected, String method) {
    SnapshotJson.Contents contents = read.contents();
    String holds =
        switch (read.kind()) {
          case RUN -> "one benchmark run, " + contents.run().id() + " (read it with read)";
          case JOB ->
              "benchmark job "
                  + contents.job().id()
                  + " (read it with readJob, and take an agent's run with agent(name))";
          case REPEATED_RUNS ->
              contents.runs().size() + " repeated runs (read them with readRepeated)";
        };
    return new SnapshotFormatException(
        origin
            + " holds "
            + holds
            + ", not "
            + expected
            + " as BenchmarkSnapshots."
            + method
            + " reads");
  }

  private static SnapshotJson.Header headerIfReadable(Source source) {
    try (BufferedSource in = source.open()) {
      return SnapshotJson.header(JsonReader.of(in));
    } catch (IOException | JsonDataException notEvenThat) {
      return null;
    }
  }

  /**
   * Refuses a document that is not a snapshot, or of a version this Benchgate does not read.
   *
   * @return the version
   */
  private static int requireReadable(SnapshotJson.Header header, String origin) {
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
    if (version.compareTo(BigInteger.valueOf(NEWEST_VERSION)) > 0) {
      throw new SnapshotFormatException(
          origin
              + " has snapshot format version "
              + version
              + ", newer than the versions "
              + OLDEST_VERSION
              + " to "
              + NEWEST_VERSION
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
    return version.intValueExact();
  }

  private static String readableVersions() {
    return "this Benchgate reads versions " + OLDEST_VERSION + " to " + NEWEST_VERSION;
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
