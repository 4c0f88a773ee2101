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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.TestAbortedException;

/**
 * Runs still running are awaited, with progress in the report and the log; a run that does not
 * finish before the deadline aborts the tests that need it.
 */
class AwaitTest {
  private static final String RUN = StandardRuns.runPath("bmr_awaited");

  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @Test
  void waits_for_a_running_run_and_reports_progress() {
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
    LoggedLines<EngineExecutionResults> logged =
        LoggedLines.during(
            line -> line.startsWith("bmr_awaited"),
            () ->
                GateKit.against(api)
                    .parameter(ConfigurationKeys.AWAIT_POLL_INTERVAL, "1ms")
                    .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "5m")
                    .run(AwaitsRun.class));
    EngineExecutionResults results = logged.result();

    assertAllSucceeded(results, 1);
    assertThat(GateKit.reportEntries(results))
        .containsSubsequence(
            Map.of(ReportEntries.AWAIT, "bmr_awaited: 1/3 scenario runs finished"),
            Map.of(ReportEntries.AWAIT, "bmr_awaited: 3/3 scenario runs finished"));
    assertThat(logged.lines())
        .containsExactly(
            "INFO: bmr_awaited: 1/3 scenario runs finished",
            "INFO: bmr_awaited: 3/3 scenario runs finished");
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
  void aborts_every_test_that_needs_a_run_that_does_not_finish_in_time() {
    api.add(StandardRuns.outcome(StandardRuns.run("bmr_stuck", "running", null, "bmd_1")));

    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.AWAIT_POLL_INTERVAL, "1ms")
            .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "30ms")
            .run(NeverFinishes.class);

    assertThat(GateKit.failures(results)).isEmpty();
    assertThat(results.testEvents().aborted().count()).isEqualTo(2);
    assertThat(results.containerEvents().aborted().count()).isEqualTo(1);
    List<Throwable> aborts = GateKit.aborts(results);
    assertThat(aborts)
        .hasSize(3)
        .allSatisfy(
            abort -> {
              assertThat(abort)
                  .isInstanceOf(TestAbortedException.class)
                  .hasMessageStartingWith(
                      "Gave up waiting for benchmark run nightly (bmr_stuck) after ")
                  .hasMessageContaining(": it is still running, so ")
                  .hasMessageEndingWith(
                      " cannot be given it yet: raise benchgate.await.timeout to wait longer, or"
                          + " run the tests once the run has finished.");
              assertThat(abort.getCause())
                  .isInstanceOfSatisfying(
                      BenchmarkRunTimeoutException.class,
                      timeout ->
                          assertThat(timeout.lastSeen().state())
                              .isEqualTo(BenchmarkRunState.RUNNING));
            });
    assertThat(aborts)
        .extracting(Throwable::getMessage)
        .anyMatch(
            message ->
                message.contains(
                    "so parameter [BenchmarkRunView run] in method"
                        + " [NeverFinishes.run(BenchmarkRunView)] cannot"))
        .anyMatch(
            message ->
                message.contains(
                    "so @ScenarioRunSource of method"
                        + " [NeverFinishes.eachScenario(ScenarioRunView)] cannot"));
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
  void aborts_the_tests_of_lifecycle_methods_that_need_a_run_that_does_not_finish_in_time() {
    api.add(StandardRuns.outcome(StandardRuns.run("bmr_stuck", "running", null, "bmd_1")));

    EngineExecutionResults results =
        GateKit.against(api)
            .parameter(ConfigurationKeys.AWAIT_POLL_INTERVAL, "1ms")
            .parameter(ConfigurationKeys.AWAIT_TIMEOUT, "0s")
            .run(StuckBeforeEach.class, StuckBeforeAll.class);

    assertThat(GateKit.failures(results)).isEmpty();
    assertThat(results.testEvents().aborted().count()).isEqualTo(1);
    assertThat(results.containerEvents().aborted().count()).isEqualTo(1);
    assertThat(GateKit.aborts(results))
        .allSatisfy(abort -> assertThat(abort).isInstanceOf(TestAbortedException.class));
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
