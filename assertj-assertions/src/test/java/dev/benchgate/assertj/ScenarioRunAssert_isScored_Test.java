package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class ScenarioRunAssert_isScored_Test {

  private static final String EXPECTING =
      "Expecting scenario run fix-login-bug (scr_1) to be scored (in state scored or completed,"
          + " with a score)";

  @Test
  void passes_for_a_scored_scenario_run() {
    // GIVEN
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").scored(0.0).build();
    // WHEN/THEN
    assertThat(scenarioRun).isScored();
  }

  @Test
  void passes_for_a_completed_scenario_run_with_a_score() {
    // GIVEN
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").completed().score(0.7).build();
    // WHEN/THEN
    assertThat(scenarioRun).isScored();
  }

  @Test
  void fails_for_a_completed_scenario_run_without_scoring_result() {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1").named("fix-login-bug").completed().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).isScored());
    // THEN
    then(error)
        .hasMessage(
            message(EXPECTING, "but it has no score: it finished without a scoring result."));
  }

  @Test
  void fails_for_a_scoring_result_without_total_and_names_the_scorer_in_error() {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1")
            .named("fix-login-bug")
            .completed()
            .score(null)
            .scoringFunction("unit-tests", null, "error", "boom")
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).isScored());
    // THEN
    then(error)
        .hasMessage(
            message(
                EXPECTING,
                "but it has no score: its scoring result has no total score, and scorer"
                    + " \"unit-tests\" ended in error (an infrastructure outcome, not a low"
                    + " score)."));
  }

  @Test
  void tells_a_timeout_apart_from_a_low_score_even_with_a_partial_score() {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1").named("fix-login-bug").timeout().score(0.2).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).isScored());
    // THEN
    then(error)
        .hasMessage(
            message(
                EXPECTING,
                "but it was in state timeout (an infrastructure outcome, not a low score)."));
  }

  @Test
  void fails_for_a_scenario_run_still_being_scored() {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1").named("fix-login-bug").scoring().build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).isScored());
    // THEN
    then(error).hasMessage(message(EXPECTING, "but it was in state scoring (still in progress)."));
  }

  @Test
  void fails_for_a_null_scenario_run() {
    // GIVEN
    ScenarioRunView scenarioRun = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).isScored());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
