package dev.benchgate.core;

import static dev.benchgate.core.ApiFixtures.notFound;
import static dev.benchgate.core.ApiFixtures.ok;
import static dev.benchgate.core.TestClients.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.benchgate.core.error.AuthenticationException;
import dev.benchgate.core.error.MalformedResponseException;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.LegacyScenarioRun;
import dev.benchgate.core.model.ScenarioRunState;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The current and legacy benchmark-run paths, and how AUTO finds out and pins one, request by
 * request. What it does under concurrency and within {@code outcome(…)} is tested against a whole
 * fake server in benchgate-testing ({@code RunloopClientGenerationsOnFakeRunloopTest}).
 */
class RunloopClientApiGenerationTest {
  private static final String CURRENT_RUN = "/v1/benchmark_runs/bmr_123";
  private static final String LEGACY_RUN = "/v1/benchmarks/runs/bmr_123";
  private static final String LIST_QUERY = "?include_total_count=false&limit=5000";
  private static final String SEARCH_QUERY = "?include_total_count=false&limit=100";

  @StartStop private final MockWebServer server = new MockWebServer();

  /** Queues answers in the order the client asks: finding out the generation is sequential. */
  private void answer(MockResponse... responses) {
    List.of(responses).forEach(server::enqueue);
  }

  private RunloopClient client(ApiGeneration generation) {
    return TestClients.builder(server, new FakeTime()).apiGeneration(generation).build();
  }

  @Test
  void auto_pins_the_current_generation_when_the_current_path_answers()
      throws InterruptedException {
    answer(ok("benchmark_run.json"), notFound());

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
    answer(
        notFound(),
        ok("benchmark_run_legacy.json"),
        ok("benchmark_run_legacy.json"),
        ok("scenario_runs_page_3.json"));

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
  void a_legacy_answer_of_another_run_is_refused_as_such_not_as_the_current_not_found()
      throws InterruptedException {
    answer(notFound(), ok("benchmark_run_legacy.json"));

    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      assertThatExceptionOfType(MalformedResponseException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_other"))
          .withMessage(
              "GET /v1/benchmarks/runs/bmr_other answered with benchmark run 'bmr_123', not the"
                  + " one asked for: check the base URL, and any proxy between this client and"
                  + " Runloop.");
      assertThat(client.toString()).endsWith("apiGeneration=LEGACY}");
    }
    assertThat(targets(server))
        .containsExactly(
            CURRENT_RUN.replace("bmr_123", "bmr_other"),
            LEGACY_RUN.replace("bmr_123", "bmr_other"));
  }

  @Test
  void auto_throws_the_current_not_found_when_both_paths_miss_and_decides_later()
      throws InterruptedException {
    answer(notFound(), notFound(), ok("benchmark_run.json"));

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
      client.benchmarkRun("bmr_123");

      assertThat(client.toString()).endsWith("apiGeneration=CURRENT}");
    }
    assertThat(targets(server)).containsExactly(CURRENT_RUN, LEGACY_RUN, CURRENT_RUN);
  }

  @Test
  void auto_pins_nothing_on_a_legacy_error_and_throws_the_current_not_found_with_it()
      throws InterruptedException {
    answer(notFound(), ApiFixtures.status(401, "{\"message\": \"legacy says no\"}"));

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
    answer(notFound(), ApiFixtures.okBody("<html>legacy portal</html>"));

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
  void auto_discovers_on_lists_too() throws InterruptedException {
    answer(notFound(), ok("benchmark_runs.json"));

    try (RunloopClient client = client(ApiGeneration.AUTO)) {
      assertThat(client.benchmarkRuns()).hasSize(2);
    }
    assertThat(targets(server))
        .containsExactly("/v1/benchmark_runs" + SEARCH_QUERY, "/v1/benchmarks/runs" + SEARCH_QUERY);
  }

  @Test
  void current_never_tries_the_legacy_path() throws InterruptedException {
    answer(notFound());

    try (RunloopClient client = client(ApiGeneration.CURRENT)) {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> client.benchmarkRun("bmr_123"));
    }
    assertThat(targets(server)).containsExactly(CURRENT_RUN);
  }

  @Test
  void legacy_uses_the_legacy_paths_of_every_benchmark_run_endpoint() throws InterruptedException {
    answer(
        ok("benchmark_run_legacy.json"),
        ok("benchmark_runs.json"),
        ok("scenario_runs_page_3.json"));

    try (RunloopClient client = client(ApiGeneration.LEGACY)) {
      client.benchmarkRun("bmr_123");
      client.benchmarkRuns(BenchmarkRunQuery.forBenchmark("bmd_42")).toList();
      client.scenarioRuns("bmr_123", ScenarioRunState.SCORED).toList();
    }
    assertThat(targets(server))
        .containsExactly(
            LEGACY_RUN,
            "/v1/benchmarks/runs?include_total_count=false&benchmark_id=bmd_42&limit=100",
            LEGACY_RUN + "/scenario_runs?include_total_count=false&state=scored&limit=5000");
  }
}
