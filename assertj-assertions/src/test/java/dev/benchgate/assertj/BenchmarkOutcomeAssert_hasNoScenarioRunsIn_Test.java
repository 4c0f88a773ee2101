package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static dev.benchgate.core.model.ScenarioRunState.CANCELED;
import static dev.benchgate.core.model.ScenarioRunState.FAILED;
import static dev.benchgate.core.model.ScenarioRunState.TIMEOUT;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeAssert_hasNoScenarioRunsIn_Test {

  private final BenchmarkRunView nightly = Models.run("bmr_1").named("nightly").build();

  @Test
  void passes_when_no_scenario_run_is_in_those_states() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").scored(0.1).build(),
                Models.scenarioRun("scr_2").canceled().build())
            .build();
    // WHEN/THEN
    assertThat(outcome).hasNoScenarioRunsIn(FAILED, TIMEOUT);
  }

  @Test
  void passes_without_scenario_runs() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN/THEN
    assertThat(outcome).hasNoScenarioRunsIn(FAILED);
  }

  @Test
  void fails_listing_the_scenario_runs_in_those_states() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").timeout().build(),
                Models.scenarioRun("scr_2").named("add-cache").failed().build(),
                Models.scenarioRun("scr_3").named("refactor-db").scored(0.9).build())
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasNoScenarioRunsIn(FAILED, TIMEOUT));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have no scenario runs in state failed"
                    + " or timeout",
                "but 2 of its 3 scenario runs are, worst first:",
                "  - add-cache (scr_2): failed, no score [infrastructure outcome]",
                "  - fix-login-bug (scr_1): timeout, no score [infrastructure outcome]"));
  }

  @Test
  void names_three_states_as_prose_and_one_offender_in_the_singular() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(Models.scenarioRun("scr_1").canceled().build())
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(
            () -> assertThat(outcome).hasNoScenarioRunsIn(FAILED, TIMEOUT, CANCELED));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting benchmark run nightly (bmr_1) to have no scenario runs in state failed,"
                    + " timeout or canceled",
                "but 1 of its 1 scenario run is, worst first:",
                "  - scn_1 (scr_1): canceled, no score [infrastructure outcome]"));
  }

  @Test
  void rejects_an_empty_list_of_states() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN/THEN
    thenIllegalArgumentException()
        .isThrownBy(() -> assertThat(outcome).hasNoScenarioRunsIn())
        .withMessage("Give at least one state no scenario run may be in");
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).hasNoScenarioRunsIn(FAILED));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
