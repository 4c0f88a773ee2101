package dev.benchgate.core;

import dev.benchgate.core.AwaitProgress.ScenarioRunCount;
import dev.benchgate.core.error.BenchmarkJobTimeoutException;
import dev.benchgate.core.error.BenchmarkRunTimeoutException;
import dev.benchgate.core.error.MissingApiKeyException;
import dev.benchgate.core.error.NotEnoughRunsException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.error.RunloopException;
import dev.benchgate.core.error.RunloopInterruptedException;
import dev.benchgate.core.internal.BoundedConcurrency;
import dev.benchgate.core.internal.CallExecutor;
import dev.benchgate.core.internal.LegacyScenarioRuns;
import dev.benchgate.core.internal.ListingLimits;
import dev.benchgate.core.internal.Page;
import dev.benchgate.core.internal.Pages;
import dev.benchgate.core.internal.Redactor;
import dev.benchgate.core.internal.Transport;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.repeated.RepeatedOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * A client of the Runloop benchmark API: every read endpoint, benchmark jobs, and three writes
 * ({@link #startBenchmarkJob}, {@link #startBenchmarkRun}, {@link #cancelBenchmarkRun}, the last
 * also made by a job's wait when {@link JobAwait#cancellingUnfinishedRunsAtDeadline()} asks for
 * it); nothing else ever writes. Immutable and thread-safe: build one, share it, close it when
 * done. Failures are unchecked {@link RunloopException}s, one type per cause (see {@link
 * dev.benchgate.core.error}); transient ones are retried first (see {@link
 * RunloopClientBuilder#maxRetries(int)}). Lists are streamed lazily, one page request at a time: a
 * method returning a {@link Stream} sends nothing itself, and the failure of a page request is
 * thrown from the stream's terminal operation ({@code toList()}, {@code forEach}, ...). What the
 * server sends is bounded: a response body by {@link RunloopClientBuilder#maxResponseBytes(long)},
 * a listing by {@link RunloopClientBuilder#maxListingPages(int)} and {@link
 * RunloopClientBuilder#maxListingItems(int)}, each with a {@link
 * dev.benchgate.core.error.LimitExceededException} past it.
 *
 * <pre>{@code
 * try (RunloopClient client = RunloopClient.fromEnvironment()) {
 *   BenchmarkOutcome outcome = client.outcome("bmr_123");
 * }
 * }</pre>
 */
public final class RunloopClient implements AutoCloseable {
  /** How long {@link #awaitCompletion(String, Duration)} waits between polls. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);

  /**
   * How many scenario definitions {@link #outcome(String)} fetches at once, one per request: enough
   * to hide latency, few enough not to look like a burst to the API's rate limits.
   */
  private static final int SCENARIO_FETCH_CONCURRENCY = 8;

  /**
   * The most items the first page of a search asks for ({@link #benchmarkRuns}, {@link
   * #benchmarks}, {@link #scenarios}, {@link #scenarioRuns(ScenarioRunQuery)}): such streams are
   * usually cut short ({@code findFirst()}, {@code limit(10)}), and a small first page answers them
   * fast. Later pages ask for {@link RunloopClientBuilder#pageSize(int)}.
   */
  public static final int FIRST_PAGE_SIZE = 100;

  /** What the builder made the client of: its HTTP stack, service and redaction. */
  record Wiring(
      HttpUrl baseUrl,
      OkHttpClient httpClient,
      boolean ownsHttpClient,
      Transport transport,
      RunloopService service,
      CallExecutor calls,
      GenerationRouter router,
      Redactor redactor) {}

  /** How the client pages: the page size, and the bounds of a listing. */
  record Paging(int pageSize, ListingLimits limits, int maxItemsPerScenario) {
    /** The page size of a search: smaller for its first page. */
    int searchPage(String cursor) {
      return cursor == null ? Math.min(pageSize, FIRST_PAGE_SIZE) : pageSize;
    }

    /** The bounds of a listing of the benchmark's runs or definitions, inside outcome(). */
    ListingLimits forBenchmark(BenchmarkView benchmark) {
      return limits.forBenchmark(
          benchmark.id(), benchmark.scenarioIds().size(), maxItemsPerScenario, pageSize);
    }
  }

  private final HttpUrl baseUrl;
  private final OkHttpClient httpClient;
  private final boolean ownsHttpClient;
  private final Transport transport;
  private final RunloopService service;
  private final CallExecutor calls;
  private final GenerationRouter router;
  private final Redactor redactor;
  private final Paging paging;
  private final Sleeper sleeper;
  private final Ticker ticker;

  /** Whether a legacy server has shown it lacks the scenario-run list; see scenarioRunsOf. */
  private final AtomicBoolean legacyScenarioRunListMissing = new AtomicBoolean();

  RunloopClient(Wiring wiring, Paging paging, Sleeper sleeper, Ticker ticker) {
    this.baseUrl = wiring.baseUrl();
    this.httpClient = wiring.httpClient();
    this.ownsHttpClient = wiring.ownsHttpClient();
    this.transport = wiring.transport();
    this.service = wiring.service();
    this.calls = wiring.calls();
    this.router = wiring.router();
    this.redactor = wiring.redactor();
    this.paging = paging;
    this.sleeper = sleeper;
    this.ticker = ticker;
  }

  /** Streams a listing within the client's bounds. */
  private <T> Stream<T> listing(
      String listing, Function<String, ? extends Page<T>> fetchAfter, Function<T, String> idOf) {
    return listing(listing, fetchAfter, idOf, paging::limits);
  }

  private <T> Stream<T> listing(
      String listing,
      Function<String, ? extends Page<T>> fetchAfter,
      Function<T, String> idOf,
      Supplier<ListingLimits> limits) {
    return Pages.stream(listing, fetchAfter, idOf, limits, redactor);
  }

  /**
   * Returns a builder.
   *
   * <pre>{@code
   * RunloopClient client = RunloopClient.builder().apiKey(key).maxRetries(2).build();
   * }</pre>
   *
   * @return a new builder
   */
  public static RunloopClientBuilder builder() {
    return new RunloopClientBuilder();
  }

  /**
   * Builds a client from {@code RUNLOOP_API_KEY} and, when set, {@code RUNLOOP_BASE_URL}, with
   * defaults for everything else. See {@link RunloopClientBuilder#fromEnvironment} to combine the
   * environment with other settings.
   *
   * <pre>{@code
   * try (RunloopClient client = RunloopClient.fromEnvironment()) {
   *   System.out.println(client.benchmarkRun("bmr_123").score());
   * }
   * }</pre>
   *
   * @return the client
   * @throws MissingApiKeyException when {@code RUNLOOP_API_KEY} is not set
   */
  public static RunloopClient fromEnvironment() {
    return builder().fromEnvironment(System::getenv).build();
  }

  /**
   * {@code GET /v1/benchmark_runs/{id}} (legacy: {@code /v1/benchmarks/runs/{id}}).
   *
   * <pre>{@code
   * BenchmarkRunView run = client.benchmarkRun("bmr_123");
   * }</pre>
   *
   * @param id the run's id
   * @return the run
   * @throws dev.benchgate.core.error.NotFoundException when there is no such run
   */
  public BenchmarkRunView benchmarkRun(String id) {
    String runId = requireId(id, "benchmark run id");
    return router.fetchRun(runs -> service.benchmarkRun(runs, runId), runId);
  }

  /**
   * {@code GET /v1/benchmark_runs}, all runs the key can see, paged lazily.
   *
   * <pre>{@code
   * client.benchmarkRuns().limit(5).forEach(run -> System.out.println(run.displayName()));
   * }</pre>
   *
   * @return the runs
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<BenchmarkRunView> benchmarkRuns() {
    return benchmarkRuns(BenchmarkRunQuery.all());
  }

  /**
   * {@code GET /v1/benchmark_runs} (legacy: {@code /v1/benchmarks/runs}), paged lazily.
   *
   * <pre>{@code
   * Optional<BenchmarkRunView> latest = client
   *     .benchmarkRuns(BenchmarkRunQuery.forBenchmark("bmd_42").withState(BenchmarkRunState.COMPLETED))
   *     .max(Comparator.comparingLong(BenchmarkRunView::startTimeMs));
   * }</pre>
   *
   * @param query filters
   * @return the runs, in the server's (undocumented) order
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<BenchmarkRunView> benchmarkRuns(BenchmarkRunQuery query) {
    Objects.requireNonNull(query, "query");
    String state = QueryValues.apiValue(query.state());
    return listing(
        "benchmark runs",
        after ->
            router.execute(
                runs ->
                    service.benchmarkRuns(
                        runs,
                        query.benchmarkId(),
                        state,
                        query.name(),
                        query.search(),
                        paging.searchPage(after),
                        after)),
        BenchmarkRunView::id);
  }

  /**
   * {@code GET /v1/benchmark_runs/{id}/scenario_runs} (legacy: {@code
   * /v1/benchmarks/runs/{id}/scenario_runs}), paged lazily.
   *
   * <pre>{@code
   * List<ScenarioRunView> scenarioRuns = client.scenarioRuns("bmr_123").toList();
   * }</pre>
   *
   * @param benchmarkRunId the run's id
   * @return its scenario runs
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<ScenarioRunView> scenarioRuns(String benchmarkRunId) {
    return scenarioRuns(benchmarkRunId, null, null);
  }

  /**
   * {@code GET /v1/benchmark_runs/{id}/scenario_runs?state=…}, paged lazily.
   *
   * <pre>{@code
   * long timedOut = client.scenarioRuns("bmr_123", ScenarioRunState.TIMEOUT).count();
   * }</pre>
   *
   * @param benchmarkRunId the run's id
   * @param state only scenario runs in this state
   * @return its scenario runs in that state
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<ScenarioRunView> scenarioRuns(String benchmarkRunId, ScenarioRunState state) {
    return scenarioRuns(benchmarkRunId, Objects.requireNonNull(state, "state"), null);
  }

  /**
   * {@code GET /v1/benchmark_runs/{id}/scenario_runs?state=…&search=…}, paged lazily.
   *
   * <pre>{@code
   * client.scenarioRuns("bmr_123", null, "flaky").forEach(System.out::println);
   * }</pre>
   *
   * @param benchmarkRunId the run's id
   * @param state only scenario runs in this state, or {@code null} for all
   * @param search only scenario runs matching this text, or {@code null} for all
   * @return its matching scenario runs
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<ScenarioRunView> scenarioRuns(
      String benchmarkRunId, ScenarioRunState state, String search) {
    String runId = requireId(benchmarkRunId, "benchmark run id");
    String stateValue = QueryValues.apiValue(QueryValues.requireKnown(state, "state"));
    return scenarioRunsOfRun(runId, stateValue, search, paging::limits);
  }

  private Stream<ScenarioRunView> scenarioRunsOfRun(
      String runId, String state, String search, Supplier<ListingLimits> limits) {
    return listing(
        "scenario runs of " + runId,
        after ->
            router.execute(
                runs ->
                    service.scenarioRunsOfRun(
                        runs, runId, state, search, paging.pageSize(), after)),
        ScenarioRunView::id,
        limits);
  }

  /**
   * {@code GET /v1/scenarios/runs}, paged lazily.
   *
   * <pre>{@code
   * client.scenarioRuns(ScenarioRunQuery.forScenario("scn_7").withState(ScenarioRunState.FAILED))
   *     .forEach(run -> System.out.println(run.benchmarkRunId()));
   * }</pre>
   *
   * @param query filters
   * @return the scenario runs
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<ScenarioRunView> scenarioRuns(ScenarioRunQuery query) {
    Objects.requireNonNull(query, "query");
    String state = QueryValues.apiValue(query.state());
    return listing(
        "scenario runs",
        after ->
            calls.execute(
                service.scenarioRuns(
                    query.benchmarkRunId(),
                    query.scenarioId(),
                    state,
                    query.name(),
                    query.search(),
                    paging.searchPage(after),
                    after)),
        ScenarioRunView::id);
  }

  /**
   * {@code GET /v1/scenarios/runs/{id}}.
   *
   * <pre>{@code
   * ScenarioRunView scenarioRun = client.scenarioRun("scr_1");
   * }</pre>
   *
   * @param id the scenario run's id
   * @return the scenario run
   */
  public ScenarioRunView scenarioRun(String id) {
    String scenarioRunId = requireId(id, "scenario run id");
    return calls.fetch(
        service.scenarioRun(scenarioRunId), "scenario run", scenarioRunId, ScenarioRunView::id);
  }

  /**
   * {@code GET /v1/scenarios/{id}}.
   *
   * <pre>{@code
   * ScenarioView scenario = client.scenario("scn_7");
   * }</pre>
   *
   * @param id the scenario's id
   * @return the scenario definition
   */
  public ScenarioView scenario(String id) {
    String scenarioId = requireId(id, "scenario id");
    return calls.fetch(service.scenario(scenarioId), "scenario", scenarioId, ScenarioView::id);
  }

  /**
   * {@code GET /v1/scenarios}, paged lazily.
   *
   * <pre>{@code
   * client.scenarios(ScenarioQuery.all().withSearch("flaky")).map(ScenarioView::name).forEach(System.out::println);
   * }</pre>
   *
   * @param query filters
   * @return the scenario definitions
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<ScenarioView> scenarios(ScenarioQuery query) {
    Objects.requireNonNull(query, "query");
    String validationType = QueryValues.apiValue(query.validationType());
    return listing(
        "scenarios",
        after ->
            calls.execute(
                service.scenarios(
                    query.name(),
                    query.benchmarkId(),
                    validationType,
                    query.search(),
                    paging.searchPage(after),
                    after)),
        ScenarioView::id);
  }

  /**
   * {@code GET /v1/benchmarks/{id}/definitions}, paged lazily.
   *
   * <pre>{@code
   * Map<String, ScenarioView> byId = client.benchmarkDefinitions("bmd_42")
   *     .collect(Collectors.toMap(ScenarioView::id, scenario -> scenario));
   * }</pre>
   *
   * @param benchmarkId the benchmark's id
   * @return its scenario definitions
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<ScenarioView> benchmarkDefinitions(String benchmarkId) {
    String id = requireId(benchmarkId, "benchmark id");
    return benchmarkDefinitions(id, paging::limits);
  }

  private Stream<ScenarioView> benchmarkDefinitions(
      String benchmarkId, Supplier<ListingLimits> limits) {
    return listing(
        "scenario definitions of " + benchmarkId,
        after -> calls.execute(service.benchmarkDefinitions(benchmarkId, paging.pageSize(), after)),
        ScenarioView::id,
        limits);
  }

  /**
   * {@code GET /v1/benchmarks/{id}}.
   *
   * <pre>{@code
   * int scenarioCount = client.benchmark("bmd_42").scenarioIds().size();
   * }</pre>
   *
   * @param id the benchmark's id
   * @return the benchmark
   */
  public BenchmarkView benchmark(String id) {
    String benchmarkId = requireId(id, "benchmark id");
    return calls.fetch(service.benchmark(benchmarkId), "benchmark", benchmarkId, BenchmarkView::id);
  }

  /**
   * {@code GET /v1/benchmarks}, paged lazily.
   *
   * <pre>{@code
   * Optional<BenchmarkView> benchmark = client.benchmarks(BenchmarkQuery.named("swe-lite")).findFirst();
   * }</pre>
   *
   * @param query filters
   * @return the benchmarks
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<BenchmarkView> benchmarks(BenchmarkQuery query) {
    Objects.requireNonNull(query, "query");
    return listing(
        "benchmarks",
        after ->
            calls.execute(
                service.benchmarks(query.name(), query.search(), paging.searchPage(after), after)),
        BenchmarkView::id);
  }

  /**
   * Fetches a run with its scenario runs, their definitions and its benchmark, joined. Requests:
   * the run; then, at the same time, its scenario runs (paged), and, when the run has a benchmark,
   * the benchmark and its scenario definitions in bulk ({@code /v1/benchmarks/{id}/definitions},
   * paged); then, one request each and eight at a time, the definition of every scenario that a
   * scenario run or the benchmark names and the bulk did not hold (all of them for a run without a
   * benchmark). A run of {@code N} scenario runs whose benchmark lists its {@code D} definitions
   * thus costs {@code 1 + ⌈N/5000⌉ + 1 + ⌈D/5000⌉} requests at the default page size, in three
   * rounds of requests when each list fits one page. The pages of one list are fetched one after
   * another: the API pages by cursor, and the cursor of a page is the last id of the page before.
   * The run comes first because its benchmark id says what else to fetch.
   *
   * <p>The first failure fails the outcome and cancels the requests still running; it is thrown as
   * the request threw it, with this thread's stack attached as a suppressed exception when it
   * happened on a fetch thread. A scenario the API no longer knows ({@code 404}) is left out; its
   * scenario runs are then named by their own name or scenario id.
   *
   * <p>A deleted benchmark does not fail the outcome: when the API no longer knows the run's
   * benchmark ({@code 404}), the outcome has none ({@link BenchmarkOutcome#benchmark()} is empty)
   * and the definitions of the run's scenarios are fetched one by one, as for a run without a
   * benchmark. When only the bulk definitions answer {@code 404}, the benchmark is kept and all its
   * scenarios' definitions are fetched one by one.
   *
   * <p>Once the benchmark is known, the two listings are bounded by its size (see {@link
   * RunloopClientBuilder#maxListingItemsPerScenario(int)}): a server that pages on and on fails the
   * outcome with a {@link dev.benchgate.core.error.LimitExceededException} after a few pages more
   * than the benchmark can fill.
   *
   * <p>A legacy server (see {@link ApiGeneration#LEGACY}) that has no scenario-run list gets its
   * scenario runs from those the legacy run embeds: each is {@code completed}, carries its scoring
   * result and this run's id, and has no devbox, name, times or metadata; scenarios still pending
   * have none.
   *
   * <pre>{@code
   * BenchmarkOutcome outcome = client.outcome("bmr_123");
   * outcome.scenarioRunsIn(ScenarioRunState.FAILED)
   *     .forEach(run -> System.out.println(outcome.scenarioName(run)));
   * }</pre>
   *
   * @param benchmarkRunId the run's id
   * @return the joined outcome, as the run stands now (it may still be running)
   */
  public BenchmarkOutcome outcome(String benchmarkRunId) {
    BenchmarkRunView run = benchmarkRun(benchmarkRunId);
    String benchmarkId = run.benchmarkId();
    if (benchmarkId == null) {
      return joined(run, scenarioRunsOf(run), BenchmarkWithDefinitions.NONE);
    }
    // Tightened once the benchmark arrives; the listings read it before each page.
    AtomicReference<ListingLimits> limits = listingLimits();
    return BoundedConcurrency.both(
        () -> scenarioRunsOf(run, limits::get),
        () -> benchmarkWithDefinitions(benchmarkId, limits),
        (scenarioRuns, benchmark) -> joined(run, scenarioRuns, benchmark));
  }

  /**
   * The limits of one outcome's listings, to be tightened once its benchmark is known (see {@link
   * #benchmarkWithDefinitions}).
   */
  AtomicReference<ListingLimits> listingLimits() {
    return new AtomicReference<>(paging.limits());
  }

  /** A run's benchmark, if the API still knows it, and the definitions it lists in bulk. */
  record BenchmarkWithDefinitions(BenchmarkView benchmark, List<ScenarioView> definitions) {
    static final BenchmarkWithDefinitions NONE = new BenchmarkWithDefinitions(null, List.of());
  }

  /** The benchmark and its bulk definitions, at once: both need only the benchmark's id. */
  BenchmarkWithDefinitions benchmarkWithDefinitions(
      String benchmarkId, AtomicReference<ListingLimits> limits) {
    return BoundedConcurrency.both(
        () -> {
          Optional<BenchmarkView> benchmark = benchmarkIfExists(benchmarkId);
          benchmark.ifPresent(known -> limits.set(paging.forBenchmark(known)));
          return benchmark;
        },
        () -> definitionsIfListed(benchmarkId, limits::get),
        (benchmark, definitions) ->
            benchmark
                .map(known -> new BenchmarkWithDefinitions(known, definitions))
                .orElse(BenchmarkWithDefinitions.NONE));
  }

  private List<ScenarioView> definitionsIfListed(
      String benchmarkId, Supplier<ListingLimits> limits) {
    try {
      return benchmarkDefinitions(benchmarkId, limits).toList();
    } catch (NotFoundException noBulkDefinitions) {
      return List.of();
    }
  }

  /** Joins the parts, fetching one by one the definitions the bulk did not hold. */
  private BenchmarkOutcome joined(
      BenchmarkRunView run, List<ScenarioRunView> scenarioRuns, BenchmarkWithDefinitions known) {
    Set<String> named = new TreeSet<>();
    scenarioRuns.stream()
        .map(ScenarioRunView::scenarioId)
        .filter(Objects::nonNull)
        .forEach(named::add);
    return BenchmarkOutcome.of(
        run, scenarioRuns, definitions(known, named).values(), known.benchmark());
  }

  /**
   * The definitions of the benchmark's scenarios and of the others named: those the bulk holds, and
   * the rest fetched one by one, eight at a time; a scenario the API does not know is left out.
   */
  Map<String, ScenarioView> definitions(BenchmarkWithDefinitions known, Set<String> named) {
    Map<String, ScenarioView> scenarios = new LinkedHashMap<>();
    known.definitions().forEach(scenario -> scenarios.put(scenario.id(), scenario));
    Set<String> missing = new TreeSet<>(named);
    if (known.benchmark() != null) {
      missing.addAll(known.benchmark().scenarioIds());
    }
    missing.removeAll(scenarios.keySet());
    BoundedConcurrency.map(missing, SCENARIO_FETCH_CONCURRENCY, this::scenarioIfKnown)
        .forEach(found -> found.ifPresent(scenario -> scenarios.put(scenario.id(), scenario)));
    return scenarios;
  }

  /**
   * The scenario runs of a run, from the list endpoint, or on a legacy server without one from the
   * run itself. Once a legacy server has answered the list with {@code 404}, the client does not
   * ask it again.
   */
  List<ScenarioRunView> scenarioRunsOf(BenchmarkRunView run) {
    return scenarioRunsOf(run, paging::limits);
  }

  List<ScenarioRunView> scenarioRunsOf(BenchmarkRunView run, Supplier<ListingLimits> limits) {
    if (legacyScenarioRunListMissing.get()) {
      return LegacyScenarioRuns.of(run);
    }
    try {
      return scenarioRunsOfRun(run.id(), null, null, limits).toList();
    } catch (NotFoundException noList) {
      if (router.generation() == ApiGeneration.LEGACY) {
        legacyScenarioRunListMissing.set(true);
        return LegacyScenarioRuns.of(run);
      }
      throw noList;
    }
  }

  private Optional<BenchmarkView> benchmarkIfExists(String benchmarkId) {
    try {
      return Optional.of(benchmark(benchmarkId));
    } catch (NotFoundException deleted) {
      return Optional.empty();
    }
  }

  private Optional<ScenarioView> scenarioIfKnown(String scenarioId) {
    try {
      return Optional.of(scenario(scenarioId));
    } catch (NotFoundException deleted) {
      return Optional.empty();
    }
  }

  /**
   * Polls a run every {@link #DEFAULT_POLL_INTERVAL} until it is in a final state ({@link
   * dev.benchgate.core.model.BenchmarkRunState#isFinal()}). A state this client does not know is
   * not final: the run is polled until the deadline.
   *
   * <pre>{@code
   * BenchmarkRunView run = client.awaitCompletion("bmr_123", Duration.ofMinutes(30));
   * }</pre>
   *
   * @param benchmarkRunId the run's id
   * @param timeout how long to wait at most
   * @return the finished run
   * @throws BenchmarkRunTimeoutException when the run is still not final after {@code timeout}
   */
  public BenchmarkRunView awaitCompletion(String benchmarkRunId, Duration timeout) {
    return awaitCompletion(benchmarkRunId, timeout, DEFAULT_POLL_INTERVAL, null);
  }

  /**
   * Polls a run until it is in a final state, reporting progress after each poll. The run is polled
   * once more at the deadline before giving up. A state this client does not know is not final: the
   * run is polled until the deadline, and the exception then names the unknown state. Counting
   * progress costs requests of its own: the run's benchmark once, and its scenario runs on every
   * poll (not on a legacy server without a scenario-run list, see {@link ApiGeneration#LEGACY}). A
   * failure while counting does not end the wait: that poll's progress comes without a count.
   *
   * <pre>{@code
   * BenchmarkRunView run = client.awaitCompletion("bmr_123", Duration.ofMinutes(30),
   *     Duration.ofSeconds(15), progress -> log.info(progress.describe()));
   * }</pre>
   *
   * @param benchmarkRunId the run's id
   * @param timeout how long to wait at most
   * @param pollInterval how long to wait between polls
   * @param progress told after each poll, e.g. to print {@code 37/50 scenario runs finished};
   *     {@code null} to poll without counting
   * @return the finished run
   * @throws BenchmarkRunTimeoutException when the run is still not final after {@code timeout}
   */
  public BenchmarkRunView awaitCompletion(
      String benchmarkRunId,
      Duration timeout,
      Duration pollInterval,
      Consumer<AwaitProgress> progress) {
    String runId = requireId(benchmarkRunId, "benchmark run id");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative but was " + timeout);
    }
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive but was " + pollInterval);
    }
    AwaitTimer timer = new AwaitTimer(sleeper, ticker);
    ProgressCounter counter = new ProgressCounter(this::benchmarkIfExists, this::scenarioRunsOf);
    while (true) {
      BenchmarkRunView run = benchmarkRun(runId);
      if (progress != null) {
        Optional<ScenarioRunCount> count = counter.count(run);
        progress.accept(new AwaitProgress(run, count, timer.elapsed()));
      }
      if (run.state().isFinal()) {
        return run;
      }
      Duration elapsed = timer.elapsed();
      if (elapsed.compareTo(timeout) >= 0) {
        throw new BenchmarkRunTimeoutException(run, elapsed);
      }
      Duration left = timeout.minus(elapsed);
      pause(runId, timer, left.compareTo(pollInterval) < 0 ? left : pollInterval);
    }
  }

  private static void pause(String runId, AwaitTimer timer, Duration wait) {
    try {
      timer.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunloopInterruptedException(
          "Interrupted while waiting for benchmark run " + runId, e);
    }
  }

  /**
   * {@code GET /v1/benchmark_jobs/{id}} (beta in the API).
   *
   * <pre>{@code
   * BenchmarkJobView job = client.benchmarkJob("bmj_3kQ8vLx2");
   * }</pre>
   *
   * @param id the job's id
   * @return the job
   * @throws dev.benchgate.core.error.NotFoundException when there is no such job
   */
  public BenchmarkJobView benchmarkJob(String id) {
    String jobId = requireId(id, "benchmark job id");
    return calls.fetch(service.benchmarkJob(jobId), "benchmark job", jobId, BenchmarkJobView::id);
  }

  /**
   * {@code GET /v1/benchmark_jobs}, every job the key can see, paged lazily.
   *
   * <pre>{@code
   * client.benchmarkJobs().limit(5).forEach(job -> System.out.println(job.displayName()));
   * }</pre>
   *
   * @return the jobs
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<BenchmarkJobView> benchmarkJobs() {
    return benchmarkJobs(BenchmarkJobQuery.all());
  }

  /**
   * {@code GET /v1/benchmark_jobs}, paged lazily. The API pages this list by hand ({@code
   * starting_after} = the last job's id, list key {@code jobs}) and has no state filter: filter the
   * stream.
   *
   * <pre>{@code
   * Optional<BenchmarkJobView> latest = client
   *     .benchmarkJobs(BenchmarkJobQuery.all().withSearch("swe-smoke"))
   *     .filter(job -> job.state() == BenchmarkJobState.COMPLETED)
   *     .max(Comparator.comparingLong(BenchmarkJobView::createTimeMs));
   * }</pre>
   *
   * @param query filters
   * @return the jobs, in the server's (undocumented) order
   * @throws RunloopException not from this method, which sends nothing: pages are requested as the
   *     stream is consumed, so a failed request (any exception of {@link dev.benchgate.core.error})
   *     is thrown from the stream's terminal operation
   */
  public Stream<BenchmarkJobView> benchmarkJobs(BenchmarkJobQuery query) {
    Objects.requireNonNull(query, "query");
    return listing(
        "benchmark jobs",
        after ->
            calls.execute(
                service.benchmarkJobs(
                    query.name(), query.search(), paging.searchPage(after), after)),
        BenchmarkJobView::id);
  }

  /**
   * Fetches a benchmark job with the outcome of every agent's run, joined (see {@link
   * #jobOutcome(BenchmarkJobView)}).
   *
   * <pre>{@code
   * BenchmarkJobOutcome job = client.jobOutcome("bmj_3kQ8vLx2");
   * BenchmarkOutcome codex = job.agent("codex");
   * }</pre>
   *
   * @param jobId the job's id
   * @return the joined job, as it stands now (it may still be running)
   */
  public BenchmarkJobOutcome jobOutcome(String jobId) {
    return jobOutcome(benchmarkJob(jobId));
  }

  /**
   * Joins a benchmark job, as read before (say, by {@link #awaitJobCompletion(String, JobAwait)}),
   * with the outcome of every agent's run: for each run the job reports an outcome for or lists in
   * progress, the run and its scenario runs, the job's scenario definitions and its benchmark (the
   * job's benchmark, since job runs name none), and what the job reported about each scenario.
   * Requests: at the same time, the job's benchmark followed by its scenario definitions in bulk,
   * once for all agents (when the job was made from a benchmark), and, eight runs at a time, each
   * run followed by its scenario runs (paged); then, one request each and eight at a time, the
   * definition of every scenario named anywhere (the job's spec, its outcomes, the scenario runs)
   * that the bulk did not hold. The first failure fails the whole and cancels the requests still
   * running, as in {@link #outcome(String)}.
   *
   * <p>Scores are those of the scenario runs (and of the job's scenario outcomes for scenarios
   * without a run), never the job's {@code average_score}, which leaves failures out. A scenario
   * that failed before a scenario run existed is a synthesized scenario run of its agent, which
   * every gate counts; see {@link BenchmarkOutcome#withJobScenarioOutcomes}.
   *
   * <pre>{@code
   * BenchmarkJobView finished = client.awaitJobCompletion("bmj_3kQ8vLx2", Duration.ofHours(2));
   * BenchmarkJobOutcome job = client.jobOutcome(finished);   // the job is not fetched again
   * }</pre>
   *
   * @param job the job
   * @return the joined job
   */
  public BenchmarkJobOutcome jobOutcome(BenchmarkJobView job) {
    return new JobOutcomes(this).of(Objects.requireNonNull(job, "job"));
  }

  /**
   * Fetches several runs of one agent on one benchmark, joined as one subject for pass@k, flaky
   * scenarios and a mean score over all of them (see {@link #repeatedOutcome(List)}).
   *
   * <pre>{@code
   * RepeatedOutcome runs = client.repeatedOutcome("bmr_a", "bmr_b", "bmr_c", "bmr_d", "bmr_e");
   * runs.passAtK(1, RepeatedOutcome.DEFAULT_PASSING_SCORE);
   * }</pre>
   *
   * @param runId a run's id
   * @param moreRunIds the other runs' ids
   * @return the runs, joined
   * @throws IllegalArgumentException when a run is given twice, or the runs are of different
   *     benchmarks
   */
  public RepeatedOutcome repeatedOutcome(String runId, String... moreRunIds) {
    List<String> runIds = new ArrayList<>();
    runIds.add(Objects.requireNonNull(runId, "runId"));
    runIds.addAll(List.of(moreRunIds));
    return repeatedOutcome(runIds);
  }

  /**
   * Fetches several runs of one agent on one benchmark, joined as one subject ({@link
   * RepeatedOutcome}): each run with its scenario runs, joined with the one benchmark and its
   * definitions, fetched once. Requests: the first run, whose benchmark says what else to fetch;
   * then at the same time the benchmark followed by its definitions in bulk, and, eight runs at a
   * time, each other run followed by its scenario runs (paged); then the definition of every
   * scenario the bulk did not hold, one request each, eight at a time. The first failure fails the
   * whole and cancels the requests still running, as in {@link #outcome(String)}. N runs whose
   * scenario runs and definitions fit a page each cost 2N + 2 requests: five runs of a benchmark of
   * 50 scenarios cost 12.
   *
   * <pre>{@code
   * RepeatedOutcome runs = client.repeatedOutcome(List.of("bmr_a", "bmr_b", "bmr_c"));
   * }</pre>
   *
   * @param runIds the runs' ids, at least one
   * @return the runs, joined, oldest first
   * @throws IllegalArgumentException when there is no run id, a run is given twice, or the runs are
   *     of different benchmarks (their scenarios are not the same tries); the message says which
   */
  public RepeatedOutcome repeatedOutcome(List<String> runIds) {
    return new RepeatedOutcomes(this).of(List.copyOf(runIds));
  }

  /**
   * Fetches the newest completed runs of a benchmark that match a query, joined as one subject: the
   * runs that {@code latest:bmd_…?metadata.git_sha=…&count=5} names. Requests: the completed runs
   * of the benchmark, paged (the API filters neither by metadata nor in a documented order, so the
   * query picks among all of them, see {@link LatestRuns#pick}); then, as {@link
   * #repeatedOutcome(List)} does but without fetching the runs again, their scenario runs and the
   * benchmark with its definitions.
   *
   * <pre>{@code
   * RepeatedOutcome runs = client.repeatedOutcome(
   *     LatestRuns.of("bmd_42").withMetadata("git_sha", sha).withCount(5));
   * }</pre>
   *
   * @param query the benchmark, metadata and number of runs
   * @return the runs, joined, oldest first
   * @throws NotEnoughRunsException when fewer runs match than the query asks for: a gate over
   *     repeated runs that are not all there could not judge what it was asked to
   */
  public RepeatedOutcome repeatedOutcome(LatestRuns query) {
    return new RepeatedOutcomes(this).of(Objects.requireNonNull(query, "query"));
  }

  /**
   * Finds the newest completed runs of a benchmark that match a query, without fetching their
   * scenario runs: what a {@code latest:} baseline picks. The completed runs of the benchmark are
   * listed whole (see {@link LatestRuns#pick}).
   *
   * <pre>{@code
   * Optional<BenchmarkRunView> baseline =
   *     client.latestRuns(LatestRuns.of("bmd_42").withMetadata("branch", "main")).stream().findFirst();
   * }</pre>
   *
   * @param query the benchmark, metadata and number of runs
   * @return at most {@link LatestRuns#count()} runs, newest first; fewer when fewer match
   */
  public List<BenchmarkRunView> latestRuns(LatestRuns query) {
    Objects.requireNonNull(query, "query");
    try (Stream<BenchmarkRunView> runs = benchmarkRuns(query.apiQuery())) {
      return query.pick(runs);
    }
  }

  /**
   * Polls a benchmark job every {@link #DEFAULT_POLL_INTERVAL} until it is in a final state ({@link
   * dev.benchgate.core.model.BenchmarkJobState#isFinal()}), as {@link #awaitJobCompletion(String,
   * JobAwait)} does.
   *
   * <pre>{@code
   * BenchmarkJobView job = client.awaitJobCompletion("bmj_3kQ8vLx2", Duration.ofHours(2));
   * }</pre>
   *
   * @param jobId the job's id
   * @param timeout how long to wait at most
   * @return the finished job
   * @throws BenchmarkJobTimeoutException when the job is still not final after {@code timeout}
   */
  public BenchmarkJobView awaitJobCompletion(String jobId, Duration timeout) {
    return awaitJobCompletion(jobId, JobAwait.atMost(timeout));
  }

  /**
   * Polls a benchmark job until it is in a final state, telling progress after each poll, as {@link
   * #awaitJobCompletion(String, JobAwait)} does.
   *
   * <pre>{@code
   * BenchmarkJobView job = client.awaitJobCompletion("bmj_3kQ8vLx2", Duration.ofHours(2),
   *     Duration.ofSeconds(30), progress -> log.info(progress.describe()));
   * }</pre>
   *
   * @param jobId the job's id
   * @param timeout how long to wait at most
   * @param pollInterval how long to wait between polls
   * @param progress told after each poll, e.g. to print {@code bmj_…: 2/3 agents, 95/120 scenarios
   *     finished}; {@code null} to poll without counting
   * @return the finished job
   * @throws BenchmarkJobTimeoutException when the job is still not final after {@code timeout}
   */
  public BenchmarkJobView awaitJobCompletion(
      String jobId, Duration timeout, Duration pollInterval, Consumer<JobAwaitProgress> progress) {
    return awaitJobCompletion(
        jobId, JobAwait.atMost(timeout).withPollInterval(pollInterval).withProgress(progress));
  }

  /**
   * Polls a benchmark job until it is in a final state: {@code completed}, {@code failed}, {@code
   * cancelled} or {@code timeout} (a {@code failed} job is final too: judging it is the gates'
   * business). The job is polled once more at the deadline before giving up. A state this client
   * does not know is not final: the job is polled until the deadline, and the exception then names
   * the unknown state. Telling progress costs requests of its own: on every poll, the scenario runs
   * of each run still in progress; a failure while counting does not end the wait. Only when {@link
   * JobAwait#cancellingUnfinishedRunsAtDeadline()} asks for it does a passed deadline cancel the
   * job's unfinished runs (writes), before the exception is thrown.
   *
   * <pre>{@code
   * BenchmarkJobView job = client.awaitJobCompletion("bmj_3kQ8vLx2",
   *     JobAwait.atMost(Duration.ofHours(2)).cancellingUnfinishedRunsAtDeadline());
   * }</pre>
   *
   * @param jobId the job's id
   * @param await how long, how often, whom to tell, and whether to cancel at the deadline
   * @return the finished job
   * @throws BenchmarkJobTimeoutException when the job is still not final after the timeout; it
   *     names the runs canceled, if asked to
   */
  public BenchmarkJobView awaitJobCompletion(String jobId, JobAwait await) {
    String id = requireId(jobId, "benchmark job id");
    Objects.requireNonNull(await, "await");
    return new JobAwaiter(
            this::benchmarkJob,
            runId -> scenarioRuns(runId).toList(),
            this::cancelBenchmarkRun,
            sleeper,
            ticker)
        .await(id, await);
  }

  /**
   * Starts a benchmark job: {@code POST /v1/benchmark_jobs} (beta in the API). A write: it is sent
   * again only when the server provably did not act on it (no connection could be made, or {@code
   * 429}), never after a timeout or a {@code 5xx}, when a job may have been started; every attempt
   * carries the same {@code x-request-id}. On a failure, look the job up by its name before you
   * start it again.
   *
   * <pre>{@code
   * BenchmarkJobView job = client.startBenchmarkJob(
   *     BenchmarkJobRequest.forBenchmark("bmd_9fT2",
   *             JobAgentConfig.named("candidate").withModelName("gpt-5"),
   *             JobAgentConfig.named("baseline").withModelName("gpt-4.1"))
   *         .named("pr-1187-" + gitSha));
   * BenchmarkJobOutcome outcome =
   *     client.jobOutcome(client.awaitJobCompletion(job.id(), Duration.ofHours(2)));
   * }</pre>
   *
   * @param request what to run
   * @return the new job, as the server created it
   */
  public BenchmarkJobView startBenchmarkJob(BenchmarkJobRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.execute(service.startBenchmarkJob(JsonBodies.body(request.json())));
  }

  /**
   * Starts a run of a benchmark, without a job: {@code POST /v1/benchmarks/start_run}. A write,
   * retried only as {@link #startBenchmarkJob(BenchmarkJobRequest)} is.
   *
   * <pre>{@code
   * BenchmarkRunView run = client.startBenchmarkRun(
   *     BenchmarkRunRequest.forBenchmark("bmd_9fT2").named("nightly").withMetadata("git_sha", gitSha));
   * }</pre>
   *
   * @param request the run to start
   * @return the new run
   */
  public BenchmarkRunView startBenchmarkRun(BenchmarkRunRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.execute(service.startBenchmarkRun(JsonBodies.body(request.json())));
  }

  /**
   * Cancels a benchmark run: {@code POST /v1/benchmark_runs/{id}/cancel}. The server cancels its
   * running scenarios, shuts their devboxes down, sets the run to {@code canceled} and scores what
   * completed. A write, retried only as {@link #startBenchmarkJob(BenchmarkJobRequest)} is. To stop
   * a benchmark job, which has no cancel endpoint, cancel its unfinished runs (see {@link
   * JobAwait#cancellingUnfinishedRunsAtDeadline()}).
   *
   * <pre>{@code
   * BenchmarkRunView run = client.cancelBenchmarkRun("bmr_Dm33");
   * }</pre>
   *
   * @param benchmarkRunId the run's id
   * @return the run as the server left it
   */
  public BenchmarkRunView cancelBenchmarkRun(String benchmarkRunId) {
    String runId = requireId(benchmarkRunId, "benchmark run id");
    return calls.fetch(
        service.cancelBenchmarkRun(runId), "benchmark run", runId, BenchmarkRunView::id);
  }

  /** Rejects ids that would change the path: an empty id turns a fetch into a list request. */
  private static String requireId(String id, String what) {
    Objects.requireNonNull(id, what);
    if (id.isBlank()) {
      throw new IllegalArgumentException("The " + what + " is blank");
    }
    return id;
  }

  /** The HTTP client, for tests of what {@link #close()} shuts down. */
  OkHttpClient httpClient() {
    return httpClient;
  }

  /**
   * Cancels the requests in flight and releases the threads and connections this client created. A
   * shared {@link OkHttpClient} (see {@link RunloopClientBuilder#okHttpClient(OkHttpClient)}) is
   * left running; only this client's own requests on it are canceled. Closing twice is harmless.
   * Every request afterwards, and every request that was in flight, fails with {@link
   * IllegalStateException}, also the pages of a stream obtained before.
   *
   * <pre>{@code
   * try (RunloopClient client = RunloopClient.fromEnvironment()) {
   *   ...
   * }   // closed here
   * }</pre>
   */
  @Override
  public void close() {
    if (transport.close() && ownsHttpClient) {
      httpClient.dispatcher().executorService().shutdown();
      httpClient.connectionPool().evictAll();
    }
  }

  /**
   * Describes the client without its API key, also where the base URL's path holds it.
   *
   * @return e.g. {@code RunloopClient{baseUrl=https://api.runloop.ai/, apiGeneration=AUTO}}
   */
  @Override
  public String toString() {
    return "RunloopClient{baseUrl="
        + redactor.url(baseUrl)
        + ", apiGeneration="
        + router.generation()
        + '}';
  }
}
