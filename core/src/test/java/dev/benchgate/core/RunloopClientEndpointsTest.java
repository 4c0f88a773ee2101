package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.json;
import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.ApiFixtures.okBody;
import static dev.benchgate.core.TestClients.CANARY_KEY;
import static dev.benchgate.core.TestClients.requests;
import static dev.benchgate.core.TestClients.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioStatus;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.ScoringFunctionState;
import dev.benchgate.core.model.TestBasedScorer;
import dev.benchgate.core.model.UnknownScorer;
import dev.benchgate.core.model.ValidationType;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every read endpoint with every query parameter, against payloads shaped like the API's. */
class RunloopClientEndpointsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private RunloopClient client;

  @BeforeEach
  void buildClient() {
    client =
        TestClients.builder(server, new FakeTime()).apiGeneration(ApiGeneration.CURRENT).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void benchmarkRun_gets_the_run_with_the_key_only_in_the_authorization_header()
      throws InterruptedException {
    server.enqueue(ok("benchmark_run.json"));

    BenchmarkRunView run = client.benchmarkRun("bmr_123");

    assertThat(run.id()).isEqualTo("bmr_123");
    assertThat(run.benchmarkId()).isEqualTo("bmd_42");
    assertThat(run.state()).isEqualTo(BenchmarkRunState.COMPLETED);
    assertThat(run.score()).isEqualTo(0.5);
    assertThat(run.metadata()).containsEntry("branch", "main");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v1/benchmark_runs/bmr_123");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + CANARY_KEY);
    assertThat(request.getHeaders().get("User-Agent")).matches("benchgate/\\S+");
    assertThat(request.getTarget()).doesNotContain(CANARY_KEY);
  }

  @Test
  void benchmarkRun_escapes_the_id_so_it_cannot_change_the_path() throws InterruptedException {
    server.enqueue(okBody(json("benchmark_run.json").replace("bmr_123", "bmr_1/../../v2")));

    client.benchmarkRun("bmr_1/../../v2");

    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1/benchmark_runs/bmr_1%2F..%2F..%2Fv2");
  }

  @Test
  void ids_must_not_be_blank_or_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.benchmarkRun(" "))
        .withMessage("The benchmark run id is blank");
    assertThatIllegalArgumentException().isThrownBy(() -> client.scenario(""));
    assertThatNullPointerException().isThrownBy(() -> client.benchmark(null));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void benchmarkRuns_sends_every_filter_and_asks_for_no_total_count() throws InterruptedException {
    server.enqueue(ok("benchmark_runs.json"));

    List<BenchmarkRunView> runs =
        client
            .benchmarkRuns(
                BenchmarkRunQuery.forBenchmark("bmd_42")
                    .withState(BenchmarkRunState.COMPLETED)
                    .withName("nightly-2026-09-01")
                    .withSearch("nightly"))
            .toList();

    assertThat(runs).extracting(BenchmarkRunView::id).containsExactly("bmr_123", "bmr_124");
    assertThat(targets(server))
        .containsExactly(
            "/v1/benchmark_runs?include_total_count=false&benchmark_id=bmd_42&state=completed"
                + "&name=nightly-2026-09-01&search=nightly&limit=100");
  }

  @Test
  void benchmarkRuns_without_a_query_sends_no_filter() throws InterruptedException {
    server.enqueue(ok("benchmark_runs.json"));

    assertThat(client.benchmarkRuns()).hasSize(2);

    assertThat(targets(server))
        .containsExactly("/v1/benchmark_runs?include_total_count=false&limit=100");
  }

  @Test
  void scenarioRuns_of_a_run_sends_its_filters() throws InterruptedException {
    server.enqueue(ok("scenario_runs_page_3.json"));
    server.enqueue(ok("scenario_runs_page_3.json"));
    server.enqueue(ok("scenario_runs_page_3.json"));

    client.scenarioRuns("bmr_123").toList();
    client.scenarioRuns("bmr_123", ScenarioRunState.FAILED).toList();
    client.scenarioRuns("bmr_123", ScenarioRunState.SCORING, "flaky test").toList();

    assertThat(targets(server))
        .containsExactly(
            "/v1/benchmark_runs/bmr_123/scenario_runs?include_total_count=false&limit=5000",
            "/v1/benchmark_runs/bmr_123/scenario_runs?include_total_count=false&state=failed"
                + "&limit=5000",
            "/v1/benchmark_runs/bmr_123/scenario_runs?include_total_count=false&state=scoring"
                + "&search=flaky%20test&limit=5000");
  }

  @Test
  void scenarioRuns_cannot_filter_by_an_unrecognized_state() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.scenarioRuns("bmr_123", ScenarioRunState.UNRECOGNIZED))
        .withMessageContaining("UNRECOGNIZED");
  }

  @Test
  void scenarioRuns_by_query_sends_every_filter() throws InterruptedException {
    server.enqueue(ok("scenario_runs_page_3.json"));

    List<ScenarioRunView> scenarioRuns =
        client
            .scenarioRuns(
                ScenarioRunQuery.forBenchmarkRun("bmr_123")
                    .withScenarioId("scn_3")
                    .withState(ScenarioRunState.FAILED)
                    .withName("rename-module")
                    .withSearch("rename"))
            .toList();

    assertThat(scenarioRuns).extracting(ScenarioRunView::id).containsExactly("scr_3");
    assertThat(targets(server))
        .containsExactly(
            "/v1/scenarios/runs?include_total_count=false&benchmark_run_id=bmr_123"
                + "&scenario_id=scn_3&state=failed&name=rename-module&search=rename&limit=100");
  }

  @Test
  void scenarioRun_gets_one_scenario_run() throws InterruptedException {
    server.enqueue(ok("scenario_run.json"));

    ScenarioRunView scenarioRun = client.scenarioRun("scr_1");

    assertThat(scenarioRun.scenarioId()).isEqualTo("scn_1");
    assertThat(scenarioRun.state()).isEqualTo(ScenarioRunState.SCORED);
    assertThat(scenarioRun.score()).isEqualTo(1.0);
    assertThat(scenarioRun.scoringFunctionResult("unit-tests"))
        .hasValueSatisfying(result -> assertThat(result.output()).contains("12 passed"));
    assertThat(targets(server)).containsExactly("/v1/scenarios/runs/scr_1");
  }

  @Test
  void scenario_gets_one_definition() throws InterruptedException {
    server.enqueue(ok("scenario.json"));

    ScenarioView scenario = client.scenario("scn_1");

    assertThat(scenario.name()).isEqualTo("fix-flaky-test");
    assertThat(scenario.status()).isEqualTo(ScenarioStatus.ACTIVE);
    assertThat(scenario.validationType()).isEqualTo(ValidationType.FORWARD);
    assertThat(scenario.environment().workingDirectory()).isEqualTo("/home/agent/repo");
    assertThat(scenario.scoringContract().scoringFunction("unit-tests"))
        .hasValueSatisfying(
            function ->
                assertThat(function.scorer())
                    .isInstanceOfSatisfying(
                        TestBasedScorer.class,
                        scorer ->
                            assertThat(scorer.testCommand())
                                .isEqualTo("pytest -q tests/test_cache.py")));
    assertThat(targets(server)).containsExactly("/v1/scenarios/scn_1");
  }

  @Test
  void scenarios_sends_every_filter() throws InterruptedException {
    server.enqueue(ok("scenarios.json"));

    List<ScenarioView> scenarios =
        client
            .scenarios(
                ScenarioQuery.forBenchmark("bmd_42")
                    .withName("add-retry")
                    .withValidationType(ValidationType.EVALUATION)
                    .withSearch("retry"))
            .toList();

    assertThat(scenarios).extracting(ScenarioView::id).containsExactly("scn_2");
    assertThat(targets(server))
        .containsExactly(
            "/v1/scenarios?include_total_count=false&name=add-retry&benchmark_id=bmd_42"
                + "&validation_type=EVALUATION&search=retry&limit=100");
  }

  @Test
  void benchmarkDefinitions_sends_only_paging_parameters() throws InterruptedException {
    server.enqueue(ok("definitions.json"));

    List<ScenarioView> definitions = client.benchmarkDefinitions("bmd_42").toList();

    assertThat(definitions).extracting(ScenarioView::id).containsExactly("scn_1", "scn_2", "scn_3");
    assertThat(definitions.get(2).scoringContract().scoringFunction("judge"))
        .hasValueSatisfying(
            function ->
                assertThat(function.scorer())
                    .isEqualTo(
                        new UnknownScorer(
                            "llm_judge_scorer",
                            Map.of(
                                "rubric", "imports updated, no behaviour change",
                                "model", "judge-small"))));
    assertThat(targets(server)).containsExactly("/v1/benchmarks/bmd_42/definitions?limit=5000");
  }

  @Test
  void benchmark_gets_one_benchmark() throws InterruptedException {
    server.enqueue(ok("benchmark.json"));

    BenchmarkView benchmark = client.benchmark("bmd_42");

    assertThat(benchmark.name()).isEqualTo("swe-lite");
    assertThat(benchmark.scenarioIds()).containsExactly("scn_1", "scn_2", "scn_3");
    assertThat(targets(server)).containsExactly("/v1/benchmarks/bmd_42");
  }

  @Test
  void benchmarks_sends_every_filter() throws InterruptedException {
    server.enqueue(ok("benchmarks.json"));

    List<BenchmarkView> benchmarks =
        client.benchmarks(BenchmarkQuery.named("swe-lite").withSearch("swe")).toList();

    assertThat(benchmarks).extracting(BenchmarkView::id).containsExactly("bmd_42");
    assertThat(targets(server))
        .containsExactly(
            "/v1/benchmarks?include_total_count=false&name=swe-lite&search=swe&limit=100");
  }

  @Test
  void page_size_is_sent_as_limit() throws InterruptedException {
    try (RunloopClient small = TestClients.builder(server, new FakeTime()).pageSize(250).build()) {
      server.enqueue(ok("definitions.json"));

      small.benchmarkDefinitions("bmd_42").toList();
    }

    assertThat(requests(server).get(0).getUrl().queryParameter("limit")).isEqualTo("250");
  }

  @Test
  void a_search_asks_for_a_small_first_page_and_whole_pages_after() throws InterruptedException {
    server.enqueue(
        okBody(
            "{\"benchmarks\": [{\"id\": \"bmd_1\", \"name\": \"a\", \"scenarioIds\": []}],"
                + " \"has_more\": true}"));
    server.enqueue(
        okBody(
            "{\"benchmarks\": [{\"id\": \"bmd_2\", \"name\": \"b\", \"scenarioIds\": []}],"
                + " \"has_more\": false}"));

    assertThat(client.benchmarks(BenchmarkQuery.all())).hasSize(2);

    assertThat(targets(server))
        .containsExactly(
            "/v1/benchmarks?include_total_count=false&limit=100",
            "/v1/benchmarks?include_total_count=false&limit=5000&starting_after=bmd_1");
  }

  @Test
  void values_the_api_added_later_parse_instead_of_failing() {
    server.enqueue(ok("benchmark_run_unknown_state.json"));
    server.enqueue(ok("scenarios.json"));
    server.enqueue(ok("scenario_runs_page_2.json"));

    BenchmarkRunView run = client.benchmarkRun("bmr_900");
    ScenarioView scenario = client.scenarios(ScenarioQuery.all()).findFirst().orElseThrow();
    ScenarioRunView scenarioRun = client.scenarioRuns("bmr_123").findFirst().orElseThrow();

    assertThat(run.state()).isEqualTo(BenchmarkRunState.UNRECOGNIZED);
    assertThat(run.stateValue()).isEqualTo("paused_for_review");
    assertThat(scenario.status()).isEqualTo(ScenarioStatus.UNRECOGNIZED);
    assertThat(scenario.statusValue()).isEqualTo("draft");
    assertThat(scenario.validationType()).isEqualTo(ValidationType.UNRECOGNIZED);
    assertThat(scenarioRun.scoringFunctionResult("lint"))
        .hasValueSatisfying(
            result -> assertThat(result.state()).isEqualTo(ScoringFunctionState.UNRECOGNIZED));
  }

  @Test
  void unknown_fields_are_ignored_and_nulls_become_empty() {
    server.enqueue(ok("benchmark_run_unknown_state.json"));
    server.enqueue(ok("scenario_runs_page_3.json"));

    BenchmarkRunView run = client.benchmarkRun("bmr_900");
    ScenarioRunView failed = client.scenarioRuns("bmr_123").findFirst().orElseThrow();

    assertThat(run.name()).isNull();
    assertThat(run.metadata()).isEmpty();
    assertThat(run.environmentVariables()).isEmpty();
    assertThat(run.legacyScenarioRuns()).isEmpty();
    assertThat(failed.state()).isEqualTo(ScenarioRunState.FAILED);
    assertThat(failed.metadata()).isEmpty();
    assertThat(failed.scoringResult()).isEmpty();
  }
}
