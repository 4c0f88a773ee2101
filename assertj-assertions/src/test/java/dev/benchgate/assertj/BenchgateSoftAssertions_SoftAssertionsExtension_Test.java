package dev.benchgate.assertj;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs fixture classes under AssertJ's {@link SoftAssertionsExtension}: the extension injects
 * Benchgate's soft assertions and reports what they collected, navigation included. The fixtures
 * are nested classes, which Surefire does not run on their own.
 */
class BenchgateSoftAssertions_SoftAssertionsExtension_Test {

  private static final BenchmarkOutcome OUTCOME =
      Models.outcome(Models.run("bmr_1").named("nightly").completed().score(0.9).build())
          .scenarioRuns(
              Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.3).build(),
              Models.scenarioRun("scr_2").named("add-cache").timeout().build())
          .build();

  @Test
  void injects_soft_assertions_and_reports_every_failure_at_the_end() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(SoftGate.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("passing"), finishedSuccessfully()))
        .haveExactly(
            1,
            event(
                test("failing"),
                finishedWithFailure(
                    message(
                        text ->
                            text.contains("Multiple Failures (2 failures)")
                                && text.contains(
                                    "[benchmark run nightly (bmr_1) > scenario run"
                                        + " \"fix-login-bug\"]")
                                && text.contains("but it was 0.3.")
                                && text.contains("but it timed out.")))));
  }

  @Test
  void injects_bdd_soft_assertions() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BddSoftGate.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.succeeded(0).failed(1));
  }

  @ExtendWith(SoftAssertionsExtension.class)
  static class SoftGate {
    @InjectSoftAssertions BenchgateSoftAssertions softly;

    @Test
    void passing() {
      softly.assertThat(OUTCOME).isCompleted().hasScoreAtLeast(0.8);
      softly.assertThat(OUTCOME).scenarioRun("add-cache").hasState(ScenarioRunState.TIMEOUT);
    }

    @Test
    void failing() {
      softly.assertThat(OUTCOME).scenarioRun("fix-login-bug").hasScoreAtLeast(0.5);
      softly.assertThat(OUTCOME).scenarioRun("add-cache").isNotInfrastructureFailure();
    }
  }

  @ExtendWith(SoftAssertionsExtension.class)
  static class BddSoftGate {
    @InjectSoftAssertions BenchgateBddSoftAssertions softly;

    @Test
    void failing() {
      softly.then(OUTCOME).hasNoScenarioRunsIn(ScenarioRunState.TIMEOUT);
    }
  }
}
