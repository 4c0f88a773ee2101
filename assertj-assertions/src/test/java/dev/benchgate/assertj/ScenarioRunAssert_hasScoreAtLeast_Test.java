package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.testing.Models;
import dev.benchgate.testing.ScenarioRunBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioRunAssert_hasScoreAtLeast_Test {

  private static final String EXPECTING =
      "Expecting scenario run fix-login-bug (scr_1) of benchmark run bmr_1 to have a score (one"
          + " scenario) of at least 0.5";

  @Test
  void passes_when_the_score_reaches_the_threshold() {
    // GIVEN
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").scored(0.5).build();
    // WHEN/THEN
    assertThat(scenarioRun).hasScoreAtLeast(0.5);
  }

  @Test
  void fails_when_the_score_is_below_the_threshold() {
    // GIVEN
    ScenarioRunView scenarioRun = fixLoginBug().scored(0.31).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).hasScoreAtLeast(0.5));
    // THEN
    then(error).hasMessage(message(EXPECTING, "but it was 0.31."));
  }

  @Test
  void tells_a_scorer_in_error_apart_from_a_low_score() {
    // GIVEN
    ScenarioRunView scenarioRun =
        fixLoginBug()
            .scored(0.4)
            .scoringFunction("unit-tests", null, "error", "pytest: command not found")
            .build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).hasScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                EXPECTING,
                "but it was 0.4, and scorer \"unit-tests\" ended in error (an infrastructure"
                    + " outcome, not a low score)."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          running   | it is still running
          scoring   | it is still being scored
          scored    | it finished without a scoring result
          completed | it finished without a scoring result
          canceled  | it was canceled (an infrastructure outcome, not a low score)
          timeout   | it timed out (an infrastructure outcome, not a low score)
          failed    | it failed (an infrastructure outcome, not a low score)
          paused    | it is in state "paused" (unknown to this version of Benchgate)
          """)
  void says_why_a_scenario_run_has_no_score(String state, String why) {
    // GIVEN
    ScenarioRunView scenarioRun = fixLoginBug().state(state).build();
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).hasScoreAtLeast(0.5));
    // THEN
    then(error).hasMessage(message(EXPECTING, "but it has no score: " + why + "."));
  }

  @Test
  void rejects_a_threshold_that_is_not_a_score() {
    // GIVEN
    ScenarioRunView scenarioRun = fixLoginBug().scored(0.9).build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(scenarioRun).hasScoreAtLeast(50))
        .withMessage("The threshold must be a score between 0 and 1, but was 50.0");
  }

  @Test
  void fails_for_a_null_scenario_run() {
    // GIVEN
    ScenarioRunView scenarioRun = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).hasScoreAtLeast(0.5));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  private static ScenarioRunBuilder fixLoginBug() {
    return Models.scenarioRun("scr_1").named("fix-login-bug").benchmarkRun("bmr_1");
  }
}
