package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class ScenarioRunAssert_isNotNull_Test {

  @Test
  void passes_for_a_scenario_run() {
    // GIVEN
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").build();
    // WHEN/THEN
    assertThat(scenarioRun).isNotNull();
  }

  @Test
  void fails_with_assertj_message_for_a_null_scenario_run() {
    // GIVEN
    ScenarioRunView scenarioRun = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(scenarioRun).isNotNull());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  @Test
  void soft_failures_point_at_the_test_line_not_into_benchgate() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(Models.run("bmr_1").build()).build();
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly.assertThat(outcome).scenarioRun("missing").isScored();
    // THEN
    then(softly.errorsCollected())
        .singleElement()
        .satisfies(
            error ->
                then(error.getMessage())
                    .containsPattern(
                        "at ScenarioRunAssert_isNotNull_Test"
                            + "\\.soft_failures_point_at_the_test_line_not_into_benchgate"
                            + "\\(ScenarioRunAssert_isNotNull_Test\\.java:\\d+\\)$"));
  }
}
