package dev.benchgate.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.RunloopClientBuilder;
import dev.benchgate.core.model.BenchmarkJobView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkJobOutcome;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import dev.benchgate.testing.internal.Answer;
import dev.benchgate.testing.internal.Resources;
import dev.benchgate.testing.internal.RunloopApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Runloop benchmark API on loopback, for testing gates without Runloop: it serves benchmark runs,
 * their scenario runs, scenario definitions, benchmarks and benchmark jobs, made with {@link
 * Models} or read from snapshot files, in the API's JSON, paged as the API pages (see REFERENCE.md
 * and JOBS.md); it takes the writes (starting a job or a run, canceling a run) and records their
 * bodies; it checks the bearer key, records every request, and injects {@link Fault faults}: the
 * statuses, broken connections, stalls, huge and compressed bodies, endless or cycling pages,
 * hostile names, echoed keys and redirects of a hostile server, for testing that a gate fails for
 * the right reason. It speaks the current API ({@code /v1/benchmark_runs/…}) or, after {@link
 * #legacyApi()}, the legacy one. Thread-safe.
 *
 * <p>{@link #create()} starts it. With JUnit Jupiter on the class path it is also an extension:
 * registered on a static field it serves the whole class and closes after it; on an instance field,
 * each test gets its own and it closes after the test. Without JUnit, close it yourself.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeRunloop runloop = FakeRunloop.create()
 *     .add(Models.outcome(Models.run("bmr_1").completed().score(0.9).build())
 *         .scenarioRuns(Models.scenarioRun("scr_1").scored(0.9).build())
 *         .build());
 *
 * @Test
 * void readsTheRun() {
 *   assertThat(runloop.client().benchmarkRun("bmr_1").score()).isEqualTo(0.9);
 *   assertThat(runloop.requestCount("/v1/benchmark_runs/bmr_1")).isEqualTo(1);
 * }
 *
 * // without JUnit
 * try (FakeRunloop runloop = FakeRunloop.create().addSnapshot(Path.of("baseline.json"))) {
 *   RunloopClient client = runloop.client();
 *   ...
 * }
 * }</pre>
 */
public sealed class FakeRunloop implements AutoCloseable permits JupiterFakeRunloop {
  /** The API key the fake accepts unless {@link #apiKey(String)} sets another. */
  public static final String API_KEY = "fake-runloop-key";

  private static final boolean JUPITER_PRESENT = isJupiterPresent();

  private final Resources resources = new Resources();
  private final RunloopApi api = new RunloopApi(resources);
  private final Queue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();
  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  private final Map<String, Queue<Fault>> nextFaults = new ConcurrentHashMap<>();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final ExecutorService handlers;
  private final HttpServer server;
  private volatile String apiKey = API_KEY;
  private RunloopClient client;

  FakeRunloop() {
    AtomicInteger threads = new AtomicInteger();
    handlers =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-runloop-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      handlers.shutdown();
      throw new UncheckedIOException("Cannot open a loopback port for FakeRunloop", e);
    }
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts a fake Runloop on a free loopback port, with no data, serving the current API.
   *
   * <pre>{@code
   * FakeRunloop runloop = FakeRunloop.create();
   * }</pre>
   *
   * @return the started fake, also a JUnit Jupiter extension when Jupiter is on the class path
   */
  public static FakeRunloop create() {
    return JUPITER_PRESENT ? JupiterFakeRunloop.started() : new FakeRunloop();
  }

  /** Whether JUnit Jupiter's API can be loaded, an optional dependency of this module. */
  private static boolean isJupiterPresent() {
    try {
      Class.forName(
          "org.junit.jupiter.api.extension.Extension", false, FakeRunloop.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }

  /**
   * Returns the base URL to give a client.
   *
   * @return e.g. {@code http://127.0.0.1:41234/}
   */
  public String baseUrl() {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/";
  }

  /**
   * Returns the API key the fake accepts.
   *
   * @return {@link #API_KEY} unless set otherwise
   */
  public String apiKey() {
    return apiKey;
  }

  /**
   * Sets the API key the fake accepts as {@code Authorization: Bearer <key>}; other requests get
   * {@code 401}.
   *
   * @param apiKey the key
   * @return this fake
   */
  public FakeRunloop apiKey(String apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    return this;
  }

  /**
   * Speaks the API as it was before 2026-01: benchmark runs under {@code /v1/benchmarks/runs/…} in
   * the legacy shape, with their finished scenario runs embedded ({@code scenario_runs} with {@code
   * scenarioRunId} and {@code scoringResult}) and the benchmark's other scenarios as {@code
   * pending_scenarios}; the current run paths answer {@code 404}. To serve a legacy server without
   * a scenario-run list, inject {@code Fault.status(404)} on that list's path.
   *
   * @return this fake
   */
  public FakeRunloop legacyApi() {
    api.serve(RunloopApi.Generation.LEGACY);
    return this;
  }

  /**
   * Serves an outcome: its run, scenario runs, scenario definitions and benchmark. Given more
   * versions of the run, serves them in turn: each request for the run moves it on to its next
   * version and each listing of its scenario runs (a first page) moves those on, the last version
   * staying; so a run can be {@code running} for the first polls and {@code completed} after. A run
   * added again replaces the one before.
   *
   * <pre>{@code
   * runloop.add(running, running, completed);   // polled twice before it completes
   * }</pre>
   *
   * @param outcome the outcome, or its first version
   * @param later the versions served after it, in order
   * @return this fake
   * @throws IllegalArgumentException when the versions are of different runs
   */
  public FakeRunloop add(BenchmarkOutcome outcome, BenchmarkOutcome... later) {
    List<BenchmarkOutcome> versions = new ArrayList<>();
    versions.add(Objects.requireNonNull(outcome, "outcome"));
    versions.addAll(List.of(later));
    resources.add(versions);
    return this;
  }

  /**
   * Serves a benchmark job ({@code GET /v1/benchmark_jobs/{id}} and the list of jobs). Given more
   * versions, serves them in turn: each request for the job moves it on to its next version, the
   * last version staying, so a job can be {@code running} for the first polls and {@code completed}
   * after. The list shows each job as last served. A job added again replaces the one before. Its
   * runs are served only when added too; {@link #add(BenchmarkJobOutcome, BenchmarkJobOutcome...)}
   * adds both.
   *
   * <pre>{@code
   * runloop.add(Models.job("bmj_1").running().build(), Models.job("bmj_1").completed().build());
   * }</pre>
   *
   * @param job the job, or its first version
   * @param later the versions served after it, in order
   * @return this fake
   * @throws IllegalArgumentException when the versions are of different jobs
   */
  public FakeRunloop add(BenchmarkJobView job, BenchmarkJobView... later) {
    List<BenchmarkJobView> versions = new ArrayList<>();
    versions.add(Objects.requireNonNull(job, "job"));
    versions.addAll(List.of(later));
    resources.addJob(versions);
    return this;
  }

  /**
   * Serves a benchmark job with the runs of its agents, their scenario runs, scenario definitions
   * and benchmark. Given more versions, serves the job's versions in turn as {@link
   * #add(BenchmarkJobView, BenchmarkJobView...)} does, and each run's versions in turn as {@link
   * #add(BenchmarkOutcome, BenchmarkOutcome...)} does: a run's versions are its outcomes in the
   * job's versions, in order. Scenario runs that Benchgate synthesized for setup failures ({@link
   * BenchmarkOutcome#isSynthesized}) are not served: the API has none.
   *
   * <pre>{@code
   * BenchmarkJobOutcome job = BenchmarkJobOutcome.of(
   *     Models.job("bmj_1").completed()
   *         .agent(Models.agentOutcome("candidate", candidate).setupFailure("scn_9", "add-cache",
   *             "EnvironmentSetupError", "devbox failed to start"))
   *         .agent(Models.agentOutcome("baseline", baseline))
   *         .build(),
   *     List.of(candidate, baseline));
   * runloop.add(job);
   * }</pre>
   *
   * @param job the job, or its first version
   * @param later the versions served after it, in order
   * @return this fake
   * @throws IllegalArgumentException when the versions are of different jobs
   */
  public FakeRunloop add(BenchmarkJobOutcome job, BenchmarkJobOutcome... later) {
    List<BenchmarkJobOutcome> versions = new ArrayList<>();
    versions.add(Objects.requireNonNull(job, "job"));
    versions.addAll(List.of(later));
    Map<String, List<BenchmarkOutcome>> runs = new LinkedHashMap<>();
    for (BenchmarkJobOutcome version : versions) {
      for (BenchmarkOutcome run : version.agentOutcomes().values()) {
        runs.computeIfAbsent(run.runId(), id -> new ArrayList<>())
            .add(run.withJobScenarioOutcomes(List.of()));
      }
    }
    runs.values().forEach(resources::add);
    resources.addJob(versions.stream().map(BenchmarkJobOutcome::job).toList());
    return this;
  }

  /**
   * Serves what a snapshot file holds (see {@link BenchmarkSnapshots}): one run with its scenario
   * runs, definitions and benchmark; a benchmark job with every agent's run, as {@link
   * #add(BenchmarkJobOutcome, BenchmarkJobOutcome...)} serves it; or each of several repeated runs.
   *
   * <pre>{@code
   * runloop.addSnapshot(Path.of("src/test/resources/snapshots/nightly.json"))
   *        .addSnapshot(Path.of("src/test/resources/snapshots/job-pr-1187.json"));
   * }</pre>
   *
   * @param snapshot the file
   * @return this fake
   * @throws dev.benchgate.core.snapshot.SnapshotFormatException when the file is not a snapshot
   */
  public FakeRunloop addSnapshot(Path snapshot) {
    return switch (BenchmarkSnapshots.kind(snapshot)) {
      case RUN -> add(BenchmarkSnapshots.read(snapshot));
      case JOB -> add(BenchmarkSnapshots.readJob(snapshot));
      case REPEATED_RUNS -> {
        BenchmarkSnapshots.readRepeated(snapshot).runs().forEach(this::add);
        yield this;
      }
    };
  }

  /**
   * Serves scenario definitions, from {@code /v1/scenarios} and, for the benchmarks that list them,
   * their definitions.
   *
   * @param scenarios the definitions
   * @return this fake
   */
  public FakeRunloop add(ScenarioView... scenarios) {
    List.of(scenarios).forEach(resources::addScenario);
    return this;
  }

  /**
   * Serves benchmarks.
   *
   * @param benchmarks the benchmarks
   * @return this fake
   */
  public FakeRunloop add(BenchmarkView... benchmarks) {
    List.of(benchmarks).forEach(resources::addBenchmark);
    return this;
  }

  /**
   * Applies a fault to every request for a path from now on, until {@link #clearFaults()}: a storm.
   * Requests are matched by path alone, whatever their query.
   *
   * <pre>{@code
   * runloop.inject("/v1/benchmarks/bmd_1", Fault.status(500));
   * }</pre>
   *
   * @param path the path, e.g. {@code /v1/benchmark_runs/bmr_1}
   * @param fault the fault
   * @return this fake
   */
  public FakeRunloop inject(String path, Fault fault) {
    faults.put(requirePath(path), Objects.requireNonNull(fault, "fault"));
    return this;
  }

  /**
   * Applies faults to the next requests for a path, one each, in turn; the requests after them are
   * answered (or get the fault {@link #inject(String, Fault)} set). Requests are matched by path
   * alone, whatever their query.
   *
   * <pre>{@code
   * runloop.injectNext("/v1/benchmark_runs/bmr_1", Fault.status(503), Fault.reset());
   * }</pre>
   *
   * @param path the path, e.g. {@code /v1/benchmark_runs/bmr_1}
   * @param faults the faults, for the next requests in order
   * @return this fake
   */
  public FakeRunloop injectNext(String path, Fault... faults) {
    Queue<Fault> queue = nextFaults.computeIfAbsent(requirePath(path), key -> new ArrayDeque<>());
    synchronized (queue) {
      for (Fault fault : faults) {
        queue.add(Objects.requireNonNull(fault, "fault"));
      }
    }
    return this;
  }

  /**
   * Removes every fault, those for the next requests included.
   *
   * @return this fake
   */
  public FakeRunloop clearFaults() {
    faults.clear();
    nextFaults.clear();
    return this;
  }

  /**
   * Returns the requests received so far, in the order they arrived.
   *
   * @return the requests
   */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * Returns the requests received so far with a method and path, whatever their query, in the order
   * they arrived: the writes a test made, say.
   *
   * <pre>{@code
   * assertThat(runloop.requests("POST", "/v1/benchmark_runs/bmr_1/cancel")).hasSize(1);
   * }</pre>
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param path the path
   * @return the matching requests
   */
  public List<RecordedRequest> requests(String method, String path) {
    return requests.stream()
        .filter(request -> request.method().equals(method) && request.path().equals(path))
        .toList();
  }

  /**
   * Counts the requests received so far for a path, whatever their query.
   *
   * <pre>{@code
   * assertThat(runloop.requestCount("/v1/benchmark_runs/bmr_1")).isEqualTo(1);
   * }</pre>
   *
   * @param path the path
   * @return how many requests asked for it
   */
  public int requestCount(String path) {
    return (int) requests.stream().filter(request -> request.path().equals(path)).count();
  }

  /**
   * Counts the requests received so far by path.
   *
   * @return each path asked for, in order, with its number of requests
   */
  public Map<String, Integer> requestCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    requests.forEach(request -> counts.merge(request.path(), 1, Integer::sum));
    return counts;
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    requests.clear();
  }

  /**
   * Returns a client builder for this fake, its base URL and API key set; closing the fake does not
   * close what it builds.
   *
   * <pre>{@code
   * try (RunloopClient client = runloop.clientBuilder().maxRetries(0).build()) { ... }
   * }</pre>
   *
   * @return a new builder
   */
  public RunloopClientBuilder clientBuilder() {
    return RunloopClient.builder().baseUrl(baseUrl()).apiKey(apiKey);
  }

  /**
   * Returns this fake's own client, built on first use from {@link #clientBuilder()} with its
   * defaults and closed with the fake.
   *
   * <pre>{@code
   * BenchgateExtension.builder().client(runloop.client()).build();
   * }</pre>
   *
   * @return the client
   */
  public synchronized RunloopClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /**
   * Stops the server: requests in flight, stalled ones included, end with their connection, and the
   * fake's own client is closed. Closing twice is harmless.
   */
  @Override
  public void close() {
    closing.countDown();
    synchronized (this) {
      if (client != null) {
        client.close();
      }
    }
    server.stop(0);
    handlers.shutdownNow();
  }

  /**
   * Describes the fake.
   *
   * @return e.g. {@code FakeRunloop{baseUrl=http://127.0.0.1:41234/}}
   */
  @Override
  public String toString() {
    return "FakeRunloop{baseUrl=" + baseUrl() + '}';
  }

  private void handle(HttpExchange exchange) throws IOException {
    RecordedRequest request = record(exchange);
    requests.add(request);
    Fault fault = nextFault(request.path());
    boolean aborted = false;
    try {
      new FaultyExchange(exchange, closing)
          .respond(fault, request.query(), query -> answer(request, query));
    } catch (FaultyExchange.AbortConnection abort) {
      // Left open, the exchange ends with its connection, which the server closes for this.
      aborted = true;
      throw abort;
    } finally {
      if (!aborted) {
        exchange.close();
      }
    }
  }

  private Answer answer(RecordedRequest request, Map<String, String> query) {
    if (!request.authorized()) {
      return Answer.error(
          401, "Missing or invalid bearer token: send Authorization: Bearer <key>", Map.of());
    }
    return api.answer(request.method(), request.path(), query, request.body());
  }

  private Fault nextFault(String path) {
    Queue<Fault> queue = nextFaults.get(path);
    if (queue != null) {
      synchronized (queue) {
        Fault next = queue.poll();
        if (next != null) {
          return next;
        }
      }
    }
    return faults.get(path);
  }

  private RecordedRequest record(HttpExchange exchange) {
    String path = exchange.getRequestURI().getRawPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        query.putIfAbsent(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    List<String> authorization = headers.remove("authorization");
    boolean authorized = authorization != null && authorization.equals(List.of("Bearer " + apiKey));
    return new RecordedRequest(
        exchange.getRequestMethod(),
        path,
        query,
        rawQuery == null ? path : path + "?" + rawQuery,
        headers,
        authorized,
        body(exchange));
  }

  /** The request's body, read whole: the writes the fake serves send a small JSON document. */
  private static String body(HttpExchange exchange) {
    try {
      return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      return "";
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String requirePath(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/") || path.contains("?")) {
      throw new IllegalArgumentException(
          "Give a path without a query, starting with /, e.g. /v1/benchmark_runs/bmr_1, not "
              + path);
    }
    return path;
  }
}
