package dev.benchgate.testing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.benchgate.core.ApiGeneration;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.InternalServerException;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.OutcomeBuilder;
import dev.benchgate.testing.RecordedRequest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The requests {@link RunloopClient#outcome(String)} makes, concurrently, and the join it returns,
 * against a whole fake Runloop.
 */
class RunloopClientOutcomeTest {
  private static final String RUN = "/v1/benchmark_runs/bmr_123";
  private static final String SCENARIO_RUNS = RUN + "/scenario_runs";
  private static final String BENCHMARK = "/v1/benchmarks/bmd_42";
  private static final String DEFINITIONS = BENCHMARK + "/definitions";

  @RegisterExtension final FakeRunloop runloop = FakeRunloop.create();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    client = runloop.clientBuilder().apiGeneration(ApiGeneration.CURRENT).maxRetries(0).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static final ScenarioView FIX_FLAKY_TEST =
      Models.scenario("scn_1").named("fix-flaky-test").build();
  private static final ScenarioView ADD_RETRY = Models.scenario("scn_2").named("add-retry").build();
  private static final ScenarioView RENAME_MODULE =
      Models.scenario("scn_3").named("rename-module").build();

  /** Run bmr_123 of a benchmark, with a scenario run of each of scn_1, scn_2 and scn_3. */
  private static OutcomeBuilder run(String benchmarkId) {
    return Models.outcome(
            Models.run("bmr_123")
                .named("nightly-2026-09-01")
                .benchmark(benchmarkId)
                .completed()
                .score(0.5)
                .build())
        .scenarioRuns(
            Models.scenarioRun("scr_1")
                .named("fix-flaky-test")
                .benchmarkRun("bmr_123")
                .scored(1.0)
                .build(),
            Models.scenarioRun("scr_2")
                .named("add-retry")
                .benchmarkRun("bmr_123")
                .scored(0.0)
                .build(),
            Models.scenarioRun("scr_3").benchmarkRun("bmr_123").failed().build());
  }

  private static BenchmarkView benchmark() {
    return Models.benchmark("bmd_42")
        .named("swe-lite")
        .scenarios("scn_1", "scn_2", "scn_3")
        .build();
  }

  private List<String> paths() {
    return runloop.requests().stream().map(RecordedRequest::path).toList();
  }

  /** The run first; then, in any order, its scenario runs, its benchmark and its definitions. */
  private void assertRunThenTheRest() {
    List<String> paths = paths();
    assertThat(paths.get(0)).isEqualTo(RUN);
    assertThat(paths.subList(1, 4))
        .containsExactlyInAnyOrder(SCENARIO_RUNS, BENCHMARK, DEFINITIONS);
  }

  @Test
  void takes_the_definitions_of_a_benchmark_in_bulk() {
    runloop.add(
        run("bmd_42")
            .scenarios(FIX_FLAKY_TEST, ADD_RETRY, RENAME_MODULE)
            .benchmark(benchmark())
            .build());

    BenchmarkOutcome outcome = client.outcome("bmr_123");

    assertThat(paths()).hasSize(4);
    assertRunThenTheRest();
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

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {1, 5_000, 5_001, 12_000})
  void outcome_of_n_scenario_runs_costs_one_plus_their_pages_plus_one_plus_the_definitions_pages(
      int n) {
    List<String> ids = IntStream.rangeClosed(1, n).mapToObj(i -> "scn_" + i).toList();
    runloop.add(
        Models.outcome(Models.run("bmr_big").benchmark("bmd_big").completed().build())
            .scenarioRuns(
                ids.stream()
                    .map(
                        id ->
                            Models.scenarioRun("scr_" + id)
                                .scenario(id)
                                .benchmarkRun("bmr_big")
                                .scored(0.5)
                                .build())
                    .toArray(ScenarioRunView[]::new))
            .scenarios(
                ids.stream().map(id -> Models.scenario(id).build()).toArray(ScenarioView[]::new))
            .benchmark(Models.benchmark("bmd_big").scenarios(ids.toArray(String[]::new)).build())
            .build());
    int pages = (n + 4_999) / 5_000;

    BenchmarkOutcome outcome = client.outcome("bmr_big");

    assertThat(outcome.scenarioRuns()).hasSize(n);
    assertThat(outcome.scenarios()).hasSize(n);
    assertThat(runloop.requestCounts())
        .containsExactly(
            entry("/v1/benchmark_runs/bmr_big", 1),
            entry("/v1/benchmark_runs/bmr_big/scenario_runs", pages),
            entry("/v1/benchmarks/bmd_big", 1),
            entry("/v1/benchmarks/bmd_big/definitions", pages));
    assertThat(runloop.requests()).hasSize(1 + pages + 1 + pages);
    assertThat(runloop.requests())
        .filteredOn(request -> request.path().endsWith("s"))
        .extracting(request -> request.query().get("limit"))
        .containsOnly("5000");
  }

  @Test
  void fetches_the_scenario_runs_while_it_fetches_the_benchmark() {
    runloop
        .add(
            run("bmd_42")
                .scenarios(FIX_FLAKY_TEST, ADD_RETRY, RENAME_MODULE)
                .benchmark(benchmark())
                .build())
        // answered only once the benchmark was asked for too: fetched one after the other, the
        // hold would never end and fail the request
        .injectNext(SCENARIO_RUNS, Fault.holdUntil(() -> runloop.requestCount(BENCHMARK) > 0));

    assertThat(client.outcome("bmr_123").scenarioRuns()).hasSize(3);
  }

  @Test
  void fetches_the_benchmarks_definitions_while_it_fetches_the_benchmark() {
    runloop
        .add(
            run("bmd_42")
                .scenarios(FIX_FLAKY_TEST, ADD_RETRY, RENAME_MODULE)
                .benchmark(benchmark())
                .build())
        // Each is answered only once the other was asked for: one after the other, the holds would
        // never end and fail the requests.
        .injectNext(DEFINITIONS, Fault.holdUntil(() -> runloop.requestCount(BENCHMARK) > 0))
        .injectNext(BENCHMARK, Fault.holdUntil(() -> runloop.requestCount(DEFINITIONS) > 0));

    assertThat(client.outcome("bmr_123").scenarios()).hasSize(3);
  }

  @Test
  void fetches_one_by_one_only_the_definitions_the_bulk_lacks() {
    // the benchmark lists scn_2 alone, so its bulk definitions lack the other scenarios run
    runloop
        .add(
            run("bmd_42")
                .scenarios(ADD_RETRY)
                .benchmark(Models.benchmark("bmd_42").named("swe-lite").scenarios("scn_2").build())
                .build())
        .add(FIX_FLAKY_TEST);

    BenchmarkOutcome outcome = client.outcome("bmr_123");

    assertThat(paths()).hasSize(6);
    assertRunThenTheRest();
    assertThat(paths().subList(4, 6))
        .containsExactlyInAnyOrder("/v1/scenarios/scn_1", "/v1/scenarios/scn_3");
    assertThat(outcome.scenarios()).extracting(ScenarioView::id).containsExactly("scn_1", "scn_2");
    assertThat(outcome.scenarioRuns())
        .extracting(outcome::scenarioName)
        .containsExactly("add-retry", "fix-flaky-test", "scn_3");
  }

  @Test
  void a_deleted_benchmark_leaves_the_outcome_without_one_and_fetches_definitions_one_by_one() {
    runloop.add(run("bmd_42").build()).add(FIX_FLAKY_TEST);

    BenchmarkOutcome outcome = client.outcome("bmr_123");

    assertThat(outcome.benchmark()).isEmpty();
    assertThat(outcome.scenarios()).extracting(ScenarioView::id).containsExactly("scn_1");
    assertThat(outcome.scenarioRuns()).hasSize(3);
    assertThat(paths())
        .contains(BENCHMARK, DEFINITIONS)
        .filteredOn(path -> path.startsWith("/v1/scenarios/"))
        .containsExactlyInAnyOrder(
            "/v1/scenarios/scn_1", "/v1/scenarios/scn_2", "/v1/scenarios/scn_3");
  }

  @Test
  void a_benchmark_without_bulk_definitions_is_kept_and_its_definitions_fetched_one_by_one() {
    runloop
        .add(run("bmd_42").scenarios(FIX_FLAKY_TEST).benchmark(benchmark()).build())
        .inject(DEFINITIONS, Fault.status(404));

    BenchmarkOutcome outcome = client.outcome("bmr_123");

    assertThat(outcome.benchmark()).isPresent();
    assertThat(outcome.scenarios()).extracting(ScenarioView::id).containsExactly("scn_1");
    assertThat(paths()).filteredOn(path -> path.startsWith("/v1/scenarios/")).hasSize(3);
  }

  @Test
  void fetches_each_distinct_scenario_once_for_a_run_without_benchmark() {
    runloop
        .add(
            Models.outcome(Models.run("bmr_777").named("ad-hoc job run").failed().build())
                .scenarioRuns(
                    Models.scenarioRun("scr_73")
                        .scenario("scn_9")
                        .named("deleted-scenario")
                        .failed()
                        .build(),
                    Models.scenarioRun("scr_71")
                        .scenario("scn_1")
                        .named("fix-flaky-test")
                        .completed()
                        .build(),
                    Models.scenarioRun("scr_72")
                        .scenario("scn_1")
                        .named("fix-flaky-test retry")
                        .timeout()
                        .build())
                .build())
        .add(FIX_FLAKY_TEST);

    BenchmarkOutcome outcome = client.outcome("bmr_777");

    List<RecordedRequest> requests = runloop.requests();
    assertThat(requests)
        .extracting(RecordedRequest::target)
        .startsWith(
            "/v1/benchmark_runs/bmr_777",
            "/v1/benchmark_runs/bmr_777/scenario_runs?include_total_count=false&limit=5000")
        .hasSize(4);
    assertThat(requests.subList(2, 4))
        .extracting(RecordedRequest::path)
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
    // the benchmark lists scn_2 alone, so scn_1 and scn_3 are fetched one by one
    runloop
        .add(
            run("bmd_42")
                .scenarios(ADD_RETRY)
                .benchmark(Models.benchmark("bmd_42").scenarios("scn_2").build())
                .build())
        .add(FIX_FLAKY_TEST, RENAME_MODULE)
        // The first in id order stalls: the failure of the second must not wait for it.
        .inject("/v1/scenarios/scn_1", Fault.stall())
        .inject(
            "/v1/scenarios/scn_3",
            Fault.status(503)
                .message("overloaded")
                .afterHoldingUntil(() -> runloop.requestCount("/v1/scenarios/scn_1") > 0));
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
        runloop
            .clientBuilder()
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
      assertThat(runloop.requests()).hasSize(6);
    } finally {
      watching.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void a_failing_definition_fetch_fails_the_outcome() {
    runloop
        .add(run("bmd_42").scenarios(ADD_RETRY).benchmark(benchmark()).build())
        .add(FIX_FLAKY_TEST)
        .inject("/v1/scenarios/scn_3", Fault.status(503).message("overloaded"));

    assertThatExceptionOfType(InternalServerException.class)
        .isThrownBy(() -> client.outcome("bmr_123"))
        .withMessage("GET /v1/scenarios/scn_3 failed: 503 Service Unavailable: overloaded");
  }
}
