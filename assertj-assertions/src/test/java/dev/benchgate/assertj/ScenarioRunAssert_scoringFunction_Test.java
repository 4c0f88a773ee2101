package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class ScenarioRunAssert_scoringFunction_Test {

  private final ScenarioRunView scenarioRun =
      Models.scenarioRun("scr_1")
          .named("fix-login-bug")
          .scored(0.5)
          .scoringFunction("unit-tests", 0.2, "complete", "2 passed, 8 failed")
          .scoringFunction("lint", 1.0, "complete", "clean")
          .build();

  @Test
  void navigates_to_the_result_of_the_scoring_function() {
    // WHEN
    ScoringFunctionResultAssert resultAssert = assertThat(scenarioRun).scoringFunction("lint");
    // THEN
    then(resultAssert.actual()).isEqualTo(scenarioRun.scoringFunctionResult("lint").orElseThrow());
  }

  @Test
  void failures_of_the_result_say_where_it_was_navigated_from() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(scenarioRun).scoringFunction("unit-tests").hasScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessage(
            "[scenario run fix-login-bug (scr_1) > scoring function \"unit-tests\"] "
                + message(
                    "Expecting scoring function \"unit-tests\" to have a score of at least 0.5",
                    "but it was 0.2."));
  }

  @Test
  void explains_a_scoring_function_without_result() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scenarioRun).scoringFunction("style").isComplete());
    // THEN
    then(error)
        .hasMessage(
            "[scenario run fix-login-bug (scr_1) > scoring function \"style\" (no result by that"
                + " name; there are results for \"unit-tests\", \"lint\")] "
                + ACTUAL_IS_NULL);
  }

  @Test
  void explains_a_scenario_run_that_has_no_scoring_result_yet() {
    // GIVEN
    ScenarioRunView running = Models.scenarioRun("scr_1").named("fix-login-bug").running().build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(running).scoringFunction("lint").isComplete());
    // THEN
    then(error)
        .hasMessage(
            "[scenario run fix-login-bug (scr_1) > scoring function \"lint\" (no result: the"
                + " scenario run has no scoring result in state running)] "
                + ACTUAL_IS_NULL);
  }

  @Test
  void explains_a_scoring_result_without_per_function_results() {
    // GIVEN
    ScenarioRunView scored = Models.scenarioRun("scr_1").named("fix-login-bug").scored(1.0).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(scored).scoringFunction("lint").isComplete());
    // THEN
    then(error)
        .hasMessage(
            "[scenario run fix-login-bug (scr_1) > scoring function \"lint\" (no result: the"
                + " scoring result has no per-function results)] "
                + ACTUAL_IS_NULL);
  }

  @Test
  void continues_the_path_of_a_scenario_run_navigated_to() {
    // GIVEN
    var outcome =
        Models.outcome(Models.run("bmr_1").named("nightly").build())
            .scenarioRuns(scenarioRun)
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(
            () ->
                assertThat(outcome)
                    .scenarioRun("fix-login-bug")
                    .scoringFunction("unit-tests")
                    .hasScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessageStartingWith(
            "[benchmark run nightly (bmr_1) > scenario run \"fix-login-bug\" > scoring function"
                + " \"unit-tests\"] ");
  }

  @Test
  void fails_for_a_null_scenario_run() {
    // GIVEN
    ScenarioRunView nullScenarioRun = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(nullScenarioRun).scoringFunction("lint"));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  @Test
  void soft_assertions_collect_the_failures_after_navigation_instead_of_throwing() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly.assertThat(scenarioRun).scoringFunction("unit-tests").hasScoreAtLeast(0.5).isComplete();
    softly.assertThat(scenarioRun).scoringFunction("style").isComplete();
    softly.assertThat(scenarioRun).scoringFunction("lint").outputContains("warning");
    // THEN
    then(softly.errorsCollected())
        .satisfiesExactly(
            first ->
                then(first)
                    .hasMessageStartingWith(
                        "[scenario run fix-login-bug (scr_1) > scoring function \"unit-tests\"] "
                            + message(
                                "Expecting scoring function \"unit-tests\" to have a score of at"
                                    + " least 0.5",
                                "but it was 0.2.")),
            second ->
                then(second)
                    .hasMessageStartingWith(
                        "[scenario run fix-login-bug (scr_1) > scoring function \"style\" (no"
                            + " result by that name; there are results for \"unit-tests\","
                            + " \"lint\")] "
                            + ACTUAL_IS_NULL),
            third ->
                then(third)
                    .hasMessageStartingWith(
                        "[scenario run fix-login-bug (scr_1) > scoring function \"lint\"] "
                            + message(
                                "Expecting the output of scoring function \"lint\" to contain"
                                    + " \"warning\"",
                                "but it does not.",
                                "Its output:",
                                "  clean")));
  }
}
