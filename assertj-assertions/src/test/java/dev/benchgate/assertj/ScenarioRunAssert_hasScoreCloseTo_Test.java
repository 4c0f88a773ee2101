package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateAssertions.within;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class ScenarioRunAssert_hasScoreCloseTo_Test {

  @Test
  void passes_within_the_offset() {
    // GIVEN
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").scored(0.75).build();
    // WHEN/THEN
    assertThat(scenarioRun).hasScoreCloseTo(0.8, within(0.05));
  }

  @Test
  void fails_outside_the_offset() {
    // GIVEN
    ScenarioRunView scenarioRun =
        Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.6).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).hasScoreCloseTo(0.8, within(0.05)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario run fix-login-bug (scr_1) to have a score (one scenario) close"
                    + " to 0.8 (within 0.05)",
                "but it was 0.6."));
  }

  @Test
  void names_an_unnamed_scenario_run_by_its_scenario_and_says_why_it_has_no_score() {
    // GIVEN
    ScenarioRunView scenarioRun = Models.scenarioRun("scr_1").scenario("scn_9").running().build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).hasScoreCloseTo(0.8, within(0.05)));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario run scr_1 (scenario scn_9) to have a score (one scenario) close"
                    + " to 0.8 (within 0.05)",
                "but it has no score: it is still running."));
  }

  @Test
  void fails_for_a_null_scenario_run() {
    // GIVEN
    ScenarioRunView scenarioRun = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).hasScoreCloseTo(0.8, within(0.05)));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
