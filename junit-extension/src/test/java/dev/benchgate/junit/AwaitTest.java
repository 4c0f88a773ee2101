package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.error.BenchmarkRunTimeoutException;
import dev.benchgate.core.model.BenchmarkRunState;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.junit.internal.report.ReportEntries;
import dev.benchgate.testing.FakeRunloop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.TestAbortedException;

/**
 * Runs still running are awaited, with progress in the report and on the console; a run that does
 * not finish before the deadline cannot be judged, and fails the tests that need it, or aborts them
 * when {@code benchgate.unavailable=abort} asks.
 */
class AwaitTest {
  private static final String RUN = StandardRuns.runPath("bmr_awaited");

  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @Test
  void waits_for_a_running_run_and_reports_progress_one_line_each() {
    BenchmarkRunView running = StandardRuns.run("bmr_awaited", "running", null, "bmd_1");
    List<ScenarioRunView> inProgress =
        List.of(
            StandardRuns.scenarioRun(
                "scr_a", "scn_a", "bmr_awaited", "scored", 0.9, "unit-tests", 1.0),
            StandardRuns.scenarioRun("scr_b", "scn_b", "bmr_awaited", "running", null),
            StandardRuns.scenarioRun("scr_c", "scn_c", "bmr_awaited", "scoring", null));
    api.add(
        StandardRuns.outcome(running, inProgress),
        StandardRuns.outcome(running, inProgress),
        StandardRuns.outcome(
            StandardRuns.run("bmr_awaited", "completed", 0.65, "bmd_1"), finishedRuns()));
    GateKit kit =
        GateKit.against(api)
            .parameter(ConfigurationKeys.AWAIT_POLL_INTERVAL, "1ms")
            .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "5m");

    EngineExecutionResults results = kit.run(AwaitsRun.class);

