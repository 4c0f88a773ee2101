package dev.benchgate.testing.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.benchgate.core.ApiGeneration;
import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.RecordedRequest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How AUTO finds out a server's API generation when requests run concurrently, and what {@code
 * outcome(…)} makes of each generation, against a whole fake Runloop. Core's {@code
 * RunloopClientApiGenerationTest} pins the requests one by one.
 */
class RunloopClientGenerationsTest {
  private static final String CURRENT_RUN = "/v1/benchmark_runs/bmr_123";
  private static final String LEGACY_RUN = "/v1/benchmarks/runs/bmr_123";

  @RegisterExtension final FakeRunloop runloop = FakeRunloop.create();

  /** Run bmr_123 of bmd_42: scn_1 and scn_2 completed, scn_3 not run yet. */
  private static BenchmarkOutcome nightly() {
    return Models.outcome(
            Models.run("bmr_123")
                .named("nightly-2026-09-01")
                .benchmark("bmd_42")
                .completed()
                .build())
        .scenarioRuns(
            Models.scenarioRun("scr_2").benchmarkRun("bmr_123").completed().score(0.5).build(),
            Models.scenarioRun("scr_1").benchmarkRun("bmr_123").completed().score(1.0).build())
        .scenarios(
            Models.scenario("scn_1").named("fix-flaky-test").build(),
            Models.scenario("scn_2").named("add-retry").build(),
            Models.scenario("scn_3").named("rename-module").build())
        .benchmark(Models.benchmark("bmd_42").scenarios("scn_1", "scn_2", "scn_3").build())
        .build();
  }

  private List<String> paths() {
    return runloop.requests().stream().map(RecordedRequest::path).toList();
  }

  @Test
  void concurrent_first_requests_each_find_out_and_pin_the_same_generation() throws Exception {
    runloop
        .legacyApi()
        .add(nightly())
        // both ask the current path before either learns the answer
        .injectNext(
            CURRENT_RUN,
            Fault.holdUntil(() -> runloop.requestCount(CURRENT_RUN) >= 2),
            Fault.holdUntil(() -> runloop.requestCount(CURRENT_RUN) >= 2));
    ExecutorService twoCallers = Executors.newFixedThreadPool(2);

    try (RunloopClient client = runloop.clientBuilder().apiGeneration(ApiGeneration.AUTO).build()) {
      Callable<BenchmarkRunView> firstRequest = () -> client.benchmarkRun("bmr_123");
      for (Future<BenchmarkRunView> answer :
          twoCallers.invokeAll(List.of(firstRequest, firstRequest))) {
        assertThat(answer.get().id()).isEqualTo("bmr_123");
      }
      assertThat(client.toString()).endsWith("apiGeneration=LEGACY}");
      client.benchmarkRun("bmr_123");
    } finally {
      twoCallers.shutdownNow();
    }
    assertThat(paths())
        .containsExactlyInAnyOrder(CURRENT_RUN, CURRENT_RUN, LEGACY_RUN, LEGACY_RUN, LEGACY_RUN);
  }

  @Test
  void outcome_of_a_legacy_server_without_a_scenario_run_list_uses_the_embedded_runs() {
    runloop.legacyApi().add(nightly()).inject(LEGACY_RUN + "/scenario_runs", Fault.status(404));

    BenchmarkOutcome outcome;
    try (RunloopClient client = runloop.clientBuilder().apiGeneration(ApiGeneration.AUTO).build()) {
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
    List<String> paths = paths();
    assertThat(paths).startsWith(CURRENT_RUN, LEGACY_RUN);
    assertThat(paths.subList(2, paths.size()))
        .containsExactlyInAnyOrder(
            LEGACY_RUN + "/scenario_runs",
            "/v1/benchmarks/bmd_42",
            "/v1/benchmarks/bmd_42/definitions");
  }

  @Test
  void outcome_of_a_current_server_does_not_invent_scenario_runs() {
    runloop.add(nightly()).inject(CURRENT_RUN + "/scenario_runs", Fault.status(404));

    try (RunloopClient client = runloop.clientBuilder().apiGeneration(ApiGeneration.AUTO).build()) {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> client.outcome("bmr_123"))
          .withMessageStartingWith("GET /v1/benchmark_runs/bmr_123/scenario_runs failed: 404");
    }
  }
}
