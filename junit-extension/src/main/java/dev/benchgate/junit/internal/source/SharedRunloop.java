package dev.benchgate.junit.internal.source;

import dev.benchgate.core.LatestRuns;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.core.snapshot.SnapshotKind;
import dev.benchgate.junit.ConfigurationKeys;
import dev.benchgate.junit.internal.config.BenchgateConfiguration;
import dev.benchgate.junit.internal.config.ClientSettings;
import dev.benchgate.junit.internal.config.CodeSettings;
import dev.benchgate.junit.internal.config.ConfiguredValue;
import dev.benchgate.junit.internal.config.Console;
import dev.benchgate.junit.internal.config.Requester;
import dev.benchgate.junit.internal.config.StoreNamespace;
import dev.benchgate.junit.internal.report.ReportEntries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Runloop resources of a test plan, shared by every test in every class: one client per base
 * URL and key, and one load per run, snapshot, {@code latest:} query or scenario, all in the root
 * store. The store computes each value once while concurrent tests wait for it, and closes the
 * clients it holds when the plan ends. Completed runs never change, so nothing here is ever fetched
 * again. Runs are replayed from and recorded to snapshot directories when configured.
 *
 * <pre>{@code
 * SharedRunloop runloop = new SharedRunloop(context, CodeSettings.NONE);
 * BenchmarkOutcome outcome = runloop.outcome(source, text, requester);
 * }</pre>
 */
public final class SharedRunloop {
  private final ExtensionContext context;
  private final BenchgateConfiguration configuration;

  /**
   * Gives one test access to the shared resources.
   *
   * @param context the context of the test, which receives progress report entries
   * @param code the settings of the extension in code
   */
  public SharedRunloop(ExtensionContext context, CodeSettings code) {
    this.context = context;
    this.configuration = BenchgateConfiguration.of(context, code);
  }

  public ExtensionContext context() {
    return context;
  }

  /**
   * Returns the report entries of the test, which also tell the console what happens.
   *
   * @return entries published to this test's context, free of the API key
   */
  public ReportEntries reportEntries() {
    return new ReportEntries(context, configuration.redactor(), Console.of(context));
  }

  public BenchgateConfiguration configuration() {
    return configuration;
  }

  /**
   * Returns the client: the one given in code, else the one shared for the configured base URL and
   * key.
   *
   * @param requester what needs the client, for messages
   * @return the client
   * @throws ExtensionConfigurationException when no API key is configured or the client cannot be
   *     built from the configuration
   */
  public RunloopClient client(Requester requester) {
    RunloopClient own = configuration.code().client();
    if (own != null) {
      return own;
    }
    String apiKey =
        configuration
            .apiKey()
            .orElseThrow(
                () ->
                    new ExtensionConfigurationException(
                        "No Runloop API key is configured for "
                            + requester
                            + ": set the environment variable "
                            + ConfigurationKeys.API_KEY_VARIABLE
                            + " or the configuration parameter "
                            + ConfigurationKeys.API_KEY
                            + " (-D"
                            + ConfigurationKeys.API_KEY
                            + "=… or junit-platform.properties)."));
    String baseUrl = configuration.baseUrl(requester);
    try {
      return shared(
          new Connection(baseUrl, apiKey, configuration.clientSettings()),
          Connection::open,
          RunloopClient.class);
    } catch (IllegalArgumentException unusable) {
      // The URL itself is never echoed: a user name, password, path or query could hold the key,
      // and the client's message shows what of it is safe to show.
      throw new ExtensionConfigurationException(
          "Cannot build a Runloop client for "
              + requester
              + ": "
              + unusable.getMessage()
              + ". Check "
              + ConfigurationKeys.BASE_URL
              + " or "
              + ConfigurationKeys.BASE_URL_VARIABLE
              + " and "
              + ConfigurationKeys.API_KEY
              + " or "
              + ConfigurationKeys.API_KEY_VARIABLE
              + ".",
          unusable);
    }
  }

