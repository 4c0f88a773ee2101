package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.assertj.BenchgateInstanceOfAssertFactories.SCENARIO_RUN;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeAssert_scenarioRuns_Test {

  private final ScenarioRunView addCache =
      Models.scenarioRun("scr_2").named("add-cache").scored(0.9).build();
  private final ScenarioRunView fixLoginBug =
      Models.scenarioRun("scr_1").named("fix-login-bug").timeout().build();
  private final BenchmarkOutcome outcome =
      Models.outcome(Models.run("bmr_1").named("nightly").completed().build())
          .scenarioRuns(fixLoginBug, addCache)
          .build();

  @Test
  void navigates_to_the_scenario_runs_in_the_outcome_order() {
    // WHEN/THEN
    assertThat(outcome).scenarioRuns().containsExactly(addCache, fixLoginBug);
  }

  @Test
  void navigates_further_into_one_scenario_run() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(outcome).scenarioRuns().element(1, SCENARIO_RUN).isScored());
    // THEN
    then(error)
        .hasMessageContaining("Expecting scenario run fix-login-bug (scr_1) to be scored")
        .hasMessageContaining("but it was in state timeout");
  }

  @Test
  void failures_on_the_list_say_where_it_was_navigated_from() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).scenarioRuns().hasSize(3));
    // THEN
    then(error).hasMessageStartingWith("[benchmark run nightly (bmr_1) > scenario runs] ");
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome nullOutcome = null;
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(nullOutcome).scenarioRuns());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  @Test
  void soft_assertions_collect_the_failures_after_navigation_instead_of_throwing() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly.assertThat(outcome).scenarioRuns().hasSize(3);
    softly.assertThat(outcome).scenarioRuns().element(1, SCENARIO_RUN).isScored();
    softly.assertThat(outcome).scenarioRuns().hasSize(2);
    // THEN
    then(softly.errorsCollected()).hasSize(2);
    then(softly.errorsCollected().get(0))
        .hasMessageStartingWith("[benchmark run nightly (bmr_1) > scenario runs] ");
    then(softly.errorsCollected().get(1))
        .hasMessageContaining("Expecting scenario run fix-login-bug (scr_1) to be scored");
  }
}
