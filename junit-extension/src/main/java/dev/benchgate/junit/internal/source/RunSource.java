package dev.benchgate.junit.internal.source;

import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.text.UntrustedText;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Requester;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Where a run comes from, parsed from an annotation's value or a configured default after
 * placeholders are expanded: a run id, a snapshot file, a snapshot on the classpath, or the newest
 * completed run of a benchmark. Sources are normalised when parsed (absolute paths, sorted
 * filters), so that two texts naming the same run are equal and share one load per test plan. A
 * text with a {@code prefix:} this version does not know is refused instead of being taken for a
 * run id.
 *
 * <pre>{@code
 * RunSource source = RunSource.parse(new ConfiguredValue("file:baselines/main.json", "@Baseline"), requester);
 * BenchmarkOutcome outcome = source.load(runloop, requester);
 * }</pre>
 */
public sealed interface RunSource
    permits RunSource.RunId, RunSource.SnapshotFile, RunSource.ClasspathSnapshot, LatestRun {
  /** A scheme such as {@code file:} or {@code latest:}; run ids have none. */
  Pattern PREFIX = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

  /**
   * Parses an expanded source text.
   *
   * @param text the text, placeholders expanded
   * @param requester what needs the run, for messages
   * @return the source
   * @throws ExtensionConfigurationException for a prefix this version does not support, a run id
   *     that is no plain token, or a source that names nothing
   */
  static RunSource parse(ConfiguredValue text, Requester requester) {
    Matcher prefix = PREFIX.matcher(text.value());
    if (!prefix.lookingAt()) {
      if (!RunIds.isPlain(text.value())) {
        throw new ExtensionConfigurationException(
            named("run", text, requester)
                + " is no run id: run ids are made of letters, digits, '_', '-' and '.', such as"
                + " bmr_123; a snapshot is named file:path/to/snapshot.json or"
                + " classpath:path/to/snapshot.json.");
      }
      return new RunId(text.value());
    }
    String rest = text.value().substring(prefix.end());
    return switch (prefix.group(1)) {
      case "file" ->
          new SnapshotFile(
              Path.of(required(rest, "a path", text, requester)).toAbsolutePath().normalize());
      case "classpath" ->
          new ClasspathSnapshot(
              required(rest, "a resource name", text, requester).replaceFirst("^/+", ""));
      case "latest" -> LatestRun.parse(text, requester);
      default ->
          throw new ExtensionConfigurationException(
              named("run", text, requester)
                  + " starts with '"
                  + prefix.group()
                  + "', which this version of Benchgate does not support: give a benchmark run id"
                  + " such as bmr_123, file:path/to/snapshot.json, classpath:path/to/snapshot.json"
                  + " or latest:bmd_…, optionally through ${env:NAME} or ${sys:name}.");
    };
  }

  /**
   * Begins a message about a source text: {@code The run source 'x' from @BenchmarkRun("x") for
   * parameter …}, the text shown with its control characters escaped.
   *
   * @param noun {@code "run"} or {@code "job"}
   * @param text the source text and its origin
   * @param requester what needs it
   * @return the beginning of the message
   */
  static String named(String noun, ConfiguredValue text, Requester requester) {
    return "The "
        + noun
        + " source '"
        + UntrustedText.printable(text.value())
        + "' from "
        + text.origin()
        + " for "
        + requester;
  }

  private static String required(
      String rest, String what, ConfiguredValue text, Requester requester) {
    if (rest.isBlank()) {
      throw new ExtensionConfigurationException(
          named("run", text, requester)
              + " names no snapshot: give "
              + what
              + " after the prefix, as in "
              + text.value()
              + "baselines/main.json.");
    }
    return rest.strip();
  }

  /**
   * Names the run for messages.
   *
   * @return e.g. {@code "benchmark run bmr_123"}
   */
  String describe();

  /**
   * Loads the run's outcome, once per test plan.
   *
   * @param runloop the test plan's shared resources
   * @param requester what needs the run, for messages
   * @return the outcome of the finished run
   */
  BenchmarkOutcome load(SharedRunloop runloop, Requester requester);

  /**
   * Loads every run the source names, for repeated runs: one run for a run id, the runs of a
   * snapshot of repeated runs, the {@code count} newest of a {@code latest:} query.
   *
   * @param runloop the test plan's shared resources
   * @param requester what needs the runs, for messages
   * @return their outcomes
   */
  default List<BenchmarkOutcome> loadRuns(SharedRunloop runloop, Requester requester) {
    return List.of(load(runloop, requester));
  }

  /**
   * A run named by its id: fetched from the API, or read from the replay directory when {@value
   * ConfigurationKeys#SNAPSHOTS} is set.
   *
   * @param id the run's id, e.g. {@code bmr_123}
   */
  record RunId(String id) implements RunSource {
    @Override
    public String describe() {
      return "benchmark run " + id;
    }

    @Override
    public BenchmarkOutcome load(SharedRunloop runloop, Requester requester) {
      return runloop.run(id, requester);
    }
  }

  /**
   * A snapshot file written by {@link dev.benchgate.core.snapshot.BenchmarkSnapshots}; {@code
   * file:} paths are relative to the working directory, under Maven the module's directory.
   *
   * @param path the file's absolute, normalised path
   */
  record SnapshotFile(Path path) implements RunSource {
    @Override
    public String describe() {
      return "snapshot file " + path;
    }

    @Override
    public BenchmarkOutcome load(SharedRunloop runloop, Requester requester) {
      return runloop.snapshotFile(path).orElseThrow(this::missing);
    }

    @Override
    public List<BenchmarkOutcome> loadRuns(SharedRunloop runloop, Requester requester) {
      return runloop
          .snapshotFile(path, SnapshotReader.Contents.REPEATED)
          .orElseThrow(this::missing)
          .runs();
    }

    /**
     * Explains that the file is missing.
     *
     * @return the failure
     */
    RunSourceException missing() {
      return new RunSourceException(
          path
              + " does not exist. Fix the path (file: paths are relative to the"
              + " working directory, "
              + Path.of("").toAbsolutePath()
              + "), or write the snapshot with BenchmarkSnapshots.write(…) or by"
              + " running once with -D"
              + ConfigurationKeys.RECORD
              + "=<directory>.");
    }
  }

  /**
   * A snapshot on the test classpath, such as a file under {@code src/test/resources}.
   *
   * @param name the resource's name, without a leading slash
   */
  record ClasspathSnapshot(String name) implements RunSource {
    @Override
    public String describe() {
      return "classpath snapshot " + name;
    }

    @Override
    public BenchmarkOutcome load(SharedRunloop runloop, Requester requester) {
      return runloop.classpathSnapshot(name, SnapshotReader.Contents.RUN);
    }

    @Override
    public List<BenchmarkOutcome> loadRuns(SharedRunloop runloop, Requester requester) {
      return runloop.classpathSnapshot(name, SnapshotReader.Contents.REPEATED).runs();
    }
  }
}
