package dev.benchgate.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.ApiGeneration;
import dev.benchgate.core.BenchmarkRunQuery;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.core.snapshot.BenchmarkSnapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What FakeRunloop serves, read back by the real client and, for the wire, by plain HTTP. */
class FakeRunloopApiTest {
  @RegisterExtension final FakeRunloop runloop = FakeRunloop.create();

  private static BenchmarkOutcome nightly(String runId, String state) {
    BenchmarkRunView run =
        Models.run(runId).named("nightly").benchmark("bmd_1").state(state).score(0.65).build();
    return Models.outcome(run)
        .scenarioRuns(
            Models.scenarioRun("scr_a").scenario("scn_a").benchmarkRun(runId).scored(0.9).build(),
            Models.scenarioRun("scr_b").scenario("scn_b").benchmarkRun(runId).scored(0.4).build(),
            Models.scenarioRun("scr_c").scenario("scn_c").benchmarkRun(runId).failed().build())
        .scenarios(
            Models.scenario("scn_a").named("add-retry").build(),
            Models.scenario("scn_b").named("fix-flaky-test").build(),
            Models.scenario("scn_c").named("rename-module").build())
        .benchmark(
            Models.benchmark("bmd_1")
                .named("swe-lite")
                .scenarios("scn_a", "scn_b", "scn_c")
                .build())
        .build();
  }

