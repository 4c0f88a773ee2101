package dev.benchgate.samples;

import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.junit.ScenarioRunSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * One test per scenario, named after the scenario. A scenario whose devbox failed, timed out or was
 * canceled is skipped with its state as the reason: that is an infrastructure problem, not a low
 * score, and the overall gate budgets for it.
 */
class ScenarioGateTest {

  @ParameterizedTest(name = "{0}")
  @ScenarioRunSource
  void eachScenarioScoresAtLeastHalf(ScenarioRunView scenarioRun) {
    assumeFalse(
        scenarioRun.state().isInfrastructureFailure(),
        () -> "infrastructure outcome: " + scenarioRun.stateValue());
    assertThat(scenarioRun).isScored().hasScoreAtLeast(0.5);
  }

  @ParameterizedTest(name = "{0}")
  @ScenarioRunSource(namePattern = "fix-.*")
  void bugFixesKeepTheirHiddenTestsGreen(ScenarioRunView scenarioRun) {
    assumeFalse(
        scenarioRun.state().isInfrastructureFailure(),
        () -> "infrastructure outcome: " + scenarioRun.stateValue());
    assertThat(scenarioRun).scoringFunction("hidden-tests").isComplete().hasScoreAtLeast(0.5);
  }
}