  /**
   * Returns the outcome a source names, loading (and if need be awaiting) it on first use in the
   * test plan.
   *
   * @param source the run's source
   * @param text the text the source was parsed from, for messages
   * @param requester what needs the run, for messages
   * @return the outcome
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException when the load failed
   * @throws org.opentest4j.TestAbortedException when the run could not be judged and {@value
   *     ConfigurationKeys#UNAVAILABLE} is {@code abort}
   */
  public BenchmarkOutcome outcome(RunSource source, ConfiguredValue text, Requester requester) {
    return explained(source, text, requester, () -> source.load(this, requester));
  }

  /**
   * Returns the benchmark job a source names, loading (and if need be awaiting) it on first use in
   * the test plan.
   *
   * @param source the job's source
   * @param text the text the source was parsed from, for messages
   * @param requester what needs the job, for messages
   * @return the finished job, every agent's run finished
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException when the load failed, or
   *     the job ended with an agent's run unfinished
   * @throws org.opentest4j.TestAbortedException when the job could not be judged and {@value
   *     ConfigurationKeys#UNAVAILABLE} is {@code abort}
   */
  public BenchmarkJobOutcome job(JobSource source, ConfiguredValue text, Requester requester) {
    BenchmarkJobOutcome job =
        explained(source.describe(), text, requester, () -> source.load(this, requester));
    return JobSource.requireFinishedRuns(job, requester, configuration.unavailable());
  }

  /**
   * Returns every run a source names, for repeated runs, loading each once per test plan.
   *
   * @param source the runs' source
   * @param text the text the source was parsed from, for messages
   * @param requester what needs the runs, for messages
   * @return their outcomes
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException when a load failed, or
   *     fewer runs matched a {@code latest:} query than it asks for
   * @throws org.opentest4j.TestAbortedException when the runs could not be judged and {@value
   *     ConfigurationKeys#UNAVAILABLE} is {@code abort}
   */
  public List<BenchmarkOutcome> runs(RunSource source, ConfiguredValue text, Requester requester) {
    return explained(source, text, requester, () -> source.loadRuns(this, requester));
  }

  /**
   * Returns the runs several run ids name, for repeated runs, fetched together: see {@link
   * #runs(List, Requester)}.
   *
   * @param ids the runs' ids, from one annotation
   * @param text the annotation's values and origin, for messages
   * @param requester what needs the runs, for messages
   * @return their outcomes
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException when the load failed
   * @throws org.opentest4j.TestAbortedException when the runs could not be judged and {@value
   *     ConfigurationKeys#UNAVAILABLE} is {@code abort}
   */
  public List<BenchmarkOutcome> repeatedRuns(
      List<RunSource.RunId> ids, ConfiguredValue text, Requester requester) {
    List<String> runIds = ids.stream().map(RunSource.RunId::id).toList();
    return explained(
        "benchmark runs " + String.join(", ", runIds),
        text,
        requester,
        () -> runs(runIds, requester));
  }

  /**
   * Runs part of loading a source, explaining its failure to the requester: misconfiguration passes
   * unchanged, everything else is explained by {@link FetchFailures}.
   *
   * @param source the source being loaded
   * @param text the text the source was parsed from, for messages
   * @param requester what needs the run, for messages
   * @param loading the work
   * @param <T> what the work produces
   * @return what it produced
   */
  <T> T explained(
      RunSource source, ConfiguredValue text, Requester requester, Supplier<T> loading) {
    return explained(source.describe(), text, requester, loading);
  }

  private <T> T explained(
      String resource, ConfiguredValue text, Requester requester, Supplier<T> loading) {
    // Read before loading: a policy that is misspelt must show whether or not the load fails.
    configuration.unavailable();
    try {
      return loading.get();
    } catch (ExtensionConfigurationException misconfigured) {
      throw misconfigured;
    } catch (RuntimeException failure) {
      throw FetchFailures.explain(failure, resource, text, requester, configuration);
    }
  }

