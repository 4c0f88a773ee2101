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

class ScenarioAssert_hasWeightsSummingToOne_Test {

  private final CommandScorer scorer = new CommandScorer("true");

  @Test
  void passes_for_decimal_weights_whose_binary_sum_is_not_exactly_one() {
    // GIVEN ten weights of 0.1, which sum to 0.9999999999999999 in binary
    var builder = Models.scenario("scn_1");
    for (int i = 0; i < 10; i++) {
      builder.scoringFunction("check-" + i, 0.1, scorer);
    }
    ScenarioView scenario = builder.build();
    // WHEN/THEN
    assertThat(scenario).hasWeightsSummingToOne();
  }

  @Test
  void fails_naming_the_weights_and_their_decimal_sum() {
    // GIVEN
    ScenarioView scenario =
        Models.scenario("scn_1")
            .named("fix-login-bug")
            .scoringFunction("unit-tests", 0.6, scorer)
            .scoringFunction("lint", 0.3, scorer)
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).hasWeightsSummingToOne());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting the scoring function weights of scenario fix-login-bug (scn_1) to sum"
                    + " to 1 (within 0.000001)",
                "but they sum to 0.9: \"unit-tests\" 0.6, \"lint\" 0.3."));
  }

  @Test
  void fails_just_outside_the_tolerance() {
    // GIVEN
    ScenarioView scenario =
        Models.scenario("scn_1")
            .scoringFunction("unit-tests", 0.5, scorer)
            .scoringFunction("lint", 0.500002, scorer)
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).hasWeightsSummingToOne());
    // THEN
    then(error)
        .hasMessageEndingWith("but they sum to 1.000002: \"unit-tests\" 0.5, \"lint\" 0.500002.");
  }

  @Test
  void fails_when_there_are_no_scoring_functions() {
    // GIVEN
    ScenarioView scenario = Models.scenario("scn_1").build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).hasWeightsSummingToOne());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting the scoring function weights of scenario scn_1 to sum to 1 (within"
                    + " 0.000001)",
                "but it has no scoring functions."));
  }

  @Test
  void fails_for_a_null_scenario() {
    // GIVEN
    ScenarioView scenario = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).hasWeightsSummingToOne());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
