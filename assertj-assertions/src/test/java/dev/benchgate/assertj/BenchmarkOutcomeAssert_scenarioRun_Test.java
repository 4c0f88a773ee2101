package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.ScenarioRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeAssert_scenarioRun_Test {

  private final ScenarioRunView fixLoginBug =
      Models.scenarioRun("scr_1").scenario("scn_1").benchmarkRun("bmr_1").scored(0.4).build();
  private final BenchmarkOutcome outcome =
      Models.outcome(Models.run("bmr_1").named("nightly").completed().build())
          .scenarioRuns(
              fixLoginBug,
              Models.scenarioRun("scr_2").scenario("scn_2").scored(0.9).build(),
              Models.scenarioRun("scr_3").scenario("scn_3").scored(0.8).build(),
              Models.scenarioRun("scr_4").scenario("scn_3").scored(0.7).build())
          .scenarios(
              Models.scenario("scn_1").named("fix-login-bug").build(),
              Models.scenario("scn_2").named("scr_1").build(),
              Models.scenario("scn_3").named("add-cache").build())
          .build();

  @Test
  void navigates_by_scenario_run_id_before_anything_else() {
    // WHEN
    ScenarioRunAssert scenarioRunAssert = assertThat(outcome).scenarioRun("scr_1");
    // THEN
    then(scenarioRunAssert.actual()).isSameAs(fixLoginBug);
  }

  @Test
  void navigates_by_scenario_id() {
    // WHEN
    ScenarioRunAssert scenarioRunAssert = assertThat(outcome).scenarioRun("scn_1");
    // THEN
    then(scenarioRunAssert.actual()).isSameAs(fixLoginBug);
  }

  @Test
  void navigates_by_scenario_name() {
    // WHEN
    ScenarioRunAssert scenarioRunAssert = assertThat(outcome).scenarioRun("fix-login-bug");
    // THEN
    then(scenarioRunAssert.actual()).isSameAs(fixLoginBug);
  }

  @Test
  void failures_of_the_scenario_run_say_where_it_was_navigated_from() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(outcome).scenarioRun("fix-login-bug").hasScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessage(
            "[benchmark run nightly (bmr_1) > scenario run \"fix-login-bug\"] "
                + message(
                    "Expecting scenario run scr_1 (scenario scn_1) of benchmark run bmr_1 to have"
                        + " a score (one scenario) of at least 0.5",
                    "but it was 0.4."));
  }

  @Test
  void keeps_the_description_given_to_the_outcome() {
    // WHEN
    AssertionError error =
        expectAssertionError(
            () ->
                assertThat(outcome)
                    .as("nightly gate")
                    .scenarioRun("fix-login-bug")
                    .hasScoreAtLeast(0.5));
    // THEN
    then(error).hasMessageStartingWith("[nightly gate > scenario run \"fix-login-bug\"] ");
  }

  @Test
  void explains_a_scenario_run_that_is_not_there() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).scenarioRun("fix-logn-bug").isScored());
    // THEN
    then(error)
        .hasMessage(
            "[benchmark run nightly (bmr_1) > scenario run \"fix-logn-bug\" (none has that name"
                + " or id)] "
                + ACTUAL_IS_NULL);
  }

  @Test
  void explains_an_ambiguous_name() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).scenarioRun("add-cache").isScored());
    // THEN
    then(error)
        .hasMessage(
            "[benchmark run nightly (bmr_1) > scenario run \"add-cache\" (2 match: scr_3, scr_4;"
                + " navigate by id)] "
                + ACTUAL_IS_NULL);
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome nullOutcome = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(nullOutcome).scenarioRun("fix-login-bug"));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }

  @Test
  void soft_assertions_collect_the_failures_after_navigation_instead_of_throwing() {
    // GIVEN
    BenchgateSoftAssertions softly = new BenchgateSoftAssertions();
    // WHEN
    softly.assertThat(outcome).scenarioRun("fix-login-bug").isScored().hasScoreAtLeast(0.5);
    softly.assertThat(outcome).scenarioRun("fix-logn-bug").isScored();
    softly.assertThat(outcome).scenarioRun("scr_2").hasScoreAtLeast(0.95);
    // THEN
    then(softly.errorsCollected())
        .satisfiesExactly(
            first ->
                then(first)
                    .hasMessageStartingWith(
                        "[benchmark run nightly (bmr_1) > scenario run \"fix-login-bug\"] "
                            + message(
                                "Expecting scenario run scr_1 (scenario scn_1) of benchmark run"
                                    + " bmr_1 to have a score (one scenario) of at least 0.5",
                                "but it was 0.4.")),
            second ->
                then(second)
                    .hasMessageStartingWith(
                        "[benchmark run nightly (bmr_1) > scenario run \"fix-logn-bug\" (none has"
                            + " that name or id)] "
                            + ACTUAL_IS_NULL),
            third ->
                then(third)
                    .hasMessageStartingWith(
                        "[benchmark run nightly (bmr_1) > scenario run \"scr_2\"] "
                            + message(
                                "Expecting scenario run scr_2 (scenario scn_2) to have a score"
                                    + " (one scenario) of at least 0.95",
                                "but it was 0.9.")));
  }
}
