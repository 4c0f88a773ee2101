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

class BenchmarkOutcomeAssert_allScenarioRunsHaveScoreAtLeast_Test {

  private final BenchmarkRunView nightly = Models.run("bmr_1").named("nightly").build();

  @Test
  void passes_when_every_scenario_run_reaches_the_threshold() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").scored(0.5).build(),
                Models.scenarioRun("scr_2").scored(1.0).build())
            .build();
    // WHEN/THEN
    assertThat(outcome).allScenarioRunsHaveScoreAtLeast(0.5);
  }

  @Test
  void fails_listing_the_scenario_runs_below_the_threshold_or_without_score() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.9).build(),
                Models.scenarioRun("scr_2").named("add-cache").scored(0.2).build(),
                Models.scenarioRun("scr_3").named("refactor-db").canceled().build())
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).allScenarioRunsHaveScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting every scenario run of benchmark run nightly (bmr_1) to have a score of"
                    + " at least 0.5",
                "but 2 of its 3 do not, worst first:",
                "  - refactor-db (scr_3): canceled, no score [infrastructure outcome]",
                "  - add-cache (scr_2): scored, score 0.2"));
  }

  @Test
  void speaks_of_one_failing_scenario_run_in_the_singular() {
    // GIVEN
    BenchmarkOutcome outcome =
        Models.outcome(nightly)
            .scenarioRuns(
                Models.scenarioRun("scr_1").named("fix-login-bug").scored(0.9).build(),
                Models.scenarioRun("scr_2").named("add-cache").scored(0.2).build())
            .build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).allScenarioRunsHaveScoreAtLeast(0.5));
    // THEN
    then(error).hasMessageContaining("but 1 of its 2 does not, worst first:");
  }

  @Test
  void fails_without_scenario_runs() {
    // GIVEN
    BenchmarkOutcome outcome = Models.outcome(nightly).build();
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).allScenarioRunsHaveScoreAtLeast(0.5));
    // THEN
    then(error)
        .hasMessage(
            message(
                "Expecting every scenario run of benchmark run nightly (bmr_1) to have a score of"
                    + " at least 0.5",
                "but it has no scenario runs."));
  }

  @Test
  void fails_for_a_null_outcome() {
    // GIVEN
    BenchmarkOutcome outcome = null;
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(outcome).allScenarioRunsHaveScoreAtLeast(0.5));
    // THEN
    then(error).hasMessage(ACTUAL_IS_NULL);
  }
}
