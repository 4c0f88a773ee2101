package dev.benchgate.assertj;

import static dev.benchgate.assertj.AssertionErrors.ACTUAL_IS_NULL;
import static dev.benchgate.assertj.AssertionErrors.expectAssertionError;
import static dev.benchgate.assertj.AssertionErrors.message;
import static dev.benchgate.assertj.BenchgateAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.benchgate.core.model.BenchmarkRunView;
import dev.benchgate.core.outcome.BenchmarkOutcome;
import dev.benchgate.testing.Models;
import org.junit.jupiter.api.Test;

class BenchmarkOutcomeAssert_allScenarioRunsAreFinished_Test {

  private final BenchmarkRunView nightly = Models.run("bmr_1").named("nightly").build();

  @Test
  void passes_when_every_scenario_run_finished_whatever_its_result() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").scored(0.1).build(),
                Models.scenarioRun("scr_2").completed().build(),
                Models.scenarioRun("scr_3").canceled().build(),
                Models.scenarioRun("scr_4").timeout().build(),
                Models.scenarioRun("scr_5").failed().build())
            .build();
    // WHEN/THEN
    assertThat(outcome).allScenarioRunsAreFinished();
  }

  @Test
  void fails_listing_scenario_runs_in_progress_or_in_an_unknown_state() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").scoring().build(),
                Models.scenarioRun("scr_2").named("add-cache").running().build(),
                Models.scenarioRun("scr_3").named("bump-deps").state("paused").build(),
                Models.scenarioRun("scr_4").named("refactor-db").scored(0.9).build())
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).allScenarioRunsAreFinished());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting all scenario runs of benchmark run nightly (bmr_1) to be finished",
                "but 3 of its 4 are not, worst first:",
                "  - add-cache (scr_2): running, no score",
                "  - bump-deps (scr_3): \"paused\" (unknown state), no score",
                "  - fix-login-bug (scr_1): scoring, no score"));
  }

  @Test
  void speaks_of_one_unfinished_scenario_run_in_the_singular() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").scoring().build(),
                Models.scenarioRun("scr_2").named("add-cache").scored(0.9).build())
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).allScenarioRunsAreFinished());
    // THEN
    then(error).hasMessageContaining("but 1 of its 2 is not, worst first:");
  }

  @Test
  void fails_without_scenario_runs() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).allScenarioRunsAreFinished());
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting all scenario runs of benchmark run nightly (bmr_1) to be finished",
                "but it has no scenario runs."));
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).allScenarioRunsAreFinished());
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