    assertAllSucceeded(results, 1);
    assertThat(GateKit.reportEntries(results))
        .containsSubsequence(
            Map.of(ReportEntries.AWAIT, "bmr_awaited: 1/3 scenario runs finished"),
            Map.of(ReportEntries.AWAIT, "bmr_awaited: 3/3 scenario runs finished"));
    assertThat(kit.consoleLines())
        .containsExactly(
            "[benchgate] bmr_awaited: 1/3 scenario runs finished",
            "[benchgate] bmr_awaited: 3/3 scenario runs finished");
    // fetched running, polled twice, fetched again once completed
    assertThat(api.requestCount(RUN)).isEqualTo(4);
  }

  private List<ScenarioRunView> finishedRuns() {
    return List.of(
        StandardRuns.scenarioRun("scr_a", "scn_a", "bmr_awaited", "scored", 0.9, "unit-tests", 1.0),
        StandardRuns.scenarioRun("scr_b", "scn_b", "bmr_awaited", "scored", 0.4, "unit-tests", 0.4),
        StandardRuns.scenarioRun("scr_c", "scn_c", "bmr_awaited", "failed", null));
  }

  @ExtendWith(FakeEnvironment.class)
  static class AwaitsRun {
    @Test
    void run(@BenchmarkRun("bmr_awaited") BenchmarkRunView run) {
      assertThat(run.state()).isEqualTo(BenchmarkRunState.COMPLETED);
    }
  }

  @Test
  void fails_every_test_that_needs_a_run_that_does_not_finish_in_time() {
    api.add(StandardRuns.outcome(StandardRuns.run("bmr_stuck", "running", null, "bmd_1")));

    EngineExecutionResults results = stuck().run(NeverFinishes.class);

    assertThat(GateKit.aborts(results)).isEmpty();
    assertThat(results.containerEvents().failed().count()).isZero();
    // two tests, and the one invocation that stands for the scenario runs it could not have
    assertThat(results.testEvents().failed().count()).isEqualTo(3);
    List<Throwable> failures = GateKit.failures(results);
    assertThat(failures)
        .allSatisfy(
            failure -> {
              assertThat(failure)
                  .isInstanceOf(ParameterResolutionException.class)
                  .hasMessageStartingWith(
                      "Benchmark run nightly (bmr_stuck) did not finish within 30ms"
                          + " (benchgate.await.timeout): last seen running, 3/3 scenario runs"
                          + " finished, so ")
                  .hasMessageContaining(
                      " could not be given it. Raise benchgate.await.timeout to wait longer, or"
                          + " run the tests once the run has finished. The test fails rather than"
                          + " pass unjudged; to abort such tests instead while working locally,"
                          + " set -Dbenchgate.unavailable=abort (or BENCHGATE_UNAVAILABLE=abort).");
              assertThat(failure.getCause())
                  .hasCauseInstanceOf(BenchmarkRunTimeoutException.class)
                  .cause()
                  .isInstanceOfSatisfying(
                      BenchmarkRunTimeoutException.class,
                      timeout ->
                          assertThat(timeout.lastSeen().state())
                              .isEqualTo(BenchmarkRunState.RUNNING));
            });
    assertThat(failures)
        .extracting(Throwable::getMessage)
        .anyMatch(
            message ->
                message.contains(
                    "so parameter [BenchmarkRunView run] in method"
                        + " [NeverFinishes.run(BenchmarkRunView)] could not"))
        .anyMatch(
            message ->
                message.contains(
                    "so @ScenarioRunSource of method"
                        + " [NeverFinishes.eachScenario(ScenarioRunView)] could not"));
    assertThat(GateKit.reportEntries(results))
        .filteredOn(entry -> entry.containsKey(ReportEntries.COULD_NOT_JUDGE))
        .hasSize(3);
    // one wait for all three: the outcome was fetched once before it
    assertThat(api.requestCount(StandardRuns.DEFINITIONS)).isEqualTo(1);
  }

  @ExtendWith(FakeEnvironment.class)
  static class NeverFinishes {
    @Test
    void run(@BenchmarkRun("bmr_stuck") BenchmarkRunView run) {}

    @Test
    void runAgain(@BenchmarkRun("bmr_stuck") BenchmarkRunView run) {}

    @ParameterizedTest
    @ScenarioRunSource("bmr_stuck")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void a_scenario_source_whose_run_does_not_finish_runs_one_failing_test_not_zero() {
    api.add(StandardRuns.outcome(StandardRuns.run("bmr_stuck", "running", null, "bmd_1")));

    EngineExecutionResults results = stuck().run(EachScenarioOfAStuckRun.class);

    assertThat(GateKit.testDisplayNames(results))
        .containsExactly("no scenario run to test: see the failure");
    assertThat(results.testEvents().failed().count()).isEqualTo(1);
    assertThat(results.containerEvents().failed().count()).isZero();
    assertThat(results.containerEvents().aborted().count()).isZero();
    assertThat(GateKit.failures(results).get(0))
        .hasMessageStartingWith("Benchmark run nightly (bmr_stuck) did not finish within 30ms");
  }

  @ExtendWith(FakeEnvironment.class)
  static class EachScenarioOfAStuckRun {
    @ParameterizedTest(name = "{0}")
    @ScenarioRunSource("bmr_stuck")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void aborts_instead_when_the_user_opts_in_for_local_work() {
    api.add(StandardRuns.outcome(StandardRuns.run("bmr_stuck", "running", null, "bmd_1")));

    EngineExecutionResults results =
        stuck()
            .environment(ConfigurationKeys.UNAVAILABLE_VARIABLE, "abort")
            .run(NeverFinishes.class);

    assertThat(GateKit.failures(results)).isEmpty();
    assertThat(results.testEvents().aborted().count()).isEqualTo(3);
    assertThat(results.containerEvents().aborted().count()).isZero();
    assertThat(GateKit.aborts(results))
        .allSatisfy(
            abort ->
                assertThat(abort)
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageStartingWith(
                        "Benchmark run nightly (bmr_stuck) did not finish within 30ms")
                    .hasMessageEndingWith(
                        " The test is aborted, as benchgate.unavailable=abort asks."));
  }

  @Test
  void fails_or_aborts_the_tests_of_lifecycle_methods_that_need_a_run_that_does_not_finish() {
    api.add(StandardRuns.outcome(StandardRuns.run("bmr_stuck", "running", null, "bmd_1")));

    EngineExecutionResults failing =
        stuck()
            .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "0s")
            .run(StuckBeforeEach.class, StuckBeforeAll.class);
    EngineExecutionResults aborting =
        stuck()
            .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "0s")
            .parameter(ConfigurationKeys.UNAVAILABLE, "abort")
            .run(StuckBeforeEach.class, StuckBeforeAll.class);

    assertThat(failing.testEvents().failed().count()).isEqualTo(1);
    assertThat(failing.containerEvents().failed().count()).isEqualTo(1);
    assertThat(GateKit.aborts(failing)).isEmpty();
    assertThat(GateKit.failures(aborting)).isEmpty();
    assertThat(aborting.testEvents().aborted().count()).isEqualTo(1);
    assertThat(aborting.containerEvents().aborted().count()).isEqualTo(1);
    assertThat(GateKit.aborts(aborting))
        .allSatisfy(abort -> assertThat(abort).isInstanceOf(TestAbortedException.class));
  }

  @Test
  void a_policy_that_is_neither_fail_nor_abort_is_misuse() {
    api.add(StandardRuns.outcome("bmr_stuck"));

    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.UNAVAILABLE, "skip")
            .run(AwaitsStuck.class);

    assertThat(GateKit.onlyFailure(results).getCause())
        .hasMessage(
            "Benchgate read 'skip' from the configuration parameter benchgate.unavailable, which is"
                + " neither fail nor abort: set it to fail (the default) to fail the tests whose"
                + " run could not be judged, or to abort to abort them.");
  }

  @ExtendWith(FakeEnvironment.class)
  static class AwaitsStuck {
    @Test
    void run(@BenchmarkRun("bmr_stuck") BenchmarkRunView run) {}
  }

  private GateKit stuck() {
    return GateKit.against(api)
        .parameter(ConfigurationKeys.AWAIT_POLL_INTERVAL, "1ms")
        .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "30ms");
  }

  @ExtendWith(FakeEnvironment.class)
  static class StuckBeforeEach {
    @BeforeEach
    void setUp(@BenchmarkRun("bmr_stuck") BenchmarkRunView run) {}

    @Test
    void test() {}
  }

  @ExtendWith(FakeEnvironment.class)
  static class StuckBeforeAll {
    @BeforeAll
    static void setUp(@BenchmarkRun("bmr_stuck") BenchmarkRunView run) {}

    @Test
    void test() {}
  }
}