  /**
   * Returns the outcome of a run named by id: read from the replay directory when one is
   * configured, else fetched from the API (and recorded when a record directory is configured).
   *
   * @param id the run's id
   * @param requester what needs the run, for messages
   * @return the outcome of the finished run
   */
  BenchmarkOutcome run(String id, Requester requester) {
    Optional<Path> replay = configuration.replayDirectory();
    if (replay.isPresent()) {
      Path file = RunIds.fileIn(replay.get(), id, ConfigurationKeys.SNAPSHOTS);
      return snapshotFile(file).orElseThrow(() -> notReplayed(file, replay.get(), "run"));
    }
    RunloopClient client = client(requester);
    RunFetcher fetcher = fetcher(client);
    Optional<Path> record = configuration.recordDirectory();
    return once(
        new FetchKey(client, BenchmarkOutcome.class, id),
        () -> {
          BenchmarkOutcome outcome = fetcher.finishedOutcome(id);
          record.ifPresent(
              directory ->
                  record(
                      "benchmark run",
                      id,
                      directory,
                      file -> BenchmarkSnapshots.write(outcome, file)));
          return outcome;
        });
  }

  /** Fetches through the client, awaiting what is unfinished as configured, with progress. */
  private RunFetcher fetcher(RunloopClient client) {
    return new RunFetcher(
        client,
        configuration.awaitTimeout(),
        configuration.pollInterval(),
        reportEntries()::progress);
  }

  /**
   * Returns the outcomes of runs named by id, for repeated runs: fetched together, so that their
   * benchmark and its definitions are fetched once for all of them rather than once per run, each
   * awaited while it runs, recorded when a record directory is configured, and then shared as that
   * run's outcome for the rest of the test plan. Replayed runs, and a single run, are read as
   * {@link #run(String, Requester)} reads them.
   *
   * @param ids the runs' ids
   * @param requester what needs the runs, for messages
   * @return their outcomes
   */
  List<BenchmarkOutcome> runs(List<String> ids, Requester requester) {
    if (configuration.replayDirectory().isEmpty()) {
      RunloopClient client = client(requester);
      List<String> notYetFetched =
          ids.stream()
              .filter(id -> !has(new FetchKey(client, BenchmarkOutcome.class, id)))
              .toList();
      if (notYetFetched.size() > 1) {
        RunFetcher fetcher = fetcher(client);
        Optional<Path> record = configuration.recordDirectory();
        once(
                new FetchKey(client, RepeatedOutcome.class, notYetFetched),
                () -> {
                  List<BenchmarkOutcome> fetched = fetcher.finishedOutcomes(notYetFetched);
                  record.ifPresent(
                      directory ->
                          fetched.forEach(
                              outcome ->
                                  record(
                                      "benchmark run",
                                      outcome.runId(),
                                      directory,
                                      file -> BenchmarkSnapshots.write(outcome, file))));
                  return fetched;
                })
            .forEach(
                outcome ->
                    once(
                        new FetchKey(client, BenchmarkOutcome.class, outcome.runId()),
                        () -> outcome));
      }
    }
    return ids.stream().map(id -> run(id, requester)).toList();
  }

  // Only finished runs and jobs reach here (the fetcher awaits the others), and they never change,
  // so
  // a recording replays exactly. The file is named by the id asked for, which the answer was
  // checked to carry (RunloopClient checks every fetch by id): never by what the server sent alone.
  private void record(String noun, String id, Path directory, Consumer<Path> write) {
    Path file = RunIds.fileIn(directory, id, ConfigurationKeys.RECORD);
    write.accept(file);
    reportEntries().log("Recorded " + noun + " " + id + " to " + file);
  }

  /**
   * Reads a run snapshot file on first use in the test plan; the parse itself is shared by the
   * plans of the session while the file's bytes stay the same.
   *
   * @param path the file's absolute path
   * @return its outcome, or empty when the file did not exist at first use
   * @throws RunSourceException when it cannot be read or is no snapshot
   */
  Optional<BenchmarkOutcome> snapshotFile(Path path) {
    return snapshotFile(path, SnapshotReader.Contents.RUN);
  }

