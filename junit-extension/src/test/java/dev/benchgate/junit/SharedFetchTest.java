package dev.benchgate.junit;

import static dev.benchgate.junit.GateKit.assertAllSucceeded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchgate.core.RunloopClient;
import dev.benchgate.core.error.NotFoundException;
import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.FakeRunloop;
import dev.benchgate.testing.Fault;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * One fetch per resource per test plan: many tests in many classes, run in parallel, share one
 * fetch of a run, of a scenario and one client; a failed fetch is shared the same way.
 */
class SharedFetchTest {
  @RegisterExtension final FakeRunloop api = GateKit.fakeRunloop();

  @BeforeEach
  void serve() {
    // The first answers come late, so that concurrent callers overlap.
    Fault late = Fault.delay(Duration.ofMillis(200));
    api.add(StandardRuns.outcome("bmr_1"))
        .injectNext(StandardRuns.runPath("bmr_1"), late)
        .injectNext("/v1/scenarios/scn_a", late);
  }

  @Test
  void three_hundred_tests_in_forty_classes_in_parallel_fetch_the_run_once() {
    EngineExecutionResults results =
        GateKit.against(api)
            .parallel()
            .run(
                Gate01.class,
                Gate02.class,
                Gate03.class,
                Gate04.class,
                Gate05.class,
                Gate06.class,
                Gate07.class,
                Gate08.class,
                Gate09.class,
                Gate10.class,
                Gate11.class,
                Gate12.class,
                Gate13.class,
                Gate14.class,
                Gate15.class,
                Gate16.class,
                Gate17.class,
                Gate18.class,
                Gate19.class,
                Gate20.class,
                Gate21.class,
                Gate22.class,
                Gate23.class,
                Gate24.class,
                Gate25.class,
                Gate26.class,
                Gate27.class,
                Gate28.class,
                Gate29.class,
                Gate30.class,
                Gate31.class,
                Gate32.class,
                Gate33.class,
                Gate34.class,
                Gate35.class,
                Gate36.class,
                Gate37.class,
                Gate38.class,
                Gate39.class,
                Gate40.class,
                EachScenario.class);

    assertAllSucceeded(results, 40 * 8 + 3);
    assertThat(StandardRuns.paths(api))
        .containsExactlyInAnyOrder(
            StandardRuns.runPath("bmr_1"),
            StandardRuns.scenarioRunsPath("bmr_1"),
            StandardRuns.BENCHMARK,
            StandardRuns.DEFINITIONS,
            "/v1/scenarios/scn_a");
  }

  @ExtendWith(FakeEnvironment.class)
  abstract static class ManyTestsOverOneRun {
    @RepeatedTest(2)
    void run(@BenchmarkRun("bmr_1") BenchmarkRunView run) {
      assertThat(run.id()).isEqualTo("bmr_1");
    }

    @RepeatedTest(2)
    void outcome(@BenchmarkRun("bmr_1") BenchmarkOutcome outcome, RunloopClient client) {
      assertThat(outcome.scenarioRuns()).hasSize(3);
    }

    @RepeatedTest(2)
    void scenarioRuns(@BenchmarkRun("bmr_1") List<ScenarioRunView> scenarioRuns) {
      assertThat(scenarioRuns).hasSize(3);
    }

    @RepeatedTest(2)
    void scenario(
        @Scenario("scn_a") ScenarioView scenario, @Baseline("bmr_1") BenchmarkRunView baseline) {
      assertThat(scenario.name()).isEqualTo("add-retry");
    }
  }

  static class Gate01 extends ManyTestsOverOneRun {}

  static class Gate02 extends ManyTestsOverOneRun {}

  static class Gate03 extends ManyTestsOverOneRun {}

  static class Gate04 extends ManyTestsOverOneRun {}

  static class Gate05 extends ManyTestsOverOneRun {}

  static class Gate06 extends ManyTestsOverOneRun {}

  static class Gate07 extends ManyTestsOverOneRun {}

  static class Gate08 extends ManyTestsOverOneRun {}

  static class Gate09 extends ManyTestsOverOneRun {}

  static class Gate10 extends ManyTestsOverOneRun {}

  static class Gate11 extends ManyTestsOverOneRun {}

  static class Gate12 extends ManyTestsOverOneRun {}

  static class Gate13 extends ManyTestsOverOneRun {}

  static class Gate14 extends ManyTestsOverOneRun {}

  static class Gate15 extends ManyTestsOverOneRun {}

  static class Gate16 extends ManyTestsOverOneRun {}

  static class Gate17 extends ManyTestsOverOneRun {}

  static class Gate18 extends ManyTestsOverOneRun {}

  static class Gate19 extends ManyTestsOverOneRun {}

  static class Gate20 extends ManyTestsOverOneRun {}

  static class Gate21 extends ManyTestsOverOneRun {}

  static class Gate22 extends ManyTestsOverOneRun {}

  static class Gate23 extends ManyTestsOverOneRun {}

  static class Gate24 extends ManyTestsOverOneRun {}

  static class Gate25 extends ManyTestsOverOneRun {}

  static class Gate26 extends ManyTestsOverOneRun {}

  static class Gate27 extends ManyTestsOverOneRun {}

  static class Gate28 extends ManyTestsOverOneRun {}

  static class Gate29 extends ManyTestsOverOneRun {}

  static class Gate30 extends ManyTestsOverOneRun {}

  static class Gate31 extends ManyTestsOverOneRun {}

  static class Gate32 extends ManyTestsOverOneRun {}

  static class Gate33 extends ManyTestsOverOneRun {}

  static class Gate34 extends ManyTestsOverOneRun {}

  static class Gate35 extends ManyTestsOverOneRun {}

  static class Gate36 extends ManyTestsOverOneRun {}

  static class Gate37 extends ManyTestsOverOneRun {}

  static class Gate38 extends ManyTestsOverOneRun {}

  static class Gate39 extends ManyTestsOverOneRun {}

  static class Gate40 extends ManyTestsOverOneRun {}

  @ExtendWith(FakeEnvironment.class)
  static class EachScenario {
    @ParameterizedTest
    @ScenarioRunSource("bmr_1")
    void eachScenario(ScenarioRunView scenarioRun) {}
  }

  @Test
  void a_failed_fetch_is_remembered_and_reported_to_every_test_with_its_cause() {
    EngineExecutionResults results =
        GateKit.against(api).parallel().run(UnknownRun.class, AlsoUnknownRun.class);

    List<Throwable> failures = GateKit.failures(results);
    assertThat(failures)
        .hasSize(2 * 20)
        .allSatisfy(
            failure ->
                assertThat(failure)
                    .isInstanceOf(ParameterResolutionException.class)
                    .hasCauseInstanceOf(NotFoundException.class));
    assertThat(failures.stream().map(Throwable::getCause).distinct()).hasSize(1);
    // the current path, then the legacy one the client falls back to: once for all 40 tests
    assertThat(StandardRuns.paths(api))
        .containsExactly("/v1/benchmark_runs/bmr_nope", "/v1/benchmarks/runs/bmr_nope");
  }

  @ExtendWith(FakeEnvironment.class)
  static class UnknownRun {
    @RepeatedTest(20)
    void run(@BenchmarkRun("bmr_nope") BenchmarkRunView run) {}
  }

  @ExtendWith(FakeEnvironment.class)
  static class AlsoUnknownRun {
    @RepeatedTest(20)
    void run(@BenchmarkRun("bmr_nope") BenchmarkOutcome outcome) {}
  }
}
