package dev.benchgate.junit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A Runloop API for a {@link mockwebserver3.MockWebServer}: answers by path, whatever the query
 * (page size and cursors are the client's business), and records what it was asked. A path given
 * several bodies serves them in turn, then repeats the last. Unknown paths get the API's 404.
 *
 * <p>{@link #serveStandardRun} serves a completed run of benchmark {@code bmd_1} with three
 * scenario runs, in name order: {@code add-retry} (scored 0.9), {@code fix-flaky-test} (scored 0.4)
 * and {@code rename-module} (failed, unscored).
 */
final class FakeRunloop extends Dispatcher {
  static final String BENCHMARK = "/v1/benchmarks/bmd_1";
  static final String DEFINITIONS = BENCHMARK + "/definitions";

  private final Map<String, Deque<MockResponse>> routes = new ConcurrentHashMap<>();
  private final Queue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();

  /** Serves JSON bodies at a path, in turn. */
  FakeRunloop json(String path, String first, String... then) {
    Deque<MockResponse> responses = new ArrayDeque<>();
    responses.add(response(200, first));
    for (String body : then) {
      responses.add(response(200, body));
    }
    routes.put(path, responses);
    return this;
  }

  /** Serves one response at a path. */
  FakeRunloop respond(String path, MockResponse response) {
    Deque<MockResponse> responses = new ArrayDeque<>();
    responses.add(response);
    routes.put(path, responses);
    return this;
  }

  /** Serves a completed run with the standard benchmark, scenario runs and definitions. */
  FakeRunloop serveStandardRun(String runId) {
    return serveStandardRun(ApiJson.run(runId, "completed", 0.65, "bmd_1"), runId);
  }

  /** Serves a run given as JSON with the standard benchmark, scenario runs and definitions. */
  FakeRunloop serveStandardRun(String runJson, String runId) {
    json(runPath(runId), runJson);
    serveStandardScenarioRuns(runId);
    return serveStandardBenchmark();
  }

  /** Serves the standard benchmark and its three scenario definitions, also one by one. */
  FakeRunloop serveStandardBenchmark() {
    json(BENCHMARK, ApiJson.benchmark("bmd_1", "scn_a", "scn_b", "scn_c"));
    json(
        DEFINITIONS,
        ApiJson.page(
            "scenarios",
            ApiJson.scenario("scn_a", "add-retry"),
            ApiJson.scenario("scn_b", "fix-flaky-test"),
            ApiJson.scenario("scn_c", "rename-module")));
    json("/v1/scenarios/scn_a", ApiJson.scenario("scn_a", "add-retry"));
    return this;
  }

  /** Serves the standard three scenario runs of a run. */
  FakeRunloop serveStandardScenarioRuns(String runId) {
    return json(
        scenarioRunsPath(runId),
        ApiJson.page(
            "runs",
            ApiJson.scenarioRun("scr_c", "scn_c", runId, "failed", null),
            ApiJson.scenarioRun("scr_b", "scn_b", runId, "scored", 0.4, "unit-tests", 0.4),
            ApiJson.scenarioRun(
                "scr_a", "scn_a", runId, "scored", 0.9, "unit-tests", 1.0, "lint", 0.5)));
  }

  /** Makes the first response at a path arrive late, so that concurrent callers overlap. */
  FakeRunloop slow(String path) {
    Deque<MockResponse> responses = routes.get(path);
    MockResponse first = responses.removeFirst();
    responses.addFirst(first.newBuilder().headersDelay(200, TimeUnit.MILLISECONDS).build());
    return this;
  }

  static String runPath(String runId) {
    return "/v1/benchmark_runs/" + runId;
  }

  static String scenarioRunsPath(String runId) {
    return runPath(runId) + "/scenario_runs";
  }

  /** The paths requested so far, in arrival order. */
  List<String> paths() {
    return requests.stream().map(request -> request.getUrl().encodedPath()).toList();
  }

  /** The requests so far, in arrival order. */
  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    Deque<MockResponse> responses = routes.get(request.getUrl().encodedPath());
    if (responses == null) {
      return response(404, "{\"message\": \"not found\"}");
    }
    synchronized (responses) {
      return responses.size() > 1 ? responses.removeFirst() : responses.getFirst();
    }
  }

  static MockResponse response(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
