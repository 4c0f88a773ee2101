package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.CommandScorer;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class ScenarioAssert_hasScoringFunction_Test {

  @Test
  void passes_when_the_contract_has_the_scoring_function() {
    // GIVEN
    ScenarioView scenario =
        Models.scenario("scn_1").scoringFunction("lint", 1.0, new CommandScorer("ruff")).build();
    // WHEN/THEN
    assertThat(scenario).hasScoringFunction("lint");
  }

  @Test
  void fails_naming_the_scoring_functions_there_are() {
    // GIVEN
    ScenarioView scenario =
        Models.scenario("scn_1")
            .named("fix-login-bug")
            .scoringFunction("unit-tests", 0.5, new CommandScorer("pytest"))
            .scoringFunction("style", 0.5, new CommandScorer("ruff"))
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).hasScoringFunction("lint"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario fix-login-bug (scn_1) to have scoring function \"lint\"",
                "but its scoring functions are \"unit-tests\" and \"style\"."));
  }

  @Test
  void fails_when_there_are_no_scoring_functions() {
    // GIVEN
    ScenarioView scenario = Models.scenario("scn_1").build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).hasScoringFunction("lint"));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario scn_1 to have scoring function \"lint\"",
                "but it has no scoring functions."));
  }

  @Test
  void fails_for_a_null_scenario() {
    // GIVEN
    ScenarioView scenario = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).hasScoringFunction("lint"));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