  /**
   * Reads a snapshot file as a run, a job or repeated runs, on first use in the test plan.
   *
   * @param path the file's absolute path
   * @param contents what it is read as
   * @param <T> what it is read as
   * @return what it holds, or empty when the file did not exist at first use
   * @throws RunSourceException when it cannot be read or is no such snapshot
   */
  <T> Optional<T> snapshotFile(Path path, SnapshotReader.Contents<T> contents) {
    return once(
        new SnapshotKey(path, contents.type()),
        () -> SnapshotReader.file(path, new SnapshotCache(context), contents));
  }

  /**
   * Reads a snapshot on the classpath as a run, a job or repeated runs, on first use in the test
   * plan.
   *
   * @param name the resource's name
   * @param contents what it is read as
   * @param <T> what it is read as
   * @return what it holds
   * @throws RunSourceException when it is missing or no such snapshot
   */
  <T> T classpathSnapshot(String name, SnapshotReader.Contents<T> contents) {
    return once(
        new SnapshotKey("classpath:" + name, contents.type()),
        () -> SnapshotReader.resource(name, new SnapshotCache(context), contents));
  }

  /**
   * Returns a benchmark job named by its id, with every agent's outcome: read from the replay
   * directory ({@code <job id>.json}) when one is configured, else fetched from the API, awaited
   * while it is not finished, and recorded when a record directory is configured. Fetched once per
   * test plan.
   *
   * @param id the job's id
   * @param requester what needs the job, for messages
   * @return the finished job
   */
  BenchmarkJobOutcome job(String id, Requester requester) {
    Optional<Path> replay = configuration.replayDirectory();
    if (replay.isPresent()) {
      Path file = RunIds.fileIn(replay.get(), id, ConfigurationKeys.SNAPSHOTS);
      return snapshotFile(file, SnapshotReader.Contents.JOB)
          .orElseThrow(() -> notReplayed(file, replay.get(), "job"));
    }
    RunloopClient client = client(requester);
    RunFetcher fetcher = fetcher(client);
    Optional<Path> record = configuration.recordDirectory();
    return once(
        new FetchKey(client, BenchmarkJobOutcome.class, id),
        () -> {
          BenchmarkJobOutcome job = fetcher.finishedJob(id, reportEntries()::jobProgress);
          record.ifPresent(
              directory ->
                  record(
                      "benchmark job", id, directory, file -> BenchmarkSnapshots.write(job, file)));
          return job;
        });
  }

  private static RunSourceException notReplayed(Path file, Path replay, String noun) {
    return new RunSourceException(
        file
            + " does not exist: "
            + ConfigurationKeys.SNAPSHOTS
            + " replays "
            + noun
            + "s from "
            + replay
            + ". Record the "
            + noun
            + " first by running once against the API with -D"
            + ConfigurationKeys.RECORD
            + "="
            + replay
            + " in place of -D"
            + ConfigurationKeys.SNAPSHOTS
            + ".");
  }

  /**
   * Returns the outcomes of the newest completed runs a query matches, newest first, among the runs
   * on the API or, when replaying, among the run snapshots of the replay directory. The runs of a
   * benchmark are listed once per test plan, and each query picks once, which it logs.
   *
   * @param latest the query
   * @param requester what needs the runs, for messages
   * @return the outcomes of the picked runs, as many as the query's count
   * @throws dev.benchgate.core.error.NotEnoughRunsException when fewer runs match than the query
   *     asks for
   */
  List<BenchmarkOutcome> latest(LatestRun latest, Requester requester) {
    LatestRuns query = latest.query();
    Optional<Path> replay = configuration.replayDirectory();
    Object scope;
    String searched;
    Supplier<List<BenchmarkRunView>> completedRuns;
    if (replay.isPresent()) {
      scope = replay.get();
      searched =
          "among the snapshots in " + replay.get() + " (" + ConfigurationKeys.SNAPSHOTS + ")";
      completedRuns = () -> replayedRuns(replay.get());
    } else {
      RunloopClient client = client(requester);
      scope = client;
      searched = "on the API";
      completedRuns =
          () ->
              once(
                  new FetchKey(client, BenchmarkRunView.class, query.benchmarkId()),
                  () -> client.benchmarkRuns(query.apiQuery()).toList());
    }
    List<BenchmarkRunView> picked =
        once(
            new FetchKey(scope, LatestRuns.class, query),
            () -> {
              List<BenchmarkRunView> newest = query.pick(completedRuns.get().stream());
              if (newest.size() < query.count()) {
                throw query.notEnough(newest, searched);
              }
              for (BenchmarkRunView run : newest) {
                if (!RunIds.isPlain(run.id())) {
                  throw latest.pickedNoPlainId(run, searched);
                }
              }
              reportEntries().log(latest.picked(newest));
              return newest;
            });
    return runs(picked.stream().map(BenchmarkRunView::id).toList(), requester);
  }