  /** Sends a GET as any HTTP client would, to see the wire format itself. */
  private String get(String target, String key) throws IOException {
    Request.Builder request = new Request.Builder().url(runloop.baseUrl() + target.substring(1));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    OkHttpClient http = new OkHttpClient();
    try (Response response = http.newCall(request.build()).execute()) {
      return response.body().string();
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void serves_an_outcome_the_client_joins_back_together() {
    BenchmarkOutcome served = nightly("bmr_1", "completed");
    runloop.add(served);

    BenchmarkOutcome fetched = runloop.client().outcome("bmr_1");

    assertThat(fetched).isEqualTo(served);
    assertThat(runloop.requestCounts())
        .containsOnlyKeys(
            "/v1/benchmark_runs/bmr_1",
            "/v1/benchmark_runs/bmr_1/scenario_runs",
            "/v1/benchmarks/bmd_1",
            "/v1/benchmarks/bmd_1/definitions");
  }

  @Test
  void serves_the_outcome_of_a_snapshot_file(@TempDir Path folder) {
    Path snapshot = folder.resolve("nightly.json");
    BenchmarkSnapshots.write(nightly("bmr_1", "completed"), snapshot);

    runloop.addSnapshot(snapshot);

    assertThat(runloop.client().outcome("bmr_1")).isEqualTo(BenchmarkSnapshots.read(snapshot));
  }

  @Test
  void pages_lists_with_limit_starting_after_and_has_more() throws IOException {
    IntStream.rangeClosed(1, 5)
        .forEach(i -> runloop.add(Models.outcome(Models.run("bmr_" + i).build()).build()));

    String firstPage = get("/v1/benchmark_runs?limit=2", FakeRunloop.API_KEY);
    String lastPage =
        get(
            "/v1/benchmark_runs?limit=2&starting_after=bmr_4&include_total_count=false",
            FakeRunloop.API_KEY);

    assertThat(firstPage)
        .contains("\"id\":\"bmr_1\"", "\"id\":\"bmr_2\"", "\"has_more\":true", "\"total_count\":5")
        .doesNotContain("bmr_3");
    assertThat(lastPage)
        .contains("\"id\":\"bmr_5\"", "\"has_more\":false")
        .doesNotContain("bmr_4", "total_count");
    try (RunloopClient client = runloop.clientBuilder().pageSize(2).build()) {
      assertThat(client.benchmarkRuns()).extracting(BenchmarkRunView::id).hasSize(5);
    }
    assertThat(runloop.requests())
        .filteredOn(request -> request.query().containsKey("starting_after"))
        .extracting(request -> request.query().get("starting_after"))
        .containsSubsequence("bmr_4", "bmr_2", "bmr_4");
  }

  @Test
  void filters_lists_by_the_query_parameters_of_the_api() {
    runloop
        .add(nightly("bmr_1", "completed"))
        .add(Models.outcome(Models.run("bmr_2").benchmark("bmd_2").running().build()).build());

    try (RunloopClient client = runloop.clientBuilder().build()) {
      assertThat(client.benchmarkRuns(BenchmarkRunQuery.forBenchmark("bmd_1")))
          .extracting(BenchmarkRunView::id)
          .containsExactly("bmr_1");
      assertThat(client.benchmarkRuns(BenchmarkRunQuery.all().withState(BenchmarkRunState.RUNNING)))
          .extracting(BenchmarkRunView::id)
          .containsExactly("bmr_2");
      assertThat(client.scenarioRuns("bmr_1", null, "scr_b"))
          .extracting(ScenarioRunView::id)
          .containsExactly("scr_b");
      assertThat(client.scenarioRun("scr_c").scenarioId()).isEqualTo("scn_c");
      assertThat(client.scenario("scn_a").name()).isEqualTo("add-retry");
      assertThat(client.benchmarkDefinitions("bmd_1"))
          .extracting(ScenarioView::id)
          .containsExactly("scn_a", "scn_b", "scn_c");
    }
  }

  @Test
  void refuses_a_request_without_the_bearer_key() throws IOException {
    runloop.add(nightly("bmr_1", "completed"));

    assertThat(get("/v1/benchmark_runs/bmr_1", null)).contains("bearer token");
    try (RunloopClient client = runloop.clientBuilder().apiKey("wrong-key").build()) {
      assertThatExceptionOfType(AuthenticationException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_1"));
    }
    assertThat(runloop.requests()).extracting(RecordedRequest::authorized).containsOnly(false);
    assertThat(runloop.requests())
        .allSatisfy(r -> assertThat(r.headers()).doesNotContainKey("authorization"));
  }

  @Test
  void answers_unknown_resources_with_the_apis_not_found() {
    try (RunloopClient client = runloop.clientBuilder().build()) {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_missing"))
          .withMessageContaining("Benchmark run bmr_missing not found");
    }
  }

  @Test
  void serves_the_versions_of_a_run_in_turn_the_run_and_its_scenario_runs_apart() {
    runloop.add(
        nightly("bmr_1", "running"), nightly("bmr_1", "running"), nightly("bmr_1", "completed"));

    try (RunloopClient client = runloop.clientBuilder().build()) {
      assertThat(
              IntStream.range(0, 4)
                  .mapToObj(i -> client.benchmarkRun("bmr_1").stateValue())
                  .toList())
          .containsExactly("running", "running", "completed", "completed");
    }
  }

  @Test
  void speaks_the_legacy_api_with_the_scenario_runs_embedded() {
    runloop.legacyApi().add(nightly("bmr_1", "completed"));

    try (RunloopClient client = runloop.clientBuilder().build()) {
      BenchmarkRunView run = client.benchmarkRun("bmr_1");

      assertThat(client.toString()).endsWith("apiGeneration=LEGACY}");
      assertThat(run.legacyScenarioRuns())
          .extracting(embedded -> embedded.scenarioRunId())
          .containsExactly("scr_a", "scr_b", "scr_c");
      assertThat(client.outcome("bmr_1").scenarioRuns()).hasSize(3);
    }
    assertThat(runloop.requests())
        .extracting(RecordedRequest::path)
        .startsWith("/v1/benchmark_runs/bmr_1", "/v1/benchmarks/runs/bmr_1");
  }

  @Test
  void a_legacy_server_without_a_scenario_run_list_is_a_404_away() {
    runloop
        .legacyApi()
        .add(nightly("bmr_1", "completed"))
        .inject("/v1/benchmarks/runs/bmr_1/scenario_runs", Fault.status(404));

    try (RunloopClient client =
        runloop.clientBuilder().apiGeneration(ApiGeneration.LEGACY).build()) {
      BenchmarkOutcome outcome = client.outcome("bmr_1");

      // only the finished scenario runs are embedded, as completed ones
      assertThat(outcome.scenarioRuns())
          .extracting(ScenarioRunView::id)
          .containsExactly("scr_a", "scr_b", "scr_c");
    }
  }

  @Test
  void a_snapshot_written_from_a_served_outcome_reads_back_the_same(@TempDir Path folder)
      throws IOException {
    runloop.add(nightly("bmr_1", "completed"));
    Path file = folder.resolve("bmr_1.json");

    BenchmarkSnapshots.write(runloop.client().outcome("bmr_1"), file);

    assertThat(Files.readString(file)).contains("\"benchgate-snapshot\"");
    assertThat(BenchmarkSnapshots.read(file)).isEqualTo(nightly("bmr_1", "completed"));
  }
}
