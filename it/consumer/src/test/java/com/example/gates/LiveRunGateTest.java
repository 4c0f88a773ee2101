package com.example.gates;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.junit.BenchgateExtension;
import dev.benchgate.junit.BenchmarkRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gates on a run fetched over HTTP, with the API key, from a server that says it is still running
 * at first: the run is awaited, then judged.
 */
class LiveRunGateTest {
  static final FakeRunloopServer RUNLOOP = FakeRunloopServer.start();

  @RegisterExtension
  static final BenchgateExtension BENCHGATE =
      BenchgateExtension.builder()
          .baseUrl(RUNLOOP.baseUrl())
          .benchmarkRun(FakeRunloopServer.RUN_ID)
          .build();

  @AfterAll
  static void theRunWasAwaitedWithTheKey() {
    RUNLOOP.stop();
    assertThat(RUNLOOP.runPolls()).as("fetches of the run, running at the first").isGreaterThan(1);
    assertThat(RUNLOOP.refused()).as("requests without the API key").isZero();
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
}
