package dev.benchgate.core.perf;

import com.squareup.moshi.JsonAdapter;
import dev.benchgate.core.ApiGeneration;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.RunloopClientBuilder;
import dev.benchgate.core.internal.RunloopJson;
import dev.benchgate.core.internal.ScenarioListView;
import dev.benchgate.core.internal.ScenarioRunListView;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.InputContext;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringContract;
import dev.benchgate.core.model.ScoringContractResult;
import dev.benchgate.core.model.ScoringFunction;
import dev.benchgate.core.model.ScoringFunctionResult;
import dev.benchgate.core.model.TestBasedScorer;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Measures {@link RunloopClient#outcome(String)} for a run of {@value #SCENARIOS} scenario runs
 * served by a local {@link MockWebServer}: wall time and HTTP requests per page size, and the cost
 * of a run without a benchmark, whose definitions must be fetched one by one. A harness, not a
 * test: it prints numbers and asserts nothing.
 *
 * <p>On Linux, MockWebServer answers a small response in about 40 ms (delayed ACKs on loopback),
 * much like a round trip to a remote API; large pages do not pay it. The request count therefore
 * dominates, as it does over a real network. Run it with
 *
 * <pre>
 * mvn -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.benchgate.core.perf.OutcomeHarness
 * </pre>
 */
public final class OutcomeHarness {
  private static final int SCENARIOS = 2_000;
  private static final int ROUNDS = 3;
  private static final String WITH_BENCHMARK = "bmr_perf";
  private static final String WITHOUT_BENCHMARK = "bmr_perf_job";
  private static final String BENCHMARK = "bmd_perf";

  private OutcomeHarness() {}

  /**
   * Runs the measurements and prints one line per configuration.
   *
   * @param args ignored
   * @throws IOException when the local server cannot start
   */
  public static void main(String[] args) throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new SyntheticApi());
      server.start();
      measure(server, WITH_BENCHMARK, 100);
      measure(server, WITH_BENCHMARK, RunloopClientBuilder.DEFAULT_PAGE_SIZE);
      measure(server, WITH_BENCHMARK, 1000);
      measure(server, WITHOUT_BENCHMARK, 1000);
    }
  }

  private static void measure(MockWebServer server, String runId, int pageSize) {
    try (RunloopClient client =
        RunloopClient.builder()
            .apiKey("test-key-canary-0000")
            .baseUrl(server.url("/").toString())
            .apiGeneration(ApiGeneration.CURRENT)
            .pageSize(pageSize)
            .build()) {
      long bestNanos = Long.MAX_VALUE;
      int requests = 0;
      BenchmarkOutcome outcome = null;
      for (int round = 0; round < ROUNDS; round++) {
        int before = server.getRequestCount();
        long start = System.nanoTime();
        outcome = client.outcome(runId);
        bestNanos = Math.min(bestNanos, System.nanoTime() - start);
        requests = server.getRequestCount() - before;
      }
      System.out.printf(
          Locale.ROOT,
          "outcome(%s) pageSize=%4d: %4d scenario runs, %4d definitions, %4d requests,"
              + " best of %d: %6.1f ms%n",
          runId,
          pageSize,
          outcome.scenarioRuns().size(),
          outcome.scenarios().size(),
          requests,
          ROUNDS,
          bestNanos / 1e6);
    }
  }

  /** Serves one benchmark of {@value #SCENARIOS} scenarios and two runs of it, paged as asked. */
  private static final class SyntheticApi extends Dispatcher {
    private final List<ScenarioRunView> scenarioRuns =
        IntStream.range(0, SCENARIOS).mapToObj(SyntheticApi::scenarioRun).toList();
    private final List<ScenarioView> scenarios =
        IntStream.range(0, SCENARIOS).mapToObj(SyntheticApi::scenario).toList();
    private final BenchmarkView benchmark =
        new BenchmarkView(
            BENCHMARK,
            "synthetic",
            Map.of(),
            scenarios.stream().map(ScenarioView::id).toList(),
            "active",
            null,
            null,
            false,
            List.of(),
            List.of());

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getUrl();
      List<String> path = url.pathSegments();
      if (path.equals(List.of("v1", "benchmark_runs", WITH_BENCHMARK))) {
        return json(BenchmarkRunView.class, run(WITH_BENCHMARK, BENCHMARK));
      }
      if (path.equals(List.of("v1", "benchmark_runs", WITHOUT_BENCHMARK))) {
        return json(BenchmarkRunView.class, run(WITHOUT_BENCHMARK, null));
      }
      if (path.size() == 4 && path.get(3).equals("scenario_runs")) {
        return json(
            ScenarioRunListView.class,
            page(scenarioRuns, ScenarioRunView::id, url, ScenarioRunListView::new));
      }
      if (path.equals(List.of("v1", "benchmarks", BENCHMARK))) {
        return json(BenchmarkView.class, benchmark);
      }
      if (path.equals(List.of("v1", "benchmarks", BENCHMARK, "definitions"))) {
        return json(
            ScenarioListView.class, page(scenarios, ScenarioView::id, url, ScenarioListView::new));
      }
      if (path.size() == 3 && path.get(1).equals("scenarios")) {
        return json(ScenarioView.class, scenarios.get(Integer.parseInt(path.get(2).substring(4))));
      }
      return new MockResponse.Builder().code(404).body("{\"message\":\"not found\"}").build();
    }

    private static <T, P> P page(
        List<T> items,
        Function<T, String> idOf,
        HttpUrl url,
        BiFunction<List<T>, Boolean, P> pageOf) {
      String after = url.queryParameter("starting_after");
      int from = 0;
      if (after != null) {
        while (!idOf.apply(items.get(from)).equals(after)) {
          from++;
        }
        from++;
      }
      int to = Math.min(items.size(), from + Integer.parseInt(url.queryParameter("limit")));
      return pageOf.apply(items.subList(from, to), to < items.size());
    }

    private static <T> MockResponse json(Class<T> type, T value) {
      JsonAdapter<T> adapter = RunloopJson.moshi().adapter(type);
      return new MockResponse.Builder()
          .addHeader("Content-Type", "application/json")
          .body(adapter.toJson(value))
          .build();
    }

    private static BenchmarkRunView run(String id, String benchmarkId) {
      return new BenchmarkRunView(
          id,
          benchmarkId,
          "perf",
          Map.of(),
          0L,
          60_000L,
          "completed",
          0.5,
          null,
          Map.of(),
          Map.of(),
          List.of(),
          List.of());
    }

    private static ScenarioRunView scenarioRun(int i) {
      ScoringContractResult result =
          new ScoringContractResult(
              (i % 4) / 4.0,
              List.of(
                  new ScoringFunctionResult(
                      "unit-tests", (i % 4) / 4.0, "collected 12 items\n".repeat(10), "complete")));
      return new ScenarioRunView(
          String.format(Locale.ROOT, "scr_%04d", i),
          String.format(Locale.ROOT, "scn_%04d", i),
          "dbx_" + i,
          WITH_BENCHMARK,
          "scenario " + i,
          Map.of("attempt", "1"),
          "scored",
          0L,
          1_000L,
          null,
          result,
          Map.of(),
          Map.of());
    }

    private static ScenarioView scenario(int i) {
      return new ScenarioView(
          String.format(Locale.ROOT, "scn_%04d", i),
          "scenario " + i,
          Map.of("area", "area-" + (i % 10)),
          new InputContext("Fix the failing test number " + i + ".", null),
          new ScoringContract(
              List.of(
                  new ScoringFunction(
                      "unit-tests", 1.0, new TestBasedScorer("pytest -q", List.of())))),
          "active",
          null,
          null,
          List.of(),
          List.of(),
          false,
          300L,
          "FORWARD");
    }
  }
}
