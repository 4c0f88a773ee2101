package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.reportEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.fail;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Models;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * What each test that received a run, and each scenario invocation that did not pass, leaves in the
 * report.
 */
class ReportEntriesTest {
  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @BeforeEach
  void serve() {
    api.add(StandardRuns.outcome("bmr_1"));
    api.add(Models.outcome(StandardRuns.run("bmr_0", "canceled", null, null)).build());
  }

  @Test
  void a_test_given_runs_reports_their_ids_states_scores_and_scenario_run_states() {
    EngineExecutionResults results = GateKit.against(api).run(GivenRuns.class);

    assertThat(reportEntries(results))
        .containsExactly(
            Map.of(
                "benchgate.benchmark-run", "bmr_1",
                "benchgate.benchmark-run.state", "completed",
                "benchgate.benchmark-run.score", "0.65",
                "benchgate.benchmark-run.scenario-runs", "1 failed, 2 scored"),
            Map.of(
                "benchgate.baseline", "bmr_0",
                "benchgate.baseline.state", "canceled",
                "benchgate.baseline.score", "none",
                "benchgate.baseline.scenario-runs", "none"));
  }

  @ExtendWith(FakeEnvironment.class)
  static class GivenRuns {
    @Test
    void compare(
        @BenchmarkRun("bmr_1") BenchmarkOutcome current,
        @Baseline("bmr_0") BenchmarkRunView baseline) {}
  }

  @Test
  void each_scenario_invocation_that_fails_reports_its_scenario_run_and_scoring_functions() {
    EngineExecutionResults results = GateKit.against(api).run(EachScenarioFails.class);

    List<Event> published = results.testEvents().reportingEntryPublished().list();
    assertThat(published)
        .extracting(event -> event.getTestDescriptor().getDisplayName())
        .containsExactly("add-retry", "fix-flaky-test", "rename-module");
    assertThat(published)
        .extracting(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .containsExactly(
            Map.of(
                "benchgate.scenario", "scn_a",
                "benchgate.scenario-run", "scr_a",
                "benchgate.scenario-run.state", "scored",
                "benchgate.scenario-run.score", "0.9",
                "benchgate.scoring-function.unit-tests", "1.0 (complete)",
                "benchgate.scoring-function.lint", "0.5 (complete)"),
            Map.of(
                "benchgate.scenario", "scn_b",
                "benchgate.scenario-run", "scr_b",
                "benchgate.scenario-run.state", "scored",
                "benchgate.scenario-run.score", "0.4",
                "benchgate.scoring-function.unit-tests", "0.4 (complete)"),
            Map.of(
                "benchgate.scenario", "scn_c",
                "benchgate.scenario-run", "scr_c",
                "benchgate.scenario-run.state", "failed",
                "benchgate.scenario-run.score", "none"));
  }

  @ExtendWith(FakeEnvironment.class)
  static class EachScenarioFails {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun) {
      fail("low score");
    }
  }

  @Test
  void a_scenario_invocation_that_passes_reports_nothing_of_its_own() {
    EngineExecutionResults results = GateKit.against(api).run(EachScenario.class);

    assertThat(results.testEvents().succeeded().count()).isEqualTo(3);
    assertThat(results.testEvents().reportingEntryPublished().count()).isZero();
  }

  @Test
  void the_scenario_invocations_container_reports_the_run() {
    EngineExecutionResults results = GateKit.against(api).run(EachScenario.class);

    assertThat(results.containerEvents().reportingEntryPublished().list())
        .extracting(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .singleElement()
        .satisfies(
            entries ->
                assertThat(entries)
                    .contains(
                        entry("benchgate.benchmark-run", "bmr_1"),
                        entry("benchgate.benchmark-run.state", "completed")));
  }

  @ExtendWith(FakeEnvironment.class)
  static class EachScenario {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }
}