  private List<BenchmarkRunView> replayedRuns(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .filter(file -> BenchmarkSnapshots.kind(file) == SnapshotKind.RUN)
          .map(file -> snapshotFile(file).orElseThrow().run())
          .toList();
    } catch (IOException unlistable) {
      throw new RunSourceException(
          "Cannot list the snapshots in "
              + directory
              + " ("
              + ConfigurationKeys.SNAPSHOTS
              + "): "
              + unlistable
              + ". Record runs there first with -D"
              + ConfigurationKeys.RECORD
              + "="
              + directory
              + ".",
          unlistable);
    }
  }

  /**
   * Returns a scenario definition, fetching it on first use.
   *
   * @param id the scenario's id and where it came from
   * @param requester what needs the scenario, for messages
   * @return the definition
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException when the fetch failed
   */
  public ScenarioView scenario(ConfiguredValue id, Requester requester) {
    RunloopClient client = client(requester);
    try {
      return once(
          new FetchKey(client, ScenarioView.class, id.value()), () -> client.scenario(id.value()));
    } catch (RuntimeException failure) {
      throw FetchFailures.explain(failure, "scenario " + id.value(), id, requester, configuration);
    }
  }

  /**
   * Does some work once per test plan, however many tests need it at the same time: the first does
   * it while the others wait. What came of it, value or failure, is kept and given to every later
   * caller; a failure is rethrown as it was.
   *
   * @param key what the work produces, equal for equal work
   * @param work the work
   * @param <T> what it produces
   * @return what it produced
   */
  @SuppressWarnings("unchecked") // a key fixes the type of what is produced under it
  <T> T once(Object key, Supplier<T> work) {
    Fetched<T> fetched = shared(key, unused -> Fetched.of(work), Fetched.class);
    return fetched.orElseThrow(failure -> failure);
  }

  /** Tells whether work under this key has been done (or begun) in the test plan. */
  private boolean has(Object key) {
    return context.getRoot().getStore(StoreNamespace.BENCHGATE).get(key) != null;
  }

  // JUnit 6 deprecates getOrComputeIfAbsent for computeIfAbsent, which 5.13 lacks; the extension
  // builds against 5.13 and runs on both.
  @SuppressWarnings("deprecation")
  private <K, V> V shared(K key, Function<K, V> creator, Class<V> type) {
    return context
        .getRoot()
        .getStore(StoreNamespace.BENCHGATE)
        .getOrComputeIfAbsent(key, creator, type);
  }

  /**
   * What a fetch is keyed by: the client or replay directory it went through, so that two servers
   * never share a result, what kind of thing it fetched, and which one.
   */
  private record FetchKey(Object scope, Class<?> kind, Object id) {}

  /** What a snapshot read is keyed by: where it is and what it is read as. */
  private record SnapshotKey(Object location, Class<?> type) {}

  /** The key of a client built from configuration. */
  private record Connection(String baseUrl, String apiKey, ClientSettings settings) {
    RunloopClient open() {
      return settings.applyTo(RunloopClient.builder().baseUrl(baseUrl).apiKey(apiKey)).build();
    }

    @Override
    public String toString() {
      return "Connection[baseUrl=" + baseUrl + "]";
    }
  }
}
