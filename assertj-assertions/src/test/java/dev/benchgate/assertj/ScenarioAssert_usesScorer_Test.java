package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BashScriptScorer;
import dev.benchgate.core.model.CommandScorer;
import dev.benchgate.core.model.ScenarioView;
import dev.benchgate.core.model.TestBasedScorer;
import dev.benchgate.core.model.UnknownScorer;
import dev.benchgate.testing.Models;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioAssert_usesScorer_Test {

  @Test
  void passes_when_one_scoring_function_uses_the_scorer_type() {
    // GIVEN
    ScenarioView scenario =
        Models.scenario("scn_1")
            .scoringFunction("lint", 0.2, new CommandScorer("ruff"))
            .scoringFunction("unit-tests", 0.8, new TestBasedScorer("pytest", List.of()))
            .build();
    // WHEN/THEN
    assertThat(scenario).usesScorer(TestBasedScorer.class);
  }

  @Test
  void fails_naming_the_scorers_used() {
    // GIVEN
    ScenarioView scenario =
        Models.scenario("scn_1")
            .named("fix-login-bug")
            .scoringFunction("unit-tests", 0.5, new BashScriptScorer("pytest"))
            .scoringFunction("lint", 0.3, new CommandScorer("ruff"))
            .scoringFunction("judge", 0.2, new UnknownScorer("llm_scorer", Map.of()))
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).usesScorer(TestBasedScorer.class));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario fix-login-bug (scn_1) to use a TestBasedScorer",
                "but its scoring functions use \"unit-tests\": BashScriptScorer, \"lint\":"
                    + " CommandScorer, \"judge\": UnknownScorer (type \"llm_scorer\")."));
  }

  @Test
  void fails_when_there_are_no_scoring_functions() {
    // GIVEN
    ScenarioView scenario = Models.scenario("scn_1").build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).usesScorer(TestBasedScorer.class));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting scenario scn_1 to use a TestBasedScorer",
                "but it has no scoring functions."));
  }

  @Test
  void fails_for_a_null_scenario() {
    // GIVEN
    ScenarioView scenario = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenario).usesScorer(TestBasedScorer.class));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
