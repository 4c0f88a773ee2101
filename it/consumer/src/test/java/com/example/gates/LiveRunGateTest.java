package com.example.gates;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.BenchmarkView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.BenchgateExtension;
import dev.benchgate.junit.BenchmarkRun;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gates on a run fetched over HTTP, with the API key, from a fake Runloop (benchgate-testing) that
 * says the run is still running at the first poll: the run is awaited, then judged.
 */
class LiveRunGateTest {
  /** The key the gates are configured with, in {@code junit-platform.properties}. */
  static final String API_KEY = "consumer-test-key-0001";

  static final String RUN_ID = "bmr_live0001";
  static final String BENCHMARK_ID = "bmd_live0001";

  @RegisterExtension
  @Order(1)
  static final FakeRunloop RUNLOOP =
      FakeRunloop.create().apiKey(API_KEY).add(version("running"), version("completed"));

  @RegisterExtension
  @Order(2)
  static final BenchgateExtension BENCHGATE =
      BenchgateExtension.builder().baseUrl(RUNLOOP.baseUrl()).benchmarkRun(RUN_ID).build();

  @AfterAll
  static void theRunWasAwaitedWithTheKey() {
    assertThat(RUNLOOP.requestCount("/v1/benchmark_runs/" + RUN_ID))
        .as("fetches of the run, running at the first")
        .isGreaterThan(1);
    assertThat(RUNLOOP.requests())
        .as("requests without the API key")
        .allMatch(RecordedRequest::authorized);
  }

  @Test
  void overallScore(@BenchmarkRun BenchmarkRunView run) {
    assertThat(run).isCompleted().hasScoreAtLeast(0.8);
  }

  @Test
  void noInfrastructureFailures(@BenchmarkRun BenchmarkOutcome outcome) {
    assertThat(outcome)
        .hasNoScenarioRunsIn(ScenarioRunState.FAILED, ScenarioRunState.TIMEOUT)
        .coversAllScenariosOfItsBenchmark()
        .hasPassRateAtLeast(0.9, 0.5);
  }

  /** The run of two scenarios, as the API shows it while running and once completed. */
  private static BenchmarkOutcome version(String state) {
    boolean done = state.equals("completed");
    BenchmarkRunView run =
        Models.run(RUN_ID)
            .benchmark(BENCHMARK_ID)
            .named("nightly")
            .state(state)
            .score(done ? 0.825 : null)
            .build();
    BenchmarkView benchmark =
        Models.benchmark(BENCHMARK_ID).scenarios("scn_live0001", "scn_live0002").build();
    return Models.outcome(run)
        .benchmark(benchmark)
        .scenarios(scenario(1), scenario(2))
        .scenarioRuns(scenarioRun(1, done, 0.9), scenarioRun(2, done, 0.75))
        .build();
  }

  private static ScenarioView scenario(int n) {
    return Models.scenario("scn_live000" + n).named("fix-bug-" + n).build();
  }

  private static ScenarioRunView scenarioRun(int n, boolean done, double score) {
    var scenarioRun =
        Models.scenarioRun("scr_live000" + n).scenario("scn_live000" + n).benchmarkRun(RUN_ID);
    return (done ? scenarioRun.scored(score) : scenarioRun.running()).build();
  }
}
