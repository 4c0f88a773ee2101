package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunState;
import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioRunAssert_hasState_Test {

  @Test
  void passes_when_the_scenario_run_is_in_the_state() {
    // GIVEN
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").timeout().build();
    // WHEN/THEN
    assertThat(scenarioRun).hasState(ScenarioRunState.TIMEOUT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          running   | running (still in progress)
          scoring   | scoring (still in progress)
          completed | completed
          canceled  | canceled (an infrastructure outcome, not a low score)
          timeout   | timeout (an infrastructure outcome, not a low score)
          failed    | failed (an infrastructure outcome, not a low score)
          paused    | "paused" (unknown to this version of Benchgate)
          """)
  void fails_in_another_state_saying_what_that_state_means(String state, String meaning) {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1")
            .named("fix-login-bug")
            .benchmarkRun("bmr_1")
            .state(state)
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).hasState(ScenarioRunState.SCORED));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario run fix-login-bug (scr_1) of benchmark run bmr_1 to be in state"
                    + " scored",
                "but it was in state " + meaning + "."));
  }

  @Test
  void fails_for_a_null_scenario_run() {
    // GIVEN
    ScenarioRunView scenarioRun = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).hasState(ScenarioRunState.SCORED));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
