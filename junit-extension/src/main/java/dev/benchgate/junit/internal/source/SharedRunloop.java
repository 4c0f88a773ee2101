package dev.benchgate.junit.internal.source;

import dev.benchgate.core.BenchmarkRunQuery;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
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
    // Read before loading: a policy that is misspelt must show whether or not the load fails.
    configuration.unavailable();
    try {
      return loading.get();
    } catch (ExtensionConfigurationException misconfigured) {
      throw misconfigured;
    } catch (RuntimeException failure) {
      throw FetchFailures.explain(failure, source.describe(), text, requester, configuration);
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
      return snapshotFile(file)
          .orElseThrow(
              () ->
                  new RunSourceException(
                      file
                          + " does not exist: "
                          + ConfigurationKeys.SNAPSHOTS
                          + " replays runs from "
                          + replay.get()
                          + ". Record the run first by running once against the API with -D"
                          + ConfigurationKeys.RECORD
                          + "="
                          + replay.get()
                          + " in place of -D"
                          + ConfigurationKeys.SNAPSHOTS
                          + "."));
    }
    RunloopClient client = client(requester);
    RunFetcher fetcher =
        new RunFetcher(
            client,
            configuration.awaitTimeout(),
            configuration.pollInterval(),
            reportEntries()::progress);
    Optional<Path> record = configuration.recordDirectory();
    return once(
        new FetchKey(client, BenchmarkOutcome.class, id),
        () -> {
          BenchmarkOutcome outcome = fetcher.finishedOutcome(id);
          record.ifPresent(directory -> record(id, outcome, directory, reportEntries()));
          return outcome;
        });
  }

  // Only finished runs reach here (finishedOutcome awaits the others), and they never change, so
  // a recorded run replays exactly. The file is named by the id asked for, which the answer was
  // checked to carry (RunloopClient checks every fetch by id): never by what the server sent alone.
  private static void record(
      String runId, BenchmarkOutcome outcome, Path directory, ReportEntries entries) {
    Path file = RunIds.fileIn(directory, runId, ConfigurationKeys.RECORD);
    BenchmarkSnapshots.write(outcome, file);
    entries.log("Recorded benchmark run " + runId + " to " + file);
  }

  /**
   * Reads a snapshot file on first use in the test plan; the parse itself is shared by the plans of
   * the session while the file's bytes stay the same.
   *
   * @param path the file's absolute path
   * @return its outcome, or empty when the file did not exist at first use
   * @throws RunSourceException when it cannot be read or is no snapshot
   */
  Optional<BenchmarkOutcome> snapshotFile(Path path) {
    return once(
        new RunSource.SnapshotFile(path),
        () -> SnapshotReader.file(path, new SnapshotCache(context)));
  }

  /**
   * Reads a snapshot on the classpath on first use in the test plan.
   *
   * @param name the resource's name
   * @return its outcome
   * @throws RunSourceException when it is missing or no snapshot
   */
  BenchmarkOutcome classpathSnapshot(String name) {
    return once(
        new RunSource.ClasspathSnapshot(name),
        () -> SnapshotReader.resource(name, new SnapshotCache(context)));
  }

  /**
   * Returns the outcome of the newest completed run a query matches, among the runs on the API or,
   * when replaying, among the snapshots of the replay directory. The runs of a benchmark are listed
   * once per test plan, and each query picks once, which it logs.
   *
   * @param query the query
   * @param requester what needs the run, for messages
   * @return the outcome of the picked run
   * @throws RunSourceException when no run matches
   */
  BenchmarkOutcome latest(LatestRun query, Requester requester) {
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
                  () ->
                      client
                          .benchmarkRuns(
                              BenchmarkRunQuery.forBenchmark(query.benchmarkId())
                                  .withState(BenchmarkRunState.COMPLETED))
                          .toList());
    }
    BenchmarkRunView picked =
        once(
            new FetchKey(scope, LatestRun.class, query),
            () -> {
              BenchmarkRunView newest =
                  query
                      .pick(completedRuns.get().stream())
                      .orElseThrow(() -> query.nothingMatched(searched));
              if (!RunIds.isPlain(newest.id())) {
                throw query.pickedNoPlainId(newest, searched);
              }
              reportEntries().log(query.picked(newest));
              return newest;
            });
    return run(picked.id(), requester);
  }

  private List<BenchmarkRunView> replayedRuns(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
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
