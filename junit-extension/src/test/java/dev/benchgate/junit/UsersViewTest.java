package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The user's view of DESIGN.md, word for word but for the assertions, which belong to the AssertJ
 * module: here they check what the extension injected.
 */
class UsersViewTest {
  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @Test
  void the_gate_of_the_design_gets_what_it_asks_for() {
    api.add(StandardRuns.outcome("bmr_123")).add(StandardRuns.outcome("bmr_100"));

    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.BENCHMARK_RUN, "bmr_123")
            .parameter(ConfigurationKeys.BASELINE, "bmr_100")
            .run(NightlyAgentGate.class);

    assertAllSucceeded(results, 6);
    assertThat(GateKit.testDisplayNames(results))
        .contains("add-retry", "fix-flaky-test", "rename-module");
    assertThat(StandardRuns.paths(api))
        .filteredOn(path -> path.startsWith("/v1/benchmark_runs/"))
        .containsExactlyInAnyOrder(
            StandardRuns.runPath("bmr_123"),
            StandardRuns.scenarioRunsPath("bmr_123"),
            StandardRuns.runPath("bmr_100"),
            StandardRuns.scenarioRunsPath("bmr_100"));
  }

  @BenchmarkGate // optional: the parameter annotations register the extension too
  static class NightlyAgentGate {

    @Test
    void overallScore(@BenchmarkRun("bmr_123") BenchmarkRunView run) {
      assertThat(run.state()).isEqualTo(BenchmarkRunState.COMPLETED);
      assertThat(run.id()).isEqualTo("bmr_123");
    }

    @Test
    void noInfrastructureFailures(@BenchmarkRun BenchmarkOutcome outcome) { // id from configuration
      assertThat(outcome.runId()).isEqualTo("bmr_123");
      assertThat(outcome.benchmark()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource // one invocation per scenario run
    void eachScenario(ScenarioRunView scenarioRun) {
      assertThat(scenarioRun.benchmarkRunId()).isEqualTo("bmr_123");
    }

    @Test
    void noRegression(@BenchmarkRun BenchmarkOutcome current, @Baseline BenchmarkOutcome baseline) {
      assertThat(current.runId()).isEqualTo("bmr_123");
      assertThat(baseline.runId()).isEqualTo("bmr_100");
    }
  }
}
