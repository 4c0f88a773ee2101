package dev.benchgate.testing.client;

import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.ApiFixtures.status;
import static dev.benchgate.core.TestClients.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The requests {@link RunloopClient#outcome(String)} makes, and the join it returns. */
class RunloopClientOutcomeTest {
  private static final String RUN = "/v1/benchmark_runs/bmr_123";
  private static final String SCENARIO_RUNS =
      RUN + "/scenario_runs?include_total_count=false&limit=500";
  private static final String DEFINITIONS = "/v1/benchmarks/bmd_42/definitions?limit=500";

  @StartStop private final MockWebServer server = new MockWebServer();
  private final RoutingDispatcher api = new RoutingDispatcher();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    server.setDispatcher(api);
    client =
        TestClients.builder(server, new FakeTime())
            .apiGeneration(ApiGeneration.CURRENT)
            .maxRetries(0)
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static final List<String> SCENARIO_RUN_PAGES =
      List.of(
          SCENARIO_RUNS,
          SCENARIO_RUNS + "&starting_after=scr_1",
          SCENARIO_RUNS + "&starting_after=scr_2");
  private static final List<String> BENCHMARK_AND_DEFINITIONS =
      List.of("/v1/benchmarks/bmd_42", DEFINITIONS);

  /**
   * Checks the requests that fetch the parts of an outcome: the run, then its scenario-run pages
   * and its benchmark with its definitions, the two in any interleaving but each in its own order.
   */
  private static void assertRunThenBothBranches(List<String> targets) {
    assertThat(targets.get(0)).isEqualTo(RUN);
    List<String> branches = targets.subList(1, 6);
    assertThat(branches).filteredOn(SCENARIO_RUN_PAGES::contains).isEqualTo(SCENARIO_RUN_PAGES);
    assertThat(branches)
        .filteredOn(BENCHMARK_AND_DEFINITIONS::contains)
        .isEqualTo(BENCHMARK_AND_DEFINITIONS);
  }

  private void serveRunWithScenarioRuns() {
    api.route(RUN, ok("benchmark_run.json"))
        .route(SCENARIO_RUNS, ok("scenario_runs_page_1.json"))
        .route(SCENARIO_RUNS + "&starting_after=scr_1", ok("scenario_runs_page_2.json"))
        .route(SCENARIO_RUNS + "&starting_after=scr_2", ok("scenario_runs_page_3.json"))
        .route("/v1/benchmarks/bmd_42", ok("benchmark.json"));
  }

  @Test
  void takes_the_definitions_of_a_benchmark_in_bulk() throws InterruptedException {
    serveRunWithScenarioRuns();
    api.route(DEFINITIONS, ok("definitions.json"));

    BenchmarkOutcome outcome = client.outcome("bmr_123");

    List<String> targets = targets(server);
    assertThat(targets).hasSize(6);
    assertRunThenBothBranches(targets);
    assertThat(outcome.runId()).isEqualTo("bmr_123");
    assertThat(outcome.benchmark())
        .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("swe-lite"));
    assertThat(outcome.scenarioRuns())
        .extracting(outcome::scenarioName)
        .containsExactly("add-retry", "fix-flaky-test", "rename-module");
    assertThat(outcome.scenarios())
        .extracting(ScenarioView::id)
        .containsExactly("scn_1", "scn_2", "scn_3");
  }

  @Test
  void fetches_the_scenario_runs_while_it_fetches_the_benchmark() {
    serveRunWithScenarioRuns();
    api.route(DEFINITIONS, ok("definitions.json"));
    CountDownLatch benchmarkAsked = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            if (request.getTarget().equals("/v1/benchmarks/bmd_42")) {
              benchmarkAsked.countDown();
            } else if (request.getTarget().equals(SCENARIO_RUNS)
                && !benchmarkAsked.await(1, TimeUnit.MINUTES)) {
              return status(400, "{\"message\": \"the benchmark was not fetched meanwhile\"}");
            }
            return api.dispatch(request);
          }
        });

    assertThat(client.outcome("bmr_123").scenarioRuns()).hasSize(3);
  }

  @Test
  void fetches_one_by_one_only_the_definitions_the_bulk_lacks() throws InterruptedException {
    serveRunWithScenarioRuns();
    api.route(DEFINITIONS, ok("scenarios.json"))
        .route("/v1/scenarios/scn_1", ok("scenario.json"))
        .route("/v1/scenarios/scn_3", ApiFixtures.notFound());

    BenchmarkOutcome outcome = client.outcome("bmr_123");

    List<String> targets = targets(server);
    assertThat(targets).hasSize(8);
    assertRunThenBothBranches(targets);
    assertThat(targets.subList(6, 8))
        .containsExactlyInAnyOrder("/v1/scenarios/scn_1", "/v1/scenarios/scn_3");
    assertThat(outcome.scenarios()).extracting(ScenarioView::id).containsExactly("scn_1", "scn_2");
    assertThat(outcome.scenarioRuns())
        .extracting(outcome::scenarioName)
        .containsExactly("add-retry", "fix-flaky-test", "scn_3");
  }

  @Test
  void a_deleted_benchmark_leaves_the_outcome_without_one_and_fetches_definitions_one_by_one()
      throws InterruptedException {
    serveRunWithScenarioRuns();
    api.route("/v1/benchmarks/bmd_42", ApiFixtures.notFound())
        .route("/v1/scenarios/scn_1", ok("scenario.json"))
        .route("/v1/scenarios/scn_2", ApiFixtures.notFound())
        .route("/v1/scenarios/scn_3", ApiFixtures.notFound());

    BenchmarkOutcome outcome = client.outcome("bmr_123");

    assertThat(outcome.benchmark()).isEmpty();
    assertThat(outcome.scenarios()).extracting(ScenarioView::id).containsExactly("scn_1");
    assertThat(outcome.scenarioRuns()).hasSize(3);
    assertThat(targets(server))
        .contains("/v1/benchmarks/bmd_42")
        .doesNotContain(DEFINITIONS)
        .filteredOn(target -> target.startsWith("/v1/scenarios/"))
        .containsExactlyInAnyOrder(
            "/v1/scenarios/scn_1", "/v1/scenarios/scn_2", "/v1/scenarios/scn_3");
  }

  @Test
  void a_benchmark_without_bulk_definitions_is_kept_and_its_definitions_fetched_one_by_one()
      throws InterruptedException {
    serveRunWithScenarioRuns();
    api.route(DEFINITIONS, ApiFixtures.notFound())
        .route("/v1/scenarios/scn_1", ok("scenario.json"))
        .route("/v1/scenarios/scn_2", ApiFixtures.notFound())
        .route("/v1/scenarios/scn_3", ApiFixtures.notFound());

    BenchmarkOutcome outcome = client.outcome("bmr_123");

    assertThat(outcome.benchmark()).isPresent();
    assertThat(outcome.scenarios()).extracting(ScenarioView::id).containsExactly("scn_1");
    assertThat(targets(server))
        .filteredOn(target -> target.startsWith("/v1/scenarios/"))
        .hasSize(3);
  }

  @Test
  void fetches_each_distinct_scenario_once_for_a_run_without_benchmark()
      throws InterruptedException {
    api.route("/v1/benchmark_runs/bmr_777", ok("benchmark_run_from_job.json"))
        .route(
            "/v1/benchmark_runs/bmr_777/scenario_runs?include_total_count=false&limit=500",
            ok("scenario_runs_of_job_run.json"))
        .route("/v1/scenarios/scn_1", ok("scenario.json"))
        .route("/v1/scenarios/scn_9", ApiFixtures.notFound());

    BenchmarkOutcome outcome = client.outcome("bmr_777");

    List<String> targets = targets(server);
    assertThat(targets)
        .startsWith(
            "/v1/benchmark_runs/bmr_777",
            "/v1/benchmark_runs/bmr_777/scenario_runs?include_total_count=false&limit=500")
        .hasSize(4);
    assertThat(targets.subList(2, 4))
        .containsExactlyInAnyOrder("/v1/scenarios/scn_1", "/v1/scenarios/scn_9");
    assertThat(outcome.benchmark()).isEmpty();
    assertThat(outcome.scenarioRuns())
        .extracting(ScenarioRunView::id)
        .containsExactly("scr_73", "scr_71", "scr_72");
    assertThat(outcome.scenarioRuns())
        .extracting(outcome::scenarioName)
        .containsExactly("deleted-scenario", "fix-flaky-test", "fix-flaky-test");
  }

  @Test
  void a_failing_definition_fetch_cancels_the_others_at_once_and_leaves_no_thread_behind() {
    serveRunWithScenarioRuns();
    api.route(DEFINITIONS, ok("scenarios.json"));
    CountDownLatch bothAsked = new CountDownLatch(2);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            String target = request.getTarget();
            if (!target.startsWith("/v1/scenarios/")) {
              return api.dispatch(request);
            }
            bothAsked.countDown();
            bothAsked.await(1, TimeUnit.MINUTES);
            // The first in id order stalls: the failure of the second must not wait for it.
            return target.equals("/v1/scenarios/scn_3")
                ? status(503, "{\"message\":\"overloaded\"}")
                : new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
          }
        });
    Set<Thread> fetchThreads = ConcurrentHashMap.newKeySet();
    OkHttpClient watching =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  fetchThreads.add(Thread.currentThread());
                  return chain.proceed(chain.request());
                })
            .build();

    try (RunloopClient client =
        TestClients.builder(server, new FakeTime())
            .apiGeneration(ApiGeneration.CURRENT)
            .okHttpClient(watching)
            .maxRetries(0)
            .build()) {
      assertThatExceptionOfType(InternalServerException.class)
          .isThrownBy(() -> client.outcome("bmr_123"))
          .withMessage("GET /v1/scenarios/scn_3 failed: 503 Service Unavailable: overloaded");

      assertThat(fetchThreads)
          .filteredOn(thread -> thread.getName().startsWith("benchgate-fetch-"))
          .isNotEmpty()
          .noneMatch(Thread::isAlive);
      assertThat(server.getRequestCount()).isEqualTo(8);
    } finally {
      watching.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void a_failing_definition_fetch_fails_the_outcome() {
    serveRunWithScenarioRuns();
    api.route(DEFINITIONS, ok("scenarios.json"))
        .route("/v1/scenarios/scn_1", ok("scenario.json"))
        .route("/v1/scenarios/scn_3", status(503, "{\"message\":\"overloaded\"}"));

    assertThatExceptionOfType(InternalServerException.class)
        .isThrownBy(() -> client.outcome("bmr_123"))
        .withMessage("GET /v1/scenarios/scn_3 failed: 503 Service Unavailable: overloaded");
  }
}
