package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioRunAssert_isNotInfrastructureFailure_Test {

  private static final String EXPECTING =
      "Expecting scenario run fix-login-bug (scr_1) not to be an infrastructure failure (failed,"
          + " timed out, canceled, or a scorer in error)";

  @ParameterizedTest
  @ValueSource(strings = {"running", "scoring", "scored", "completed"})
  void passes_for_a_scenario_run_in_progress_or_finished_normally(String state) {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1")
            .state(state)
            .scoringFunction("unit-tests", 0.0, "complete", "0 passed")
            .build();
    // WHEN/THEN
    assertThat(scenarioRun).isNotInfrastructureFailure();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          failed   | it failed
          timeout  | it timed out
          canceled | it was canceled
          """)
  void fails_for_a_scenario_run_that_did_not_finish_normally(String state, String what) {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1").named("fix-login-bug").state(state).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).isNotInfrastructureFailure());
    // THEN
    then(error).hasMessage(message(EXPECTING, "but " + what + "."));
  }

  @Test
  void fails_for_a_scored_scenario_run_with_a_scorer_in_error() {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1")
            .named("fix-login-bug")
            .scored(0.5)
            .scoringFunction("unit-tests", null, "error", "pytest: command not found")
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).isNotInfrastructureFailure());
    // THEN
    then(error).hasMessage(message(EXPECTING, "but scorer \"unit-tests\" ended in error."));
  }

  @Test
  void names_every_infrastructure_outcome_at_once() {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1")
            .named("fix-login-bug")
            .failed()
            .scoringFunction("unit-tests", null, "error", "")
            .scoringFunction("lint", null, "error", "")
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).isNotInfrastructureFailure());
    // THEN
    then(error)
        .hasMessage(
            message(
                EXPECTING,
                "but it failed and scorers \"unit-tests\" and \"lint\" ended in error."));
  }

  @Test
  void fails_for_a_null_scenario_run() {
    // GIVEN
    ScenarioRunView scenarioRun = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).isNotInfrastructureFailure());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
