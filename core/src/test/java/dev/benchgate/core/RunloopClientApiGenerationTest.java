package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.notFound;
import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.TestClients.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.MalformedResponseException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.LegacyScenarioRun;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The current and legacy benchmark-run paths, and how AUTO finds out and pins one. */
class RunloopClientApiGenerationTest {
  private static final String CURRENT_RUN = "/v1/benchmark_runs/bmr_123";
  private static final String LEGACY_RUN = "/v1/benchmarks/runs/bmr_123";
  private static final String LIST_QUERY = "?include_total_count=false&limit=500";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RoutingDispatcher api = new RoutingDispatcher();

  private RunloopClient client(ApiGeneration generation) {
    server.setDispatcher(api);
    return TestClients.builder(server, new FakeTime()).apiGeneration(generation).build();
  }

  @Test
  void auto_pins_the_current_generation_when_the_current_path_answers()
      throws InterruptedException {
    api.route(CURRENT_RUN, ok("benchmark_run.json"));

    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      client.benchmarkRun("bmr_123");
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_missing"));

      assertThat(client)
          .hasToString("RunloopClient{baseUrl=" + server.url("/") + ", apiGeneration=CURRENT}");
    }
    assertThat(targets(server)).containsExactly(CURRENT_RUN, "/v1/benchmark_runs/bmr_missing");
  }

  @Test
  void auto_falls_back_once_to_the_legacy_path_and_then_keeps_to_it() throws InterruptedException {
    api.route(LEGACY_RUN, ok("benchmark_run_legacy.json"))
        .route(LEGACY_RUN + "/scenario_runs" + LIST_QUERY, ok("scenario_runs_page_3.json"));

    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      BenchmarkRunView run = client.benchmarkRun("bmr_123");
      client.benchmarkRun("bmr_123");
      client.scenarioRuns("bmr_123").toList();

      assertThat(run.legacyPendingScenarios()).containsExactly("scn_3");
      assertThat(run.legacyScenarioRuns())
          .extracting(LegacyScenarioRun::scenarioRunId)
          .containsExactly("scr_1", "scr_2");
      assertThat(client.toString()).endsWith("apiGeneration=LEGACY}");
    }
    assertThat(targets(server))
        .containsExactly(
            CURRENT_RUN, LEGACY_RUN, LEGACY_RUN, LEGACY_RUN + "/scenario_runs" + LIST_QUERY);
  }

  @Test
  void auto_throws_the_current_not_found_when_both_paths_miss_and_decides_later()
      throws InterruptedException {
    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_123"))
          .withMessageStartingWith("GET /v1/benchmark_runs/bmr_123 failed: 404 Not Found")
          .satisfies(
              e ->
                  assertThat(e.getSuppressed())
                      .singleElement()
                      .extracting(Throwable::getMessage)
                      .asString()
                      .startsWith("GET /v1/benchmarks/runs/bmr_123 failed: 404 Not Found"));
      api.route(CURRENT_RUN, ok("benchmark_run.json"));
      client.benchmarkRun("bmr_123");

      assertThat(client.toString()).endsWith("apiGeneration=CURRENT}");
    }
    assertThat(targets(server)).containsExactly(CURRENT_RUN, LEGACY_RUN, CURRENT_RUN);
  }

  @Test
  void auto_pins_nothing_on_a_legacy_error_and_throws_the_current_not_found_with_it()
      throws InterruptedException {
    api.route(LEGACY_RUN, ApiFixtures.status(401, "{\"message\": \"legacy says no\"}"));

    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_123"))
          .withMessageStartingWith("GET /v1/benchmark_runs/bmr_123 failed: 404 Not Found")
          .satisfies(
              e ->
                  assertThat(e.getSuppressed())
                      .singleElement()
                      .isInstanceOf(AuthenticationException.class));
      assertThat(client.toString()).endsWith("apiGeneration=AUTO}");
    }
    assertThat(targets(server)).containsExactly(CURRENT_RUN, LEGACY_RUN);
  }

  @Test
  void auto_pins_nothing_on_a_legacy_answer_it_cannot_read() {
    api.route(LEGACY_RUN, ApiFixtures.okBody("<html>legacy portal</html>"));

    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_123"))
          .satisfies(
              e ->
                  assertThat(e.getSuppressed())
                      .singleElement()
                      .isInstanceOf(MalformedResponseException.class));
      assertThat(client.toString()).endsWith("apiGeneration=AUTO}");
    }
  }

  @Test
  void concurrent_first_requests_each_find_out_and_pin_the_same_generation() throws Exception {
    api.route(LEGACY_RUN, ok("benchmark_run_legacy.json"));
    CountDownLatch bothAskedTheCurrentPath = new CountDownLatch(2);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (request.getTarget().equals(CURRENT_RUN)) {
              bothAskedTheCurrentPath.countDown();
              bothAskedTheCurrentPath.await(1, TimeUnit.MINUTES);
            }
            return api.dispatch(request);
          }
        });
    ExecutorService twoCallers = Executors.newFixedThreadPool(2);

    try (RunloopClient client =
        TestClients.builder(server, new FakeTime()).apiGeneration(ApiGeneration.AUTO).build()) {
      Callable<BenchmarkRunView> firstRequest = () -> client.benchmarkRun("bmr_123");
      for (Future<BenchmarkRunView> answer :
          twoCallers.invokeAll(List.of(firstRequest, firstRequest))) {
        assertThat(answer.get().id()).isEqualTo("bmr_123");
      }
      assertThat(bothAskedTheCurrentPath.getCount()).as("both asked at once").isZero();
      assertThat(client.toString()).endsWith("apiGeneration=LEGACY}");
      client.benchmarkRun("bmr_123");
    } finally {
      twoCallers.shutdownNow();
    }
    assertThat(targets(server))
        .containsExactlyInAnyOrder(CURRENT_RUN, CURRENT_RUN, LEGACY_RUN, LEGACY_RUN, LEGACY_RUN);
  }

  @Test
  void auto_discovers_on_lists_too() throws InterruptedException {
    api.route("/v1/benchmarks/runs" + LIST_QUERY, ok("benchmark_runs.json"));

    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      assertThat(client.benchmarkRuns()).hasSize(2);
    }
    assertThat(targets(server))
        .containsExactly("/v1/benchmark_runs" + LIST_QUERY, "/v1/benchmarks/runs" + LIST_QUERY);
  }

  @Test
  void current_never_tries_the_legacy_path() throws InterruptedException {
    api.route(LEGACY_RUN, ok("benchmark_run_legacy.json"));

    try (RunloopClient client = client(ApiGeneration.CURRENT)) {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_123"));
    }
    assertThat(targets(server)).containsExactly(CURRENT_RUN);
  }

  @Test
  void legacy_uses_the_legacy_paths_of_every_benchmark_run_endpoint() throws InterruptedException {
    api.route(LEGACY_RUN, ok("benchmark_run_legacy.json"))
        .route(
            "/v1/benchmarks/runs?include_total_count=false&benchmark_id=bmd_42&limit=500",
            ok("benchmark_runs.json"))
        .route(
            LEGACY_RUN + "/scenario_runs?include_total_count=false&state=scored&limit=500",
            ok("scenario_runs_page_3.json"));

    try (RunloopClient client = client(ApiGeneration.LEGACY)) {
      client.benchmarkRun("bmr_123");
      client.benchmarkRuns(BenchmarkRunQuery.forBenchmark("bmd_42")).toList();
      client.scenarioRuns("bmr_123", ScenarioRunState.SCORED).toList();
    }
    assertThat(targets(server))
        .hasSize(3)
        .allMatch(target -> target.startsWith("/v1/benchmarks/runs"));
  }

  @Test
  void outcome_of_a_legacy_server_without_a_scenario_run_list_uses_the_embedded_runs()
      throws InterruptedException {
    api.route(LEGACY_RUN, ok("benchmark_run_legacy.json"))
        .route("/v1/benchmarks/bmd_42", ok("benchmark.json"))
        .route("/v1/benchmarks/bmd_42/definitions?limit=500", ok("definitions.json"));

    BenchmarkOutcome outcome;
    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      outcome = client.outcome("bmr_123");
    }

    assertThat(outcome.scenarioRuns())
        .extracting(
            ScenarioRunView::id,
            ScenarioRunView::scenarioId,
            ScenarioRunView::benchmarkRunId,
            ScenarioRunView::state,
            ScenarioRunView::score)
        .containsExactly(
            tuple("scr_2", "scn_2", "bmr_123", ScenarioRunState.COMPLETED, 0.5),
            tuple("scr_1", "scn_1", "bmr_123", ScenarioRunState.COMPLETED, 1.0));
    assertThat(outcome.scenarioIdsWithoutFinishedRun()).containsExactly("scn_3");
    List<String> targets = targets(server);
    assertThat(targets).startsWith(CURRENT_RUN, LEGACY_RUN);
    assertThat(targets.subList(2, targets.size()))
        .containsExactlyInAnyOrder(
            LEGACY_RUN + "/scenario_runs" + LIST_QUERY,
            "/v1/benchmarks/bmd_42",
            "/v1/benchmarks/bmd_42/definitions?limit=500");
  }

  @Test
  void outcome_of_a_current_server_does_not_invent_scenario_runs() {
    api.route(CURRENT_RUN, ok("benchmark_run.json"))
        .route(CURRENT_RUN + "/scenario_runs" + LIST_QUERY, notFound());

    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> client.outcome("bmr_123"))
          .withMessageStartingWith("GET /v1/benchmark_runs/bmr_123/scenario_runs failed: 404");
    }
  }
}
